package org.fluorite.plot.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/** Event loop helpers, screen captures and synthetic clicks for the plot UI tests. */
final class Shells {

    static final long TIMEOUT_MS = 20_000;

    private Shells() {
    }

    static void pumpUntil(Display display, BooleanSupplier condition, String what) {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("Timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                sleep(2);
            }
        }
    }

    static void pumpFor(Display display, long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                sleep(2);
            }
        }
    }

    /** What the screen shows of {@code control} (copied from the display, so really drawn pixels). */
    static ImageData screen(Control control) {
        Display display = control.getDisplay();
        pumpFor(display, 150);
        Point origin = control.toDisplay(0, 0);
        Point size = control.getSize();
        Image image = new Image(display, size.x, size.y);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, origin.x, origin.y);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** Saves what the shell shows as a PNG. */
    static void capture(Shell shell, Path png) {
        Display display = shell.getDisplay();
        pumpFor(display, 200);
        org.eclipse.swt.graphics.Rectangle r = shell.getBounds();
        Image image = new Image(display, r.width, r.height);
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
    }

    /** 0xRRGGBB of pixel (x, y) of {@code data}. */
    static int rgb(ImageData data, int x, int y) {
        org.eclipse.swt.graphics.RGB c = data.palette.getRGB(data.getPixel(x, y));
        return (c.red << 16) | (c.green << 8) | c.blue;
    }

    /** A left click at (x, y) of {@code control}, through its listeners. */
    static void click(Control control, int x, int y) {
        Event e = new Event();
        e.button = 1;
        e.x = x;
        e.y = y;
        control.notifyListeners(SWT.MouseDown, e);
        control.notifyListeners(SWT.MouseUp, e);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }
}
