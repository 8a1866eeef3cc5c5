package org.fluorite.smlm.post.merge;

import org.fluorite.core.settings.Setting;

/**
 * How repeated localizations of one blink are merged ("clumping" in PYME's words).
 *
 * @param radiusNm  largest distance between localizations of one event, nm
 * @param gapFrames dark frames allowed inside one event (0 = consecutive frames only)
 */
public record MergeSettings(
        @Setting(label = "Link radius", unit = "nm", min = 0.001, max = 1e6, alias = "clumpRadius",
                description = "Localizations closer than this in neighbouring frames belong to one event") double radiusNm,
        @Setting(label = "Allowed gap", unit = "frames", min = 0, max = 1000, alias = "ClumpGapTolerance",
                description = "Dark frames an event may have and still be one event") int gapFrames) {

    public static final MergeSettings DEFAULTS = new MergeSettings(30, 1);

    public MergeSettings {
        if (!(radiusNm > 0) || Double.isInfinite(radiusNm) || gapFrames < 0) {
            throw new IllegalArgumentException("Merging needs a positive finite radius and a gap of at least 0 frames");
        }
    }
}
