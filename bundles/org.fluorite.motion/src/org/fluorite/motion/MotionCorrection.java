package org.fluorite.motion;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.motion.fft.RealFft2D;

/**
 * Motion correction of one movie: the template is built when this is created; frames are then
 * corrected on demand, by the views {@link #corrected(PixelType)} returns, a few frames ahead on
 * {@code threads} worker threads. Memory stays bounded by the template, a few frames per thread
 * and the shift table, whatever the length of the movie.
 *
 * <pre>{@code
 * try (MotionCorrection mc = MotionCorrection.prepare(movie, settings, 4, monitor)) {
 *     exporter.export(mc.corrected(PixelType.FLOAT32), out, ImportOptions.NONE, monitor); // streams
 *     Table shifts = mc.shiftsTable();
 * }
 * }</pre>
 */
public final class MotionCorrection implements AutoCloseable {

    /** Sampled frames averaged together before the median that makes a template. */
    private static final int TEMPLATE_BIN = 10;

    private final Image movie;
    private final int frames;
    private final int width;
    private final int height;
    private final MotionCorrectionSettings settings;
    private final int threads;
    private final RealFft2D wholePlan;
    private final RealFft2D patchPlan;
    private final PatchGrid columns;
    private final PatchGrid rows;
    private final ConcurrentLinkedQueue<Aligner> aligners = new ConcurrentLinkedQueue<>();
    private final ExecutorService executor;
    private final FrameShifts shifts;
    private final Template template;

