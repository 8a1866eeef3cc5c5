package org.fluorite.stimulus;

import java.util.Locale;

/**
 * One presentation of a stimulus (or one behavioural period): a name such as "odour A", a start
 * and an end in the unit of its {@link StimulusType}, and a colour for drawing it.
 *
 * @param name  what was presented, not blank
 * @param start start, frames or seconds (at least 0)
 * @param end   end, same unit, after {@code start}; for frames the end frame itself is not included
 * @param rgb   colour 0xRRGGBB
 */
public record StimulusPeriod(String name, double start, double end, int rgb) {

    public StimulusPeriod {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A stimulus period needs a name");
        }
        name = name.strip();
        if (!Double.isFinite(start) || !Double.isFinite(end)) {
            throw new IllegalArgumentException("Stimulus '" + name + "' needs finite start and end (" + start + ", " + end + ")");
        }
        if (start < 0) {
            throw new IllegalArgumentException("Stimulus '" + name + "' starts before the recording (" + start + ")");
        }
        if (!(end > start)) {
            throw new IllegalArgumentException("Stimulus '" + name + "' must end after it starts (" + start + " to " + end + ")");
        }
        if (rgb < 0 || rgb > 0xFFFFFF) {
            throw new IllegalArgumentException("Stimulus '" + name + "' has a colour outside 0x000000..0xFFFFFF: " + rgb);
        }
    }

    /** Length, in the period's unit. */
    public double duration() {
        return end - start;
    }

    /** True when the two periods share some time (touching ends do not overlap). */
    public boolean overlaps(StimulusPeriod other) {
        return start < other.end && other.start < end;
    }

    /** The colour as "#RRGGBB". */
    public String colourHex() {
        return hex(rgb);
    }

    /** 0xRRGGBB as "#RRGGBB". */
    public static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06X", rgb & 0xFFFFFF);
    }

    /**
     * Parses "#RRGGBB" (the # may be left out; any case).
     *
     * @throws IllegalArgumentException for anything else
     */
    public static int parseColour(String text) {
        String t = text == null ? "" : text.strip();
        if (t.startsWith("#")) {
            t = t.substring(1);
        }
        if (!t.matches("[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("'" + text + "' is not a colour #RRGGBB");
        }
        return Integer.parseInt(t, 16);
    }
}
