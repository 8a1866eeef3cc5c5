package org.fluorite.smlm.fit;

/**
 * A Gaussian spot integrated over the pixels of one axis, with the buffers it needs so that a fit
 * evaluates it without allocating.
 */
final class PixelProfile {

    private static final double SQRT2 = Math.sqrt(2);
    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

    private final double[] edgeG;
    private final double[] edgeE;

    /** For windows of at most {@code maxPixels} pixels along the axis. */
    PixelProfile(int maxPixels) {
        edgeG = new double[maxPixels + 1];
        edgeE = new double[maxPixels + 1];
    }

    /**
     * The pixel-integrated Gaussian profile along one axis: fraction of photons in each pixel and
     * its derivatives with respect to the centre and the width.
     */
    void along(double centre, double s, int n, double[] frac, double[] dCentre, double[] dSigma, int base) {
        double inv = 1 / (SQRT2 * s);
        for (int j = 0; j <= n; j++) {
            double t = (j - centre) * inv;
            double gauss = Math.exp(-t * t);
            edgeG[j] = gauss;
            edgeE[j] = Erf.erf(t, gauss);
        }
        double a = INV_SQRT_2PI / s;
        double a2 = a / s;
        for (int j = 0; j < n; j++) {
            frac[base + j] = 0.5 * (edgeE[j + 1] - edgeE[j]);
            dCentre[base + j] = -a * (edgeG[j + 1] - edgeG[j]);
            dSigma[base + j] = -a2 * ((j + 1 - centre) * edgeG[j + 1] - (j - centre) * edgeG[j]);
        }
    }
}
