package org.fluorite.smlm.fit;

/**
 * The error function by the rational approximation 7.1.26 of Abramowitz and Stegun (absolute
 * error below 1.5e-7), reusing {@code exp(-x²)} that the Gaussian model computes anyway.
 */
public final class Erf {

    private static final double P = 0.3275911;
    private static final double A1 = 0.254829592;
    private static final double A2 = -0.284496736;
    private static final double A3 = 1.421413741;
    private static final double A4 = -1.453152027;
    private static final double A5 = 1.061405429;

    private Erf() {
    }

    /** erf(x) given {@code gauss = exp(-x*x)}. */
    public static double erf(double x, double gauss) {
        double ax = Math.abs(x);
        double t = 1 / (1 + P * ax);
        double y = 1 - ((((A5 * t + A4) * t + A3) * t + A2) * t + A1) * t * gauss;
        return x < 0 ? -y : y;
    }

    /** erf(x). */
    public static double erf(double x) {
        return erf(x, Math.exp(-x * x));
    }
}
