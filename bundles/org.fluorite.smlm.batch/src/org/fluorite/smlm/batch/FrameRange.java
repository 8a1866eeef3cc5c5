package org.fluorite.smlm.batch;

import java.util.Optional;

/**
 * Frames {@code first} to {@code last} of a stack, counted from 1 and both included, as the
 * {@code frame} column of a localization table and {@code localize --frames A:B} count them.
 */
public record FrameRange(long first, long last) {

    public FrameRange {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("A frame range runs from frame 1 or later to a frame not before its start, got "
                    + first + ":" + last);
        }
    }

    /** Number of frames in the range. */
    public long frames() {
        return last - first + 1;
    }

    public boolean contains(long frame) {
        return frame >= first && frame <= last;
    }

    /** "A:B", as {@code localize --frames} takes it. */
    public String option() {
        return first + ":" + last;
    }

    /** "A:B" with both ends given; empty when the text is not such a range. */
    public static Optional<FrameRange> parse(String text) {
        String t = text == null ? "" : text.trim();
        int colon = t.indexOf(':');
        if (colon <= 0 || colon == t.length() - 1) {
            return Optional.empty();
        }
        try {
            long a = Long.parseLong(t.substring(0, colon).trim());
            long b = Long.parseLong(t.substring(colon + 1).trim());
            return a >= 1 && b >= a ? Optional.of(new FrameRange(a, b)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return option();
    }
}
