package org.fluorite.kymo.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Mean squared displacement and the diffusion constant of a track, with pylake's default
 * estimator: ordinary least squares on the MSD at the first lags, the number of lags chosen by the
 * iterative rule of Michalet and Berglund (2012), the standard error from the MSD covariance of
 * Bullerjahn, von Bülow and Hummer (2020). D = slope / (2 dt), localisation variance = intercept / 2.
 */
public final class Diffusion {

    /**
     * The MSD at each lag.
     *
     * @param lags  frame lags (positive frame differences present in the track, smallest first)
     * @param msd   mean of the squared displacements over all point pairs at that lag (unit²)
     * @param pairs number of point pairs at that lag
     */
    public record Msd(int[] lags, double[] msd, int[] pairs) {
    }

    /**
     * A diffusion estimate.
     *
     * @param value                 diffusion constant in unit² per second
     * @param stdErr                its standard error
     * @param lags                  lags used in the fit
     * @param points                points of the track
     * @param localizationVariance  intercept / 2, unit²
     * @param method                "ols"
     * @param unit                  "um^2 / s" or "kbp^2 / s"
     */
    public record Estimate(double value, double stdErr, int lags, int points, double localizationVariance, String method,
            String unit) {
    }

    private Diffusion() {
    }

    /** MSD over the first {@code maxLag} distinct positive frame lags. */
    public static Msd msd(int[] frames, double[] positions, int maxLag) {
        TreeSet<Integer> lagSet = new TreeSet<>();
        for (int i = 0; i < frames.length; i++) {
            for (int j = i + 1; j < frames.length; j++) {
                lagSet.add(Math.abs(frames[j] - frames[i]));
            }
        }
        lagSet.remove(0);
        List<Integer> lags = new ArrayList<>(lagSet);
        if (lags.size() > maxLag) {
            lags = lags.subList(0, maxLag);
        }
        int[] l = lags.stream().mapToInt(Integer::intValue).toArray();
        double[] msd = new double[l.length];
        int[] pairs = new int[l.length];
        for (int k = 0; k < l.length; k++) {
            double sum = 0;
            int n = 0;
            for (int i = 0; i < frames.length; i++) {
                for (int j = 0; j < frames.length; j++) {
                    if (frames[j] - frames[i] == l[k]) {
                        double d = positions[j] - positions[i];
                        sum += d * d;
                        n++;
                    }
                }
            }
            // each unordered pair appears once with a positive lag: pylake's mesh counts both signs, same mean
            msd[k] = sum / n;
            pairs[k] = 2 * n;
        }
        return new Msd(l, msd, pairs);
    }

    /** The diffusion constant of a track by OLS with the optimal number of lags (or {@code maxLag} when positive). */
    public static Estimate ols(Track track, TrackCalibration calibration, int maxLag) {
        int[] frames = track.timeIdx();
        double[] positions = track.positions(calibration);
        int lags = maxLag > 0 ? maxLag : optimalLags(frames, positions);
        if (lags < 2) {
            throw new IllegalArgumentException("You need at least two lags to estimate a diffusion constant");
        }
        Msd m = msd(frames, positions, lags);
        if (m.lags().length < 2) {
            throw new IllegalArgumentException("The track has fewer than two distinct lags");
        }
        double[] fit = olsFit(m.lags(), m.msd(), positions.length);
        double toD = 1.0 / (2.0 * calibration.lineTimeSeconds());
        return new Estimate(fit[1] * toD, Math.sqrt(Math.abs(fit[2])) * toD, lags, positions.length, fit[0] / 2.0, "ols",
                calibration.unit().label() + "^2 / s");
    }

