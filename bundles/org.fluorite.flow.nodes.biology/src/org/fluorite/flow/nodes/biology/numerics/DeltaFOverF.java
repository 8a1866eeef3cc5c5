package org.fluorite.flow.nodes.biology.numerics;

import java.util.Arrays;

/**
 * dF/F computations of the Biology nodes.
 * <ul>
 * <li>{@link #staticDfOverF}: StaticDFoFo, {@code (F - F0) / F0} with F0 the trace's minimum.</li>
 * <li>{@link #detrend}: DetrendDFoF, CaImAn's {@code detrend_df_f} with a fixed quantile
 * ({@code flag_auto=False}): the baseline of the trace F and of the background contribution B is
 * their running {@code quantileMin} percentile over {@code framesWindow} frames
 * ({@code scipy.ndimage.percentile_filter}, reflect mode, rank {@code int(window * q / 100)}), or the
 * whole-trace percentile (linear interpolation, {@code numpy.percentile}) when the window is longer
 * than the trace; then {@code (F - Fd) / (Df + Fd)}.</li>
 * </ul>
 */
public final class DeltaFOverF {

    private DeltaFOverF() {
    }

    /** (F - min F) / min F; NaN propagates as in NumPy; a zero minimum gives NaN/infinity. */
    public static double[] staticDfOverF(double[] f) {
        double f0 = Double.POSITIVE_INFINITY;
        boolean nan = false;
        for (double v : f) {
            nan |= Double.isNaN(v);
            f0 = Math.min(f0, v);
        }
        double[] out = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            out[i] = nan ? Double.NaN : (f[i] - f0) / f0;
        }
        return out;
    }

    /**
     * @param f the component's trace (CaImAn's C + YrA with A's columns normalised)
     * @param background the background's contribution to the component (A^T b f)
     * @param quantileMin percentile of the baseline, 0..100 (CaImAn: 8)
     * @param framesWindow running window in frames (CaImAn: 500)
     */
    public static double[] detrend(double[] f, double[] background, double quantileMin, int framesWindow) {
        if (f.length != background.length) {
            throw new IllegalArgumentException("trace and background differ in length: " + f.length + " and "
                    + background.length);
        }
        if (!(quantileMin >= 0 && quantileMin <= 100)) {
            throw new IllegalArgumentException("quantileMin must be between 0 and 100, got " + quantileMin);
        }
        if (framesWindow < 1) {
            throw new IllegalArgumentException("framesWindow must be at least 1, got " + framesWindow);
        }
        int n = f.length;
        double[] fd;
        double[] df;
        if (framesWindow > n) {
            fd = new double[n];
            df = new double[n];
            Arrays.fill(fd, percentile(f, quantileMin));
            Arrays.fill(df, percentile(background, quantileMin));
        } else {
            fd = percentileFilter(f, quantileMin, framesWindow);
            df = percentileFilter(background, quantileMin, framesWindow);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = (f[i] - fd[i]) / (df[i] + fd[i]);
        }
        return out;
    }

    /** numpy.percentile with linear interpolation. */
    public static double percentile(double[] v, double q) {
        double[] s = v.clone();
        Arrays.sort(s);
        if (s.length == 0) {
            return Double.NaN;
        }
        double pos = q / 100.0 * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, s.length - 1);
        double frac = pos - lo;
        return s[lo] + (s[hi] - s[lo]) * frac;
    }

    /** scipy.ndimage.percentile_filter in 1-D, reflect mode, centred window. */
    public static double[] percentileFilter(double[] v, double q, int size) {
        int n = v.length;
        int rank = q == 100 ? size - 1 : (int) (size * q / 100.0);
        int left = size / 2;
        double[] window = new double[size];
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < size; k++) {
                window[k] = v[reflect(i - left + k, n)];
            }
            Arrays.sort(window);
            out[i] = window[rank];
        }
        return out;
    }

    private static int reflect(int i, int n) {
        int period = 2 * n;
        int m = ((i % period) + period) % period;
        return m < n ? m : period - 1 - m;
    }
}
