package org.fluorite.smlm.fit;

/**
 * Cramér-Rao lower bounds for fitting one pixel-integrated Gaussian spot with the model the
 * {@link GaussianFitter} uses (photons, x, y, sigma, background and its two gradients), under the
 * camera's noise model: the best precision any unbiased estimator can reach on such data.
 */
public final class Crlb {

    private Crlb() {
    }

    /**
     * Bounds as standard deviations, in the order photons (photoelectrons), x (px), y (px), sigma
     * (px), background (photoelectrons per pixel).
     *
     * @param photons           integrated photoelectrons of the spot
     * @param background        background photoelectrons per pixel
     * @param sigma             Gaussian width in pixels
     * @param window            side of the square fit window in pixels (the spot at its centre)
     * @param excessNoiseFactor F² (2 with EM gain)
     * @param readVariance      read-noise variance in photoelectrons² per pixel
     */
    public static double[] bounds(double photons, double background, double sigma, int window, double excessNoiseFactor,
            double readVariance) {
        GaussianFitter f = new GaussianFitter(FitMethod.MLE, excessNoiseFactor, 1);
        return f.bounds(window, window, readVariance, photons, window / 2.0, window / 2.0, sigma, background);
    }

    /** The bound on x (= y) in pixels for a spot centred in its window. */
    public static double lateralPx(double photons, double background, double sigma, int window, double excessNoiseFactor,
            double readVariance) {
        return bounds(photons, background, sigma, window, excessNoiseFactor, readVariance)[1];
    }
}
