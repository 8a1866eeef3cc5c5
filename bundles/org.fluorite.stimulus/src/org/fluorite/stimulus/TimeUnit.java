package org.fluorite.stimulus;

import java.util.Locale;

/** The unit of the start and end of stimulus periods. */
public enum TimeUnit {
    /** Frame indices of the movie, 0-based; a period covers frames start (inclusive) to end (exclusive). */
    FRAMES("frames"),
    /** Seconds from the first frame; frame t begins at t / fps. */
    SECONDS("seconds");

    private final String label;

    TimeUnit(String label) {
        this.label = label;
    }

    /** The word written to files: "frames" or "seconds". */
    public String label() {
        return label;
    }

    /**
     * Parses a unit word: "frames", "frame", "seconds", "second", "s" or "sec", any case.
     *
     * @throws IllegalArgumentException naming the word and the accepted ones
     */
    public static TimeUnit parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "frames", "frame" -> FRAMES;
            case "seconds", "second", "s", "sec" -> SECONDS;
            default -> throw new IllegalArgumentException("unknown time unit '" + text + "' (use frames or seconds)");
        };
    }
}
