package org.fluorite.smlm.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds candidate spots in a frame in photoelectrons. The frame, minus its background frames when
 * given, is smoothed with a Gaussian of the PSF's width; without background frames a local mean
 * over a wider box is subtracted as well. A pixel is a candidate when it is a local maximum (of its
 * 3x3 neighbourhood) and its filtered value exceeds an SNR-scaled threshold:
 * {@code thresholdFactor * NOISE_UNITS * sigmaFiltered}, where {@code sigmaFiltered} is the noise of
 * the filtered value predicted by the camera model from the local signal level (shot noise times
 * F² plus read-noise variance). With correct camera metadata a factor near 1 works, as in PYME.
 * Candidates closer than the debounce radius to a stronger one are dropped.
 *
 * <p>Not thread-safe (work arrays are reused): use one per thread.
 */
public final class Detector {

    /** Noise standard deviations of the filtered frame that a threshold factor of 1 stands for. */
    public static final double NOISE_UNITS = 5;

    private final double thresholdFactor;
    private final double debounceRadius;
    private final double excessNoiseFactor;
    private final float[] gaussKernel;
    /** The Gaussian's squares normalised to sum 1: averages per-pixel variances as the filter mixes them. */
    private final float[] squaredKernel;
    private float[] readVarianceSource;
    private float[] readVarianceFiltered;
    private final int boxRadius;
    private final double filteredNoiseNorm;
    private float[] tmp = new float[0];
    private float[] smooth = new float[0];
    private float[] level = new float[0];
    private float[] signal = new float[0];
    private float[] columnSum = new float[0];
    private float[] paddedSum = new float[0];

    /**
     * @param psfSigma          PSF standard deviation in pixels (0.3 to 20)
     * @param thresholdFactor   threshold factor (positive; about 1 with right camera metadata)
     * @param debounceRadius    smallest distance between two candidates in pixels (0 = only the 3x3 rule)
     * @param excessNoiseFactor the camera's F²
     */
    public Detector(double psfSigma, double thresholdFactor, double debounceRadius, double excessNoiseFactor) {
        if (!(psfSigma >= 0.3 && psfSigma <= 20)) {
            throw new IllegalArgumentException("PSF sigma must be between 0.3 and 20 pixels, got " + psfSigma);
        }
        if (!(thresholdFactor > 0) || !Double.isFinite(thresholdFactor)) {
            throw new IllegalArgumentException("The threshold factor must be positive, got " + thresholdFactor);
        }
        if (!(debounceRadius >= 0) || debounceRadius > 1000) {
            throw new IllegalArgumentException("The debounce radius must be between 0 and 1000 pixels, got " + debounceRadius);
        }
        this.thresholdFactor = thresholdFactor;
        this.debounceRadius = debounceRadius;
        this.excessNoiseFactor = excessNoiseFactor;
        int r = (int) Math.ceil(2 * psfSigma);
        gaussKernel = new float[2 * r + 1];
        double sum = 0;
        for (int i = -r; i <= r; i++) {
            double v = Math.exp(-i * i / (2 * psfSigma * psfSigma));
            gaussKernel[i + r] = (float) v;
            sum += v;
        }
        double sumSq = 0;
        for (int i = 0; i < gaussKernel.length; i++) {
            gaussKernel[i] /= (float) sum;
            sumSq += gaussKernel[i] * gaussKernel[i];
        }
        squaredKernel = new float[gaussKernel.length];
        for (int i = 0; i < gaussKernel.length; i++) {
            squaredKernel[i] = (float) (gaussKernel[i] * gaussKernel[i] / sumSq);
        }
        boxRadius = Math.max(r + 1, (int) Math.ceil(3 * psfSigma) + 1);
        double boxSize = (2.0 * boxRadius + 1) * (2.0 * boxRadius + 1);
        // 2-D kernel (Gaussian minus box mean): squared norm = sum(g²) - 1 / boxSize
        filteredNoiseNorm = Math.sqrt(Math.max(sumSq * sumSq - 1 / boxSize, 1e-12));
    }

    /**
     * Candidates in a frame, strongest first.
     *
     * @param frame        the frame in photoelectrons, row-major
     * @param background   the background of this frame in photoelectrons (mean of its background
     *                     frames), or null to estimate it locally
     * @param readVariance read-noise variance per pixel in photoelectrons², or null for none
     */
    public List<Candidate> detect(float[] frame, int width, int height, float[] background, float[] readVariance) {
        return detect(frame, width, height, background, Integer.MAX_VALUE, readVariance);
    }

