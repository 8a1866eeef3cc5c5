package org.fluorite.plot;

import java.util.List;
import java.util.Locale;

/**
 * A colormap as a 256-entry lookup table of sRGB colours sampled from matplotlib's published maps
 * (see scripts/make_colormaps.py), plus a categorical palette for legends.
 */
public final class Colormap {

    /** Names of the available maps, in menu order. */
    public static final List<String> NAMES = List.of("viridis", "magma", "inferno", "plasma", "cividis", "gray");

    /** Ten distinct colours (0xRRGGBB) for categories, in order (matplotlib's "tab10"). */
    private static final int[] CATEGORICAL = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2,
            0x7f7f7f, 0xbcbd22, 0x17becf};

    private final String name;
    private final int[] table;

    private Colormap(String name, String hex) {
        this.name = name;
        table = new int[256];
        for (int i = 0; i < 256; i++) {
            table[i] = Integer.parseInt(hex.substring(6 * i, 6 * i + 6), 16);
        }
    }

    /**
     * The map called {@code name} (case-insensitive).
     *
     * @throws IllegalArgumentException listing the known names when there is no such map
     */
    public static Colormap byName(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return switch (n) {
            case "viridis" -> new Colormap(n, ColormapTables.VIRIDIS);
            case "magma" -> new Colormap(n, ColormapTables.MAGMA);
            case "inferno" -> new Colormap(n, ColormapTables.INFERNO);
            case "plasma" -> new Colormap(n, ColormapTables.PLASMA);
            case "cividis" -> new Colormap(n, ColormapTables.CIVIDIS);
            case "gray", "grey" -> new Colormap("gray", ColormapTables.GRAY);
            default -> throw new IllegalArgumentException("Unknown colormap '" + name + "' (known: " + NAMES + ")");
        };
    }

    public String name() {
        return name;
    }

    /** Colour 0xRRGGBB of table entry {@code index} (0..255). */
    public int entry(int index) {
        return table[index];
    }

    /**
     * Colour 0xRRGGBB of {@code value} scaled between {@code min} and {@code max} (clamped; NaN gives
     * mid-grey 0x808080, as missing data).
     */
    public int rgb(double value, double min, double max) {
        if (Double.isNaN(value)) {
            return 0x808080;
        }
        double f = max > min ? (value - min) / (max - min) : 0.5;
        int i = (int) Math.floor(f * 256);
        return table[Math.max(0, Math.min(255, i))];
    }

    /** Colour 0xRRGGBB of category number {@code index} (cycles after ten). */
    public static int categorical(int index) {
        return CATEGORICAL[Math.floorMod(index, CATEGORICAL.length)];
    }

    /** "#rrggbb" of a 0xRRGGBB colour. */
    public static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xffffff);
    }
}
