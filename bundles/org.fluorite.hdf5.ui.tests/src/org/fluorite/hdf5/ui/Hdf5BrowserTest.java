package org.fluorite.hdf5.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.fluorite.core.DataObject;
import org.fluorite.core.image.Image;
import org.fluorite.core.table.Table;
import org.fluorite.io.hdf5.Hdf5File;
import org.fluorite.io.hdf5.Hdf5Node;
import org.fluorite.io.hdf5.Hdf5Tree;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HDF5 browser on a real display with the PYME, qpimage and flimage files of the shared test data. */
class Hdf5BrowserTest {

    private Display display;
    private Shell shell;
    private Hdf5Browser browser;
    private final List<Hdf5Node> opened = new ArrayList<>();

    @BeforeEach
    void open() {
        TestData.assumeDisplay();
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("Fluorite HDF5 browser test");
        shell.setLayout(new FillLayout());
        shell.setSize(1100, 700);
        browser = new Hdf5Browser(shell, SWT.NONE);
        browser.setOpenHandler(opened::add);
        shell.open();
    }

    @AfterEach
    void close() {
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
        while (display != null && display.readAndDispatch()) {
            // flush
        }
    }

    static Hdf5Tree tree(String relative) throws IOException {
        Hdf5File file = Hdf5File.open(TestData.file(relative));
        try {
            return Hdf5Tree.read(file, null);
        } finally {
            file.release();
        }
    }

    @Test
    void pymeTableTreeAttributesAndOpen() throws IOException {
        browser.setTree(tree("python-microscopy/test_hdf.hdf"));
        TreeItem[] top = browser.tree().getItems();
        assertEquals(2, top.length);
        assertEquals("Localizations", top[0].getText(0));
        assertEquals("4281 compound", top[0].getText(1));
        assertEquals("MetaData", top[1].getText(0));
        assertEquals("0 members", top[1].getText(1));
        assertTrue(browser.titleLabel().getText().endsWith("test_hdf.hdf \u2014 1 dataset"), browser.titleLabel().getText());

        // the root is shown first: PyTables' attributes, nothing to open
        Map<String, String> rootAttributes = attributes();
        assertEquals("GROUP", rootAttributes.get("CLASS"));
        assertEquals("2.1", rootAttributes.get("PYTABLES_FORMAT_VERSION"));
        assertFalse(browser.openButton().getEnabled());

        assertTrue(browser.select("/Localizations"));
        Map<String, String> attrs = attributes();
        assertEquals("TABLE", attrs.get("CLASS"));
        assertEquals("4281", attrs.get("NROWS"));
        assertEquals("A", attrs.get("FIELD_0_NAME"));
        List<String> names = new ArrayList<>(attrs.keySet());
        assertEquals(List.of("CLASS", "FIELD_0_FILL", "FIELD_0_NAME", "FIELD_1_FILL"), names.subList(0, 4),
                "attributes by name, numbers in order");
        assertEquals("FIELD_2_FILL", names.get(5));
        assertEquals(List.of("FLAVOR", "NROWS", "TITLE", "VERSION"), names.subList(names.size() - 4, names.size()));
        String details = browser.detailsLabel().getText();
        assertTrue(details.contains("chunked, chunks 1365, filters shuffle + deflate"), details);
        assertTrue(details.contains("fields: A float32, fitResults_z0 float32"), details);
        assertTrue(details.contains("opens as a table"), details);
        assertTrue(browser.openButton().getEnabled());

        browser.tree().notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        assertEquals(1, opened.size());
        assertEquals("/Localizations", opened.get(0).path());

        browser.select("/MetaData");
        assertFalse(browser.openButton().getEnabled());
        browser.openSelection();
        assertEquals(1, opened.size(), "a group does not open");
        capture(Path.of(System.getProperty("java.io.tmpdir"), "fluorite-hdf5-browser-group.png"));
        browser.select("/Localizations");
        capture(Path.of(System.getProperty("java.io.tmpdir"), "fluorite-hdf5-browser.png"));
    }

