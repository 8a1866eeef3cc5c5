package org.fluorite.flow.nodes.biology.numerics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The ExtractStim node's cut of one trace into its stimulus periods, as the seed defines the
 * offsets (frames): with zero position
 * <ul>
 * <li>{@code start_offset}: from {@code max(start + start_offset, 0)} to {@code min(end + end_offset, n-1)};</li>
 * <li>{@code stim_end}: from {@code end} to {@code min(end + end_offset, n-1)};</li>
 * <li>{@code stim_center}: from {@code (start + end) / 2 + start_offset} (rounded toward zero) to
 * {@code min(end + end_offset, n-1)}.</li>
 * </ul>
 * The extracted curve is {@code curve[from:to]} (to excluded). Periods are taken in order of start.
 */
public final class StimulusExtraction {

    /** Where extraction starts, by the seed's names. */
    public enum ZeroPosition {
        START_OFFSET, STIM_END, STIM_CENTER;

        public static ZeroPosition of(String seedName) {
            try {
                return valueOf(seedName.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown zero position '" + seedName
                        + "' (start_offset, stim_end, stim_center)");
            }
        }

        public String seedName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One extracted period: name, start and end index in the parent curve, and the samples. */
    public record Extract(String name, int startIndex, int endIndex, double[] curve) {
    }

    private StimulusExtraction() {
    }

    public static List<Extract> extract(double[] curve, List<StimulusPeriod> periods, int startOffset, int endOffset,
            ZeroPosition zero) {
        List<StimulusPeriod> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparingLong(StimulusPeriod::startFrame));
        int maxIx = curve.length - 1;
        List<Extract> out = new ArrayList<>();
        for (StimulusPeriod p : sorted) {
            long start = p.startFrame();
            long end = p.endFrame();
            long from = switch (zero) {
                case START_OFFSET -> Math.max(start + startOffset, 0);
                case STIM_END -> end;
                case STIM_CENTER -> (long) ((start + end) / 2.0) + startOffset;
            };
            long to = Math.min(end + endOffset, maxIx);
            int f = (int) Math.max(0, Math.min(from, curve.length));
            int t = (int) Math.max(f, Math.min(to, curve.length));
            out.add(new Extract(p.name(), (int) from, (int) to, Arrays.copyOfRange(curve, f, t)));
        }
        return out;
    }
}
