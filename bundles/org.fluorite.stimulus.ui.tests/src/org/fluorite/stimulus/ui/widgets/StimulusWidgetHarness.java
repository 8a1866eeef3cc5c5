package org.fluorite.stimulus.ui.widgets;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.core.image.Image;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.tiff.TiffImporter;
import org.fluorite.testing.TestData;
import org.fluorite.viewer.ui.ImageViewer;

/**
 * A shell with a real viewer on the left and the Stimulus Map panel on the right, dialogs answered
 * from queues, and helpers to press buttons and read the screen.
 */
final class StimulusWidgetHarness implements AutoCloseable {

    static final long TIMEOUT_MS = 20_000;

    final Display display;
    final Shell shell;
    final SashForm sash;
    final ImageViewer viewer;
    final StimulusMapPanel panel;
    final Answers answers = new Answers();

    StimulusWidgetHarness() {
        TestData.assumeDisplay();
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("Fluorite stimulus map test");
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 1300, 820);
        sash = new SashForm(shell, SWT.HORIZONTAL);
        viewer = new ImageViewer(sash, SWT.NONE);
        panel = new StimulusMapPanel(sash);
        panel.setDialogs(answers);
        sash.setWeights(60, 40);
        shell.open();
    }

    /** The real fissa movie: 29 frames of 14 x 21 pixels, no frame rate. */
    static Image openFissaMovie() throws IOException {
        return new TiffImporter().read(TestData.file("fissa/b/images/AVG_A01.tif"), ImportOptions.NONE, ProgressMonitor.NONE)
                .firstImage();
    }

    /** Dialog answers given in advance; a question without an answer fails the test. */
    static final class Answers implements StimulusDialogs {
        final Deque<String> typeNames = new ArrayDeque<>();
        final Deque<Integer> colours = new ArrayDeque<>();
        final Deque<Path> files = new ArrayDeque<>();
        final List<String> suggestedNames = new ArrayList<>();

        @Override
        public Optional<Path> importFile() {
            return Optional.of(next(files, "an import file"));
        }

        @Override
        public Optional<Path> exportFile(String suggestedName) {
            suggestedNames.add(suggestedName);
            return Optional.of(next(files, "an export file"));
        }

        @Override
        public OptionalInt colour(int currentRgb) {
            return OptionalInt.of(next(colours, "a colour"));
        }

        @Override
        public Optional<String> typeName(List<String> taken) {
            return Optional.of(next(typeNames, "a type name"));
        }

        private static <T> T next(Deque<T> queue, String what) {
            if (queue.isEmpty()) {
                fail("The panel asked for " + what + " the test did not expect");
            }
            return queue.removeFirst();
        }
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

    /** Waits for {@code future} while running the event loop. */
    <T> void await(CompletableFuture<T> future, String what) {
        pumpUntil(future::isDone, what);
    }

    /** The button labelled {@code text} inside {@code root}. */
    static Button button(Composite root, String text) {
        Button b = find(root, text);
        if (b == null) {
            fail("No button '" + text + "'");
        }
        return b;
    }

    private static Button find(Composite root, String text) {
        for (Control c : root.getChildren()) {
            if (c instanceof Button b && b.getText().equals(text)) {
                return b;
            }
            if (c instanceof Composite inner) {
                Button b = find(inner, text);
                if (b != null) {
                    return b;
                }
            }
        }
        return null;
    }

    /** Presses {@code b} as a click does. */
    static void press(Button b) {
        if (!b.isEnabled()) {
            fail("Button '" + b.getText() + "' is disabled");
        }
        b.notifyListeners(SWT.Selection, new Event());
    }

    /** Sends a double-click at table point (x, y). */
    static void doubleClick(Control target, int x, int y) {
        Event e = new Event();
        e.x = x;
        e.y = y;
        e.button = 1;
        e.count = 2;
        target.notifyListeners(SWT.MouseDoubleClick, e);
    }

    /** What {@code c} shows on screen now. */
    ImageData grab(Control c) {
        c.redraw();
        c.update();
        pumpFor(150);
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

    /**
     * The bounding box (x, y, width, height) of the pixels of exactly colour {@code rgb} in
     * {@code d}, or null when there are none.
     */
    static Rectangle boxOf(ImageData d, int rgb) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < d.height; y++) {
            for (int x = 0; x < d.width; x++) {
                if (rgb(d, x, y) == rgb) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return x1 < 0 ? null : new Rectangle(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
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
