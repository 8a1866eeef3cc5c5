package org.fluorite.smlm.post.drift;

import org.fluorite.core.settings.Setting;

/**
 * Drift estimation by cross-correlating renderings of time windows.
 *
 * @param segments   number of time windows the frames are split into (equal frame ranges)
 * @param pixelNm    pixel size of the coarse renderings that are correlated, nm (raised
 *                   automatically when the field would need more than 1024 pixels a side)
 * @param blurNm     Gaussian blur of the renderings, nm (about the localization precision, or
 *                   more for sparse data)
 * @param maxDriftNm largest drift between two windows that is searched for, nm
 * @param pairSpan   correlate each window only with the next {@code pairSpan} windows (0 = with
 *                   every other window): the cost then grows linearly with the window count
 */
public record CrossCorrelationSettings(
        @Setting(label = "Time windows", min = 2, max = 200, alias = "step (PYME correlation drift)",
                description = "The frames are split into this many windows, each rendered and correlated with the others")
        int segments,
        @Setting(label = "Correlation pixel size", unit = "nm", min = 1, max = 10000) double pixelNm,
        @Setting(label = "Blur", unit = "nm", min = 0, max = 10000) double blurNm,
        @Setting(label = "Largest drift", unit = "nm", min = 1, max = 100000) double maxDriftNm,
        @Setting(label = "Pairs per window", min = 0, max = 200,
                description = "Correlate each window with this many following windows; 0 = with all") int pairSpan) {

    public static final CrossCorrelationSettings DEFAULTS = new CrossCorrelationSettings(10, 20, 20, 1000, 0);

    /** Every pair of windows correlated. */
    public CrossCorrelationSettings(int segments, double pixelNm, double blurNm, double maxDriftNm) {
        this(segments, pixelNm, blurNm, maxDriftNm, 0);
    }

    public CrossCorrelationSettings {
        if (segments < 2 || segments > 200) {
            throw new IllegalArgumentException("Drift correlation needs 2 to 200 time windows, got " + segments);
        }
        if (!(pixelNm > 0) || !(blurNm >= 0) || !(maxDriftNm > 0) || Double.isInfinite(pixelNm) || Double.isInfinite(blurNm)
                || Double.isInfinite(maxDriftNm)) {
            throw new IllegalArgumentException("Correlation pixel, blur and largest drift must be finite positive nm");
        }
        if (pairSpan < 0) {
            throw new IllegalArgumentException("Pairs per window must be 0 (all) or more, got " + pairSpan);
        }
    }
}
