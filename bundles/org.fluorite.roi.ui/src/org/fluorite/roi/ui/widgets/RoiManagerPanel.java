package org.fluorite.roi.ui.widgets;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.fluorite.core.image.Image;
import org.fluorite.core.progress.CancelledException;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.FormatRegistry;
import org.fluorite.roi.Roi;
import org.fluorite.roi.traces.TraceExtractor;
import org.fluorite.roi.ui.RoiEditor;
import org.fluorite.roi.ui.RoiFiles;
import org.fluorite.roi.ui.RoiList;
import org.fluorite.ui.JobMonitors;
import org.fluorite.viewer.ui.FrameShownListener;
import org.fluorite.viewer.ui.ImageViewer;

/**
 * The ROI manager beside a viewer: buttons (Add Polygon, Add Ellipse, Delete, Show All, file
 * actions), the colour-coded list of the movie's ROIs, the live mean-intensity curve of the
 * selected ROI (computed in a background job, the previous one cancelled on every change) with the
 * viewer's time bands under it, and the tag editor. Each viewer it is attached to keeps its own
 * ROIs, drawn and edited on the movie through a {@link RoiOverlay}.
 *
 * <p>Keys in the list: Page Up / Page Down select the previous / next ROI; Home, End and the left
 * and right arrows move the movie.
 */
public final class RoiManagerPanel extends Composite {

    private final RoiActions actions;
    private final RoiTable roiTable;
    private final TraceCanvas trace;
    private final TagEditor tags;
    private final Label status;
    private final Button addPolygon;
    private final Button addEllipse;
    private final Button delete;
    private final Button showAll;
    private final Map<ImageViewer, RoiOverlay> overlays = new HashMap<>();
    private final FrameShownListener frameListener = e -> frameShown();
    private final RoiList.Listener listListener = this::listChanged;
    private Consumer<String> warningListener = w -> { };
    private ImageViewer viewer;
    private RoiOverlay overlay;
    private Job traceJob;
    /** Counts trace requests; a result is shown only if no newer request was made. */
    private long traceRequest;
    private long traceShown;

