package org.fluorite.smlm.post.drift;

import org.fluorite.core.settings.Setting;

/**
 * Drift from fiducial markers (beads that are localized in nearly every frame).
 *
 * @param linkRadiusNm    largest movement of a fiducial between the frames it is seen in, nm
 * @param gapFrames       frames a fiducial may be missed in and still be followed
 * @param minFraction     a track is a fiducial when it is seen in at least this fraction of the frames
 * @param smoothingFrames the averaged track is smoothed with a moving mean over this many frames (1 = none)
 */
public record FiducialSettings(
        @Setting(label = "Link radius", unit = "nm", min = 1, max = 1e5) double linkRadiusNm,
        @Setting(label = "Allowed gap", unit = "frames", min = 0, max = 10000) int gapFrames,
        @Setting(label = "Seen in at least", min = 0.01, max = 1, description = "Fraction of the frames") double minFraction,
        @Setting(label = "Smoothing", unit = "frames", min = 1, max = 100000) int smoothingFrames) {

    public static final FiducialSettings DEFAULTS = new FiducialSettings(200, 10, 0.8, 1);

    public FiducialSettings {
        if (!(linkRadiusNm > 0) || Double.isInfinite(linkRadiusNm) || gapFrames < 0 || !(minFraction > 0 && minFraction <= 1)
                || smoothingFrames < 1) {
            throw new IllegalArgumentException("Fiducial drift needs a positive radius, a gap of 0 or more frames, a fraction"
                    + " in (0, 1] and smoothing of at least 1 frame");
        }
    }
}
