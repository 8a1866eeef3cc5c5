package org.fluorite.flow.nodes.signal.numerics;

/**
 * Exact discrete Fourier transform of any length: iterative radix-2 for powers of two, Bluestein's
 * chirp-z algorithm (through a power-of-two convolution) otherwise. The forward transform is
 * {@code X[k] = sum_n x[n] exp(-2 pi i k n / N)}; the inverse carries no 1/N factor (callers scale).
 * Agrees with NumPy/SciPy's FFT to rounding (about 1e-13 relative to the largest coefficient).
 */
public final class Fft {

    private Fft() {
    }

    /**
     * Transforms {@code re + i im} in place.
     *
     * @param inverse true for {@code exp(+2 pi i k n / N)} (unscaled)
     */
    public static void transform(double[] re, double[] im, boolean inverse) {
        int n = re.length;
        if (im.length != n) {
            throw new IllegalArgumentException("real and imaginary parts differ in length: " + n + " vs " + im.length);
        }
        if (n <= 1) {
            return;
        }
        if (Integer.bitCount(n) == 1) {
            radix2(re, im, inverse);
        } else {
            bluestein(re, im, inverse);
        }
    }

    private static void radix2(double[] re, double[] im, boolean inverse) {
        int n = re.length;
        int levels = Integer.numberOfTrailingZeros(n);
        for (int i = 0; i < n; i++) {
            int j = Integer.reverse(i) >>> (32 - levels);
            if (j > i) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        double sign = inverse ? 1 : -1;
        for (int size = 2; size <= n; size <<= 1) {
            int half = size >>> 1;
            // twiddles computed directly (not by recurrence) to keep rounding at machine precision
            double[] wr = new double[half];
            double[] wi = new double[half];
            for (int k = 0; k < half; k++) {
                double angle = sign * 2 * Math.PI * k / size;
                wr[k] = Math.cos(angle);
                wi[k] = Math.sin(angle);
            }
            for (int start = 0; start < n; start += size) {
                for (int k = 0; k < half; k++) {
                    int a = start + k;
                    int b = a + half;
                    double tr = re[b] * wr[k] - im[b] * wi[k];
                    double ti = re[b] * wi[k] + im[b] * wr[k];
                    re[b] = re[a] - tr;
                    im[b] = im[a] - ti;
                    re[a] += tr;
                    im[a] += ti;
                }
            }
        }
    }

    private static void bluestein(double[] re, double[] im, boolean inverse) {
        int n = re.length;
        int m = Integer.highestOneBit(2 * n - 1);
        if (m < 2 * n - 1) {
            m <<= 1;
        }
        double sign = inverse ? 1 : -1;
        double[] cr = new double[n];
        double[] ci = new double[n];
        for (int k = 0; k < n; k++) {
            // k*k mod 2n keeps the angle small and exact for large k
            long kk = ((long) k * k) % (2L * n);
            double angle = sign * Math.PI * kk / n;
            cr[k] = Math.cos(angle);
            ci[k] = Math.sin(angle);
        }
        double[] ar = new double[m];
        double[] ai = new double[m];
        for (int k = 0; k < n; k++) {
            ar[k] = re[k] * cr[k] - im[k] * ci[k];
            ai[k] = re[k] * ci[k] + im[k] * cr[k];
        }
        double[] br = new double[m];
        double[] bi = new double[m];
        br[0] = cr[0];
        bi[0] = -ci[0];
        for (int k = 1; k < n; k++) {
            br[k] = cr[k];
            bi[k] = -ci[k];
            br[m - k] = cr[k];
            bi[m - k] = -ci[k];
        }
        radix2(ar, ai, false);
        radix2(br, bi, false);
        for (int k = 0; k < m; k++) {
            double r = ar[k] * br[k] - ai[k] * bi[k];
            double i = ar[k] * bi[k] + ai[k] * br[k];
            ar[k] = r;
            ai[k] = i;
        }
        radix2(ar, ai, true);
        for (int k = 0; k < n; k++) {
            double r = ar[k] / m;
            double i = ai[k] / m;
            re[k] = r * cr[k] - i * ci[k];
            im[k] = r * ci[k] + i * cr[k];
        }
    }
}
