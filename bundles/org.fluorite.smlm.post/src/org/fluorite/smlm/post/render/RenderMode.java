package org.fluorite.smlm.post.render;

/** How localizations become pixels. */
public enum RenderMode {
    /** Each localization adds 1 to the pixel it falls in. */
    HISTOGRAM,
    /**
     * Each localization adds a normalised 2-D Gaussian whose standard deviation is its own
     * uncertainty (at least the settings' minimum), integrated exactly over each pixel.
     */
    GAUSSIAN
}
