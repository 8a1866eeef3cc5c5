package org.fluorite.stimulus.internal;

/** Colours given to stimulus periods that come without one: ten well-separated hues, by order of first appearance. */
public final class Palette {

    private static final int[] COLOURS = {0x1F77B4, 0xFF7F0E, 0x2CA02C, 0xD62728, 0x9467BD, 0x8C564B, 0xE377C2, 0x7F7F7F,
        0xBCBD22, 0x17BECF};

    private Palette() {
    }

    /** Colour number {@code index} (0-based), repeating after ten. */
    public static int colour(int index) {
        return COLOURS[Math.floorMod(index, COLOURS.length)];
    }
}
