package org.fluorite.flow.nodes.signal.numerics;

/**
 * Digital low-pass Butterworth filter design as {@code scipy.signal.butter(N, Wn)}: analogue
 * prototype poles on the unit circle, frequency pre-warping, scaling to the cut-off and the
 * bilinear transform (sampling frequency 2, so Wn is a fraction of the Nyquist frequency), returned
 * as transfer-function coefficients.
 */
public final class Butterworth {

    /** Transfer-function coefficients, numerator b and denominator a (a[0] = 1). */
    public record Coefficients(double[] b, double[] a) {
    }

    private Butterworth() {
    }

    /**
     * @param order filter order N (1..64)
     * @param wn cut-off as a fraction of the Nyquist frequency, strictly between 0 and 1
     */
    public static Coefficients lowPass(int order, double wn) {
        if (order < 1 || order > 64) {
            throw new IllegalArgumentException("Butterworth order must be between 1 and 64, got " + order);
        }
        if (!(wn > 0 && wn < 1)) {
            throw new IllegalArgumentException("Butterworth cut-off Wn must be between 0 and 1 (fraction of the Nyquist "
                    + "frequency), got " + wn);
        }
        double fs = 2.0;
        double warped = 2 * fs * Math.tan(Math.PI * wn / fs);
        double[] pr = new double[order];
        double[] pi = new double[order];
        for (int k = 0; k < order; k++) {
            int m = -order + 1 + 2 * k;
            double angle = Math.PI * m / (2.0 * order);
            // p = -exp(i angle), scaled to the warped cut-off
            pr[k] = -Math.cos(angle) * warped;
            pi[k] = -Math.sin(angle) * warped;
        }
        double gain = Math.pow(warped, order);
        // bilinear transform: p -> (2fs + p)/(2fs - p); every analogue zero at infinity maps to -1
        double fs2 = 2 * fs;
        double[] zr = new double[order];
        double[] zi = new double[order];
        double[] dpr = new double[order];
        double[] dpi = new double[order];
        double denRe = 1;
        double denIm = 0;
        for (int k = 0; k < order; k++) {
            double nr = fs2 + pr[k];
            double ni = pi[k];
            double dr = fs2 - pr[k];
            double di = -pi[k];
            double mag = dr * dr + di * di;
            dpr[k] = (nr * dr + ni * di) / mag;
            dpi[k] = (ni * dr - nr * di) / mag;
            double r = denRe * dr - denIm * di;
            double i = denRe * di + denIm * dr;
            denRe = r;
            denIm = i;
            zr[k] = -1;
        }
        // k_z = k * real(1 / prod(fs2 - p))
        double kz = gain * (denRe / (denRe * denRe + denIm * denIm));
        double[] b = poly(zr, zi);
        for (int i = 0; i < b.length; i++) {
            b[i] *= kz;
        }
        double[] a = poly(dpr, dpi);
        return new Coefficients(b, a);
    }

    /** Real parts of the monic polynomial with the given complex roots, highest power first. */
    static double[] poly(double[] rootRe, double[] rootIm) {
        int n = rootRe.length;
        double[] cr = new double[n + 1];
        double[] ci = new double[n + 1];
        cr[0] = 1;
        for (int k = 0; k < n; k++) {
            for (int j = k + 1; j >= 1; j--) {
                double r = cr[j] - (rootRe[k] * cr[j - 1] - rootIm[k] * ci[j - 1]);
                double i = ci[j] - (rootRe[k] * ci[j - 1] + rootIm[k] * cr[j - 1]);
                cr[j] = r;
                ci[j] = i;
            }
        }
        return cr;
    }
}