    /**
     * As {@link #detect(float[], int, int, float[], float[])} for a background that is the median
     * of {@code backgroundFrames} noisy frames: its own noise (variance about pi/2 of a frame's,
     * divided by their number) adds to the noise of the difference.
     */
    public List<Candidate> detect(float[] frame, int width, int height, float[] background, int backgroundFrames,
            float[] readVariance) {
        if (backgroundFrames < 1) {
            throw new IllegalArgumentException("A background needs at least one frame, got " + backgroundFrames);
        }
        double bgNoise = background == null ? 1 : 1 + Math.PI / (2.0 * backgroundFrames);
        int n = width * height;
        ensure(n);
        float[] sig;
        if (background == null) {
            sig = frame;
        } else {
            for (int i = 0; i < n; i++) {
                signal[i] = frame[i] - background[i];
            }
            sig = signal;
        }
        gaussian(sig, smooth, width, height);
        double norm;
        if (background == null) {
            // the frame is its own signal: one box mean gives both the local background and the level for the noise
            boxMean(frame, level, width, height, boxRadius);
            for (int i = 0; i < n; i++) {
                smooth[i] -= level[i];
            }
            norm = filteredNoiseNorm;
        } else {
            System.arraycopy(background, 0, level, 0, n);
            norm = gaussNorm2D();
        }
        double k = thresholdFactor * NOISE_UNITS * norm;
        return maxima(smooth, width, height, level, k, bgNoise, excessNoiseFactor, filteredReadVariance(readVariance, width, height),
                debounceRadius, thresholdFactor * NOISE_UNITS);
    }

    /**
     * The read variance as the filter sees it at each pixel: the per-pixel variances averaged with
     * the squared filter weights (a noisy sCMOS pixel raises the noise of its neighbours' filtered
     * values). Computed once per read-variance map, which is the same for every frame.
     */
    private float[] filteredReadVariance(float[] readVariance, int w, int h) {
        if (readVariance == null) {
            return null;
        }
        if (readVariance != readVarianceSource || readVarianceFiltered == null || readVarianceFiltered.length != w * h) {
            float[] out = new float[w * h];
            separable(readVariance, out, w, h, squaredKernel);
            readVarianceFiltered = out;
            readVarianceSource = readVariance;
        }
        return readVarianceFiltered;
    }

    private double gaussNorm2D() {
        double s = 0;
        for (float g : gaussKernel) {
            s += g * g;
        }
        return s;
    }

    /**
     * Local maxima (greater than their 8 neighbours, ties broken towards the first in reading
     * order) of an already filtered image above a fixed threshold, thinned to the debounce radius,
     * strongest first. For images filtered elsewhere (e.g. wavelet-filtered frames).
     */
    public static List<Candidate> localMaxima(float[] filtered, int width, int height, double threshold, double debounceRadius) {
        return maxima(filtered, width, height, null, threshold, 1, 1, null, debounceRadius, 1);
    }

    /**
     * Local maxima whose value exceeds {@code k * sqrt(bgNoise * (f2 * level + readVariance))}, or
     * {@code k} itself when {@code level} is null. The threshold is computed only at local maxima.
     */
    private static List<Candidate> maxima(float[] f, int w, int h, float[] level, double k, double bgNoise, double f2,
            float[] readVariance, double debounce, double snrScale) {
        List<Candidate> found = new ArrayList<>();
        // no threshold is below this floor: most pixels are rejected by one comparison, without the neighbour test
        double floor = k;
        if (level != null) {
            // plain comparisons (Math.min on floats handles NaN and -0 and is several times slower); NaN is skipped
            float minLevel = Float.POSITIVE_INFINITY;
            for (int i = 0, n = w * h; i < n; i++) {
                float v = level[i];
                if (v < minLevel) {
                    minLevel = v;
                }
            }
            float minRead = 0;
            if (readVariance != null) {
                minRead = Float.POSITIVE_INFINITY;
                for (int i = 0, n = w * h; i < n; i++) {
                    float v = readVariance[i];
                    if (v < minRead) {
                        minRead = v;
                    }
                }
            }
            double minVar = bgNoise * (f2 * Math.max(minLevel, 0) + minRead);
            floor = k * Math.sqrt(Math.max(minVar, 1e-6));
            if (!(floor >= 0)) {
                floor = 0; // NaN levels: test every pixel
            }
        }
        for (int y = 0; y < h; y++) {
            boolean inner = y > 0 && y < h - 1;
            int row = y * w;
            for (int x = 0; x < w; x++) {
                int i = row + x;
                float v = f[i];
                if (!(v > floor)) {
                    continue;
                }
                boolean max = inner && x > 0 && x < w - 1 ? isInnerMax(f, i, w, v) : isMax(f, w, h, x, y, v);
                if (!max) {
                    continue;
                }
                double threshold = k;
                if (level != null) {
                    double var = bgNoise * (f2 * Math.max(level[i], 0) + (readVariance == null ? 0 : readVariance[i]));
                    threshold = k * Math.sqrt(Math.max(var, 1e-6));
                }
                if (v > threshold) {
                    double snr = threshold > 0 ? v / threshold * snrScale : Double.POSITIVE_INFINITY;
                    found.add(new Candidate(x, y, v, snr));
                }
            }
        }
        found.sort((a, b) -> Double.compare(b.value(), a.value()));
        if (debounce <= 1 || found.size() < 2) {
            return found;
        }
        List<Candidate> kept = new ArrayList<>();
        double r2 = debounce * debounce;
        for (Candidate c : found) {
            boolean near = false;
            for (Candidate other : kept) {
                double dx = c.x() - other.x();
                double dy = c.y() - other.y();
                if (dx * dx + dy * dy < r2) {
                    near = true;
                    break;
                }
            }
            if (!near) {
                kept.add(c);
            }
        }
        return kept;
    }

