package org.fluorite.kymo.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Text;
import org.fluorite.kymo.ForceAveraging;
import org.fluorite.kymo.ForceTrace;
import org.fluorite.kymo.KymoChannel;
import org.fluorite.kymo.Kymograph;
import org.fluorite.kymo.KymographFile;
import org.fluorite.kymo.tracking.GreedyTracker;
import org.fluorite.kymo.tracking.TrackCsv;
import org.fluorite.kymo.tracking.TrackGroup;

/**
 * A kymograph with its controls: kymograph and channel choice, contrast, force channel shown
 * under the image on the same time axis, crop by dragging a rectangle (calibrated when a tether
 * length in kbp is given), greedy tracking drawn over the image, a click on a track deletes it.
 * Reading and tracking run on the given executor; the widgets change on the UI thread only.
 */
public class KymographView extends Composite {

    private final Executor background;
    private final Combo kymoChoice;
    private final Combo channelChoice;
    private final Scale contrast;
    private final Combo forceChoice;
    private final Text tetherKbp;
    private final Text threshold;
    private final Label status;
    private final KymographCanvas canvas;
    private final ForceCanvas force;
    private final List<Consumer<String>> statusListeners = new ArrayList<>();
    private final Combo scanChoice;
    private Consumer<org.fluorite.core.image.Image> imageOpener;
    private Path file;
    private Kymograph original;
    private Kymograph current;
    private TrackGroup tracks;

