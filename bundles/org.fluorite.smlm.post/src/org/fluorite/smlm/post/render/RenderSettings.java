package org.fluorite.smlm.post.render;

import org.fluorite.core.settings.Setting;

/**
 * How a localization table is rendered.
 *
 * @param pixelNm       size of a rendered pixel, nm
 * @param mode          histogram or Gaussian
 * @param minSigmaNm    smallest Gaussian width, nm; also the width used where a localization has
 *                      no (finite, positive) uncertainty
 * @param maxPixels     refuse images larger than this many pixels (choose a larger pixel instead)
 */
public record RenderSettings(
        @Setting(label = "Pixel size", unit = "nm", min = 0.01, max = 1e6, alias = "pixel size (PYME render)") double pixelNm,
        @Setting(label = "Method") RenderMode mode,
        @Setting(label = "Smallest Gaussian width", unit = "nm", min = 0, max = 1e5,
                description = "Localizations more precise than this are drawn this wide") double minSigmaNm,
        @Setting(label = "Largest image", unit = "pixels", min = 1, max = 1 << 30) long maxPixels) {

    /** 10 nm pixels, Gaussian, at least 5 nm wide, at most 2^28 pixels (1 GiB of float32). */
    public static final RenderSettings DEFAULTS = new RenderSettings(10, RenderMode.GAUSSIAN, 5, 1L << 28);

    public RenderSettings {
        if (!(pixelNm > 0) || Double.isInfinite(pixelNm)) {
            throw new IllegalArgumentException("The render pixel size must be a positive number of nm, was " + pixelNm);
        }
        if (mode == null) {
            mode = RenderMode.GAUSSIAN;
        }
        if (!(minSigmaNm >= 0) || Double.isInfinite(minSigmaNm)) {
            throw new IllegalArgumentException("The smallest Gaussian width must be 0 nm or more, was " + minSigmaNm);
        }
        if (maxPixels < 1) {
            throw new IllegalArgumentException("The largest image must have at least one pixel");
        }
    }

    public static RenderSettings histogram(double pixelNm) {
        return new RenderSettings(pixelNm, RenderMode.HISTOGRAM, DEFAULTS.minSigmaNm, DEFAULTS.maxPixels);
    }

    public static RenderSettings gaussian(double pixelNm, double minSigmaNm) {
        return new RenderSettings(pixelNm, RenderMode.GAUSSIAN, minSigmaNm, DEFAULTS.maxPixels);
    }
}
