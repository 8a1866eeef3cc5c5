package org.fluorite.smlm.post.filter;

import org.fluorite.core.settings.Setting;

/**
 * Ranges a localization must fall in to be kept. A bound that is infinite (the default) does not
 * filter; a finite bound on a column the table lacks is refused with the column's name, never
 * silently ignored. Localizations with NaN in a filtered column are dropped.
 *
 * @param minPhotons      smallest integrated intensity, photons
 * @param maxPhotons      largest integrated intensity, photons
 * @param minSigmaNm      smallest PSF width, nm
 * @param maxSigmaNm      largest PSF width, nm
 * @param maxUncertaintyNm largest localization precision, nm
 * @param maxChiSquare    largest normalised chi-square of the fit (column {@code chi2}, or
 *                        {@code chisq}, {@code chi_square}, {@code chi2_norm})
 */
public record FilterSettings(
        @Setting(label = "Minimum photons", unit = "photon", min = 0, alias = "A (PYME), photons (Picasso)") double minPhotons,
        @Setting(label = "Maximum photons", unit = "photon", min = 0) double maxPhotons,
        @Setting(label = "Minimum sigma", unit = "nm", min = 0, alias = "sig") double minSigmaNm,
        @Setting(label = "Maximum sigma", unit = "nm", min = 0, alias = "sig") double maxSigmaNm,
        @Setting(label = "Maximum uncertainty", unit = "nm", min = 0, alias = "error_x") double maxUncertaintyNm,
        @Setting(label = "Maximum chi-square", min = 0, description = "Normalised chi-square of the fit") double maxChiSquare) {

    /** Keeps everything. */
    public static final FilterSettings NONE = new FilterSettings(0, Double.POSITIVE_INFINITY, 0, Double.POSITIVE_INFINITY,
            Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);

    public FilterSettings {
        check(minPhotons, maxPhotons, "photons");
        check(minSigmaNm, maxSigmaNm, "sigma");
        if (Double.isNaN(maxUncertaintyNm) || Double.isNaN(maxChiSquare)) {
            throw new IllegalArgumentException("Filter limits must be numbers");
        }
    }

    private static void check(double min, double max, String what) {
        if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
            throw new IllegalArgumentException("The " + what + " range " + min + " to " + max + " is empty");
        }
    }

    public FilterSettings withPhotons(double min, double max) {
        return new FilterSettings(min, max, minSigmaNm, maxSigmaNm, maxUncertaintyNm, maxChiSquare);
    }

    public FilterSettings withSigma(double minNm, double maxNm) {
        return new FilterSettings(minPhotons, maxPhotons, minNm, maxNm, maxUncertaintyNm, maxChiSquare);
    }

    public FilterSettings withMaxUncertainty(double nm) {
        return new FilterSettings(minPhotons, maxPhotons, minSigmaNm, maxSigmaNm, nm, maxChiSquare);
    }

    public FilterSettings withMaxChiSquare(double value) {
        return new FilterSettings(minPhotons, maxPhotons, minSigmaNm, maxSigmaNm, maxUncertaintyNm, value);
    }
}
