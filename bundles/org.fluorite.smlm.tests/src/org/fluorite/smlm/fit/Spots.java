package org.fluorite.smlm.fit;

import java.util.SplittableRandom;

import org.fluorite.smlm.fit.Erf;

/** Single spots for fitter tests: expected photoelectrons of a pixel-integrated Gaussian and noisy draws. */
final class Spots {

    private Spots() {
    }

    /** Expected photoelectrons of a w x w window with a spot of n photons at (x, y) (window pixels) on background b. */
    static float[] expected(int w, double n, double x, double y, double sigma, double b) {
        float[] out = new float[w * w];
        double inv = 1 / (Math.sqrt(2) * sigma);
        for (int r = 0; r < w; r++) {
            double fy = 0.5 * (Erf.erf((r + 1 - y) * inv) - Erf.erf((r - y) * inv));
            for (int c = 0; c < w; c++) {
                double fx = 0.5 * (Erf.erf((c + 1 - x) * inv) - Erf.erf((c - x) * inv));
                out[r * w + c] = (float) (b + n * fx * fy);
            }
        }
        return out;
    }

    /** Poisson draw of every pixel (normal approximation is not used: exact inversion / PTRS-free product method). */
    static float[] poisson(float[] mu, SplittableRandom r) {
        float[] out = new float[mu.length];
        for (int i = 0; i < mu.length; i++) {
            out[i] = poisson(mu[i], r);
        }
        return out;
    }

    static long poisson(double lambda, SplittableRandom r) {
        // sum of unit-rate exponentials: exact, fast enough for the means used in tests
        long k = 0;
        double t = 0;
        while (true) {
            t += -Math.log(1 - r.nextDouble());
            if (t > lambda) {
                return k;
            }
            k++;
        }
    }
}
