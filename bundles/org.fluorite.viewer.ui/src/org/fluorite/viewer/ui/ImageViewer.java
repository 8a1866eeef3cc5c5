package org.fluorite.viewer.ui;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.fluorite.core.display.Contrast;
import org.fluorite.core.display.LookupTable;
import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.Projection;
import org.fluorite.core.progress.CancelledException;

/**
 * Shows an {@link Image}: one plane at a time (or all channels as a composite) with zoom and pan,
 * sliders for T and Z, movie playback, display range and lookup table per channel, a pixel
 * read-out, projections along T or Z computed in the background, {@link ImageOverlay}s (e.g. ROIs)
 * drawn and edited in image coordinates, and {@link org.fluorite.core.display.TimeBand}s on the time line.
 *
 * <p>Every plane read happens on a background thread; results come back with
 * {@link Display#asyncExec}. All public methods must be called on the UI thread.
 */
public class ImageViewer extends Composite {

    private static final List<LookupTable> CHANNEL_LUTS = List.of(LookupTable.GREEN, LookupTable.MAGENTA,
            LookupTable.CYAN, LookupTable.YELLOW, LookupTable.RED, LookupTable.BLUE, LookupTable.GREY);

    private final Display display;
    private final ViewCanvas canvas;
    private final ViewerControls controls;
    private final ExecutorService planeExecutor;
    private final ExecutorService taskExecutor;
    private final FrameLoader loader;
    private final List<FrameShownListener> frameListeners = new CopyOnWriteArrayList<>();
    private final List<StatusListener> statusListeners = new CopyOnWriteArrayList<>();
    private final List<ProjectionListener> projectionListeners = new CopyOnWriteArrayList<>();
    private final Label readout;
    private volatile boolean closed;
    private TaskRunner taskRunner;
    private boolean showProjectionResults = true;

    private Image original;
    private ViewState state;
    /** The original's state while a projection is shown; null otherwise. */
    private ViewState savedOriginal;
    private int nextGeneration = 1;
    private long requested;
    private long shownSequence;
    private FrameLoader.Result current;
    private Point pointer;

