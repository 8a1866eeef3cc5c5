package org.fluorite.kymo;

import java.util.Locale;

/** A colour channel of a kymograph as pylake names it: red, green, blue, or all three (rgb). */
public enum KymoChannel {
    RED, GREEN, BLUE, RGB;

    /** Index of a single colour in red, green, blue order; -1 for RGB. */
    public int index() {
        return this == RGB ? -1 : ordinal();
    }

    /** "red", "green", "blue" or "rgb". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "red", "green", "blue", "rgb" (or "r", "g", "b"), ignoring case. */
    public static KymoChannel parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "red", "r" -> RED;
            case "green", "g" -> GREEN;
            case "blue", "b" -> BLUE;
            case "rgb" -> RGB;
            default -> throw new IllegalArgumentException("Unknown channel '" + text + "': use red, green, blue or rgb");
        };
    }
}
