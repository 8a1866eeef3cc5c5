package org.fluorite.smlm.detect;

import java.util.Objects;

/**
 * Which frames make the background of frame {@code t}, in PYME's Python slice notation relative to
 * the frame: {@code "-30:0"} is the 30 frames before it ({@code t-30} to {@code t-1}),
 * {@code "-10:10:2"} every second frame from 10 before to 9 after. Indices outside the stack are
 * dropped. The empty string means no background frames.
 */
public record BackgroundRange(int start, int stop, int step) {

    /** No background frames. */
    public static final BackgroundRange NONE = new BackgroundRange(0, 0, 1);

    public BackgroundRange {
        if (step < 1) {
            throw new IllegalArgumentException("The background range step must be at least 1, got " + step);
        }
        if (Math.abs((long) stop - start) > 100_000) {
            throw new IllegalArgumentException("The background range " + start + ":" + stop + " is longer than 100000 frames");
        }
    }

    /** Parses "start:stop" or "start:stop:step" (a missing start or stop is 0); "" gives {@link #NONE}. */
    public static BackgroundRange parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.trim();
        if (t.isEmpty()) {
            return NONE;
        }
        String[] parts = t.split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("Background range '" + text + "' must read start:stop or start:stop:step, e.g. -30:0");
        }
        try {
            int a = parts[0].isBlank() ? 0 : Integer.parseInt(parts[0].trim());
            int b = parts[1].isBlank() ? 0 : Integer.parseInt(parts[1].trim());
            int s = parts.length == 3 && !parts[2].isBlank() ? Integer.parseInt(parts[2].trim()) : 1;
            return new BackgroundRange(a, b, s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Background range '" + text + "' must hold whole numbers, e.g. -30:0");
        }
    }

    public boolean isNone() {
        return stop <= start;
    }

    /** The background frames of frame {@code t} in a stack of {@code frames} frames (0-based indices). */
    public int[] framesFor(long t, long frames) {
        if (isNone()) {
            return new int[0];
        }
        int n = 0;
        int[] tmp = new int[(stop - start + step - 1) / step];
        for (long i = t + start; i < t + stop; i += step) {
            if (i >= 0 && i < frames) {
                tmp[n++] = (int) i;
            }
        }
        return java.util.Arrays.copyOf(tmp, n);
    }

    @Override
    public String toString() {
        return isNone() ? "" : start + ":" + stop + (step == 1 ? "" : ":" + step);
    }
}
