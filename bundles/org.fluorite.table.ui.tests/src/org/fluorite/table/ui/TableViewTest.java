package org.fluorite.table.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableColumn;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Table;
import org.fluorite.io.hdf5.Hdf5Datasets;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The table view on a real display with the Picasso localizations (564 rows, 12 columns) and a million-row table. */
class TableViewTest {

    private Display display;
    private Shell shell;
    private TableView view;
    private final List<String> statuses = new ArrayList<>();

    @BeforeEach
    void open() {
        TestData.assumeDisplay();
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("Fluorite table view test");
        shell.setLayout(new FillLayout());
        shell.setSize(1100, 760);
        view = new TableView(shell, SWT.NONE);
        view.setTaskRunner((title, task) -> task.run());
        view.setStatusListener(statuses::add);
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

    static Table picassoLocs() throws Exception {
        return (Table) Hdf5Datasets.open(TestData.file("picasso/testdata_locs.hdf5"), "/locs");
    }

    @Test
    void picassoLocsRowsHeadersCellsSortingAndCsv() throws Exception {
        view.setTable(picassoLocs());
        org.eclipse.swt.widgets.Table grid = view.grid();
        assertEquals(564, grid.getItemCount());
        assertEquals("/locs \u2014 564 rows \u00d7 12 columns", view.header().getText());
        List<String> headers = new ArrayList<>();
        for (TableColumn c : grid.getColumns()) {
            headers.add(c.getText());
        }
        assertEquals(List.of("frame", "x", "y", "photons", "sx", "sy", "bg", "lpx", "lpy", "net_gradient", "likelihood",
                "iterations"), headers);
        // [measured] first localization: frame 11, x 5.618027, y 5.3064218, iterations 3
        assertEquals("11", grid.getItem(0).getText(0));
        assertEquals("5.618027", grid.getItem(0).getText(1));
        assertEquals("5.3064218", grid.getItem(0).getText(2));
        assertEquals("3", grid.getItem(0).getText(11));
        assertEquals("990", grid.getItem(563).getText(0));

        // sort by x: ascending shows the smallest x (5.3482533 px) first, a second click the largest (25.66069 px)
        view.sortBy(1);
        assertEquals(SWT.UP, grid.getSortDirection());
        assertEquals(grid.getColumn(1), grid.getSortColumn());
        assertEquals("5.3482533", grid.getItem(0).getText(1));
        double previous = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < 564; r += 7) {
            double x = Double.parseDouble(grid.getItem(r).getText(1));
            assertTrue(x >= previous, "row " + r + " is in ascending x order");
            previous = x;
        }
        view.sortBy(1);
        assertEquals(SWT.DOWN, grid.getSortDirection());
        assertEquals("25.66069", grid.getItem(0).getText(1));

        Path dir = TestData.tempDir("table-csv");
        Path csv = dir.resolve("locs.csv");
        view.exportCsv(csv);
        Shells.pumpUntil(display, () -> !statuses.isEmpty(), "the export message");
        assertEquals("Exported 564 rows to " + csv, statuses.get(0));
        List<String> lines = Files.readAllLines(csv);
        assertEquals(565, lines.size());
        assertEquals("frame,x,y,photons,sx,sy,bg,lpx,lpy,net_gradient,likelihood,iterations", lines.get(0));
        assertTrue(lines.get(1).split(",")[1].equals("25.66069"), "the CSV follows the shown (descending x) order: " + lines.get(1));
        Files.delete(csv);
        Files.delete(dir);
    }

    @Test
    void plotOfAColumnAgainstRowNumberAndAnotherColumn() throws Exception {
        view.setTable(picassoLocs());
        PlotPanel panel = view.plotPanel();
        assertEquals(12, panel.yCombo().getItemCount(), "every column is numeric");
        assertEquals(PlotPanel.ROW_NUMBER, panel.xCombo().getItem(0));
        assertEquals("x", panel.yCombo().getText(), "a table with frames plots its first other column against them");
        assertEquals("frame", panel.xCombo().getText());
        panel.select("x", null);
        LinePlot plot = panel.plot();
        assertEquals(564, plot.pointCount());
        assertArrayEquals(new double[] {0, 563}, plot.xRange(), 0);
        assertEquals(5.3482533, plot.yRange()[0], 1e-6);
        assertEquals(25.66069, plot.yRange()[1], 1e-5);
        assertEquals(List.of("5", "10", "15", "20", "25"), plot.yTickLabels());
        assertEquals(List.of("0", "100", "200", "300", "400", "500"), plot.xTickLabels());
        panel.select("y", "frame");
        assertEquals(11, plot.xRange()[0], 0);
        assertEquals(990, plot.xRange()[1], 0);
        Shells.capture(shell, Path.of(System.getProperty("java.io.tmpdir"), "fluorite-table-view.png"));
    }

    @Test
    void aFittedCurveIsDrawnOverTheDataItFits() {
        Table bleach = Table.of("bleach trace", List.of(
                Column.ofDoubles("time", "s", new double[] {0, 2, 4}),
                Column.ofDoubles("trace", "", new double[] {100, 80, 61}),
                Column.ofDoubles("decay", "", new double[] {101, 79, 62})));
        view.setTable(bleach);
        PlotPanel panel = view.plotPanel();
        assertEquals("trace", panel.yCombo().getText());
        assertEquals("time [s]", panel.xCombo().getText());
        assertEquals("decay", panel.secondCurveCombo().getText());
        assertTrue(panel.plot().hasSecondCurve());
        assertArrayEquals(new double[] {61, 101}, panel.plot().yRange(), 0, "the y axis covers data and fit");
        panel.secondCurveCombo().select(0);
        panel.secondCurveCombo().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertFalse(panel.plot().hasSecondCurve());
        assertArrayEquals(new double[] {61, 100}, panel.plot().yRange(), 0);
    }

    @Test
    void aMillionRowsOpenAtOnceAndSort() {
        int n = 1_000_000;
        double[] v = new double[n];
        long[] id = new long[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.sin(i * 1e-3) * 100;
            id[i] = n - i;
        }
        Table big = Table.of("big", List.of(Column.ofLongs("id", "", id), Column.ofDoubles("signal", "mV", v)));
        long start = System.nanoTime();
        view.setTable(big);
        Shells.pumpFor(display, 50);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(n, view.grid().getItemCount());
        assertTrue(seconds < 10, "a million rows took " + seconds + " s");
        assertEquals("signal [mV]", view.grid().getColumn(1).getText());
        assertEquals("1,000,000 rows", view.header().getText().replaceAll(".*\u2014 ", "").replaceAll(" \u00d7.*", ""));
        view.sortBy(0);
        assertEquals("1", view.grid().getItem(0).getText(0));
        assertEquals(Double.toString(v[n - 1]), view.grid().getItem(0).getText(1));
        assertEquals(n, view.plotPanel().plot().pointCount());
    }
}
