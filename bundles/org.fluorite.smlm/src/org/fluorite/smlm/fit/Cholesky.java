package org.fluorite.smlm.fit;

/**
 * Cholesky factorisation and solves on small dense row-major matrices, in place and without
 * allocation, for the fitter's normal equations and Fisher-information inverse.
 */
final class Cholesky {

    private Cholesky() {
    }

    /** Solves a x = b for a symmetric positive definite n x n {@code a} (overwritten by its factor); false when it is not. */
    static boolean solve(double[] a, double[] b, double[] x, int n) {
        if (!factor(a, n)) {
            return false;
        }
        back(a, b, x, n);
        return true;
    }

    /** In-place lower Cholesky factor of a symmetric positive definite n x n matrix. */
    static boolean factor(double[] a, int n) {
        for (int j = 0; j < n; j++) {
            double d = a[j * n + j];
            for (int k = 0; k < j; k++) {
                d -= a[j * n + k] * a[j * n + k];
            }
            if (!(d > 0) || !Double.isFinite(d)) {
                return false;
            }
            double l = Math.sqrt(d);
            a[j * n + j] = l;
            for (int i = j + 1; i < n; i++) {
                double v = a[i * n + j];
                for (int k = 0; k < j; k++) {
                    v -= a[i * n + k] * a[j * n + k];
                }
                a[i * n + j] = v / l;
            }
        }
        return true;
    }

    /** Solves L L^T x = b with the lower factor {@code l} made by {@link #factor}. */
    static void back(double[] l, double[] b, double[] x, int n) {
        for (int i = 0; i < n; i++) {
            double v = b[i];
            for (int k = 0; k < i; k++) {
                v -= l[i * n + k] * x[k];
            }
            x[i] = v / l[i * n + i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double v = x[i];
            for (int k = i + 1; k < n; k++) {
                v -= l[k * n + i] * x[k];
            }
            x[i] = v / l[i * n + i];
        }
    }
}
