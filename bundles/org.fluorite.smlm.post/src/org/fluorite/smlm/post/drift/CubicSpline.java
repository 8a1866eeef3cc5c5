package org.fluorite.smlm.post.drift;

/**
 * Natural cubic spline through points with increasing abscissae, continued beyond the ends by
 * its natural extension (the straight line with the end slope): the frames before the first and
 * after the last window centre, half a window each, follow the drift's trend. With two points it
 * is the straight line through them.
 */
final class CubicSpline {

    private final double[] t;
    private final double[] v;
    private final double[] m; // second derivatives

    CubicSpline(double[] t, double[] v) {
        int n = t.length;
        if (n == 0 || v.length != n) {
            throw new IllegalArgumentException("A spline needs at least one point");
        }
        for (int i = 1; i < n; i++) {
            if (!(t[i] > t[i - 1])) {
                throw new IllegalArgumentException("Spline abscissae must increase");
            }
        }
        this.t = t.clone();
        this.v = v.clone();
        this.m = new double[n];
        if (n > 2) {
            // tridiagonal system for the inner second derivatives (natural ends: m0 = mn = 0)
            double[] diag = new double[n];
            double[] rhs = new double[n];
            double[] upper = new double[n];
            for (int i = 1; i < n - 1; i++) {
                double h0 = t[i] - t[i - 1];
                double h1 = t[i + 1] - t[i];
                diag[i] = 2 * (h0 + h1);
                upper[i] = h1;
                rhs[i] = 6 * ((v[i + 1] - v[i]) / h1 - (v[i] - v[i - 1]) / h0);
                if (i > 1) {
                    double lower = h0;
                    double f = lower / diag[i - 1];
                    diag[i] -= f * upper[i - 1];
                    rhs[i] -= f * rhs[i - 1];
                }
            }
            for (int i = n - 2; i >= 1; i--) {
                m[i] = (rhs[i] - (i < n - 2 ? upper[i] * m[i + 1] : 0)) / diag[i];
            }
        }
    }

    double at(double x) {
        int n = t.length;
        if (n == 1) {
            return v[0];
        }
        if (x <= t[0]) {
            double h = t[1] - t[0];
            double slope = (v[1] - v[0]) / h - h * m[1] / 6;
            return v[0] + slope * (x - t[0]);
        }
        if (x >= t[n - 1]) {
            double h = t[n - 1] - t[n - 2];
            double slope = (v[n - 1] - v[n - 2]) / h + h * m[n - 2] / 6;
            return v[n - 1] + slope * (x - t[n - 1]);
        }
        int lo = 0;
        int hi = n - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (t[mid] <= x) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double h = t[hi] - t[lo];
        double a = (t[hi] - x) / h;
        double b = (x - t[lo]) / h;
        return a * v[lo] + b * v[hi] + ((a * a * a - a) * m[lo] + (b * b * b - b) * m[hi]) * h * h / 6;
    }
}
