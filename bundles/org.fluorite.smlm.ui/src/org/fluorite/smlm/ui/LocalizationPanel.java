package org.fluorite.smlm.ui;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.settings.SettingsRecords;
import org.fluorite.smlm.FrameLocalizer;
import org.fluorite.smlm.FrameSelection;
import org.fluorite.smlm.LocalizationSettings;
import org.fluorite.smlm.Localizer;
import org.fluorite.smlm.post.PostProcessingSettings;
import org.fluorite.ui.SettingsForm;
import org.fluorite.viewer.ui.ImageViewer;

/**
 * The body of the Localization part: the camera, the localization settings (PYME's analysis
 * settings table, generated from {@link LocalizationSettings}) and the result settings, with
 * "Test" (detect and fit the viewer's current frame, drawn over it) and "Go" (every frame of the
 * channel and Z plane the viewer shows, run by whoever {@link #setGoHandler handles} it), a status line and a progress bar.
 * Works on the {@link ImageViewer} it is {@link #attach attached} to.
 */
public final class LocalizationPanel extends Composite {

    private final SettingsForm<CameraSettings> camera;
    private final SettingsForm<LocalizationSettings> settings;
    private final SettingsForm<PostProcessingSettings> result;
    private final Button test;
    private final Button go;
    private final Label status;
    private final ProgressBar progress;
    private ImageViewer viewer;
    private LocalizationOverlay overlay;
    private Consumer<LocalizationRun> goHandler;
    private String info = "";

    public LocalizationPanel(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(1, false));
        Composite top = new Composite(this, SWT.NONE);
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        top.setLayout(new GridLayout(3, false));
        test = new Button(top, SWT.PUSH);
        test.setText("Test");
        test.setToolTipText("Detect and fit the frame shown in the viewer; candidates are drawn in yellow, fits in red");
        go = new Button(top, SWT.PUSH);
        go.setText("Go");
        go.setToolTipText("Localize the whole stack in the background, then open the rendering and the table");
        progress = new ProgressBar(top, SWT.HORIZONTAL | SWT.SMOOTH);
        progress.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status = new Label(top, SWT.WRAP);
        GridData sd = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        sd.widthHint = 300;
        status.setLayoutData(sd);
        test.addListener(SWT.Selection, e -> test());
        go.addListener(SWT.Selection, e -> go());
        ScrolledComposite scroll = new ScrolledComposite(this, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite body = new Composite(scroll, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        camera = new SettingsForm<>(group(body, "Camera"), new CameraSettings(100, true, 1, 1, 0, 100));
        settings = new SettingsForm<>(group(body, "Localization"), LocalizationSettings.DEFAULTS);
        result = new SettingsForm<>(group(body, "Result (filter, drift, merge, rendering)"), PostProcessingSettings.DEFAULTS);
        scroll.setContent(body);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        setInfo("Open an image stack in a viewer, then Test or Go.");
        Consumer<SettingsForm<?>> showProblem = f -> status.setText(f.problem() == null ? info : f.problem());
        camera.addChangeListener(showProblem::accept);
        settings.addChangeListener(showProblem::accept);
        result.addChangeListener(showProblem::accept);
        addListener(SWT.Dispose, e -> detach());
        updateButtons();
    }

    /** The status line's text while the settings are valid. */
    private void setInfo(String text) {
        info = text;
        status.setText(text);
    }

    private static Composite group(Composite parent, String title) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(title);
        g.setLayout(new FillLayout());
        g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return g;
    }

    /** Works on {@code newViewer} from now on: its stack's camera and pixel size fill the camera form. */
    public void attach(ImageViewer newViewer) {
        detach();
        viewer = newViewer;
        if (viewer == null || viewer.isDisposed()) {
            viewer = null;
            updateButtons();
            return;
        }
        overlay = new LocalizationOverlay(this::shownPlane);
        viewer.addOverlay(overlay);
        Image stack = viewer.getImage();
        if (stack != null) {
            SettingsRecords.toMap(CameraSettings.of(stack)).forEach((k, v) -> camera.setText(k, String.valueOf(v)));
            long frames = FrameSelection.FIRST.frames(stack).planeCount();
            String channels = FrameSelection.choosesChannel(stack) ? ", " + stack.length(Axis.C) + " channels" : "";
            setInfo(stack.name() + ": " + frames + " frames of " + stack.width() + " x " + stack.height() + channels);
        }
        updateButtons();
    }

    /**
     * Index of the plane the viewer shows, counted in storage order over the stack's plane axes
     * (the frame index the localizer uses): the T (or Z) position and, for several channels, the
     * active channel.
     */
    public long shownPlane() {
        if (viewer == null || viewer.isDisposed() || viewer.getImage() == null) {
            return -1;
        }
        Image stack = viewer.getImage();
        long plane = 0;
        for (org.fluorite.core.image.Axis axis : stack.planeAxes()) {
            long index = axis == Axis.C ? viewer.getActiveChannel() : viewer.getPosition(axis);
            plane = plane * stack.length(axis) + index;
        }
        return plane;
    }

    /** The channel and Z plane the viewer shows (the first when nothing is shown). */
    public FrameSelection shownSelection() {
        if (viewer == null || viewer.isDisposed() || viewer.getImage() == null) {
            return FrameSelection.FIRST;
        }
        Image stack = viewer.getImage();
        long c = FrameSelection.choosesChannel(stack) ? viewer.getActiveChannel() : 0;
        long z = FrameSelection.choosesZ(stack) ? viewer.getPosition(Axis.Z) : 0;
        return new FrameSelection(c, z);
    }

