package org.fluorite.flow.nodes.signal.numerics;

/**
 * Savitzky-Golay smoothing as {@code scipy.signal.savgol_filter(x, window_length, polyorder)} with
 * its default {@code mode='interp'}: inside, each sample is the value at the window centre of the
 * least-squares polynomial through the window; in the first and last half-windows the polynomial
 * fitted to the first (last) whole window is evaluated instead. Both come from one projection
 * ("hat") matrix onto the polynomials on the window, built from an orthonormal basis by Householder
 * QR of the centred Vandermonde matrix, which keeps high orders well conditioned.
 */
public final class SavitzkyGolay {

    private SavitzkyGolay() {
    }

    /**
     * @param windowLength odd number of samples in each fit, at most the signal length
     * @param polyOrder polynomial order, below windowLength
     */
    public static double[] filter(double[] x, int windowLength, int polyOrder) {
        if (windowLength < 1 || windowLength % 2 == 0) {
            throw new IllegalArgumentException("Savitzky-Golay window_length must be a positive odd number, got "
                    + windowLength);
        }
        if (polyOrder < 0 || polyOrder >= windowLength) {
            throw new IllegalArgumentException("Savitzky-Golay polyorder must be at least 0 and less than window_length ("
                    + windowLength + "), got " + polyOrder);
        }
        if (windowLength > x.length) {
            throw new IllegalArgumentException("Savitzky-Golay window_length (" + windowLength
                    + ") must not exceed the signal length (" + x.length + ") in interp mode");
        }
        double[][] hat = hatMatrix(windowLength, polyOrder);
        int half = windowLength / 2;
        int n = x.length;
        double[] y = new double[n];
        double[] centre = hat[half];
        for (int i = half; i < n - half; i++) {
            double s = 0;
            int off = i - half;
            for (int j = 0; j < windowLength; j++) {
                s += centre[j] * x[off + j];
            }
            y[i] = s;
        }
        for (int i = 0; i < half; i++) {
            y[i] = dot(hat[i], x, 0);
            int r = windowLength - half + i;
            y[n - half + i] = dot(hat[r], x, n - windowLength);
        }
        return y;
    }

    /** The symmetric smoothing coefficients (centre row of the hat matrix), scipy's savgol_coeffs. */
    public static double[] coefficients(int windowLength, int polyOrder) {
        return hatMatrix(windowLength, polyOrder)[windowLength / 2];
    }

    private static double dot(double[] w, double[] x, int offset) {
        double s = 0;
        for (int j = 0; j < w.length; j++) {
            s += w[j] * x[offset + j];
        }
        return s;
    }

    /** H = Q Q^T where Q (w x (p+1)) is an orthonormal basis of polynomials of order p on w points. */
    static double[][] hatMatrix(int w, int p) {
        int cols = p + 1;
        double half = (w - 1) / 2.0;
        double[][] a = new double[w][cols];
        for (int i = 0; i < w; i++) {
            double t = (i - half) / Math.max(half, 1);
            double v = 1;
            for (int j = 0; j < cols; j++) {
                a[i][j] = v;
                v *= t;
            }
        }
        double[][] q = orthonormalColumns(a, w, cols);
        double[][] h = new double[w][w];
        for (int i = 0; i < w; i++) {
            for (int j = 0; j < w; j++) {
                double s = 0;
                for (int k = 0; k < cols; k++) {
                    s += q[i][k] * q[j][k];
                }
                h[i][j] = s;
            }
        }
        return h;
    }

    /** Thin Q of the Householder QR factorisation of a (rows x cols, rows >= cols). */
    private static double[][] orthonormalColumns(double[][] a, int rows, int cols) {
        double[][] r = new double[rows][];
        for (int i = 0; i < rows; i++) {
            r[i] = a[i].clone();
        }
        double[][] vs = new double[cols][];
        for (int k = 0; k < cols; k++) {
            double norm = 0;
            for (int i = k; i < rows; i++) {
                norm += r[i][k] * r[i][k];
            }
            norm = Math.sqrt(norm);
            double[] v = new double[rows];
            double alpha = r[k][k] > 0 ? -norm : norm;
            for (int i = k; i < rows; i++) {
                v[i] = r[i][k];
            }
            v[k] -= alpha;
            double vn = 0;
            for (int i = k; i < rows; i++) {
                vn += v[i] * v[i];
            }
            if (vn > 0) {
                for (int j = k; j < cols; j++) {
                    double s = 0;
                    for (int i = k; i < rows; i++) {
                        s += v[i] * r[i][j];
                    }
                    double f = 2 * s / vn;
                    for (int i = k; i < rows; i++) {
                        r[i][j] -= f * v[i];
                    }
                }
            }
            vs[k] = v;
        }
        double[][] q = new double[rows][cols];
        for (int j = 0; j < cols; j++) {
            q[j][j] = 1;
        }
        for (int k = cols - 1; k >= 0; k--) {
            double[] v = vs[k];
            double vn = 0;
            for (int i = k; i < rows; i++) {
                vn += v[i] * v[i];
            }
            if (vn == 0) {
                continue;
            }
            for (int j = 0; j < cols; j++) {
                double s = 0;
                for (int i = k; i < rows; i++) {
                    s += v[i] * q[i][j];
                }
                double f = 2 * s / vn;
                for (int i = k; i < rows; i++) {
                    q[i][j] -= f * v[i];
                }
            }
        }
        return q;
    }
}
