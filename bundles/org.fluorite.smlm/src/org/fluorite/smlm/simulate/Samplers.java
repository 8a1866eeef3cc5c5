package org.fluorite.smlm.simulate;

import java.util.random.RandomGenerator;

/** Random numbers the simulator needs: Poisson and gamma variates (Java has neither). */
final class Samplers {

    private Samplers() {
    }

    /**
     * A Poisson variate of mean {@code lambda}: multiplication of uniforms below 10, Hörmann's
     * transformed rejection (PTRS, 1993) above.
     */
    static long poisson(RandomGenerator r, double lambda) {
        if (!(lambda > 0)) {
            return 0;
        }
        if (lambda < 10) {
            double limit = Math.exp(-lambda);
            double p = r.nextDouble();
            long k = 0;
            while (p > limit) {
                p *= r.nextDouble();
                k++;
            }
            return k;
        }
        double slam = Math.sqrt(lambda);
        double loglam = Math.log(lambda);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = r.nextDouble() - 0.5;
            double v = r.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + lambda + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <= -lambda + k * loglam - logFactorial(k)) {
                return k;
            }
        }
    }

    /** ln(k!) by Stirling's series (exact enough for k >= 10, table below). */
    static double logFactorial(long k) {
        if (k < 10) {
            double f = 1;
            for (int i = 2; i <= k; i++) {
                f *= i;
            }
            return Math.log(f);
        }
        double x = k + 1.0;
        return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x * x * x)
                + 1 / (1260 * Math.pow(x, 5));
    }

    /** A gamma variate of shape {@code shape} >= 1 and scale {@code scale} (Marsaglia and Tsang, 2000). */
    static double gamma(RandomGenerator r, double shape, double scale) {
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = r.nextGaussian();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = r.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v * scale;
            }
        }
    }
}
