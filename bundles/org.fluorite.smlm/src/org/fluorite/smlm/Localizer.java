package org.fluorite.smlm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.fluorite.core.image.Image;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.progress.CancelledException;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.settings.SettingsRecords;
import org.fluorite.core.table.Table;
import org.fluorite.smlm.camera.CameraModel;
import org.fluorite.smlm.detect.Candidate;

/**
 * Single-molecule localization of a stack: every frame (the T axis of one channel and Z plane, see
 * {@link FrameSelection}; every plane of an image with one plane axis) from the start frame on is read, converted to photoelectrons with the camera model, searched for
 * candidates and fitted, on a pool of threads that each hold one frame at a time. The result is a
 * localization table (see {@link LocalizationTable}) with the camera and settings in its metadata
 * and an "smlm.localize" operation in its provenance.
 */
public final class Localizer {

    /** Provenance operation name. */
    public static final String OPERATION = "smlm.localize";

    private final LocalizationSettings settings;
    private final CameraModel camera;
    private final double pixelNm;

    /**
     * @param pixelNm pixel size in nm (positions and widths in the table are in nm)
     */
    public Localizer(LocalizationSettings settings, CameraModel camera, double pixelNm) {
        settings.validate();
        if (!(pixelNm > 0) || !Double.isFinite(pixelNm) || pixelNm > 1e6) {
            throw new IllegalArgumentException("Pixel size must be a positive number of nm, got " + pixelNm);
        }
        this.settings = settings;
        this.camera = camera;
        this.pixelNm = pixelNm;
    }

    public LocalizationSettings settings() {
        return settings;
    }

    public CameraModel camera() {
        return camera;
    }

    public double pixelNm() {
        return pixelNm;
    }

    /** A frame localizer for this stack's frame size (one per thread). */
    public FrameLocalizer frameLocalizer(Image stack) {
        return new FrameLocalizer(settings, camera, stack.width(), stack.height(), camera.readVariance(stack.width(), stack.height()));
    }

    /** Candidates of one frame (0-based plane index), PYME's "Test". */
    public List<Candidate> test(Image stack, long frame) throws IOException {
        checkFrame(stack, frame);
        return frameLocalizer(stack).detect(stack, frame);
    }

    /** Candidates and fits of one frame, for drawing over it. */
    public FrameLocalizer.Result localizeFrame(Image stack, long frame) throws IOException {
        checkFrame(stack, frame);
        return frameLocalizer(stack).localize(stack, frame);
    }

    private static void checkFrame(Image stack, long frame) {
        if (frame < 0 || frame >= stack.planeCount()) {
            throw new IndexOutOfBoundsException("Frame " + frame + " outside the stack's " + stack.planeCount() + " frames");
        }
    }

    /** Candidates of one frame (0-based index along the frame axis) of the selected channel and Z. */
    public List<Candidate> test(Image image, FrameSelection selection, long frame) throws IOException {
        return test(selection.frames(image), frame);
    }

    /** Candidates and fits of one frame (0-based index along the frame axis) of the selected channel and Z. */
    public FrameLocalizer.Result localizeFrame(Image image, FrameSelection selection, long frame) throws IOException {
        return localizeFrame(selection.frames(image), frame);
    }

    /** Localizes every frame of the first channel (and Z plane) from the start frame to the end. */
    public Table run(Image stack, int threads, ProgressMonitor monitor) throws IOException {
        return run(stack, FrameSelection.FIRST, threads, monitor);
    }

    /** Localizes every frame of the selected channel and Z plane from the start frame to the end. */
    public Table run(Image image, FrameSelection selection, int threads, ProgressMonitor monitor) throws IOException {
        Image frames = selection.frames(image);
        return run(image, selection, settings.startFrame(), frames.planeCount(), threads, monitor);
    }

    /**
     * Localizes frames {@code from} to {@code to} of the first channel and Z plane; see
     * {@link #run(Image, FrameSelection, long, long, int, ProgressMonitor)}.
     */
    public Table run(Image stack, long from, long to, int threads, ProgressMonitor monitor) throws IOException {
        return run(stack, FrameSelection.FIRST, from, to, threads, monitor);
    }

