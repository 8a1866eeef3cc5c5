package org.fluorite.viewer.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.core.image.ArrayPlaneSource;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.testing.TestData;

/** A shell holding an {@link ImageViewer} on a real display, and helpers to wait for it. */
final class SwtHarness implements AutoCloseable {

    static final long TIMEOUT_MS = 10_000;

    final Display display;
    final Shell shell;
    final ImageViewer viewer;
    final List<FrameShownEvent> frames = new ArrayList<>();
    final List<String> statuses = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    SwtHarness() {
        TestData.assumeDisplay();
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("Fluorite viewer test");
        shell.setLayout(new FillLayout());
        shell.setSize(1000, 720);
        viewer = new ImageViewer(shell, SWT.NONE);
        viewer.addFrameShownListener(frames::add);
        viewer.addStatusListener(new StatusListener() {
            @Override
            public void status(String message) {
                statuses.add(message);
            }

            @Override
            public void error(String message, Throwable cause) {
                errors.add(message);
            }
        });
        shell.open();
    }

    /** Runs the event loop until {@code condition} holds; fails after {@link #TIMEOUT_MS}. */
    void pumpUntil(BooleanSupplier condition, String what) {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
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

    /** Runs the event loop for {@code millis}. */
    void pumpFor(long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Waits until the latest requested frame is drawn. */
    void waitForFrame() {
        pumpUntil(viewer::isFrameShown, "the requested frame to be shown");
    }

    void setImage(Image image) {
        viewer.setImage(image);
        waitForFrame();
    }

    void key(int keyCode) {
        Event e = new Event();
        e.keyCode = keyCode;
        viewer.canvas().notifyListeners(SWT.KeyDown, e);
    }

    @Override
    public void close() {
        if (!shell.isDisposed()) {
            shell.dispose();
        }
        while (display.readAndDispatch()) {
            // flush pending events
        }
    }

    // ------------------------------------------------------------ synthetic images

    static final int W = 64;
    static final int H = 48;
    static final int T = 5;

    /**
     * A TYX uint16 movie of 5 frames of 64x48: frame t has value x * 16 + t * 4 at (x, y), except
     * frame 3, which is 0 everywhere but a 10x10 square of 4000 at x, y = 10..19.
     */
    static Image movie() {
        List<Plane> planes = new ArrayList<>();
        for (int t = 0; t < T; t++) {
            Plane p = Plane.allocate(PixelType.UINT16, W, H);
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    p.set(y * W + x, movieValue(x, y, t));
                }
            }
            planes.add(p);
        }
        return Image.create("gradient movie", new ArrayPlaneSource(planes), "TYX", T, H, W);
    }

    static int movieValue(int x, int y, int t) {
        if (t == 3) {
            return x >= 10 && x < 20 && y >= 10 && y < 20 ? 4000 : 0;
        }
        return x * 16 + t * 4;
    }
}
