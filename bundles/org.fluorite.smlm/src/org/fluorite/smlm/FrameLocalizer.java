package org.fluorite.smlm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.fluorite.core.image.Image;
import org.fluorite.smlm.camera.CameraModel;
import org.fluorite.smlm.detect.Candidate;
import org.fluorite.smlm.detect.Detector;
import org.fluorite.smlm.fit.GaussianFit;
import org.fluorite.smlm.fit.GaussianFitter;
import org.fluorite.smlm.fit.ResultCode;

/**
 * Detects and fits the spots of one frame at a time, with work arrays reused from frame to frame.
 * One per thread; {@link Localizer} runs several over a stack.
 */
public final class FrameLocalizer {

    /** Largest residual, in noise units, that a single fit may leave before two emitters are tried. */
    public static final double SECOND_SPOT_RESIDUAL = 5;
    /** Normalised chi-square above which two emitters are tried. */
    public static final double SECOND_SPOT_CHI2 = 1.5;
    /** Deviance (or chi-square) improvement a second emitter must bring (3 more parameters). */
    public static final double SECOND_SPOT_GAIN = 25;
    /** Localizations of one frame closer than this (pixels) are the same emitter fitted twice: the better fit is kept. */
    public static final double DUPLICATE_RADIUS = 0.75;

    private final LocalizationSettings settings;
    private final CameraModel camera;
    private final Detector detector;
    private final GaussianFitter fitter;
    private final int width;
    private final int height;
    private final float[] readVariance;
    private final float[] frame;
    private final float[] background;
    private float[][] stackBuffer;

    /**
     * @param readVariance the camera's read-noise variance per pixel ({@link CameraModel#readVariance}), shared read-only
     */
    public FrameLocalizer(LocalizationSettings settings, CameraModel camera, int width, int height, float[] readVariance) {
        settings.validate();
        if (width < settings.roiSize() || height < settings.roiSize()) {
            throw new IllegalArgumentException("Frames of " + width + "x" + height + " pixels are smaller than the fit window of "
                    + settings.roiSize() + " pixels");
        }
        this.settings = settings;
        this.camera = camera;
        this.width = width;
        this.height = height;
        this.readVariance = readVariance;
        this.detector = new Detector(settings.psfSigma(), settings.threshold(), settings.debounceRadius(),
                camera.excessNoiseFactor());
        this.fitter = new GaussianFitter(settings.method(), camera.excessNoiseFactor(), settings.maxIterations());
        this.frame = new float[width * height];
        this.background = new float[width * height];
    }

    /** Candidates and fits of one frame. */
    public record Result(long frame, List<Candidate> candidates, List<LocalizationTable.Row> localizations) {
    }

    /**
     * Reads frame {@code t} (0-based plane index of {@code stack}) into the work array, and the
     * per-pixel median of its background frames (robust to spots that are on in some of them).
     */
    private int load(Image stack, long t) throws IOException {
        camera.toPhotoelectrons(stack.planeAt(t), frame);
        int[] bg = settings.backgroundRange().framesFor(t, stack.planeCount());
        if (bg.length == 0) {
            return 0;
        }
        if (stackBuffer == null || stackBuffer.length < bg.length) {
            stackBuffer = new float[bg.length][];
        }
        for (int k = 0; k < bg.length; k++) {
            if (stackBuffer[k] == null) {
                stackBuffer[k] = new float[frame.length];
            }
            camera.toPhotoelectrons(stack.planeAt(bg[k]), stackBuffer[k]);
        }
        float[] values = new float[bg.length];
        for (int i = 0; i < background.length; i++) {
            for (int k = 0; k < bg.length; k++) {
                values[k] = stackBuffer[k][i];
            }
            background[i] = median(values);
        }
        return bg.length;
    }

    private static float median(float[] v) {
        java.util.Arrays.sort(v);
        int n = v.length;
        return (n & 1) == 1 ? v[n / 2] : 0.5f * (v[n / 2 - 1] + v[n / 2]);
    }

    /** Candidates of frame {@code t} only (PYME's "Test"). */
    public List<Candidate> detect(Image stack, long t) throws IOException {
        int bgFrames = load(stack, t);
        return detector.detect(frame, width, height, bgFrames > 0 ? background : null, Math.max(1, bgFrames), readVariance);
    }

    /** Detects and fits frame {@code t}. */
    public Result localize(Image stack, long t) throws IOException {
        int bgFrames = load(stack, t);
        boolean hasBg = bgFrames > 0;
        List<Candidate> candidates = detector.detect(frame, width, height, hasBg ? background : null, Math.max(1, bgFrames),
                readVariance);
        float[] known = hasBg && settings.subtractBackground() ? background : null;
        List<LocalizationTable.Row> rows = new ArrayList<>();
        int size = settings.roiSize();
        int half = size / 2;
        double[] where = new double[2];
        for (Candidate c : candidates) {
            int x0 = Math.max(0, Math.min(width - size, c.x() - half));
            int y0 = Math.max(0, Math.min(height - size, c.y() - half));
            fitter.setWindow(frame, width, readVariance, known, x0, y0, size, size);
            GaussianFit one = fitter.fitOne(c.centreX(), c.centreY(), settings.psfSigma());
            if (settings.multiEmitter() && one.isOk() && one.chi2() > SECOND_SPOT_CHI2) {
                double single = fitter.objective();
                double z = fitter.largestResidual(where);
                if (z > SECOND_SPOT_RESIDUAL) {
                    GaussianFit[] two = fitter.fitTwo(one.x(), one.y(), where[0], where[1], one.sigma());
                    if (two[0].isOk() && fitter.objective() < single - SECOND_SPOT_GAIN) {
                        rows.add(new LocalizationTable.Row(t, two[0], c.snr()));
                        rows.add(new LocalizationTable.Row(t, two[1], c.snr()));
                        continue;
                    }
                }
            }
            if (one.code() == ResultCode.OK || one.code() == ResultCode.MAX_ITERATIONS) {
                rows.add(new LocalizationTable.Row(t, one, c.snr()));
            }
        }
        return new Result(t, candidates, removeDuplicates(rows));
    }

    private static List<LocalizationTable.Row> removeDuplicates(List<LocalizationTable.Row> rows) {
        if (rows.size() < 2) {
            return rows;
        }
        double r2 = DUPLICATE_RADIUS * DUPLICATE_RADIUS;
        boolean[] drop = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            GaussianFit a = rows.get(i).fit();
            for (int j = i + 1; j < rows.size() && !drop[i]; j++) {
                if (drop[j]) {
                    continue;
                }
                GaussianFit b = rows.get(j).fit();
                double dx = a.x() - b.x();
                double dy = a.y() - b.y();
                if (dx * dx + dy * dy < r2) {
                    // keep the tighter fit
                    if (a.xError() <= b.xError()) {
                        drop[j] = true;
                    } else {
                        drop[i] = true;
                    }
                }
            }
        }
        List<LocalizationTable.Row> out = new ArrayList<>();
        for (int i = 0; i < drop.length; i++) {
            if (!drop[i]) {
                out.add(rows.get(i));
            }
        }
        return out;
    }
}