    public ImageViewer(Composite parent, int style) {
        super(parent, style);
        display = getDisplay();
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 2;
        layout.marginHeight = 2;
        setLayout(layout);

        canvas = new ViewCanvas(this);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        controls = new ViewerControls(this, this);
        GridData sideData = new GridData(SWT.FILL, SWT.FILL, false, true);
        sideData.widthHint = 240;
        controls.side().setLayoutData(sideData);
        controls.placeBelow(this);
        readout = new Label(this, SWT.NONE);
        readout.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        planeExecutor = Executors.newSingleThreadExecutor(daemon("fluorite-viewer-planes"));
        taskExecutor = Executors.newCachedThreadPool(daemon("fluorite-viewer-tasks"));
        taskRunner = TaskRunner.of(taskExecutor);
        loader = new FrameLoader(planeExecutor, new FrameLoader.Sink() {
            @Override
            public void delivered(FrameLoader.Result result) {
                ui(() -> frameLoaded(result));
            }

            @Override
            public void failed(FrameLoader.Request request, Exception error) {
                ui(() -> frameFailed(request, error));
            }
        });

        canvas.setPointerListener(new ViewCanvas.PointerListener() {
            @Override
            public void pointerAt(int x, int y) {
                pointer = new Point(x, y);
                updateReadout();
            }

            @Override
            public void pointerLeft() {
                if (pointer != null) {
                    pointer = null;
                    updateReadout();
                }
            }
        });
        canvas.addListener(SWT.KeyDown, this::key);
        addListener(SWT.Dispose, e -> {
            closed = true;
            planeExecutor.shutdownNow();
            taskExecutor.shutdownNow();
        });
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    // ---------------------------------------------------------------- image

    /** Shows {@code image} from its first plane, with auto contrast; null shows nothing. */
    public void setImage(Image image) {
        checkWidget();
        controls.stopPlayback();
        original = image;
        savedOriginal = null;
        loader.clear();
        current = null;
        canvas.setFrame(null);
        if (image == null) {
            state = null;
            controls.rebuild(null, null);
            updateReadout();
            return;
        }
        state = ViewState.initial(image, nextGeneration++, null, defaultLuts(image));
        controls.rebuild(state, null);
        requestFrame();
    }

    /** The image given to {@link #setImage}. */
    public Image getImage() {
        return original;
    }

    /** The image on screen: the one given to {@link #setImage}, or a projection of it. */
    public Image getShownImage() {
        return state == null ? null : state.image;
    }

    private static LookupTable[] defaultLuts(Image image) {
        int n = (int) image.length(Axis.C);
        LookupTable[] luts = new LookupTable[n];
        for (int c = 0; c < n; c++) {
            luts[c] = n == 1 ? LookupTable.GREY : CHANNEL_LUTS.get(c % CHANNEL_LUTS.size());
        }
        return luts;
    }

    // ---------------------------------------------------------------- position

    /** The axis the frame methods and the Home/End/arrow keys step along: T if T &gt; 1, else Z if Z &gt; 1, else null. */
    public Axis frameAxis() {
        return state == null ? null : state.frameAxis();
    }

    /** Number of frames along {@link #frameAxis()} (1 when there is none). */
    public int frameCount() {
        Axis a = frameAxis();
        return a == null ? 1 : (int) state.image.length(a);
    }

    /** Index of the shown frame along {@link #frameAxis()}. */
    public int currentFrame() {
        Axis a = frameAxis();
        return a == null ? 0 : (int) state.index(a);
    }

    /** Shows frame {@code frame} (clamped to the valid range) along {@link #frameAxis()}. */
    public void setFrame(int frame) {
        Axis a = frameAxis();
        if (a != null) {
            setPosition(a, frame);
        }
    }

    /** Index along {@code axis} (T or Z) of the shown plane; 0 when the image lacks the axis. */
    public long getPosition(Axis axis) {
        checkWidget();
        return state == null ? 0 : state.index(axis);
    }

    /** Moves to {@code index} (clamped) along T or Z. Use {@link #setActiveChannel} for C. */
    public void setPosition(Axis axis, long index) {
        checkWidget();
        if (state == null || axis == Axis.C || !state.image.planeAxes().contains(axis)) {
            return;
        }
        long clamped = Math.max(0, Math.min(state.image.length(axis) - 1, index));
        if (clamped != state.index(axis)) {
            state.position.put(axis, clamped);
            controls.positionChanged(state);
            requestFrame();
        }
    }

    // ---------------------------------------------------------------- channels and display

    public int channelCount() {
        return state == null ? 1 : state.channels();
    }

    public ChannelMode getChannelMode() {
        return state == null ? ChannelMode.SINGLE : state.mode;
    }

    /** Shows the active channel alone, or all channels added together. */
    public void setChannelMode(ChannelMode mode) {
        checkWidget();
        if (state == null || mode == state.mode || (mode == ChannelMode.COMPOSITE && state.channels() < 2)) {
            return;
        }
        state.mode = mode;
        controls.channelsChanged(state);
        requestFrame();
    }

    /** The channel shown in single mode, and the one the display controls adjust. */
    public int getActiveChannel() {
        return state == null ? 0 : state.active;
    }

    public void setActiveChannel(int channel) {
        checkWidget();
        if (state == null || channel < 0 || channel >= state.channels() || channel == state.active) {
            return;
        }
        state.active = channel;
        controls.channelsChanged(state);
        requestFrame();
    }

    /** Display range of the active channel; null until the first plane was read. */
    public Contrast getContrast() {
        return state == null ? null : state.contrasts[state.active];
    }

    public Contrast getContrast(int channel) {
        return state == null ? null : state.contrasts[channel];
    }

    /** Sets the display range of the active channel and redraws. */
    public void setContrast(Contrast contrast) {
        setContrast(getActiveChannel(), contrast);
    }

    public void setContrast(int channel, Contrast contrast) {
        checkWidget();
        if (state == null || contrast == null) {
            return;
        }
        state.contrasts[channel] = contrast;
        if (channel == state.active) {
            controls.contrast().setContrast(contrast);
        }
        requestFrame();
    }

    /** Recomputes the active channel's display range from the current plane (in the background). */
    public void autoContrast() {
        checkWidget();
        if (state != null) {
            state.contrasts[state.active] = null;
            requestFrame();
        }
    }

    /** Lookup table of the active channel. */
    public LookupTable getLut() {
        return state == null ? LookupTable.GREY : state.luts[state.active];
    }

    public LookupTable getLut(int channel) {
        return state == null ? LookupTable.GREY : state.luts[channel];
    }

    public void setLut(LookupTable lut) {
        setLut(getActiveChannel(), lut);
    }

    public void setLut(int channel, LookupTable lut) {
        checkWidget();
        if (state == null || lut == null) {
            return;
        }
        state.luts[channel] = lut;
        if (channel == state.active) {
            controls.contrast().setLut(lut);
        }
        requestFrame();
    }

    // ---------------------------------------------------------------- zoom

    public double getZoom() {
        return canvas.getZoom();
    }

    /** Sets the zoom (screen pixels per image pixel) about the centre of the picture area. */
    public void setZoom(double zoom) {
        org.eclipse.swt.graphics.Rectangle r = canvas.getClientArea();
        canvas.zoomAt(zoom, r.width / 2.0, r.height / 2.0);
    }

    public void zoomIn() {
        canvas.zoomIn();
    }

    public void zoomOut() {
        canvas.zoomOut();
    }

    /** Fits the whole frame into the picture area (and keeps fitting when it resizes). */
    public void fitToWindow() {
        canvas.fit();
    }

    // ---------------------------------------------------------------- playback

    public boolean isPlaying() {
        return controls.isPlaying();
    }

    /** Starts or stops movie playback along T (does nothing without a T axis longer than 1). */
    public void setPlaying(boolean playing) {
        checkWidget();
        controls.setPlaying(playing);
    }

    /** Playback speed in frames per second. */
    public int getFps() {
        return controls.getFps();
    }

    public void setFps(int framesPerSecond) {
        controls.setFps(framesPerSecond);
    }

    /** Playback tick: next frame, wrapping; waits while the previous frame is still being read. */
    void playbackTick() {
        if (state == null || !isFrameShown() || !state.image.has(Axis.T)) {
            return;
        }
        long n = state.image.length(Axis.T);
        setPosition(Axis.T, (state.index(Axis.T) + 1) % n);
    }

    // ---------------------------------------------------------------- output and listeners

    /**
     * The frame on screen at image resolution (one pixel per image pixel, before zoom), as 32-bit
     * direct-colour data whose {@code getPixel} returns {@code 0xRRGGBB}; null before the first
     * frame arrives. A copy: changing it does not change the view.
     */
    public ImageData renderToImageData() {
        checkWidget();
        return current == null ? null : (ImageData) current.data().clone();
    }

    /** True when the most recently requested frame is on screen (nothing is being read). */
    public boolean isFrameShown() {
        return current != null && shownSequence == requested;
    }

    /** The read-out text currently shown (empty when the mouse is outside the image). */
    public String getReadout() {
        return readout.getText();
    }

    /** Shows the read-out of image pixel ({@code x}, {@code y}) as if the mouse were over it. */
    public void showReadoutAt(int x, int y) {
        checkWidget();
        pointer = new Point(x, y);
        updateReadout();
    }

    public void addFrameShownListener(FrameShownListener l) {
        frameListeners.add(l);
    }

    public void removeFrameShownListener(FrameShownListener l) {
        frameListeners.remove(l);
    }

    public void addStatusListener(StatusListener l) {
        statusListeners.add(l);
    }

    public void removeStatusListener(StatusListener l) {
        statusListeners.remove(l);
    }

    public void addProjectionListener(ProjectionListener l) {
        projectionListeners.add(l);
    }

    public void removeProjectionListener(ProjectionListener l) {
        projectionListeners.remove(l);
    }

    /** Replaces the runner of background computations (e.g. one that schedules Eclipse Jobs). */
    public void setTaskRunner(TaskRunner runner) {
        this.taskRunner = runner == null ? TaskRunner.of(taskExecutor) : runner;
    }

    /** Whether a finished projection replaces the view (default true); listeners are told either way. */
    public void setShowProjectionResults(boolean show) {
        this.showProjectionResults = show;
    }

    // ---------------------------------------------------------------- overlays and time bands

    /** Adds {@code overlay} over the picture (painted after those added before) and redraws. */
    public void addOverlay(ImageOverlay overlay) {
        checkWidget();
        canvas.addOverlay(overlay);
    }

    public void removeOverlay(ImageOverlay overlay) {
        checkWidget();
        canvas.removeOverlay(overlay);
    }

    /** Repaints the picture and its overlays, e.g. after an overlay's content changed. */
    public void redrawOverlays() {
        checkWidget();
        canvas.redraw();
    }

    /** The current mapping between image pixels and picture-area (canvas) pixels. */
    public ImageTransform imageTransform() {
        checkWidget();
        return canvas.transform();
    }

    /** The picture area, e.g. to send it mouse events in tests or to grab what it shows. */
    public org.eclipse.swt.widgets.Control pictureControl() {
        return canvas;
    }

    /** Shows {@code bands} (frames along T, e.g. stimuli) as coloured bands under the time slider. */
    public void setTimeBands(List<org.fluorite.core.display.TimeBand> bands) {
        checkWidget();
        controls.setTimeBands(bands == null ? List.of() : bands);
    }

    /** The bands given to {@link #setTimeBands}; empty by default. */
    public List<org.fluorite.core.display.TimeBand> getTimeBands() {
        return controls.timeBands();
    }

    // ---------------------------------------------------------------- projections

    /**
     * Projects the image given to {@link #setImage} along {@code axis} in the background. When it
     * finishes, projection listeners are told and (unless turned off) the viewer shows the result
     * with a "Back" button. The future completes on the UI thread; it fails when the projection
     * fails and is cancelled when the viewer is disposed first.
     */
    public CompletableFuture<Image> project(Projection projection, Axis axis) {
        checkWidget();
        CompletableFuture<Image> future = new CompletableFuture<>();
        Image source = original;
        if (source == null || !source.planeAxes().contains(axis)) {
            future.completeExceptionally(new IllegalArgumentException(
                    "No image with a " + axis + " axis to project along"));
            return future;
        }
        String title = capitalised(projection.label()) + " projection along " + axis;
        status(title + "…");
        taskRunner.run(title, monitor -> {
            try {
                Image result = projection.apply(source, axis, new StoppableMonitor(monitor, () -> closed));
                ui(() -> projectionDone(future, result, projection, axis, source, title));
            } catch (CancelledException e) {
                future.cancel(false);
                ui(() -> status(title + " cancelled"));
            } catch (Exception | Error e) {
                future.completeExceptionally(e);
                ui(() -> error(title + " failed: " + e.getMessage(), e));
            }
        });
        return future;
    }

    private void projectionDone(CompletableFuture<Image> future, Image result, Projection p, Axis axis, Image source,
            String title) {
        if (showProjectionResults && source == original) {
            showProjection(result, title);
        }
        status(title + " finished");
        for (ProjectionListener l : projectionListeners) {
            l.projectionFinished(result, p, axis);
        }
        future.complete(result);
    }

    /** True while a projection result is shown instead of the image given to {@link #setImage}. */
    public boolean isShowingProjection() {
        return savedOriginal != null;
    }

    /** Shows {@code projection} (an image derived from the current one) with a "Back" button. */
    public void showProjection(Image projection, String title) {
        checkWidget();
        if (original == null) {
            return;
        }
        controls.stopPlayback();
        if (savedOriginal == null) {
            savedOriginal = state;
        }
        LookupTable[] luts = projection.length(Axis.C) == savedOriginal.channels() ? savedOriginal.luts.clone()
                : defaultLuts(projection);
        state = ViewState.initial(projection, nextGeneration++, savedOriginal, luts);
        current = null;
        controls.rebuild(state, title);
        requestFrame();
    }

    /** Leaves a shown projection and returns to the image as it was before. */
    public void showOriginal() {
        checkWidget();
        if (savedOriginal == null) {
            return;
        }
        state = savedOriginal;
        savedOriginal = null;
        current = null;
        controls.rebuild(state, null);
        requestFrame();
    }

    /** Gives the keyboard focus to the picture, where the frame and zoom keys work. */
    @Override
    public boolean setFocus() {
        checkWidget();
        return canvas.setFocus();
    }

    // ---------------------------------------------------------------- internals

    ViewCanvas canvas() {
        return canvas;
    }

    ViewerControls controls() {
        return controls;
    }

    FrameLoader loader() {
        return loader;
    }

    ViewState state() {
        return state;
    }

    void requestFrame() {
        if (state == null) {
            return;
        }
        int n = state.channels();
        boolean composite = state.mode == ChannelMode.COMPOSITE && n > 1;
        int[] channels = composite ? java.util.stream.IntStream.range(0, n).toArray() : new int[] {state.active};
        Contrast[] contrasts = new Contrast[channels.length];
        LookupTable[] luts = new LookupTable[channels.length];
        for (int i = 0; i < channels.length; i++) {
            contrasts[i] = state.contrasts[channels[i]];
            luts[i] = state.luts[channels[i]];
        }
        Map<Axis, Long> pos = new EnumMap<>(Axis.class);
        pos.putAll(state.position);
        pos.remove(Axis.C);
        requested++;
        loader.request(new FrameLoader.Request(requested, state.generation, state.image, Map.copyOf(pos), channels,
                contrasts, luts, composite, composite ? state.active : 0));
    }

    private void frameLoaded(FrameLoader.Result r) {
        if (r.request().sequence() != requested || state == null || r.request().generation() != state.generation) {
            return; // a newer request is on its way
        }
        int[] channels = r.request().channels();
        for (int i = 0; i < channels.length; i++) {
            if (state.contrasts[channels[i]] == null) {
                state.contrasts[channels[i]] = r.contrasts()[i];
            }
        }
        current = r;
        shownSequence = r.request().sequence();
        canvas.setFrame(r.data());
        controls.contrast().setContrast(state.contrasts[state.active]);
        controls.contrast().setHistogram(r.histogram());
        updateReadout();
        FrameShownEvent event = new FrameShownEvent(shownSequence, state.positionWithChannel(), state.mode,
                savedOriginal != null);
        for (FrameShownListener l : frameListeners) {
            l.frameShown(event);
        }
    }

    private void frameFailed(FrameLoader.Request request, Exception e) {
        if (request.sequence() == requested) {
            shownSequence = requested;
        }
        error("Cannot read plane " + request.position() + " of " + request.image().name() + ": " + e.getMessage(), e);
    }

    private void updateReadout() {
        String text = "";
        if (pointer != null && current != null && state != null) {
            text = Readout.format(state.image, pointer.x, pointer.y, current.planes());
        }
        if (!text.equals(readout.getText())) {
            readout.setText(text);
            status(text);
        }
    }

    private void key(Event e) {
        if (state == null || !e.doit) {
            return;
        }
        switch (e.keyCode) {
            case SWT.HOME -> setFrame(0);
            case SWT.END -> setFrame(frameCount() - 1);
            case SWT.ARROW_LEFT -> setFrame(currentFrame() - 1);
            case SWT.ARROW_RIGHT -> setFrame(currentFrame() + 1);
            case SWT.ARROW_UP -> setPosition(Axis.Z, getPosition(Axis.Z) + 1);
            case SWT.ARROW_DOWN -> setPosition(Axis.Z, getPosition(Axis.Z) - 1);
            default -> {
                if (e.character == ' ') {
                    setPlaying(!isPlaying());
                }
            }
        }
    }

    void status(String message) {
        for (StatusListener l : statusListeners) {
            l.status(message);
        }
    }

    void error(String message, Throwable cause) {
        for (StatusListener l : statusListeners) {
            l.error(message, cause);
        }
    }

    /** Runs {@code r} on the UI thread unless the viewer is gone by then. */
    private void ui(Runnable r) {
        if (closed || display.isDisposed()) {
            return;
        }
        try {
            display.asyncExec(() -> {
                if (!isDisposed()) {
                    r.run();
                }
            });
        } catch (SWTException e) {
            // display disposed meanwhile
        }
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    public String toString() {
        return "ImageViewer[" + (state == null ? "empty" : state.image + " at " + state.position + " "
                + Arrays.toString(state.contrasts)) + "]";
    }
}