    private MotionCorrection(Image movie, MotionCorrectionSettings settings, int threads) {
        this.movie = movie;
        requireSingleFrameAxis(movie);
        this.frames = Math.toIntExact(movie.planeCount());
        this.width = movie.width();
        this.height = movie.height();
        this.settings = settings;
        this.threads = Math.max(1, threads);
        this.wholePlan = new RealFft2D(width, height);
        if (settings.piecewise()) {
            columns = PatchGrid.along(width, settings.strideX(), settings.overlapX());
            rows = PatchGrid.along(height, settings.strideY(), settings.overlapY());
            patchPlan = new RealFft2D(columns.size(), rows.size());
        } else {
            columns = null;
            rows = null;
            patchPlan = null;
        }
        this.executor = this.threads > 1 ? Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "fluorite-motion");
            t.setDaemon(true);
            return t;
        }) : null;
        this.shifts = new FrameShifts(frames, columns, rows);
        this.template = null;
    }

    private MotionCorrection(MotionCorrection base, Template template) {
        this.movie = base.movie;
        this.frames = base.frames;
        this.width = base.width;
        this.height = base.height;
        this.settings = base.settings;
        this.threads = base.threads;
        this.wholePlan = base.wholePlan;
        this.patchPlan = base.patchPlan;
        this.columns = base.columns;
        this.rows = base.rows;
        this.aligners.addAll(base.aligners);
        this.executor = base.executor;
        this.shifts = base.shifts;
        this.template = template;
    }

    /**
     * Builds the template of {@code movie} (a single-channel movie, axes TYX or ZYX, or one frame)
     * and returns a correction ready to produce frames.
     *
     * @param threads worker threads (1 corrects on the reading thread)
     * @throws IllegalArgumentException for settings that do not fit the movie, or a movie with
     *                                  more than one plane axis
     */
    public static MotionCorrection prepare(Image movie, MotionCorrectionSettings settings, int threads,
            ProgressMonitor monitor) throws IOException {
        settings.validateFor(movie.width(), movie.height());
        MotionCorrection base = new MotionCorrection(movie, settings, threads);
        try {
            Template t = base.buildTemplate(monitor == null ? ProgressMonitor.NONE : monitor);
            return new MotionCorrection(base, t);
        } catch (IOException | RuntimeException e) {
            base.close();
            throw e;
        }
    }

    /** The axis frames are counted along; fails for movies with more than one plane axis. */
    static Axis requireSingleFrameAxis(Image movie) {
        List<Axis> planeAxes = movie.planeAxes();
        Axis axis = null;
        for (Axis a : planeAxes) {
            if (movie.length(a) > 1) {
                if (axis != null) {
                    throw new IllegalArgumentException("Motion correction needs a single-channel movie (axes TYX); "
                            + movie.name() + " has axes " + movie.axesString() + " " + Arrays.toString(movie.shape())
                            + ": pick one channel or plane first");
                }
                axis = a;
            }
        }
        return axis != null ? axis : planeAxes.isEmpty() ? null : planeAxes.get(0);
    }

    public MotionCorrectionSettings settings() {
        return settings;
    }

    public int frameCount() {
        return frames;
    }

    /** The template frames were aligned to (row-major, frame size). A copy. */
    public float[] template() {
        return template.image.clone();
    }

    /** Shifts of the frames corrected so far (all of them after a full pass). */
    public FrameShifts shifts() {
        return shifts;
    }

    /** {@link #shifts()} as a table named after the movie; see {@link FrameShifts#toTable}. */
    public Table shiftsTable() {
        return shifts.toTable(movie.name() + " shifts").withProvenance(movie.provenance().then(operation()));
    }

    /** The provenance step: "motion.rigid" or "motion.piecewise" with every parameter. */
    public Operation operation() {
        Map<String, Object> p = new LinkedHashMap<>(settings.toMap());
        p.put("source", movie.name());
        p.put("frames", frames);
        p.put("width", width);
        p.put("height", height);
        if (settings.piecewise()) {
            p.put("patchesX", columns.count());
            p.put("patchesY", rows.count());
            p.put("patchWidth", columns.size());
            p.put("patchHeight", rows.size());
        }
        return Operation.of(settings.piecewise() ? "motion.piecewise" : "motion.rigid", p);
    }

    /**
     * The corrected movie as a lazy image of {@code type} (float32, or uint16/uint8 rounded and
     * clamped, NaN borders stored as 0), with the input's axes, calibration and metadata, and the
     * correction appended to its provenance. Reading its planes in order streams the movie.
     */
    public Image corrected(PixelType type) {
        CorrectedPlaneSource source = new CorrectedPlaneSource(this, type, 2 * threads);
        Image out = Image.create(movie.name() + " (motion corrected)", source, movie.axesString(), movie.shape());
        for (Axis a : movie.axes()) {
            out = out.withCalibration(a, movie.calibration(a));
        }
        return out.withMetadata(movie.metadata()).withProvenance(movie.provenance().then(operation()));
    }

    /**
     * Corrects every frame without keeping the result, so that {@link #shifts()} is complete
     * (frames already corrected are not done again).
     */
    public void estimateAll(ProgressMonitor monitor) throws IOException {
        ProgressMonitor m = monitor == null ? ProgressMonitor.NONE : monitor;
        m.begin("Estimating shifts", frames);
        List<Integer> todo = new ArrayList<>();
        for (int f = 0; f < frames; f++) {
            if (!shifts.isDone(f)) {
                todo.add(f);
            }
        }
        runAll(todo, f -> correctFrame(f), m);
        m.done();
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    ExecutorService executor() {
        return executor;
    }

    /** Reads frame {@code f}, corrects it and records its shifts. */
    float[] correctFrame(int f) throws IOException {
        float[] frame = Frames.toFloats(movie.planeAt(f), false);
        float[] out = new float[width * height];
        Aligner a = borrow();
        try {
            a.correct(frame, template, f, shifts, out);
        } finally {
            aligners.add(a);
        }
        return out;
    }

    private Aligner borrow() {
        Aligner a = aligners.poll();
        return a != null ? a : new Aligner(settings, width, height, wholePlan, patchPlan, columns, rows);
    }

    /**
     * Template: median of bin means of evenly spread frames, re-aligned niter_rig - 1 times.
     * Missing pixels (not finite) are left out of the means and the median.
     */
    private Template buildTemplate(ProgressMonitor monitor) throws IOException {
        int samples = Math.min(frames, settings.templateFrames());
        int[] sampled = new int[samples];
        for (int i = 0; i < samples; i++) {
            sampled[i] = (int) ((long) i * frames / samples);
        }
        int bins = (samples + TEMPLATE_BIN - 1) / TEMPLATE_BIN;
        int iterations = settings.niterRig() - 1;
        monitor.begin("Building the motion template", (long) samples * (1 + iterations));
        float[] image = binMedian(sampled, bins, null, monitor);
        MotionCorrectionSettings rigid = settings.withPiecewise(false);
        for (int it = 0; it < iterations; it++) {
            Aligner a = borrow();
            Template t = Template.of(image, a, rigid);
            aligners.add(a);
            image = binMedian(sampled, bins, t, monitor);
        }
        Aligner a = borrow();
        try {
            return Template.of(image, a, settings);
        } finally {
            aligners.add(a);
        }
    }

    private float[] binMedian(int[] sampled, int bins, Template rigidTemplate, ProgressMonitor monitor) throws IOException {
        float[][] means = new float[bins][];
        List<Integer> binIndex = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            binIndex.add(b);
        }
        runAll(binIndex, b -> {
            int from = b * TEMPLATE_BIN;
            int to = Math.min(sampled.length, from + TEMPLATE_BIN);
            double[] sum = new double[width * height];
            int[] count = new int[width * height];
            float[] corrected = rigidTemplate == null ? null : new float[width * height];
            for (int k = from; k < to; k++) {
                monitor.checkCancelled();
                float[] frame = Frames.toFloats(movie.planeAt(sampled[k]), false);
                if (rigidTemplate != null) {
                    Aligner a = borrow();
                    try {
                        double[] s = a.rigidShift(frame, rigidTemplate);
                        Warp.translate(frame, width, height, s[0], s[1], BorderMode.COPY, corrected, new float[width * height]);
                    } finally {
                        aligners.add(a);
                    }
                    frame = corrected;
                }
                for (int i = 0; i < sum.length; i++) {
                    // missing pixels (NaN, infinity) are left out of the template
                    if (Float.isFinite(frame[i])) {
                        sum[i] += frame[i];
                        count[i]++;
                    }
                }
                monitor.worked(1);
            }
            float[] mean = new float[sum.length];
            for (int i = 0; i < sum.length; i++) {
                mean[i] = count[i] == 0 ? Float.NaN : (float) (sum[i] / count[i]);
            }
            means[b] = mean;
            return mean;
        }, ProgressMonitor.NONE);
        float[] out = new float[width * height];
        float[] column = new float[bins];
        for (int i = 0; i < out.length; i++) {
            int n = 0;
            for (int b = 0; b < bins; b++) {
                float v = means[b][i];
                if (!Float.isNaN(v)) {
                    column[n++] = v;
                }
            }
            Arrays.sort(column, 0, n);
            out[i] = n == 0 ? Float.NaN : n % 2 == 1 ? column[n / 2] : 0.5f * (column[n / 2 - 1] + column[n / 2]);
        }
        return out;
    }

    interface FrameTask {
        float[] run(int index) throws IOException;
    }

    /** Runs {@code task} for every index, on the worker threads when there are several. */
    private void runAll(List<Integer> indices, FrameTask task, ProgressMonitor monitor) throws IOException {
        if (executor == null) {
            for (int i : indices) {
                monitor.checkCancelled();
                task.run(i);
                monitor.worked(1);
            }
            return;
        }
        int window = 2 * threads;
        List<Future<float[]>> inFlight = new ArrayList<>();
        int next = 0;
        try {
            while (next < indices.size() || !inFlight.isEmpty()) {
                while (next < indices.size() && inFlight.size() < window) {
                    int index = indices.get(next++);
                    inFlight.add(executor.submit(() -> task.run(index)));
                }
                await(inFlight.remove(0));
                monitor.worked(1);
                monitor.checkCancelled();
            }
        } finally {
            for (Future<float[]> f : inFlight) {
                f.cancel(true);
            }
        }
    }

    static float[] await(Future<float[]> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("motion correction was interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error er) {
                throw er;
            }
            throw new IOException(c);
        }
    }

    /** Stops the worker threads. Views already handed out can no longer read afterwards. */
    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
