package org.fluorite.smlm.fit;

/**
 * Localization uncertainty per localization by Mortensen et al. (Nat. Methods 7, 377, 2010),
 * equation 6 for least-squares fits of a Gaussian to pixelated data, multiplied by the EM excess
 * noise factor F²: {@code var = F² * (sa² / N) * (16/9 + 8 pi sa² b / (N a²))} with
 * {@code sa² = s² + a²/12}, where N is the photon count, b the background photons per pixel, s the
 * Gaussian width and a the pixel size. This is the formula ThunderSTORM reports as "uncertainty".
 */
public final class Uncertainty {

    private Uncertainty() {
    }

    /**
     * @param photons           integrated photoelectrons
     * @param background        background photoelectrons per pixel (values below 0 count as 0)
     * @param sigmaNm           Gaussian width in nm
     * @param pixelNm           pixel size in nm
     * @param excessNoiseFactor F² (2 with EM gain, 1 without)
     * @return lateral uncertainty in nm, NaN when photons are not positive
     */
    public static double mortensenNm(double photons, double background, double sigmaNm, double pixelNm, double excessNoiseFactor) {
        if (!(photons > 0)) {
            return Double.NaN;
        }
        double b = Math.max(0, background);
        double sa2 = sigmaNm * sigmaNm + pixelNm * pixelNm / 12;
        double var = excessNoiseFactor * sa2 / photons * (16.0 / 9 + 8 * Math.PI * sa2 * b / (photons * pixelNm * pixelNm));
        return Math.sqrt(var);
    }
}
