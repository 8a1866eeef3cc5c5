package org.fluorite.roi.traces;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.Plane;
import org.fluorite.core.progress.CancelledException;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.roi.MaskRoi;
import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiMasks;

/**
 * Intensity traces of ROIs over a movie: for every frame, the mean of the pixels inside each ROI
 * (weighted by the mask weights for {@link MaskRoi}s, i.e. sum(w*v)/sum(w)). Shapes are turned
 * into pixels with {@link RoiMasks} (ImageJ's rules); mask pixels outside the image are ignored.
 *
 * <p>Frames are shared among worker threads, which take the next unread frame from a common
 * counter; each frame is read once and measured for all ROIs. A worker holds one plane at a time,
 * so memory is bounded by {@code threads} planes plus the result ({@code rois x frames} doubles),
 * and movies larger than memory work. Images with C or Z axes are measured at index 0 of those
 * axes: pass {@link Image#at} of the wanted channel or plane.
 */
public final class TraceExtractor {

    /** Most worker threads used by {@link #meanTraces(Image, List, ProgressMonitor)}. */
    public static final int DEFAULT_MAX_THREADS = 8;

    private TraceExtractor() {
    }

    /**
     * Mean traces of {@code rois} over the T axis of {@code movie} (a single-plane image gives one
     * value per ROI), on up to {@value #DEFAULT_MAX_THREADS} threads (fewer on smaller machines).
     *
     * @return traces[roi][frame]; NaN where a ROI has no pixel (or only zero weights) in the image
     * @throws IllegalArgumentException when a ROI covers no pixel of the movie or has no inside
     * @throws org.fluorite.core.progress.CancelledException when the monitor asks to stop
     */
    public static double[][] meanTraces(Image movie, List<Roi> rois, ProgressMonitor monitor) throws IOException {
        int threads = Math.min(DEFAULT_MAX_THREADS, Runtime.getRuntime().availableProcessors());
        return meanTraces(movie, rois, threads, monitor);
    }

    /**
     * {@link #meanTraces(Image, List, ProgressMonitor)} on a given number of worker threads (1 reads
     * the frames in order on the calling thread).
     */
    public static double[][] meanTraces(Image movie, List<Roi> rois, int threads, ProgressMonitor monitor)
            throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("Trace extraction needs at least one thread, got " + threads);
        }
        ProgressMonitor progress = monitor == null ? ProgressMonitor.NONE : monitor;
        FlatMask[] masks = new FlatMask[rois.size()];
        for (int i = 0; i < masks.length; i++) {
            masks[i] = FlatMask.of(rois.get(i), movie.width(), movie.height());
        }
        long frameCount = movie.has(Axis.T) ? movie.length(Axis.T) : 1;
        if (frameCount > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("A movie of " + frameCount + " frames is too long for in-memory traces");
        }
        int frames = (int) frameCount;
        double[][] out = new double[masks.length][frames];
        progress.begin("Extracting " + masks.length + " traces from " + frames + " frames", frames);
        try {
            int workers = Math.min(threads, frames);
            if (masks.length == 0) {
                progress.worked(frames);
            } else if (workers <= 1) {
                for (int t = 0; t < frames; t++) {
                    progress.checkCancelled();
                    measure(readFrame(movie, t), masks, out, t);
                    progress.worked(1);
                }
            } else {
                runParallel(movie, masks, out, frames, workers, progress);
            }
        } finally {
            progress.done();
        }
        return out;
    }

    private static void runParallel(Image movie, FlatMask[] masks, double[][] out, int frames, int workers,
            ProgressMonitor progress) throws IOException {
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "fluorite-traces");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    for (int t = next.getAndIncrement(); t < frames && !stop.get(); t = next.getAndIncrement()) {
                        if (progress.isCancelled()) {
                            stop.set(true);
                            throw new CancelledException();
                        }
                        measure(readFrame(movie, t), masks, out, t);
                        synchronized (progress) {
                            progress.worked(1);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                await(f, stop);
            }
        } finally {
            stop.set(true);
            // no interrupts: an interrupted read would close a file channel the movie shares with its viewers
            pool.shutdown();
            awaitWorkers(pool);
        }
    }

    /** Waits for the workers to finish the frame they are on (they stop at the next one). */
    private static void awaitWorkers(ExecutorService pool) {
        boolean interrupted = false;
        while (!pool.isTerminated()) {
            try {
                pool.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(Future<?> f, AtomicBoolean stop) throws IOException {
        try {
            f.get();
        } catch (InterruptedException e) {
            stop.set(true);
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            stop.set(true);
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException("Trace extraction failed: " + cause, cause);
        }
    }

    private static Plane readFrame(Image movie, int t) throws IOException {
        return movie.has(Axis.T) ? movie.plane(Map.of(Axis.T, (long) t)) : movie.plane(Map.of());
    }

    private static void measure(Plane plane, FlatMask[] masks, double[][] out, int t) {
        for (int r = 0; r < masks.length; r++) {
            out[r][t] = masks[r].mean(plane);
        }
    }

    /** sum(w*v)/sum(w) over the mask's pixels inside the plane; NaN for an empty mask. */
    static double weightedMean(Plane plane, MaskRoi mask) {
        return FlatMask.of(mask, plane.width(), plane.height()).mean(plane);
    }

    /** A ROI's pixels as flat indices into a plane of a given width, with their weights. */
    record FlatMask(int[] index, float[] weight, double weightSum) {

        static FlatMask of(Roi roi, int width, int height) {
            MaskRoi m = roi instanceof MaskRoi mask ? mask : RoiMasks.toMaskRoi(roi, width, height);
            int[] xs = m.xs();
            int[] ys = m.ys();
            float[] ws = m.weights();
            int n = 0;
            for (int i = 0; i < xs.length; i++) {
                if (xs[i] >= 0 && ys[i] >= 0 && xs[i] < width && ys[i] < height) {
                    n++;
                }
            }
            int[] index = new int[n];
            float[] weight = new float[n];
            double sum = 0;
            for (int i = 0, k = 0; i < xs.length; i++) {
                if (xs[i] >= 0 && ys[i] >= 0 && xs[i] < width && ys[i] < height) {
                    index[k] = ys[i] * width + xs[i];
                    weight[k++] = ws[i];
                    sum += ws[i];
                }
            }
            return new FlatMask(index, weight, sum);
        }

        double mean(Plane plane) {
            if (weightSum == 0) {
                return Double.NaN;
            }
            double sum = 0;
            for (int i = 0; i < index.length; i++) {
                sum += weight[i] * plane.get(index[i]);
            }
            return sum / weightSum;
        }
    }
}
