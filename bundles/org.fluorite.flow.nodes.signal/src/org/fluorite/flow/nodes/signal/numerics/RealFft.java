package org.fluorite.flow.nodes.signal.numerics;

/**
 * Real-input Fourier transforms in the layouts of SciPy: the half spectrum of
 * {@code numpy.fft.rfft}/{@code irfft} (complex parts as two arrays) and the packed real layout of
 * {@code scipy.fftpack.rfft}/{@code irfft} ({@code [y0, Re y1, Im y1, ..., Re y(N/2) (N even)]}),
 * which the RFFT and iRFFT nodes use.
 */
public final class RealFft {

    private RealFft() {
    }

    /** Half spectrum of a real signal: {@code [0]} real parts, {@code [1]} imaginary parts, length N/2+1. */
    public static double[][] rfft(double[] x) {
        int n = x.length;
        double[] re = x.clone();
        double[] im = new double[n];
        Fft.transform(re, im, false);
        int h = n / 2 + 1;
        return new double[][] {java.util.Arrays.copyOf(re, h), java.util.Arrays.copyOf(im, h)};
    }

    /**
     * Inverse of {@link #rfft} for an output of {@code n} samples (numpy.fft.irfft): the half
     * spectrum is cropped or zero-padded to n/2+1 bins, the imaginary parts of the DC bin (and of the
     * Nyquist bin for even n) are ignored, and the result is scaled by 1/n.
     */
    public static double[] irfft(double[] re, double[] im, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("irfft needs at least one output sample, got " + n);
        }
        double[] fr = new double[n];
        double[] fi = new double[n];
        int h = n / 2 + 1;
        for (int k = 0; k < h && k < re.length; k++) {
            fr[k] = re[k];
            fi[k] = im[k];
        }
        fi[0] = 0;
        if (n % 2 == 0) {
            fi[n / 2] = 0;
        }
        for (int k = 1; k < h; k++) {
            if (n - k != k) {
                fr[n - k] = fr[k];
                fi[n - k] = -fi[k];
            }
        }
        Fft.transform(fr, fi, true);
        for (int k = 0; k < n; k++) {
            fr[k] /= n;
        }
        return fr;
    }

    /** {@code scipy.fftpack.rfft}: packed real layout of the spectrum, same length as x. */
    public static double[] rfftPacked(double[] x) {
        int n = x.length;
        double[][] half = rfft(x);
        double[] out = new double[n];
        if (n == 0) {
            return out;
        }
        out[0] = half[0][0];
        for (int k = 1, j = 1; j < n; k++) {
            out[j++] = half[0][k];
            if (j < n) {
                out[j++] = half[1][k];
            }
        }
        return out;
    }

    /** {@code scipy.fftpack.irfft}: inverse of {@link #rfftPacked}, scaled by 1/N. */
    public static double[] irfftPacked(double[] packed) {
        int n = packed.length;
        if (n == 0) {
            return new double[0];
        }
        int h = n / 2 + 1;
        double[] re = new double[h];
        double[] im = new double[h];
        re[0] = packed[0];
        for (int k = 1, j = 1; j < n; k++) {
            re[k] = packed[j++];
            if (j < n) {
                im[k] = packed[j++];
            }
        }
        return irfft(re, im, n);
    }
}
