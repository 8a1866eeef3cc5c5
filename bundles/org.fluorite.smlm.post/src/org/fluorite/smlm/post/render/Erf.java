package org.fluorite.smlm.post.render;

/** The error function to 1.5e-7 absolute (Abramowitz and Stegun 7.1.26), enough for pixel integrals. */
final class Erf {

    private Erf() {
    }

    static double erf(double x) {
        double t = 1.0 / (1.0 + 0.3275911 * Math.abs(x));
        double y = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t
                * Math.exp(-x * x);
        return x >= 0 ? y : -y;
    }
}