    /** Index of the shown frame along the frame axis of {@link #shownSelection()} (T, or Z of a Z stack). */
    public long shownFrame() {
        if (viewer == null || viewer.isDisposed() || viewer.getImage() == null) {
            return -1;
        }
        Axis axis = FrameSelection.frameAxis(viewer.getImage());
        if (axis == null) {
            return 0;
        }
        return axis == Axis.C ? viewer.getActiveChannel() : viewer.getPosition(axis);
    }

    private void detach() {
        if (viewer != null && !viewer.isDisposed() && overlay != null) {
            viewer.removeOverlay(overlay);
            viewer.redrawOverlays();
        }
        viewer = null;
        overlay = null;
    }

    private void updateButtons() {
        boolean ok = viewer != null && viewer.getImage() != null;
        test.setEnabled(ok);
        go.setEnabled(ok);
    }

    public ImageViewer viewer() {
        return viewer;
    }

    public LocalizationOverlay overlay() {
        return overlay;
    }

    public SettingsForm<CameraSettings> cameraForm() {
        return camera;
    }

    public SettingsForm<LocalizationSettings> settingsForm() {
        return settings;
    }

    public SettingsForm<PostProcessingSettings> resultForm() {
        return result;
    }

    public String statusText() {
        return status.getText();
    }

    /** Receives the run to make when the user presses Go (the part runs it as a job). */
    public void setGoHandler(Consumer<LocalizationRun> handler) {
        this.goHandler = handler;
    }

    private String problem() {
        for (SettingsForm<?> f : java.util.List.of(camera, settings, result)) {
            if (f.problem() != null) {
                return f.problem();
            }
        }
        java.util.List<String> p = settings.value().problems();
        return p.isEmpty() ? null : String.join("; ", p);
    }

    /**
     * Detects and fits the frame the viewer shows, off the UI thread; the overlay and status line
     * show the result. Completes with null when there is nothing to test or the settings are wrong.
     */
    public CompletableFuture<FrameLocalizer.Result> test() {
        if (viewer == null || viewer.getImage() == null) {
            return CompletableFuture.completedFuture(null);
        }
        String problem = problem();
        if (problem != null) {
            status.setText(problem);
            return CompletableFuture.completedFuture(null);
        }
        Image stack = viewer.getImage();
        long plane = shownPlane();
        long frame = shownFrame();
        FrameSelection selection = shownSelection();
        String label = selection.label(stack);
        String which = "frame " + (frame + 1) + (label.isEmpty() ? "" : " of " + label);
        CameraSettings cs = camera.value();
        LocalizationSettings ls = settings.value();
        LocalizationOverlay target = overlay;
        ImageViewer shown = viewer;
        status.setText("Testing " + which + "...");
        test.setEnabled(false);
        CompletableFuture<FrameLocalizer.Result> future = CompletableFuture.supplyAsync(() -> {
            try {
                return new Localizer(ls, cs.camera(stack), cs.pixelNm()).localizeFrame(stack, selection, frame);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        future.whenComplete((r, e) -> getDisplay().asyncExec(() -> {
            if (isDisposed()) {
                return;
            }
            test.setEnabled(viewer != null);
            if (e != null) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                status.setText(stack.name() + ": test of " + which + " failed: " + cause.getMessage());
                return;
            }
            // the overlay compares with the plane the viewer shows, in storage order
            target.setResult(new FrameLocalizer.Result(plane, r.candidates(), r.localizations()));
            if (!shown.isDisposed()) {
                shown.redrawOverlays();
            }
            setInfo(String.format("F%s: %d candidates, %d fits (yellow: candidates, red: fits)", which.substring(1),
                    r.candidates().size(), r.localizations().size()));
        }));
        return future;
    }

    /** Hands the run for every frame of the shown channel (and Z plane) to the go handler. */
    public void go() {
        if (viewer == null || viewer.getImage() == null || goHandler == null) {
            return;
        }
        String problem = problem();
        if (problem != null) {
            status.setText(problem);
            return;
        }
        goHandler.accept(new LocalizationRun(viewer.getImage(), shownSelection(), camera.value(), settings.value(), result.value()));
    }

    /** A monitor that shows {@code delegate}'s progress on this panel's bar and status line. */
    public ProgressMonitor progressMonitor(ProgressMonitor delegate) {
        return new ProgressMonitor() {
            private volatile long total = 1;
            private long done;

            @Override
            public void begin(String task, long totalWork) {
                delegate.begin(task, totalWork);
                total = Math.max(1, totalWork);
                done = 0;
                ui(() -> {
                    setInfo(task);
                    progress.setSelection(0);
                });
            }

            @Override
            public void worked(long units) {
                delegate.worked(units);
                done += units;
                int percent = (int) Math.min(100, done * 100 / total);
                ui(() -> progress.setSelection(percent));
            }

            @Override
            public boolean isCancelled() {
                return delegate.isCancelled();
            }

            @Override
            public void done() {
                delegate.done();
                ui(() -> progress.setSelection(100));
            }
        };
    }

    /** Shows {@code text} in the status line (any thread). */
    public void showStatus(String text) {
        ui(() -> setInfo(text));
    }

    private void ui(Runnable r) {
        if (!isDisposed()) {
            getDisplay().asyncExec(() -> {
                if (!isDisposed()) {
                    r.run();
                }
            });
        }
    }
}
