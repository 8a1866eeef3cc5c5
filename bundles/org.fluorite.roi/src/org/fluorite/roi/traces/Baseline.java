package org.fluorite.roi.traces;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the resting fluorescence F0 of a trace is estimated for dF/F ({@link DeltaF}).
 * <ul>
 * <li>{@link Percentile}: for every frame, a percentile of the trace over a sliding window of
 * frames around (centred) or up to (trailing) that frame; follows slow drift such as
 * bleaching.</li>
 * <li>{@link FrameRange}: one F0 for the whole trace, the mean over a range of frames (e.g. the
 * frames before the first stimulus).</li>
 * </ul>
 */
public sealed interface Baseline permits Baseline.Percentile, Baseline.FrameRange {

    /** Where the sliding window of a {@link Percentile} baseline lies relative to its frame. */
    enum Window {
        /**
         * Frame t's window is frames {@code t - (N-1)/2} to {@code t + N/2} (integer division,
         * inclusive): N frames with the frame itself in the middle (for even N one more after it).
         */
        CENTRED,
        /** Frame t's window is frames {@code t - N + 1} to {@code t}: only the past and the frame itself. */
        TRAILING
    }

    /** The parameters, for provenance and table metadata. */
    Map<String, Object> parameters();

    /**
     * The {@code percentile}-th percentile of each sliding window of {@code windowFrames} frames.
     * Windows are cut at the ends of the trace (fewer frames there, never padded). Percentiles
     * interpolate linearly between the sorted values: rank {@code p/100 * (n-1)}, as numpy's
     * default; NaN values in a window are left out.
     *
     * @param percentile   0 to 100 (e.g. 10 for a low, resting level)
     * @param windowFrames window length in frames, at least 1
     */
    record Percentile(double percentile, int windowFrames, Window window) implements Baseline {

        public Percentile {
            if (!(percentile >= 0 && percentile <= 100)) {
                throw new IllegalArgumentException("The baseline percentile must lie in 0..100, was " + percentile);
            }
            if (windowFrames < 1) {
                throw new IllegalArgumentException("The baseline window must be at least 1 frame, was " + windowFrames);
            }
            if (window == null) {
                throw new IllegalArgumentException("The baseline window needs a position (centred or trailing)");
            }
        }

        /** A centred window. */
        public static Percentile centred(double percentile, int windowFrames) {
            return new Percentile(percentile, windowFrames, Window.CENTRED);
        }

        @Override
        public Map<String, Object> parameters() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("baseline", "percentile");
            m.put("percentile", percentile);
            m.put("windowFrames", windowFrames);
            m.put("window", window.name().toLowerCase(java.util.Locale.ROOT));
            return m;
        }
    }

    /**
     * The mean of the trace over frames {@code fromFrame} (inclusive) to {@code toFrame}
     * (exclusive), 0-based; NaN values are left out.
     */
    record FrameRange(int fromFrame, int toFrame) implements Baseline {

        public FrameRange {
            if (fromFrame < 0 || toFrame <= fromFrame) {
                throw new IllegalArgumentException("A baseline frame range needs 0 <= from < to, was " + fromFrame + ":"
                        + toFrame);
            }
        }

        @Override
        public Map<String, Object> parameters() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("baseline", "frames");
            m.put("fromFrame", fromFrame);
            m.put("toFrame", toFrame);
            return m;
        }
    }
}
