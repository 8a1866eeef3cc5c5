package org.fluorite.table.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Event-loop helpers for widget tests on a real display. */
final class Shells {

    static final long TIMEOUT_MS = 10_000;

    private Shells() {
    }

    /** Runs the event loop until {@code condition} holds; fails after {@link #TIMEOUT_MS}. */
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

    /**
     * Saves what the shell shows as a PNG, and keeps it on screen for the number of milliseconds
     * in the system property {@code fluorite.test.holdMillis} (for an outside screenshot).
     */
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
        loader.data = new org.eclipse.swt.graphics.ImageData[] {image.getImageData()};
        loader.save(png.toString(), SWT.IMAGE_PNG);
        image.dispose();
        pumpFor(display, Long.getLong("fluorite.test.holdMillis", 0L));
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