    /** Intercept, slope and slope variance of the OLS line through the MSD. */
    static double[] olsFit(int[] lagIdx, double[] msd, int points) {
        int n = msd.length;
        double alpha = 0;
        double beta = 0;
        double gamma = 0;
        double delta = 0;
        for (int i = 0; i < n; i++) {
            alpha += lagIdx[i];
            beta += (double) lagIdx[i] * lagIdx[i];
            gamma += msd[i];
            delta += lagIdx[i] * msd[i];
        }
        double inv = 1.0 / (n * beta - alpha * alpha);
        double intercept = (beta * gamma - alpha * delta) * inv;
        double slope = (n * delta - alpha * gamma) * inv;
        double[][] cov = covariance(n, points, intercept, slope);
        double var = 0;
        double denominator = (n * beta - alpha * alpha) * (n * beta - alpha * alpha);
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                // i varies along columns (lag of b), j along rows (lag of a), as in the covariance layout
                var += (lagIdx[b] * n - alpha) * (lagIdx[a] * n - alpha) * cov[a][b] / denominator;
            }
        }
        return new double[] {intercept, slope, var};
    }

    /** Covariance of the MSD estimates at lags 1..maxLags for n points (Bullerjahn et al., Eq. 8a). */
    static double[][] covariance(int maxLags, int n, double intercept, double slope) {
        double[][] c = new double[maxLags][maxLags];
        for (int a = 0; a < maxLags; a++) {
            for (int b = 0; b < maxLags; b++) {
                double i = b + 1;
                double j = a + 1;
                double m = Math.min(i, j);
                double term1 = 2.0 * m * (1.0 + 3.0 * i * j - m * m) / (n - m + 1);
                double denominator = (n - i + 1.0) * (n - j + 1.0);
                double term2 = (m * m - m * m * m * m) / denominator;
                double term3 = (i + j - n - 2) >= 0 ? (Math.pow(n + 1.0 - i - j, 4) - Math.pow(n + 1.0 - i - j, 2)) / denominator : 0;
                double base = slope * slope / 3 * (term1 + term2 + term3);
                double term4 = (intercept * intercept * (1.0 + (i == j ? 1 : 0)) + 4 * intercept * slope * m) / (n - m + 1.0);
                double term5 = intercept * intercept * Math.max(0.0, n - i - j + 1.0) / denominator;
                c[a][b] = base + term4 + term5;
            }
        }
        return c;
    }

    /** Number of lags for the slope by the iterative rule of Michalet and Berglund (pylake's default for OLS). */
    public static int optimalLags(int[] frames, double[] positions) {
        int n = positions.length;
        if (n <= 4) {
            throw new IllegalArgumentException("You need at least 5 time points to estimate the number of points to include in the fit.");
        }
        int numSlope = Math.max(2, n / 10);
        int numIntercept = Math.max(2, n / 10);
        int computed = 0;
        Msd m = null;
        TreeSet<Integer> seen = new TreeSet<>();
        for (int iteration = 0; iteration < 100; iteration++) {
            int required = Math.max(numIntercept, numSlope);
            if (required > computed) {
                m = msd(frames, positions, required);
                computed = required;
            }
            seen.add(numSlope);
            int k = Math.min(numSlope, m.lags().length);
            double x = localizationError(java.util.Arrays.copyOf(m.lags(), k), java.util.Arrays.copyOf(m.msd(), k));
            int[] points = optimalPoints(x, n);
            numSlope = points[0];
            numIntercept = points[1];
            if (seen.contains(numSlope)) {
                return numSlope;
            }
        }
        return numSlope;
    }

    static double localizationError(int[] lags, double[] msd) {
        int n = lags.length;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sx += lags[i];
            sy += msd[i];
            sxx += (double) lags[i] * lags[i];
            sxy += lags[i] * msd[i];
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        double intercept = (sy - slope * sx) / n;
        if (intercept < 0) {
            return 0;
        }
        if (slope < 0) {
            return Double.POSITIVE_INFINITY;
        }
        return intercept / slope;
    }

    static int[] optimalPoints(double x, int n) {
        double fa = 2.0 + 1.6 * Math.pow(x, 0.51);
        double limitA = 3 + Math.pow(4.5 * Math.pow(n, 0.4) - 8.5, 1.2);
        double fb = 2 + 1.35 * Math.pow(x, 0.6);
        double limitB = 0.8 + 0.564 * n;
        double intercept;
        double slope;
        if (Double.isInfinite(x)) {
            intercept = Math.floor(limitA);
            slope = Math.floor(limitB);
        } else {
            intercept = Math.floor(fa * limitA / Math.cbrt(fa * fa * fa + limitA * limitA * limitA));
            slope = Math.min(Math.floor(limitB), Math.floor(fb * limitB / Math.cbrt(fb * fb * fb + limitB * limitB * limitB)));
        }
        return new int[] {Math.max(2, (int) slope), Math.max(2, (int) intercept)};
    }
}
