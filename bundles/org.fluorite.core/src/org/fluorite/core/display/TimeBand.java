package org.fluorite.core.display;

/**
 * A coloured interval on a movie's time line, e.g. one stimulus presentation: drawn as a band on
 * the viewer's time slider and under trace plots.
 *
 * @param startFrame first frame (0-based, inclusive, may be fractional)
 * @param endFrame   last frame (exclusive)
 * @param rgb        colour 0xRRGGBB
 * @param label      text shown on hover, e.g. "stimulus: odour A"
 */
public record TimeBand(double startFrame, double endFrame, int rgb, String label) {

    public TimeBand {
        if (!(endFrame >= startFrame)) {
            throw new IllegalArgumentException("A time band must end after it starts (" + startFrame + " to " + endFrame + ")");
        }
        label = label == null ? "" : label;
    }
}