    /**
     * Localizes frames {@code from} (inclusive, but not before the start frame) to {@code to}
     * (exclusive), 0-based indices along the frame axis of the selected channel and Z plane, on
     * {@code threads} threads. Frame numbers in the table are those of the whole stack (counted from
     * 1), so tables of consecutive ranges can be concatenated. The channel, Z plane and frame axis
     * are recorded in the table's metadata and provenance.
     *
     * @throws IllegalArgumentException when the selection is outside the image
     * @throws CancelledException       when the monitor is cancelled
     */
    public Table run(Image image, FrameSelection selection, long from, long to, int threads, ProgressMonitor monitor)
            throws IOException {
        Image stack = selection.frames(image);
        if (stack.planeCount() < 1 || stack.width() < 1 || stack.height() < 1) {
            throw new IllegalArgumentException("The stack '" + stack.name() + "' has no frames to localize");
        }
        long first = Math.max(from, settings.startFrame());
        if (first < 0 || to > stack.planeCount() || first > to) {
            throw new IllegalArgumentException("Frames " + from + ":" + to + " (start at " + settings.startFrame()
                    + ") are outside the stack's " + stack.planeCount() + " frames");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("At least one thread is needed, got " + threads);
        }
        int frames = (int) Math.min(Integer.MAX_VALUE - 8, to - first);
        @SuppressWarnings("unchecked")
        List<LocalizationTable.Row>[] perFrame = new List[frames];
        float[] readVariance = camera.readVariance(stack.width(), stack.height());
        AtomicLong next = new AtomicLong(first);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean cancelled = new AtomicBoolean();
        String label = selection.label(image);
        monitor.begin("Localizing " + stack.name() + (label.isEmpty() ? "" : " (" + label + ")"), frames);
        Runnable work = () -> {
            FrameLocalizer fl = new FrameLocalizer(settings, camera, stack.width(), stack.height(), readVariance);
            long t;
            while ((t = next.getAndIncrement()) < first + frames && failure.get() == null && !cancelled.get()) {
                try {
                    perFrame[(int) (t - first)] = fl.localize(stack, t).localizations();
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                    return;
                }
                synchronized (monitor) {
                    monitor.worked(1);
                    if (monitor.isCancelled()) {
                        cancelled.set(true);
                    }
                }
            }
        };
        int n = (int) Math.max(1, Math.min(threads, frames));
        List<Thread> pool = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            Thread th = Thread.ofPlatform().name("smlm-localize-" + i).daemon().start(work);
            pool.add(th);
        }
        work.run();
        for (Thread th : pool) {
            try {
                th.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancelled.set(true);
            }
        }
        monitor.done();
        Throwable f = failure.get();
        if (f instanceof IOException io) {
            throw io;
        }
        if (f instanceof RuntimeException re) {
            throw re;
        }
        if (f instanceof Error err) {
            throw err;
        }
        if (cancelled.get()) {
            throw new CancelledException();
        }
        List<LocalizationTable.Row> rows = new ArrayList<>();
        for (List<LocalizationTable.Row> r : perFrame) {
            if (r != null) {
                rows.addAll(r);
            }
        }
        Table table = LocalizationTable.build(stack.name() + " localizations", rows, pixelNm, camera.excessNoiseFactor());
        Map<String, Object> meta = new LinkedHashMap<>(camera.toMetadata());
        meta.put("pixelSizeNm", pixelNm);
        meta.put("frames", List.of(first, to));
        meta.putAll(selection.toMetadata(image));
        meta.put("width", stack.width());
        meta.put("height", stack.height());
        Map<String, Object> params = new LinkedHashMap<>(SettingsRecords.toMap(settings));
        params.putAll(meta);
        table = table.withMetadata(Metadata.of(meta).withAll(Map.of("settings", SettingsRecords.toMap(settings))));
        return table.withProvenance(stack.provenance().then(Operation.of(OPERATION, params)));
    }
}
