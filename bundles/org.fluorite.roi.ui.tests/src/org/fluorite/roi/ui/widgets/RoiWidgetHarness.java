package org.fluorite.roi.ui.widgets;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.core.image.Image;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.imagej.ImageJRoiExporter;
import org.fluorite.io.imagej.ImageJRoiImporter;
import org.fluorite.io.suite2p.Suite2pImporter;
import org.fluorite.io.tiff.TiffImporter;
import org.fluorite.testing.TestData;
import org.fluorite.viewer.ui.ImageViewer;

/** A shell with a real viewer on the left and the ROI manager on the right, and helpers to drive them. */
final class RoiWidgetHarness implements AutoCloseable {

    static final long TIMEOUT_MS = 20_000;

    final Display display;
    final Shell shell;
    final ImageViewer viewer;
    final RoiManagerPanel panel;
    final FormatRegistry registry = new FormatRegistry();

    RoiWidgetHarness() {
        TestData.assumeDisplay();
        registry.addImporter(new TiffImporter());
        registry.addImporter(new ImageJRoiImporter());
        registry.addImporter(new Suite2pImporter());
        registry.addExporter(new ImageJRoiExporter());
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("Fluorite ROI manager test");
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 1300, 820);
        SashForm sash = new SashForm(shell, SWT.HORIZONTAL);
        viewer = new ImageViewer(sash, SWT.NONE);
        panel = new RoiManagerPanel(sash, registry);
        sash.setWeights(62, 38);
        shell.open();
    }

    Image open(String relative) throws IOException {
        return registry.open(TestData.file(relative), ImportOptions.NONE, ProgressMonitor.NONE).firstImage();
    }

    void pumpUntil(BooleanSupplier condition, String what) {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("Timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                sleep();
            }
        }
    }

    void pumpFor(long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }

    /** Waits for {@code future} while running the event loop; fails with its error. */
    <T> T await(CompletableFuture<T> future, String what) {
        pumpUntil(future::isDone, what);
        return future.join();
    }

    void waitForTrace() {
        pumpUntil(panel::isTraceCurrent, "the live curve");
    }

    /** Sends a mouse event at canvas point (x, y) to the viewer's picture. */
    void mouse(int type, int x, int y, int button, int stateMask) {
        Event e = new Event();
        e.x = x;
        e.y = y;
        e.button = button;
        e.stateMask = stateMask;
        e.count = type == SWT.MouseDoubleClick ? 2 : 1;
        viewer.pictureControl().notifyListeners(type, e);
    }

    void key(Control target, int keyCode) {
        Event e = new Event();
        e.keyCode = keyCode;
        target.notifyListeners(SWT.KeyDown, e);
    }

    /** What {@code c} shows on screen now. */
    ImageData grab(Control c) {
        c.redraw();
        c.update();
        pumpFor(100);
        Rectangle area = c.getBounds();
        org.eclipse.swt.graphics.Image img = new org.eclipse.swt.graphics.Image(display, area.width, area.height);
        try {
            GC gc = new GC(c);
            gc.copyArea(img, 0, 0);
            gc.dispose();
            return img.getImageData();
        } finally {
            img.dispose();
        }
    }

    static int rgb(ImageData d, int x, int y) {
        org.eclipse.swt.graphics.RGB c = d.palette.getRGB(d.getPixel(x, y));
        return (c.red << 16) | (c.green << 8) | c.blue;
    }

    /** True when a pixel within {@code radius} of (x, y) has exactly colour {@code rgb}. */
    static boolean hasColourNear(ImageData d, int x, int y, int radius, int rgb) {
        for (int dy = -radius; dy <= radius; dy++) {
            for (int dx = -radius; dx <= radius; dx++) {
                int px = x + dx;
                int py = y + dy;
                if (px >= 0 && py >= 0 && px < d.width && py < d.height && rgb(d, px, py) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Saves the shell as PNG and, where ImageMagick is installed, the whole screen with {@code import -window root}. */
    Path screenshot(String name) throws Exception {
        Path dir = Path.of(System.getProperty("fluorite.screenshot.dir", System.getProperty("java.io.tmpdir")));
        Rectangle b = shell.getBounds();
        org.eclipse.swt.graphics.Image shot = new org.eclipse.swt.graphics.Image(display, b.width, b.height);
        Path out = dir.resolve(name + ".png");
        try {
            GC gc = new GC(display);
            gc.copyArea(shot, b.x, b.y);
            gc.dispose();
            org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
            loader.data = new ImageData[] {shot.getImageData()};
            loader.save(out.toString(), SWT.IMAGE_PNG);
        } finally {
            shot.dispose();
        }
        if (Path.of("/usr/bin/import").toFile().canExecute()) {
            Process p = new ProcessBuilder("/usr/bin/import", "-window", "root", dir.resolve(name + "-root.png").toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            // the X server needs our event loop running while it answers
            pumpUntil(() -> !p.isAlive(), "import -window root");
        }
        return out;
    }

    @Override
    public void close() {
        if (!shell.isDisposed()) {
            shell.dispose();
        }
        while (display.readAndDispatch()) {
            // flush
        }
    }
}
