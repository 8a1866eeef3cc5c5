package org.fluorite.project.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Event-loop helpers and screenshots for the SWT tests. */
public final class Screens {

    private Screens() {
    }

    /** Runs the event loop until {@code done} or {@code timeoutMs}; false on time-out. */
    public static boolean spinUntil(Display display, java.util.function.BooleanSupplier done, long timeoutMs) {
        long end = System.currentTimeMillis() + timeoutMs;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                return false;
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    /** Lets pending paints and layouts run. */
    public static void settle(Display display) {
        long end = System.currentTimeMillis() + 300;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Copies the shell's area of the screen into a PNG under the folder named by the system
     * property {@code fluorite.screenshots} (default: the temp folder) and returns the pixels.
     */
    public static ImageData capture(Shell shell, String name) throws java.io.IOException {
        Display display = shell.getDisplay();
        settle(display);
        Rectangle b = shell.getBounds();
        org.eclipse.swt.graphics.Image img = new org.eclipse.swt.graphics.Image(display, b.width, b.height);
        try {
            GC gc = new GC(display);
            gc.copyArea(img, b.x, b.y);
            gc.dispose();
            ImageData data = img.getImageData();
            Path dir = Path.of(System.getProperty("fluorite.screenshots", System.getProperty("java.io.tmpdir")));
            Files.createDirectories(dir);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {data};
            loader.save(dir.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
            return data;
        } finally {
            img.dispose();
        }
    }

    /** How many distinct pixel values the picture holds (an empty part shows one or two). */
    public static int distinctPixels(ImageData data) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < data.height; y += 2) {
            for (int x = 0; x < data.width; x += 2) {
                seen.add(data.getPixel(x, y));
                if (seen.size() > 1000) {
                    return seen.size();
                }
            }
        }
        return seen.size();
    }
}
