package org.fluorite.motion;

import java.io.IOException;
import java.util.Arrays;

import org.fluorite.core.image.Image;
import org.fluorite.core.image.Region;
import org.fluorite.core.progress.ProgressMonitor;

/**
 * Finds the part of a movie worth keeping, as the seed's batch scripts do before motion
 * correction: a max+std projection (each normalised to [0, 1]) is smoothed with a box of
 * {@code denoise} pixels, thresholded with Otsu's method, and the bounding box of the pixels
 * above the threshold, grown by {@code padding} pixels and clipped to the frame, is the crop.
 * Frames are read one at a time.
 */
public final class AutoCrop {

    /** CaImAn/Mesmerize's default padding, pixels. */
    public static final int DEFAULT_PADDING = 30;
    /** The seed scripts' denoise size, pixels. */
    public static final int DEFAULT_DENOISE = 32;

    private AutoCrop() {
    }

    /**
     * The crop rectangle of {@code movie}, in pixels relative to the movie's frames.
     *
     * @param denoise box smoothing size in pixels (1 = none)
     * @param padding pixels added on every side of the bounding box
     */
    public static Region find(Image movie, int denoise, int padding, ProgressMonitor monitor) throws IOException {
        if (denoise < 1 || padding < 0) {
            throw new IllegalArgumentException("Auto-crop needs a denoise size of at least 1 px and a padding of at least 0 px");
        }
        ProgressMonitor m = monitor == null ? ProgressMonitor.NONE : monitor;
        int w = movie.width();
        int h = movie.height();
        int n = w * h;
        long frames = movie.planeCount();
        double[] max = new double[n];
        double[] sum = new double[n];
        double[] sum2 = new double[n];
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        m.begin("Auto-crop projection", frames);
        for (long f = 0; f < frames; f++) {
            m.checkCancelled();
            float[] v = Frames.toFloats(movie.planeAt(f), false);
            for (int i = 0; i < n; i++) {
                double x = v[i];
                if (x > max[i]) {
                    max[i] = x;
                }
                sum[i] += x;
                sum2[i] += x * x;
            }
            m.worked(1);
        }
        m.done();
        double[] std = new double[n];
        for (int i = 0; i < n; i++) {
            double mean = sum[i] / frames;
            std[i] = Math.sqrt(Math.max(0, sum2[i] / frames - mean * mean));
        }
        normalise(max);
        normalise(std);
        double[] projection = new double[n];
        for (int i = 0; i < n; i++) {
            projection[i] = max[i] + std[i];
        }
        double[] smooth = boxFilter(projection, w, h, denoise);
        double threshold = otsu(smooth);
        int x0 = w;
        int y0 = h;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (smooth[y * w + x] > threshold) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        if (x1 < 0) {
            return Region.full(w, h);
        }
        x0 = Math.max(0, x0 - padding);
        y0 = Math.max(0, y0 - padding);
        x1 = Math.min(w - 1, x1 + padding);
        y1 = Math.min(h - 1, y1 + padding);
        return new Region(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
    }

    private static void normalise(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            if (Double.isFinite(x)) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        double range = hi > lo ? hi - lo : 1;
        for (int i = 0; i < v.length; i++) {
            v[i] = Double.isFinite(v[i]) ? (v[i] - lo) / range : 0;
        }
    }

    /** Mean over a {@code size x size} box (clipped at the edges), by running sums. */
    static double[] boxFilter(double[] v, int w, int h, int size) {
        if (size <= 1) {
            return v.clone();
        }
        int before = (size - 1) / 2;
        int after = size - 1 - before;
        double[] rows = new double[v.length];
        for (int y = 0; y < h; y++) {
            double[] prefix = new double[w + 1];
            for (int x = 0; x < w; x++) {
                prefix[x + 1] = prefix[x] + v[y * w + x];
            }
            for (int x = 0; x < w; x++) {
                int a = Math.max(0, x - before);
                int b = Math.min(w, x + after + 1);
                rows[y * w + x] = (prefix[b] - prefix[a]) / (b - a);
            }
        }
        double[] out = new double[v.length];
        for (int x = 0; x < w; x++) {
            double[] prefix = new double[h + 1];
            for (int y = 0; y < h; y++) {
                prefix[y + 1] = prefix[y] + rows[y * w + x];
            }
            for (int y = 0; y < h; y++) {
                int a = Math.max(0, y - before);
                int b = Math.min(h, y + after + 1);
                out[y * w + x] = (prefix[b] - prefix[a]) / (b - a);
            }
        }
        return out;
    }

    /** Otsu's threshold over 256 bins between the smallest and largest value. */
    static double otsu(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        if (!(hi > lo)) {
            return hi;
        }
        int bins = 256;
        long[] histogram = new long[bins];
        for (double x : v) {
            histogram[Math.min(bins - 1, (int) ((x - lo) / (hi - lo) * bins))]++;
        }
        double total = v.length;
        double sumAll = 0;
        for (int i = 0; i < bins; i++) {
            sumAll += i * (double) histogram[i];
        }
        double sumBelow = 0;
        long below = 0;
        double bestVariance = -1;
        int best = 0;
        for (int t = 0; t < bins - 1; t++) {
            below += histogram[t];
            sumBelow += t * (double) histogram[t];
            long above = (long) total - below;
            if (below == 0 || above == 0) {
                continue;
            }
            double mb = sumBelow / below;
            double ma = (sumAll - sumBelow) / above;
            double variance = below * (double) above * (mb - ma) * (mb - ma);
            if (variance > bestVariance) {
                bestVariance = variance;
                best = t;
            }
        }
        return lo + (best + 1) * (hi - lo) / bins;
    }
}
