package org.fluorite.flow.nodes.signal.numerics;

/**
 * Linear filtering as {@code scipy.signal.lfilter} (direct form II transposed) and zero-phase
 * forward-backward filtering as {@code scipy.signal.filtfilt} with its defaults: odd extension of
 * {@code 3 * max(len(a), len(b))} samples at both ends, initial state from {@code lfilter_zi} scaled
 * by the first sample of each pass.
 */
public final class ZeroPhaseFilter {

    private ZeroPhaseFilter() {
    }

    /**
     * Forward-backward filtering without phase shift.
     *
     * @throws IllegalArgumentException when the signal is not longer than the padding (SciPy's
     *         ValueError), or when it holds NaN (which would spread over the whole output)
     */
    public static double[] filtfilt(double[] b, double[] a, double[] x) {
        int ntaps = Math.max(a.length, b.length);
        int edge = 3 * ntaps;
        if (x.length <= edge) {
            throw new IllegalArgumentException("filtfilt needs a signal longer than its padding of " + edge
                    + " samples, got " + x.length);
        }
        for (double v : x) {
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException("filtfilt: the signal holds NaN; drop or interpolate it first");
            }
        }
        int n = x.length;
        double[] ext = new double[n + 2 * edge];
        for (int i = 0; i < edge; i++) {
            ext[i] = 2 * x[0] - x[edge - i];
            ext[n + edge + i] = 2 * x[n - 1] - x[n - 2 - i];
        }
        System.arraycopy(x, 0, ext, edge, n);
        double[][] ba = normalise(b, a);
        double[] zi = lfilterZi(ba[0], ba[1]);
        double[] y = lfilter(ba[0], ba[1], ext, scaled(zi, ext[0]));
        reverse(y);
        double[] z = lfilter(ba[0], ba[1], y, scaled(zi, y[0]));
        reverse(z);
        double[] out = new double[n];
        System.arraycopy(z, edge, out, 0, n);
        return out;
    }

    /** Direct form II transposed filter with initial state zi (length max(len a, len b) - 1, or null for rest). */
    public static double[] lfilter(double[] b, double[] a, double[] x, double[] zi) {
        double[][] ba = normalise(b, a);
        double[] bb = ba[0];
        double[] aa = ba[1];
        int order = bb.length - 1;
        double[] z = new double[Math.max(order, 1)];
        if (zi != null) {
            System.arraycopy(zi, 0, z, 0, order);
        }
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double xi = x[i];
            double yi = order == 0 ? bb[0] * xi : bb[0] * xi + z[0];
            for (int k = 0; k < order - 1; k++) {
                z[k] = bb[k + 1] * xi - aa[k + 1] * yi + z[k + 1];
            }
            if (order > 0) {
                z[order - 1] = bb[order] * xi - aa[order] * yi;
            }
            y[i] = yi;
        }
        return y;
    }

    /** Steady-state initial conditions for a unit step input ({@code scipy.signal.lfilter_zi}). */
    public static double[] lfilterZi(double[] b, double[] a) {
        double[][] ba = normalise(b, a);
        double[] bb = ba[0];
        double[] aa = ba[1];
        int n = bb.length;
        int m = n - 1;
        if (m == 0) {
            return new double[0];
        }
        // (I - companion(a)^T) zi = b[1:] - a[1:] b[0]
        double[][] mat = new double[m][m + 1];
        for (int i = 0; i < m; i++) {
            mat[i][i] = 1;
        }
        for (int i = 0; i < m; i++) {
            mat[i][0] += aa[i + 1];
            if (i + 1 < m) {
                mat[i][i + 1] -= 1;
            }
            mat[i][m] = bb[i + 1] - aa[i + 1] * bb[0];
        }
        return LinearSolve.solve(mat);
    }

    private static double[][] normalise(double[] b, double[] a) {
        if (a.length == 0 || a[0] == 0) {
            throw new IllegalArgumentException("filter denominator a[0] must not be zero");
        }
        int n = Math.max(a.length, b.length);
        double[] bb = new double[n];
        double[] aa = new double[n];
        for (int i = 0; i < b.length; i++) {
            bb[i] = b[i] / a[0];
        }
        for (int i = 0; i < a.length; i++) {
            aa[i] = a[i] / a[0];
        }
        return new double[][] {bb, aa};
    }

    private static double[] scaled(double[] v, double s) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * s;
        }
        return out;
    }

    private static void reverse(double[] v) {
        for (int i = 0, j = v.length - 1; i < j; i++, j--) {
            double t = v[i];
            v[i] = v[j];
            v[j] = t;
        }
    }
}