    @Test
    void nestedGroupsExpandOnDemand() throws IOException {
        browser.setTree(tree("qpimage/bg_tilt.h5"));
        TreeItem[] top = browser.tree().getItems();
        assertEquals(List.of("amplitude", "phase"), List.of(top[0].getText(), top[1].getText()));
        assertEquals(1, top[1].getItemCount(), "a placeholder until first expanded");
        assertTrue(browser.select("/phase/bg_data/fit"));
        TreeItem phase = browser.tree().getItems()[1];
        assertEquals(List.of("bg_data", "raw"), List.of(phase.getItem(0).getText(), phase.getItem(1).getText()));
        assertEquals("50 \u00d7 50 float64", phase.getItem(1).getText(1));
        Map<String, String> attrs = attributes();
        assertEquals("5", attrs.get("border_px"));
        assertEquals("fit", attrs.get("fit_offset"));
        assertEquals("tilt", attrs.get("fit_profile"));
        assertTrue(browser.detailsLabel().getText().contains("opens as an image (YX)"), browser.detailsLabel().getText());
        assertEquals(Hdf5Node.View.IMAGE, browser.selected().view());
    }

    @Test
    void datasetsOpenInABackgroundJobAndArriveOnTheUiThread() throws Exception {
        Path file = TestData.file("flimage/retina_p10.h5");
        Hdf5Tree t = tree("flimage/retina_p10.h5");
        Hdf5Node raw = t.root().find("/fluorescence/raw").orElseThrow();
        List<Object[]> shown = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        new DatasetOpenJob(file, raw, display, (data, label) -> shown.add(new Object[] {data, label, Display.getCurrent()}),
                errors::add).schedule();
        pumpUntil(() -> !shown.isEmpty() || !errors.isEmpty(), "the dataset to open");
        assertEquals(List.of(), errors);
        Image image = (Image) shown.get(0)[0];
        assertEquals("retina_p10.h5 [/fluorescence/raw]", shown.get(0)[1]);
        assertNotNull(shown.get(0)[2], "the result is delivered on the UI thread");
        assertEquals(168, image.width());
        assertEquals(146, image.height());
        // [measured] value at x=84, y=73
        assertEquals(189.86685, image.plane().get(84, 73), 1e-4);
        image.close();

        Hdf5Tree pyme = tree("python-microscopy/test_hdf.hdf");
        shown.clear();
        new DatasetOpenJob(pyme.file(), pyme.root().find("/Localizations").orElseThrow(), display,
                (data, label) -> shown.add(new Object[] {data, label}), errors::add).schedule();
        pumpUntil(() -> !shown.isEmpty() || !errors.isEmpty(), "the table to open");
        DataObject table = (DataObject) shown.get(0)[0];
        assertEquals(4281, ((Table) table).rowCount());

        Hdf5Node missing = new Hdf5Node("gone", "/gone", Hdf5Node.Kind.DATASET, Map.of(), List.of(), raw.dataset(), null,
                null, false);
        new DatasetOpenJob(file, missing, display, (data, label) -> fail("nothing to show"), errors::add).schedule();
        pumpUntil(() -> !errors.isEmpty(), "the error");
        assertTrue(errors.get(0).startsWith(file.toString()), errors.get(0));
        assertTrue(errors.get(0).contains("/gone"), errors.get(0));
    }

    private Map<String, String> attributes() {
        Map<String, String> out = new LinkedHashMap<>();
        for (TableItem item : browser.attributeTable().getItems()) {
            out.put(item.getText(0), item.getText(1));
        }
        return out;
    }

    private void pumpUntil(BooleanSupplier condition, String what) {
        long deadline = System.currentTimeMillis() + 15_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("Timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail("interrupted");
                }
            }
        }
    }

    /** Saves the shell as a PNG; holds it on screen for fluorite.test.holdMillis ms (outside screenshots). */
    private void capture(Path png) {
        long end = System.currentTimeMillis() + 200;
        pumpUntil(() -> System.currentTimeMillis() > end, "the shell to draw");
        org.eclipse.swt.graphics.Rectangle r = shell.getBounds();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, r.width, r.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, r.x, r.y);
        } finally {
            gc.dispose();
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {image.getImageData()};
        loader.save(png.toString(), SWT.IMAGE_PNG);
        image.dispose();
        long hold = System.currentTimeMillis() + Long.getLong("fluorite.test.holdMillis", 0L);
        pumpUntil(() -> System.currentTimeMillis() >= hold, "the hold");
    }
}
