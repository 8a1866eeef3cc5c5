package org.fluorite.flow.nodes.signal.numerics;

/** First derivative per sample as {@code numpy.gradient(a)} (unit spacing, first-order edges). */
public final class Gradient {

    private Gradient() {
    }

    /**
     * Central differences {@code (a[i+1] - a[i-1]) / 2} inside, one-sided differences at both ends;
     * in units of the signal per sample.
     *
     * @throws IllegalArgumentException for fewer than two samples (NumPy's ValueError)
     */
    public static double[] of(double[] a) {
        int n = a.length;
        if (n < 2) {
            throw new IllegalArgumentException("a derivative needs at least 2 samples, got " + n);
        }
        double[] g = new double[n];
        g[0] = a[1] - a[0];
        g[n - 1] = a[n - 1] - a[n - 2];
        for (int i = 1; i < n - 1; i++) {
            g[i] = (a[i + 1] - a[i - 1]) / 2.0;
        }
        return g;
    }
}
