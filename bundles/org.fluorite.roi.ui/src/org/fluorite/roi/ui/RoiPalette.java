package org.fluorite.roi.ui;

/**
 * Distinct colours for ROIs without a colour of their own, so neighbouring entries of the list and
 * their outlines on the movie are told apart at a glance.
 */
public final class RoiPalette {

    private static final int[] COLOURS = {0xFF4040, 0x40A0FF, 0x40E040, 0xFFC000, 0xE040E0, 0x00E0E0, 0xFF8040,
        0xA070FF, 0xC0FF40, 0xFF70A0};

    private RoiPalette() {
    }

    /** The colour (0xRRGGBB) for list position {@code index}; repeats after {@link #size()} entries. */
    public static int colour(int index) {
        return COLOURS[Math.floorMod(index, COLOURS.length)];
    }

    public static int size() {
        return COLOURS.length;
    }
}
