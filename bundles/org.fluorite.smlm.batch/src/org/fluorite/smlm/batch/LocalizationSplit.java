package org.fluorite.smlm.batch;

import java.util.ArrayList;
import java.util.List;

import org.fluorite.smlm.detect.BackgroundRange;

/**
 * Splits the frames of a stack into consecutive ranges of about equal size (sizes differ by at
 * most one frame), one batch item each.
 *
 * <p>Background windows ({@code --background -30:0}): every item opens the whole stack lazily and
 * the localizer takes each frame's background frames by their index in the whole stack, so an item
 * reads the frames before its start (or after its end) that its own frames need, and reports only
 * its own frames. The merged table is therefore the one a single process gives. To keep those extra
 * reads small against an item's own work, a range is never shorter than the background window.
 */
public final class LocalizationSplit {

    /** Fewest frames an item gets unless the whole range is shorter: below this start-up dominates. */
    public static final int DEFAULT_MIN_FRAMES = 20;

    private LocalizationSplit() {
    }

    /**
     * Ranges of about {@code chunkFrames} frames each.
     *
     * @param range       the frames to localize
     * @param chunkFrames wanted frames per item (at least 1)
     * @param minFrames   fewest frames per item (see {@link #minFrames})
     */
    public static List<FrameRange> byChunk(FrameRange range, long chunkFrames, long minFrames) {
        if (chunkFrames < 1) {
            throw new IllegalArgumentException("--chunk-frames must be at least 1, got " + chunkFrames);
        }
        long items = (range.frames() + chunkFrames - 1) / chunkFrames;
        return byItems(range, items, minFrames);
    }

    /**
     * {@code items} ranges, fewer when that would leave an item with less than {@code minFrames}
     * frames; always at least one.
     */
    public static List<FrameRange> byItems(FrameRange range, long items, long minFrames) {
        if (items < 1) {
            throw new IllegalArgumentException("--items must be at least 1, got " + items);
        }
        long n = range.frames();
        long most = Math.max(1, n / Math.max(1, minFrames));
        long k = Math.min(Math.min(items, most), n);
        long base = n / k;
        long extra = n % k;
        List<FrameRange> ranges = new ArrayList<>();
        long first = range.first();
        for (long i = 0; i < k; i++) {
            long size = base + (i < extra ? 1 : 0);
            ranges.add(new FrameRange(first, first + size - 1));
            first += size;
        }
        return ranges;
    }

    /** The smallest item: {@code floor} frames, or the length of the background window when longer. */
    public static long minFrames(long floor, BackgroundRange background) {
        long window = background.isNone() ? 0 : (long) background.stop() - background.start();
        return Math.max(Math.max(1, floor), window);
    }
}