    private static boolean isInnerMax(float[] f, int i, int w, float v) {
        // earlier neighbours (row above, left) may equal v, later ones must be smaller: one pixel per plateau
        return f[i - w - 1] <= v && f[i - w] <= v && f[i - w + 1] <= v && f[i - 1] <= v && f[i + 1] < v && f[i + w - 1] < v
                && f[i + w] < v && f[i + w + 1] < v;
    }

    private static boolean isMax(float[] f, int w, int h, int x, int y, float v) {
        for (int dy = -1; dy <= 1; dy++) {
            int yy = y + dy;
            if (yy < 0 || yy >= h) {
                continue;
            }
            for (int dx = -1; dx <= 1; dx++) {
                int xx = x + dx;
                if ((dx == 0 && dy == 0) || xx < 0 || xx >= w) {
                    continue;
                }
                float o = f[yy * w + xx];
                // strictly greater than later neighbours, at least equal to earlier ones: one pixel per plateau
                boolean earlier = dy < 0 || (dy == 0 && dx < 0);
                if (earlier ? o > v : o >= v) {
                    return false;
                }
            }
        }
        return true;
    }

    private void ensure(int n) {
        if (tmp.length < n) {
            tmp = new float[n];
            smooth = new float[n];
            level = new float[n];
            signal = new float[n];
        }
    }

    /**
     * Separable Gaussian smoothing with edge pixels repeated. Loops run tap by tap over whole rows
     * so that the JIT can vectorise them.
     */
    private void gaussian(float[] in, float[] out, int w, int h) {
        separable(in, out, w, h, gaussKernel);
    }

    private void separable(float[] in, float[] out, int w, int h, float[] g) {
        int r = g.length / 2;
        for (int y = 0; y < h; y++) {
            int row = y * w;
            if (w > 2 * r) {
                // symmetric kernel: centre tap, then one multiplication per pair of taps
                float g0 = g[r];
                for (int x = row + r, end = row + w - r; x < end; x++) {
                    tmp[x] = g0 * in[x];
                }
                for (int k = 1; k <= r; k++) {
                    float gk = g[r + k];
                    for (int x = row + r, end = row + w - r; x < end; x++) {
                        tmp[x] += gk * (in[x - k] + in[x + k]);
                    }
                }
            }
            for (int x = 0; x < w; x++) {
                if (x >= r && x < w - r) {
                    continue;
                }
                float s = 0;
                for (int k = -r; k <= r; k++) {
                    s += g[k + r] * in[row + Math.min(w - 1, Math.max(0, x + k))];
                }
                tmp[row + x] = s;
            }
        }
        for (int y = 0; y < h; y++) {
            int dst = y * w;
            float g0 = g[r];
            for (int x = 0; x < w; x++) {
                out[dst + x] = g0 * tmp[dst + x];
            }
            for (int k = 1; k <= r; k++) {
                float gk = g[r + k];
                int up = Math.max(0, y - k) * w;
                int down = Math.min(h - 1, y + k) * w;
                for (int x = 0; x < w; x++) {
                    out[dst + x] += gk * (tmp[up + x] + tmp[down + x]);
                }
            }
        }
    }

    /**
     * Mean over a (2r+1)² box with edge pixels repeated: running column sums updated a whole row at
     * a time, then a running sum along each row.
     */
    private void boxMean(float[] in, float[] out, int w, int h, int r) {
        if (columnSum.length < w) {
            columnSum = new float[w];
        }
        float[] cs = columnSum;
        java.util.Arrays.fill(cs, 0, w, 0f);
        for (int k = -r; k <= r; k++) {
            int src = Math.min(h - 1, Math.max(0, k)) * w;
            for (int x = 0; x < w; x++) {
                cs[x] += in[src + x];
            }
        }
        float norm = 1f / ((2 * r + 1) * (2 * r + 1));
        int pad = r + 1;
        if (paddedSum.length < w + 2 * pad) {
            paddedSum = new float[w + 2 * pad];
        }
        float[] cp = paddedSum;
        for (int y = 0; y < h; y++) {
            int row = y * w;
            // column sums with the edge columns repeated, so the running sum needs no index clamping
            java.util.Arrays.fill(cp, 0, pad, cs[0]);
            System.arraycopy(cs, 0, cp, pad, w);
            java.util.Arrays.fill(cp, pad + w, w + 2 * pad, cs[w - 1]);
            float s = 0;
            for (int i = 1; i <= 2 * r + 1; i++) {
                s += cp[i];
            }
            for (int x = 0; x < w; x++) {
                out[row + x] = s * norm;
                s += cp[x + 2 * r + 2] - cp[x + 1];
            }
            int add = Math.min(h - 1, y + r + 1) * w;
            int remove = Math.max(0, y - r) * w;
            for (int x = 0; x < w; x++) {
                cs[x] += in[add + x] - in[remove + x];
            }
        }
    }
}