    public KymographView(Composite parent, int style, Executor background) {
        super(parent, style);
        this.background = background;
        setLayout(new GridLayout(1, false));
        Composite bar = new Composite(this, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        org.eclipse.swt.layout.RowLayout row = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
        row.center = true;
        row.wrap = true;
        bar.setLayout(row);
        new Label(bar, SWT.NONE).setText("Kymograph");
        kymoChoice = new Combo(bar, SWT.READ_ONLY);
        new Label(bar, SWT.NONE).setText("Channel");
        channelChoice = new Combo(bar, SWT.READ_ONLY);
        for (KymoChannel c : KymoChannel.values()) {
            channelChoice.add(c.label());
        }
        channelChoice.select(KymoChannel.RGB.ordinal());
        new Label(bar, SWT.NONE).setText("Contrast");
        contrast = new Scale(bar, SWT.HORIZONTAL);
        contrast.setMinimum(5);
        contrast.setMaximum(300);
        contrast.setSelection(100);
        contrast.setLayoutData(new org.eclipse.swt.layout.RowData(120, SWT.DEFAULT));
        new Label(bar, SWT.NONE).setText("Force");
        forceChoice = new Combo(bar, SWT.READ_ONLY);
        new Label(bar, SWT.NONE).setText("Tether (kbp)");
        tetherKbp = new Text(bar, SWT.BORDER);
        tetherKbp.setLayoutData(new org.eclipse.swt.layout.RowData(60, SWT.DEFAULT));
        tetherKbp.setToolTipText("With a tether length, a dragged rectangle also calibrates the position axis in kbp");
        Button reset = new Button(bar, SWT.PUSH);
        reset.setText("Reset");
        new Label(bar, SWT.NONE).setText("Threshold");
        threshold = new Text(bar, SWT.BORDER);
        threshold.setLayoutData(new org.eclipse.swt.layout.RowData(50, SWT.DEFAULT));
        threshold.setToolTipText("Lowest peak in photons for greedy tracking (empty: the 98th percentile)");
        Button track = new Button(bar, SWT.PUSH);
        track.setText("Track");
        Button save = new Button(bar, SWT.PUSH);
        save.setText("Save tracks...");
        Button openImage = new Button(bar, SWT.PUSH);
        openImage.setText("Image in viewer");
        openImage.setToolTipText("Opens the shown kymograph as a calibrated image in a viewer (File > Export Image writes TIFF)");
        openImage.addListener(SWT.Selection, e -> openCurrentImage());
        new Label(bar, SWT.NONE).setText("Scan");
        scanChoice = new Combo(bar, SWT.READ_ONLY);
        Button openScan = new Button(bar, SWT.PUSH);
        openScan.setText("Open in viewer");
        openScan.addListener(SWT.Selection, e -> openScan(scanChoice.getText()));
        canvas = new KymographCanvas(this, SWT.NONE);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        force = new ForceCanvas(this, SWT.NONE);
        GridData fd = new GridData(SWT.FILL, SWT.BOTTOM, true, false);
        fd.heightHint = 130;
        force.setLayoutData(fd);
        status = new Label(this, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        status.setText("Drag a rectangle to crop; click a track to delete it, Shift+click to split it.");

        kymoChoice.addListener(SWT.Selection, e -> open(kymoChoice.getText()));
        channelChoice.addListener(SWT.Selection, e -> redrawImage());
        contrast.addListener(SWT.Selection, e -> redrawImage());
        forceChoice.addListener(SWT.Selection, e -> loadForce());
        reset.addListener(SWT.Selection, e -> show(original, null));
        track.addListener(SWT.Selection, e -> track());
        save.addListener(SWT.Selection, e -> saveTracks());
        canvas.addSelectionListener(this::crop);
        canvas.addClickListener(at -> {
            if (at[2] > 0) {
                splitTrackAt(at[0], at[1]);
            } else {
                deleteTrackAt(at[0], at[1]);
            }
        });
    }

    public void addStatusListener(Consumer<String> l) {
        statusListeners.add(l);
    }

    /** Where "Open in viewer" sends a confocal scan's image (the workbench's file opener). */
    public void setImageOpener(Consumer<org.fluorite.core.image.Image> opener) {
        this.imageOpener = opener;
    }

    /** Lists the confocal scans of the file for "Open in viewer". */
    public void setScans(List<String> scans) {
        scanChoice.setItems(scans.toArray(String[]::new));
        if (!scans.isEmpty()) {
            scanChoice.select(0);
        }
        scanChoice.getParent().requestLayout();
    }

    void openCurrentImage() {
        if (current != null && current.isEmpty()) {
            message("Cannot open an empty kymograph (it holds no line)");
            return;
        }
        if (current != null && imageOpener != null) {
            imageOpener.accept(current.image(channel()));
            message("Opened " + current.name() + " (" + channel().label() + ") in a viewer");
        }
    }

    void openScan(String name) {
        Path f = file;
        if (f == null || name == null || name.isEmpty()) {
            message("The file has no confocal scan");
            return;
        }
        background.execute(() -> {
            try {
                org.fluorite.core.image.Image image = org.fluorite.kymo.ConfocalScan.open(f, name);
                ui(() -> {
                    if (imageOpener != null) {
                        imageOpener.accept(image);
                    }
                    message("Opened scan " + name + " (" + image.width() + " x " + image.height() + ")");
                });
            } catch (Exception e) {
                ui(() -> message(e.getMessage()));
            }
        });
    }

    /** Lists the kymographs of a Bluelake file and opens {@code first} (the first one when null). */
    public void setFile(Path bluelakeFile, List<String> kymographs, List<String> forceChannels, String first) {
        this.file = bluelakeFile;
        kymoChoice.setItems(kymographs.toArray(String[]::new));
        forceChoice.removeAll();
        forceChoice.add("(none)");
        forceChannels.forEach(forceChoice::add);
        forceChoice.select(forceChannels.isEmpty() ? 0 : 1);
        getChildren()[0].requestLayout();
        String name = first != null ? first : kymographs.isEmpty() ? null : kymographs.get(0);
        if (name != null) {
            kymoChoice.select(kymographs.indexOf(name));
            open(name);
        }
    }

    /** Shows a kymograph already reconstructed. */
    public void setKymograph(Kymograph kymo) {
        file = kymo.file();
        kymoChoice.setItems(new String[] {kymo.name()});
        kymoChoice.select(0);
        show(kymo, null);
        original = kymo;
    }

    private void open(String name) {
        Path f = file;
        message("Reconstructing " + name + "...");
        background.execute(() -> {
            try {
                Kymograph k = KymographFile.open(f, name);
                ui(() -> {
                    original = k;
                    show(k, null);
                    message(name + ": " + k.pixelsPerLine() + " pixels x " + k.lines() + " lines"
                            + (k.warnings().isEmpty() ? "" : "; " + String.join("; ", k.warnings())));
                });
            } catch (Exception e) {
                ui(() -> message(e.getMessage()));
            }
        });
    }

    private void show(Kymograph k, TrackGroup newTracks) {
        if (k == null) {
            return;
        }
        current = k;
        tracks = newTracks;
        redrawImage();
        canvas.setTracks(tracks);
        loadForce();
    }

    private void redrawImage() {
        if (current != null) {
            canvas.setKymograph(current, KymoChannel.values()[Math.max(0, channelChoice.getSelectionIndex())],
                    contrast.getSelection() / 100.0);
        }
    }

    private void loadForce() {
        Kymograph k = current;
        String name = forceChoice.getSelectionIndex() > 0 ? forceChoice.getText() : null;
        if (k == null || name == null || k.file() == null) {
            force.setMessage("No force channel chosen");
            return;
        }
        background.execute(() -> {
            try {
                ForceTrace t = ForceAveraging.perLine(k, name);
                ui(() -> force.setTrace(t, k.firstLineSeconds(), k.durationSeconds()));
            } catch (Exception e) {
                ui(() -> force.setMessage(e.getMessage()));
            }
        });
    }

    /**
     * Slices the original kymograph to the rectangle's lines, crops it to its positions, calibrates
     * when a tether length is given. The rectangle's times are on the shown axis (seconds since the
     * time origin), so the result keeps the times its lines had.
     */
    void crop(KymographCanvas.Selection s) {
        if (original == null || current == null || current.isEmpty()) {
            return;
        }
        try {
            Kymograph base = original;
            long[] starts = current.lineTimestampsNs();
            double t0 = current.firstLineSeconds();
            double lt = current.lineTimeSeconds();
            int l0 = (int) Math.floor((s.fromSeconds() - t0) / lt + 1e-9);
            int l1 = (int) Math.ceil((s.toSeconds() - t0) / lt - 1e-9);
            l0 = Math.max(0, Math.min(starts.length - 1, l0));
            long stopNs = l1 >= starts.length ? current.stopNs() : starts[l1];
            Kymograph k = base.sliceNs(starts[l0], stopNs, "selection");
            // whole pixels of the current view, then bounds half a pixel inside them so rounding cannot move them
            int p0 = (int) Math.floor(s.fromPosition() / current.pixelSize() + 1e-9);
            int p1 = (int) Math.ceil(s.toPosition() / current.pixelSize() - 1e-9);
            if (p1 <= p0) {
                message("Select at least one pixel");
                return;
            }
            double um = base.pixelSizeUm();
            long shift = Math.round((current.positionOffsetUm() - base.positionOffsetUm()) / um);
            k = k.cropByDistance((shift + p0 + 0.5) * um, (shift + p1 - 0.5) * um);
            String kbp = tetherKbp.getText().trim();
            if (!kbp.isEmpty()) {
                k = k.calibrateToKbp(Double.parseDouble(kbp));
            }
            show(k, null);
            message(String.format(java.util.Locale.ROOT, "Cropped to %d pixels x %d lines%s", k.pixelsPerLine(), k.lines(),
                    kbp.isEmpty() ? "" : ", " + kbp + " kbp"));
        } catch (RuntimeException e) {
            message(e.getMessage());
        }
    }

    void track() {
        Kymograph k = current;
        if (k == null) {
            return;
        }
        KymoChannel c = channel();
        KymoChannel colour = c == KymoChannel.RGB ? KymoChannel.GREEN : c;
        GreedyTracker.Settings settings = GreedyTracker.Settings.defaults();
        try {
            if (!threshold.getText().isBlank()) {
                settings = settings.withThreshold(Double.parseDouble(threshold.getText().trim()));
            }
        } catch (NumberFormatException e) {
            message("The threshold must be a number");
            return;
        }
        GreedyTracker.Settings s = settings;
        message("Tracking " + colour.label() + "...");
        background.execute(() -> {
            try {
                TrackGroup t = GreedyTracker.track(k, colour, s);
                ui(() -> {
                    if (current == k) {
                        tracks = t;
                        canvas.setTracks(t);
                        message(t.size() + " tracks on " + colour.label());
                    }
                });
            } catch (RuntimeException e) {
                ui(() -> message(e.getMessage()));
            }
        });
    }

    void deleteTrackAt(double line, double pixel) {
        if (tracks == null) {
            return;
        }
        int index = tracks.trackNear(line - 0.5, pixel, Math.max(1.0, 6 / canvas.pixelScale()));
        if (index >= 0) {
            tracks = tracks.remove(index);
            canvas.setTracks(tracks);
            message("Deleted track " + index + "; " + tracks.size() + " left");
        }
    }

    void splitTrackAt(double line, double pixel) {
        if (tracks == null) {
            return;
        }
        int index = tracks.trackNear(line - 0.5, pixel, Math.max(1.0, 6 / canvas.pixelScale()));
        if (index >= 0) {
            try {
                tracks = tracks.split(index, (int) Math.round(line - 0.5));
                canvas.setTracks(tracks);
                message("Split track " + index + "; " + tracks.size() + " tracks");
            } catch (IllegalArgumentException e) {
                message(e.getMessage());
            }
        }
    }

    private void saveTracks() {
        if (tracks == null || current == null) {
            message("Run tracking first");
            return;
        }
        FileDialog d = new FileDialog(getShell(), SWT.SAVE);
        d.setFilterExtensions(new String[] {"*.csv"});
        d.setOverwrite(true);
        String target = d.open();
        if (target == null) {
            return;
        }
        try {
            KymoChannel c = channel() == KymoChannel.RGB ? KymoChannel.GREEN : channel();
            TrackCsv.write(tracks, Path.of(target), current, c, 2);
            message("Saved " + tracks.size() + " tracks to " + target);
        } catch (Exception e) {
            message(e.getMessage());
        }
    }

    private KymoChannel channel() {
        return KymoChannel.values()[Math.max(0, channelChoice.getSelectionIndex())];
    }

    private void message(String text) {
        if (!status.isDisposed()) {
            status.setText(text == null ? "" : text);
        }
        statusListeners.forEach(l -> l.accept(text));
    }

    private void ui(Runnable r) {
        Display d = getDisplay();
        if (Display.getCurrent() == d) {
            if (!isDisposed()) {
                r.run();
            }
        } else {
            d.asyncExec(() -> {
                if (!isDisposed()) {
                    r.run();
                }
            });
        }
    }

    public Kymograph current() {
        return current;
    }

    public TrackGroup tracks() {
        return tracks;
    }

    public KymographCanvas canvas() {
        return canvas;
    }

    public ForceCanvas forceCanvas() {
        return force;
    }

    /** Selects the channel (red, green, blue, rgb) and redraws. */
    public void selectChannel(KymoChannel c) {
        channelChoice.select(c.ordinal());
        redrawImage();
    }

    /** Sets the tether length used when cropping (empty: crop only). */
    public void setTetherKbp(String kbp) {
        tetherKbp.setText(kbp);
    }

    public void setThreshold(String t) {
        threshold.setText(t);
    }
}
