package org.fluorite.batch.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.batch.ui.widgets.BatchManagerPanel;
import org.fluorite.testing.TestData;

/** A shell holding a real batch manager panel over a session, with event-loop helpers. */
final class PanelHarness implements AutoCloseable {

    static final long TIMEOUT_MS = 30_000;

    final Display display;
    final Shell shell;
    final BatchSession session = new BatchSession();
    final RecordingHost host = new RecordingHost();
    final BatchManagerPanel panel;

    PanelHarness() {
        TestData.assumeDisplay();
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("Fluorite batch manager test");
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 1280, 760);
        panel = new BatchManagerPanel(shell, session, host);
        shell.open();
        pumpFor(100);
    }

    void pumpUntil(BooleanSupplier condition, String what) {
        pumpUntil(condition, what, TIMEOUT_MS);
    }

    void pumpUntil(BooleanSupplier condition, String what, long timeoutMs) {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("Timed out after " + timeoutMs + " ms waiting for " + what);
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
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Presses a button of the panel as a click does. */
    void press(String button) {
        panel.button(button).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    /**
     * Copies the shell's area of the screen into {@code name}.png under the folder of the system
     * property fluorite.screenshots (default: the temp folder) and returns the pixels.
     */
    ImageData capture(String name) throws IOException {
        pumpFor(300);
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

    @Override
    public void close() throws InterruptedException {
        session.abortBatch();
        session.awaitIdle(20_000);
        if (!shell.isDisposed()) {
            shell.dispose();
        }
        pumpFor(50);
    }
}
