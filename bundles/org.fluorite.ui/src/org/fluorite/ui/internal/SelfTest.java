package org.fluorite.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.core.json.Json;
import org.osgi.service.event.Event;

/**
 * Start-up self test for automated UI checks ({@code -Dfluorite.selftest=DIR}): waits until a
 * viewer reports its first frame drawn, or a file failed to open, or a time limit passes; lets the
 * window settle, takes a screenshot of the screen from the X server (error dialogs included) into
 * {@code DIR/screenshot.png}, writes {@code DIR/report.json}, closes any dialog and closes the
 * workbench.
 */
final class SelfTest {

    private static final int SETTLE_MS = 1500;

    private final Path dir;
    private final Shell shell;
    private final IEclipseContext context;
    private final long started = System.currentTimeMillis();
    private final long timeoutMs = Long.getLong("fluorite.selftest.timeoutMs", 60_000);
    private volatile String shownLabel;
    private volatile String kindsShown;
    private final java.util.List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
    private boolean finished;

    SelfTest(Path dir, Shell shell, IEclipseContext context) {
        this.dir = dir;
        this.shell = shell;
        this.context = context;
    }

    void start() {
        shell.getDisplay().timerExec(250, this::poll);
    }

    void frameShown(Event event) {
        if (shownLabel == null) {
            shownLabel = String.valueOf(event.getProperty(org.eclipse.e4.core.services.events.IEventBroker.DATA));
        }
    }

    /** Files without images have no frame to wait for: their views are up once they are opened. */
    void opened(Event event) {
        if (event.getProperty(org.eclipse.e4.core.services.events.IEventBroker.DATA) instanceof java.util.Map<?, ?> m
                && m.get("kinds") instanceof java.util.List<?> kinds && !kinds.contains("image") && shownLabel == null) {
            kindsShown = kinds.toString();
            shownLabel = String.valueOf(m.get("file"));
        }
    }

    void openFailed(Event event) {
        errors.add(String.valueOf(event.getProperty(org.eclipse.e4.core.services.events.IEventBroker.DATA)));
    }

    private void poll() {
        if (finished || shell.isDisposed()) {
            return;
        }
        boolean timedOut = System.currentTimeMillis() - started > timeoutMs;
        if (shownLabel != null || !errors.isEmpty() || timedOut) {
            finished = true;
            shell.getDisplay().timerExec(SETTLE_MS, () -> finish(timedOut && shownLabel == null && errors.isEmpty()));
        } else {
            shell.getDisplay().timerExec(250, this::poll);
        }
    }

    private void finish(boolean timedOut) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("shown", shownLabel != null);
        report.put("frameShown", shownLabel != null && kindsShown == null);
        report.put("part", shownLabel);
        report.put("kinds", kindsShown);
        report.put("timedOut", timedOut);
        report.put("errors", java.util.List.copyOf(errors));
        report.put("secondsToFirstFrame", (System.currentTimeMillis() - started - SETTLE_MS) / 1000.0);
        try {
            Files.createDirectories(dir);
            if (errors.isEmpty()) {
                shell.forceActive();
            }
            while (shell.getDisplay().readAndDispatch()) {
                // let pending paints finish before the capture
            }
            Rectangle bounds = errors.isEmpty() ? shell.getBounds() : shell.getDisplay().getBounds();
            report.put("window", Map.of("x", bounds.x, "y", bounds.y, "width", bounds.width, "height", bounds.height));
            Image capture = new Image(shell.getDisplay(), bounds.width, bounds.height);
            GC gc = new GC(shell.getDisplay());
            try {
                gc.copyArea(capture, bounds.x, bounds.y);
            } finally {
                gc.dispose();
            }
            ImageData data = capture.getImageData();
            capture.dispose();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {data};
            loader.save(dir.resolve("screenshot.png").toString(), SWT.IMAGE_PNG);
            report.put("screenshot", dir.resolve("screenshot.png").toString());
        } catch (IOException | RuntimeException e) {
            report.put("error", String.valueOf(e));
        }
        try {
            Files.writeString(dir.resolve("report.json"), Json.writePretty(report), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("fluorite: self test could not write its report in " + dir + ": " + e.getMessage());
        }
        for (Shell other : shell.getDisplay().getShells()) {
            if (other != shell && !other.isDisposed()) {
                other.close();
            }
        }
        IWorkbench workbench = context.get(IWorkbench.class);
        if (workbench != null) {
            workbench.close();
        }
    }
}
