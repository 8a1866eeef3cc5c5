package org.fluorite.smlm.post;

import org.fluorite.core.settings.Setting;
import org.fluorite.smlm.post.render.RenderMode;

/**
 * The usual chain from a localization table to a picture, in one settings record for the
 * workbench's Render Localizations dialog and the Localize part: filter, drift correction, merging
 * of repeated localizations, rendering. Each step's own settings record has the full set; this
 * holds the choices a user makes most.
 *
 * @param minPhotons       filter: smallest intensity kept, photons (0 = no limit)
 * @param maxUncertaintyNm filter: largest localization precision kept, nm (0 = no limit)
 * @param drift            drift correction method
 * @param driftWindows     cross-correlation: number of time windows
 * @param mergeRadiusNm    merge localizations of one blink closer than this in consecutive frames, nm (0 = do not merge)
 * @param mergeGapFrames   merge: dark frames allowed inside one blink
 * @param pixelNm          rendered pixel size, nm
 * @param mode             histogram or Gaussians of each localization's precision
 */
public record PostProcessingSettings(
        @Setting(label = "Minimum photons", unit = "photon", min = 0, description = "0 keeps all") double minPhotons,
        @Setting(label = "Maximum uncertainty", unit = "nm", min = 0, description = "0 keeps all") double maxUncertaintyNm,
        @Setting(label = "Drift correction", description = "From fiducials, or by cross-correlating time windows")
        DriftMethod drift,
        @Setting(label = "Drift time windows", min = 2, max = 200) int driftWindows,
        @Setting(label = "Merge radius", unit = "nm", min = 0, max = 1e5, description = "0 = do not merge repeated localizations")
        double mergeRadiusNm,
        @Setting(label = "Merge gap", unit = "frames", min = 0, max = 1000) int mergeGapFrames,
        @Setting(label = "Render pixel size", unit = "nm", min = 0.1, max = 1e5) double pixelNm,
        @Setting(label = "Render method") RenderMode mode) {

    /** No filter, no drift correction, no merging; Gaussians at 10 nm. */
    public static final PostProcessingSettings DEFAULTS = new PostProcessingSettings(0, 0, DriftMethod.NONE, 10, 0, 1, 10,
            RenderMode.GAUSSIAN);

    public PostProcessingSettings {
        drift = drift == null ? DriftMethod.NONE : drift;
        mode = mode == null ? RenderMode.GAUSSIAN : mode;
    }
}
