package org.fluorite.flim.ui;

import org.fluorite.core.settings.Setting;
import org.fluorite.flim.BleachCorrection;
import org.fluorite.flim.TvDenoise;

/** The settings the series commands of the workbench ask for. */
final class SeriesSettings {

    private SeriesSettings() {
    }

    /** Bleach correction. */
    record Bleach(@Setting(label = "Border width", unit = "px", min = 1, max = 10000, alias = "border_px",
            description = "Width of the image border whose pixels give the background") int borderPx) {

        static final Bleach DEFAULTS = new Bleach(BleachCorrection.DEFAULT_BORDER_PX);
    }

    /** Total-variation denoising (Chambolle). */
    record Denoise(
            @Setting(label = "Weight", min = 0, max = 1e6, alias = "weight",
                    description = "Larger weights smooth more, at the cost of fidelity to the image") double weight,
            @Setting(label = "Stopping tolerance", min = 0, max = 1, alias = "eps") double eps,
            @Setting(label = "Most iterations", min = 1, max = 100000, alias = "max_num_iter") int maxIter) {

        /** flimage denoises series with weight 2 (the command line's default too). */
        static final Denoise DEFAULTS = new Denoise(2, TvDenoise.DEFAULT_EPS, TvDenoise.DEFAULT_MAX_ITER);
    }
}
