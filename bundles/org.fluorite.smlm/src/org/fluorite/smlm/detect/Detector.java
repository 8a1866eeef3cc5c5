package org.fluorite.smlm.detect;

import java.util.ArrayList;
import java.util.Comparator;
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
    private final int boxRadius;
    private final double filteredNoiseNorm;
    private float[] tmp = new float[0];
    private float[] smooth = new float[0];
    private float[] level = new float[0];
    private float[] signal = new float[0];

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
        int r = (int) Math.ceil(2.5 * psfSigma);
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
        for (int i = 0; i < n; i++) {
            signal[i] = background == null ? frame[i] : frame[i] - background[i];
        }
        gaussian(signal, smooth, width, height);
        boxMean(frame, level, width, height, boxRadius);
        double norm = background == null ? filteredNoiseNorm : gaussNorm2D();
        if (background == null) {
            boxMean(signal, tmp2(n), width, height, boxRadius);
            for (int i = 0; i < n; i++) {
                smooth[i] -= work2[i];
            }
        } else {
            for (int i = 0; i < n; i++) {
                level[i] = background[i];
            }
        }
        float[] threshold = level; // reused in place: the level becomes the threshold
        double k = thresholdFactor * NOISE_UNITS * norm;
        for (int i = 0; i < n; i++) {
            double var = bgNoise * (excessNoiseFactor * Math.max(level[i], 0) + (readVariance == null ? 0 : readVariance[i]));
            threshold[i] = (float) (k * Math.sqrt(Math.max(var, 1e-6)));
        }
        return maxima(smooth, width, height, threshold, debounceRadius, thresholdFactor * NOISE_UNITS);
    }

    private float[] work2 = new float[0];

    private float[] tmp2(int n) {
        if (work2.length < n) {
            work2 = new float[n];
        }
        return work2;
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
        float[] t = new float[width * height];
        java.util.Arrays.fill(t, (float) threshold);
        return maxima(filtered, width, height, t, debounceRadius, 1);
    }

    private static List<Candidate> maxima(float[] f, int w, int h, float[] threshold, double debounce, double snrScale) {
        List<Candidate> found = new ArrayList<>();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                float v = f[i];
                if (!(v > threshold[i])) {
                    continue;
                }
                if (isMax(f, w, h, x, y, v)) {
                    double snr = threshold[i] > 0 ? v / threshold[i] * snrScale : Double.POSITIVE_INFINITY;
                    found.add(new Candidate(x, y, v, snr));
                }
            }
        }
        found.sort(Comparator.comparingDouble(Candidate::value).reversed());
        if (debounce <= 1 || found.size() < 2) {
            return found;
        }
        List<Candidate> kept = new ArrayList<>();
        double r2 = debounce * debounce;
        for (Candidate c : found) {
            boolean near = false;
            for (Candidate k : kept) {
                double dx = c.x() - k.x();
                double dy = c.y() - k.y();
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

    /** Separable Gaussian smoothing with edge pixels repeated. */
    private void gaussian(float[] in, float[] out, int w, int h) {
        int r = gaussKernel.length / 2;
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                double s = 0;
                for (int k = -r; k <= r; k++) {
                    int xx = Math.min(w - 1, Math.max(0, x + k));
                    s += gaussKernel[k + r] * in[row + xx];
                }
                tmp[row + x] = (float) s;
            }
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double s = 0;
                for (int k = -r; k <= r; k++) {
                    int yy = Math.min(h - 1, Math.max(0, y + k));
                    s += gaussKernel[k + r] * tmp[yy * w + x];
                }
                out[y * w + x] = (float) s;
            }
        }
    }

    /** Mean over a (2r+1)² box with edge pixels repeated, by running sums. */
    private void boxMean(float[] in, float[] out, int w, int h, int r) {
        double norm = 1.0 / (2 * r + 1);
        for (int y = 0; y < h; y++) {
            int row = y * w;
            double s = 0;
            for (int k = -r; k <= r; k++) {
                s += in[row + Math.min(w - 1, Math.max(0, k))];
            }
            for (int x = 0; x < w; x++) {
                tmp[row + x] = (float) (s * norm);
                s += in[row + Math.min(w - 1, x + r + 1)] - in[row + Math.max(0, x - r)];
            }
        }
        for (int x = 0; x < w; x++) {
            double s = 0;
            for (int k = -r; k <= r; k++) {
                s += tmp[Math.min(h - 1, Math.max(0, k)) * w + x];
            }
            for (int y = 0; y < h; y++) {
                out[y * w + x] = (float) (s * norm);
                s += tmp[Math.min(h - 1, y + r + 1) * w + x] - tmp[Math.max(0, y - r) * w + x];
            }
        }
    }
}
