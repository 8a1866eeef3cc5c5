package org.fluorite.core.display;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A colour map of 256 entries, each a packed {@code 0xRRGGBB} colour, that the
 * {@link Renderer} applies to display-scaled pixel values (0 = the contrast minimum, 255 = the
 * contrast maximum). Immutable.
 *
 * <p>The built-in tables are single-colour ramps from black (grey, red, green, blue, cyan,
 * magenta, yellow), a "hot" black-red-yellow-white ramp, and two perceptual maps ("inferno" and
 * "viridis") interpolated between a few anchor colours.
 */
public final class LookupTable {

    /** Number of entries in every table. */
    public static final int SIZE = 256;

    public static final LookupTable GREY = ramp("grey", 0xFFFFFF);
    public static final LookupTable RED = ramp("red", 0xFF0000);
    public static final LookupTable GREEN = ramp("green", 0x00FF00);
    public static final LookupTable BLUE = ramp("blue", 0x0000FF);
    public static final LookupTable CYAN = ramp("cyan", 0x00FFFF);
    public static final LookupTable MAGENTA = ramp("magenta", 0xFF00FF);
    public static final LookupTable YELLOW = ramp("yellow", 0xFFFF00);
    public static final LookupTable HOT = anchors("hot", new double[] {0, 1 / 3.0, 2 / 3.0, 1},
            new int[] {0x000000, 0xFF0000, 0xFFFF00, 0xFFFFFF});
    public static final LookupTable INFERNO = anchors("inferno", new double[] {0, 0.15, 0.35, 0.55, 0.75, 0.9, 1},
            new int[] {0x000004, 0x210C4A, 0x6A176E, 0xB53679, 0xF1711F, 0xF9B91A, 0xFCFFA4});
    public static final LookupTable VIRIDIS = anchors("viridis", new double[] {0, 0.2, 0.4, 0.6, 0.8, 1},
            new int[] {0x440154, 0x414487, 0x2A788E, 0x22A884, 0x7AD151, 0xFDE725});

    private static final Map<String, LookupTable> BY_NAME;

    static {
        Map<String, LookupTable> m = new LinkedHashMap<>();
        for (LookupTable t : List.of(GREY, RED, GREEN, BLUE, CYAN, MAGENTA, YELLOW, HOT, INFERNO, VIRIDIS)) {
            m.put(t.name, t);
        }
        BY_NAME = Collections.unmodifiableMap(m);
    }

    private final String name;
    private final int[] rgb;

    /**
     * A table from explicit colours.
     *
     * @param rgb exactly {@link #SIZE} packed {@code 0xRRGGBB} colours (higher bits are dropped)
     */
    public LookupTable(String name, int[] rgb) {
        this.name = Objects.requireNonNull(name, "name");
        if (rgb.length != SIZE) {
            throw new IllegalArgumentException("A lookup table needs " + SIZE + " colours, got " + rgb.length);
        }
        this.rgb = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            this.rgb[i] = rgb[i] & 0xFFFFFF;
        }
    }

    /** A linear ramp from black to {@code colour} (packed {@code 0xRRGGBB}). */
    public static LookupTable ramp(String name, int colour) {
        return anchors(name, new double[] {0, 1}, new int[] {0, colour});
    }

    /**
     * A table interpolated linearly, per colour component, between anchor colours.
     *
     * @param at      anchor positions from 0 to 1, increasing, first 0 and last 1
     * @param colours packed colour at each anchor
     */
    public static LookupTable anchors(String name, double[] at, int[] colours) {
        if (at.length != colours.length || at.length < 2 || at[0] != 0 || at[at.length - 1] != 1) {
            throw new IllegalArgumentException("Anchors must run from 0 to 1 with one colour each");
        }
        int[] table = new int[SIZE];
        int k = 0;
        for (int i = 0; i < SIZE; i++) {
            double p = i / (double) (SIZE - 1);
            while (k < at.length - 2 && p > at[k + 1]) {
                k++;
            }
            double f = (p - at[k]) / (at[k + 1] - at[k]);
            table[i] = mix(colours[k], colours[k + 1], Math.max(0, Math.min(1, f)));
        }
        return new LookupTable(name, table);
    }

    private static int mix(int a, int b, double f) {
        int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - f) + ((b >> 16) & 0xFF) * f);
        int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - f) + ((b >> 8) & 0xFF) * f);
        int bl = (int) Math.round((a & 0xFF) * (1 - f) + (b & 0xFF) * f);
        return (r << 16) | (g << 8) | bl;
    }

    /** Names of the built-in tables, in menu order. */
    public static List<String> names() {
        return new ArrayList<>(BY_NAME.keySet());
    }

    /** The built-in tables, in menu order. */
    public static List<LookupTable> builtIn() {
        return new ArrayList<>(BY_NAME.values());
    }

    /**
     * The built-in table called {@code name} (case-insensitive; "gray" is accepted for grey).
     *
     * @throws IllegalArgumentException listing the known names when there is none
     */
    public static LookupTable byName(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        if (key.equals("gray")) {
            key = "grey";
        }
        LookupTable t = BY_NAME.get(key);
        if (t == null) {
            throw new IllegalArgumentException("Unknown lookup table '" + name + "': use one of " + String.join(", ", names()));
        }
        return t;
    }

    public String name() {
        return name;
    }

    /** Colour of entry {@code index} (0..255) as {@code 0xRRGGBB}. */
    public int rgb(int index) {
        return rgb[index];
    }

    /** All entries (a copy). */
    public int[] toArray() {
        return rgb.clone();
    }

    /** The shared backing array, for the renderer's inner loops only: never modify it. */
    int[] table() {
        return rgb;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LookupTable t && t.name.equals(name) && java.util.Arrays.equals(t.rgb, rgb);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + java.util.Arrays.hashCode(rgb);
    }

    @Override
    public String toString() {
        return "LookupTable[" + name + "]";
    }
}