    /** @param registry the installed formats, or null (file actions are then disabled) */
    public RoiManagerPanel(Composite parent, FormatRegistry registry) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(1, false));
        Composite buttons = new Composite(this, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        // wraps onto more rows when the tool stack is narrow, so no label is cut
        RowLayout rows = new RowLayout(SWT.HORIZONTAL);
        rows.wrap = true;
        rows.fill = true;
        rows.marginLeft = 0;
        rows.marginRight = 0;
        buttons.setLayout(rows);
        addPolygon = button(buttons, "Add Polygon", "Click on the movie to add vertices; double-click to close", SWT.PUSH,
                () -> editor().ifPresent(RoiEditor::startPolygon));
        addEllipse = button(buttons, "Add Ellipse", "Drag a box on the movie", SWT.PUSH,
                () -> editor().ifPresent(RoiEditor::startEllipse));
        delete = button(buttons, "Delete", "Delete the selected ROI", SWT.PUSH, this::deleteSelected);
        showAll = button(buttons, "Show All", "Draw every ROI, or only the selected one", SWT.CHECK,
                () -> list().setShowAll(showAllChecked()));
        showAll.setSelection(true);
        actions = new RoiActions(this, buttons, registry);

        SashForm sash = new SashForm(this, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        roiTable = new RoiTable(sash);
        trace = new TraceCanvas(sash);
        trace.setFrameClicked(f -> {
            if (viewer != null) {
                viewer.setFrame(f);
            }
        });
        tags = new TagEditor(sash);
        sash.setWeights(45, 30, 25);
        status = new Label(this, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));

        Table table = roiTable.table();
        table.addListener(SWT.Selection, e -> {
            int i = table.getSelectionIndex();
            if (overlay != null && i >= 0 && i < list().size()) {
                list().select(i);
            }
        });
        table.addListener(SWT.KeyDown, this::listKey);
        addListener(SWT.Dispose, e -> {
            cancelTrace();
            overlays.keySet().stream().filter(v -> !v.isDisposed()).forEach(v -> {
                v.removeOverlay(overlays.get(v));
                v.removeFrameShownListener(frameListener);
            });
        });
        attach(null);
    }

    private static Button button(Composite parent, String text, String tip, int style, Runnable action) {
        Button b = new Button(parent, style);
        b.setText(text);
        b.setToolTipText(tip);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    private boolean showAllChecked() {
        return showAll.getSelection();
    }

    /**
     * Follows {@code newViewer}: shows its ROIs (creating an empty list the first time) and edits
     * them on its movie; null shows nothing.
     */
    public void attach(ImageViewer newViewer) {
        checkWidget();
        ImageViewer target = newViewer != null && newViewer.isDisposed() ? null : newViewer;
        if (overlay != null) {
            overlay.editor().cancel();
            overlay.list().removeListener(listListener);
        }
        viewer = target;
        overlay = target == null ? null : overlays.computeIfAbsent(target, this::newOverlay);
        if (overlay != null) {
            overlay.list().addListener(listListener);
        }
        boolean on = overlay != null;
        for (Button b : new Button[] {addPolygon, addEllipse, delete, showAll}) {
            b.setEnabled(on);
        }
        actions.setEnabled(on);
        showAll.setSelection(!on || list().showAll());
        roiTable.show(on ? list() : null);
        tags.setList(on ? list() : null);
        trace.setTimeBands(on ? target.getTimeBands() : List.of());
        requestTrace();
    }

    private RoiOverlay newOverlay(ImageViewer v) {
        RoiList list = new RoiList();
        RoiOverlay o = new RoiOverlay(list, new RoiEditor(list), () -> {
            if (!v.isDisposed()) {
                v.redrawOverlays();
            }
        });
        v.addOverlay(o);
        v.addFrameShownListener(frameListener);
        v.addListener(SWT.Dispose, e -> {
            overlays.remove(v);
            if (v == viewer && !isDisposed()) {
                attach(null);
            }
        });
        return o;
    }

    /** The viewer followed, or null. */
    public ImageViewer viewer() {
        return viewer;
    }

    /** The ROIs of the followed viewer; an empty detached list when there is none. */
    public RoiList list() {
        return overlay == null ? new RoiList() : overlay.list();
    }

    /** The overlay drawing the followed viewer's ROIs, or null. */
    public RoiOverlay overlay() {
        return overlay;
    }

    private java.util.Optional<RoiEditor> editor() {
        return overlay == null ? java.util.Optional.empty() : java.util.Optional.of(overlay.editor());
    }

    public Table roiTable() {
        return roiTable.table();
    }

    public TraceCanvas traceCanvas() {
        return trace;
    }

    public TagEditor tagEditor() {
        return tags;
    }

    public String statusText() {
        return status.getText();
    }

    /** Told about warnings (e.g. ROIs made on an image of another size), besides the status line. */
    public void setWarningListener(Consumer<String> listener) {
        warningListener = listener == null ? w -> { } : listener;
    }

    void status(String text) {
        if (!status.isDisposed()) {
            status.setText(text);
            status.setToolTipText(text);
            layout(true);
        }
    }

    void warn(String text) {
        status("Warning: " + text);
        warningListener.accept(text);
    }

    private void deleteSelected() {
        if (overlay != null && list().removeSelected()) {
            status("ROI deleted");
        }
    }

    private void listKey(Event e) {
        if (overlay == null) {
            return;
        }
        switch (e.keyCode) {
            case SWT.PAGE_DOWN -> list().selectNext();
            case SWT.PAGE_UP -> list().selectPrevious();
            case SWT.HOME -> viewer.setFrame(0);
            case SWT.END -> viewer.setFrame(viewer.frameCount() - 1);
            case SWT.ARROW_LEFT -> viewer.setFrame(viewer.currentFrame() - 1);
            case SWT.ARROW_RIGHT -> viewer.setFrame(viewer.currentFrame() + 1);
            case SWT.DEL -> deleteSelected();
            default -> {
                return;
            }
        }
        e.doit = false;
    }

    private void listChanged(RoiList.Change change) {
        if (isDisposed()) {
            return;
        }
        switch (change) {
            case LIST -> {
                roiTable.show(list());
                requestTrace();
            }
            case SELECTION -> {
                roiTable.showSelection(list());
                tags.refresh();
                requestTrace();
            }
            case EDITED -> {
                roiTable.show(list());
                requestTrace();
            }
            case TAGS -> tags.refresh();
            case EDITING, VISIBILITY -> {
                // only the picture changes
            }
        }
        if (viewer != null && !viewer.isDisposed()) {
            viewer.redrawOverlays();
        }
    }

    private void frameShown() {
        if (viewer != null && !trace.isDisposed()) {
            trace.setCurrentFrame(viewer.currentFrame());
            trace.setTimeBands(viewer.getTimeBands());
        }
    }

    // ------------------------------------------------------------ the live curve

    /** True when the curve shows the selected ROI as it is now (no computation pending). */
    public boolean isTraceCurrent() {
        return traceShown == traceRequest;
    }

    private void cancelTrace() {
        if (traceJob != null) {
            traceJob.cancel();
            traceJob = null;
        }
    }

    /** Recomputes the selected ROI's curve in the background, cancelling the previous computation. */
    private void requestTrace() {
        cancelTrace();
        long request = ++traceRequest;
        Image movie = viewer == null ? null : viewer.getImage();
        Roi roi = overlay == null ? null : list().selected().orElse(null);
        if (movie == null || roi == null) {
            trace.setTrace(null, 0xFFFFFF, "");
            traceShown = request;
            return;
        }
        int colour = list().colourOf(list().selectedIndex());
        traceJob = Job.create("Trace of ROI " + roi.name(), monitor -> {
            try {
                double[] values = meanTraces(movie, List.of(roi), JobMonitors.adapt(monitor))[0];
                ui(() -> {
                    if (request == traceRequest) {
                        trace.setTrace(values, colour, roi.name());
                        trace.setCurrentFrame(viewer == null ? -1 : viewer.currentFrame());
                        traceShown = request;
                    }
                });
                return Status.OK_STATUS;
            } catch (CancelledException e) {
                return Status.CANCEL_STATUS;
            } catch (Exception e) {
                ui(() -> {
                    if (request == traceRequest) {
                        traceShown = request;
                        trace.setTrace(null, colour, roi.name());
                        status("Cannot compute the trace of " + roi.name() + ": " + e.getMessage());
                    }
                });
                return Status.OK_STATUS;
            }
        });
        traceJob.setSystem(true);
        traceJob.schedule();
    }

    static double[][] meanTraces(Image movie, List<Roi> rois, ProgressMonitor monitor) throws java.io.IOException {
        return TraceExtractor.meanTraces(movie, rois, monitor);
    }

    /** Runs {@code r} on the UI thread unless the panel is gone by then. */
    void ui(Runnable r) {
        if (getDisplay().isDisposed()) {
            return;
        }
        getDisplay().asyncExec(() -> {
            if (!isDisposed()) {
                r.run();
            }
        });
    }

    /** Runs {@code work} as a user job; the future completes on the UI thread when it is done. */
    CompletableFuture<Void> background(String title, BackgroundWork work) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Job job = Job.create(title, monitor -> {
            try {
                work.run(JobMonitors.adapt(monitor));
                ui(() -> done.complete(null));
            } catch (CancelledException e) {
                ui(() -> status(title + " cancelled"));
                done.cancel(false);
            } catch (Exception e) {
                ui(() -> status(title + " failed: " + e.getMessage()));
                done.completeExceptionally(e);
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return done;
    }

    /** Work for {@link #background}. */
    @FunctionalInterface
    interface BackgroundWork {
        void run(ProgressMonitor monitor) throws Exception;
    }

    /** The file actions: import and export of ROI sets, source extraction ROIs and traces. */
    public RoiActions actions() {
        return actions;
    }
}
