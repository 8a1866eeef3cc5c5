package org.fluorite.smlm.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.fluorite.smlm.detect.BackgroundRange;
import org.junit.jupiter.api.Test;

/** Split arithmetic: equal sizes (differing by at most one), contiguous, complete, minimum sizes. */
class LocalizationSplitTest {

    private static void assertTiles(FrameRange whole, List<FrameRange> ranges) {
        assertEquals(whole.first(), ranges.get(0).first());
        assertEquals(whole.last(), ranges.get(ranges.size() - 1).last());
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int i = 0; i < ranges.size(); i++) {
            if (i > 0) {
                assertEquals(ranges.get(i - 1).last() + 1, ranges.get(i).first(), "range " + i + " follows the previous one");
            }
            min = Math.min(min, ranges.get(i).frames());
            max = Math.max(max, ranges.get(i).frames());
        }
        assertTrue(max - min <= 1, "sizes " + min + " to " + max);
    }

    @Test
    void threeItemsOfAThousandFrames() {
        List<FrameRange> r = LocalizationSplit.byItems(new FrameRange(1, 1000), 3, 20);
        assertEquals(List.of(new FrameRange(1, 334), new FrameRange(335, 667), new FrameRange(668, 1000)), r);
    }

    @Test
    void chunksOfThirtyGiveFourItemsOfTwentyFive() {
        List<FrameRange> r = LocalizationSplit.byChunk(new FrameRange(1, 100), 30, 20);
        assertEquals(List.of(new FrameRange(1, 25), new FrameRange(26, 50), new FrameRange(51, 75), new FrameRange(76, 100)), r);
    }

    @Test
    void aRangeNotStartingAtOneKeepsItsFrameNumbers() {
        List<FrameRange> r = LocalizationSplit.byItems(new FrameRange(11, 40), 2, 1);
        assertEquals(List.of(new FrameRange(11, 25), new FrameRange(26, 40)), r);
    }

    @Test
    void theMinimumLimitsTheNumberOfItems() {
        assertEquals(List.of(new FrameRange(1, 25), new FrameRange(26, 50)), LocalizationSplit.byItems(new FrameRange(1, 50), 10, 20));
        assertEquals(List.of(new FrameRange(1, 5)), LocalizationSplit.byItems(new FrameRange(1, 5), 3, 20));
        assertEquals(3, LocalizationSplit.byItems(new FrameRange(1, 3), 5, 1).size());
    }

    @Test
    void manyShapesTileTheirRange() {
        for (long first : new long[] {1, 7}) {
            for (long n = 1; n <= 120; n += 7) {
                FrameRange whole = new FrameRange(first, first + n - 1);
                for (long k = 1; k <= 9; k++) {
                    List<FrameRange> r = LocalizationSplit.byItems(whole, k, 4);
                    assertTiles(whole, r);
                    assertEquals(Math.min(k, Math.max(1, n / 4)), r.size(), n + " frames, " + k + " items");
                    assertTrue(r.size() == 1 || r.stream().allMatch(x -> x.frames() >= 4));
                }
            }
        }
    }

    @Test
    void theBackgroundWindowRaisesTheMinimum() {
        assertEquals(20, LocalizationSplit.minFrames(20, BackgroundRange.NONE));
        assertEquals(30, LocalizationSplit.minFrames(20, BackgroundRange.parse("-30:0")));
        assertEquals(20, LocalizationSplit.minFrames(5, BackgroundRange.parse("-10:10:2")));
        assertEquals(1, LocalizationSplit.minFrames(0, BackgroundRange.NONE));
    }

    @Test
    void nonsenseSizesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> LocalizationSplit.byChunk(new FrameRange(1, 10), 0, 1));
        assertThrows(IllegalArgumentException.class, () -> LocalizationSplit.byItems(new FrameRange(1, 10), 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new FrameRange(0, 3));
        assertThrows(IllegalArgumentException.class, () -> new FrameRange(5, 4));
        assertEquals(new FrameRange(3, 9), FrameRange.parse(" 3:9 ").orElseThrow());
        assertTrue(FrameRange.parse("3:").isEmpty());
        assertTrue(FrameRange.parse("9:3").isEmpty());
        assertTrue(FrameRange.parse("a:b").isEmpty());
    }
}
