package org.fluorite.smlm.fit;

/**
 * One fitted emitter of the LatGaussFitFR model: a 2-D Gaussian integrated over each pixel on a
 * sloped background, {@code mu(x,y) = photons * Ex(x) * Ey(y) + background + gradX * (x - cx) +
 * gradY * (y - cy)}, where {@code (cx, cy)} is the centre of the fit window. Positions are in
 * pixels of the image, measured from its top-left corner: the first pixel spans 0 to 1, so a spot
 * centred on it has x = 0.5. Photons and background are in photoelectrons (background per pixel,
 * gradients per pixel per pixel); errors are standard deviations from the Fisher information at
 * the fit.
 *
 * @param photons         integrated intensity (photoelectrons)
 * @param x               centre in pixels from the image's left edge
 * @param y               centre in pixels from the image's top edge
 * @param sigma           Gaussian standard deviation in pixels
 * @param background      background per pixel at the window centre (photoelectrons)
 * @param gradX           background slope along x (photoelectrons per pixel per pixel)
 * @param gradY           background slope along y
 * @param photonsError    standard error of photons
 * @param xError          standard error of x (pixels)
 * @param yError          standard error of y (pixels)
 * @param sigmaError      standard error of sigma (pixels)
 * @param backgroundError standard error of background
 * @param chi2            normalised chi-square: sum of squared residuals over the model variance, divided by
 *                        the degrees of freedom (about 1 for a good fit)
 * @param code            result code
 * @param iterations      iterations used
 * @param emitters        number of emitters fitted together in this window (1, or 2 for overlapping spots)
 */
public record GaussianFit(double photons, double x, double y, double sigma, double background, double gradX, double gradY,
        double photonsError, double xError, double yError, double sigmaError, double backgroundError, double chi2,
        ResultCode code, int iterations, int emitters) {

    /** Peak height of the Gaussian in photoelectrons per pixel, PYME's amplitude A: {@code photons / (2 pi sigma^2)}. */
    public double amplitude() {
        return photons / (2 * Math.PI * sigma * sigma);
    }

    public boolean isOk() {
        return code == ResultCode.OK;
    }
}
