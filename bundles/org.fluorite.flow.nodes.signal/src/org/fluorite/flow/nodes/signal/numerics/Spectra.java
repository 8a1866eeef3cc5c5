package org.fluorite.flow.nodes.signal.numerics;

/**
 * Power spectral density and Fourier resampling as SciPy computes them:
 * {@code scipy.signal.periodogram} with its defaults (boxcar window, constant detrend, one-sided,
 * density scaling) and {@code scipy.signal.resample} (cropping or zero-padding the spectrum).
 */
public final class Spectra {

    private Spectra() {
    }

    /**
     * One-sided periodogram in units of signal^2 per Hz.
     *
     * @param fs sampling frequency in Hz (SciPy's default is 1)
     * @return power at the frequencies {@link #periodogramFrequencies}
     */
    public static double[] periodogram(double[] x, double fs) {
        int n = x.length;
        if (n == 0) {
            return new double[0];
        }
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = x[i] - mean;
        }
        double[][] spec = RealFft.rfft(d);
        int h = n / 2 + 1;
        double[] p = new double[h];
        double scale = 1.0 / (fs * n);
        for (int k = 0; k < h; k++) {
            p[k] = (spec[0][k] * spec[0][k] + spec[1][k] * spec[1][k]) * scale;
        }
        int last = n % 2 == 0 ? h - 1 : h;
        for (int k = 1; k < last; k++) {
            p[k] *= 2;
        }
        return p;
    }

    /** Frequencies (Hz) of {@link #periodogram}: k fs / n for k = 0..n/2. */
    public static double[] periodogramFrequencies(int n, double fs) {
        double[] f = new double[n / 2 + 1];
        for (int k = 0; k < f.length; k++) {
            f[k] = k * fs / n;
        }
        return f;
    }

    /**
     * Fourier-method resampling to {@code num} samples ({@code scipy.signal.resample}, real input).
     * The result assumes the signal is periodic.
     */
    public static double[] resample(double[] x, int num) {
        int nx = x.length;
        if (num < 1 || nx < 1) {
            throw new IllegalArgumentException("resample needs at least one input and one output sample, got " + nx
                    + " -> " + num);
        }
        double sFac = (double) nx / num;
        int m = Math.min(num, nx);
        int m2 = m / 2 + 1;
        double[][] spec = RealFft.rfft(x);
        double[] re = new double[m2];
        double[] im = new double[m2];
        for (int k = 0; k < m2; k++) {
            re[k] = spec[0][k] / sFac;
            im[k] = spec[1][k] / sFac;
        }
        if (m % 2 == 0 && num != nx) {
            double f = num < nx ? 2 : 0.5;
            re[m / 2] *= f;
            im[m / 2] *= f;
        }
        return RealFft.irfft(re, im, num);
    }
}
