package org.fluorite.kymo.tracking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.fluorite.kymo.PositionUnit;
import org.junit.jupiter.api.Test;

/** Removing, splitting, merging and extending tracks. */
class TrackEditingTest {

    static final TrackCalibration CAL = new TrackCalibration(0.1, PositionUnit.UM, 0.5);
    static final TrackGroup GROUP = new TrackGroup(List.of(new Track(new int[] {0, 1, 2, 3}, new double[] {1, 2, 3, 4}),
            new Track(new int[] {6, 7, 9}, new double[] {5, 6, 8})), CAL);

    @Test
    void removeSplitMergeExtend() {
        assertEquals(1, GROUP.remove(0).size());
        assertArrayEquals(new int[] {6, 7, 9}, GROUP.remove(0).get(0).timeIdx());
        TrackGroup split = GROUP.split(0, 2);
        assertEquals(3, split.size());
        assertArrayEquals(new int[] {0, 1}, split.get(0).timeIdx());
        assertArrayEquals(new int[] {2, 3}, split.get(2).timeIdx());
        assertThrows(IllegalArgumentException.class, () -> GROUP.split(0, 0));
        TrackGroup merged = GROUP.merge(1, 0);
        assertEquals(1, merged.size());
        assertArrayEquals(new int[] {0, 1, 2, 3, 6, 7, 9}, merged.get(0).timeIdx());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 8}, merged.get(0).coordinateIdx(), 0);
        TrackGroup extended = GROUP.extend(1, 8, 7);
        assertArrayEquals(new int[] {6, 7, 8, 9}, extended.get(1).timeIdx());
        assertArrayEquals(new double[] {5, 6, 7, 8}, extended.get(1).coordinateIdx(), 0);
        assertThrows(IllegalArgumentException.class, () -> GROUP.extend(1, 7, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> GROUP.remove(5));
    }

    @Test
    void findingTracksAndPhysicalUnits() {
        assertEquals(1, GROUP.trackNear(8, 7.2, 0.5));
        assertEquals(-1, GROUP.trackNear(8, 9, 0.5));
        assertEquals(0, GROUP.trackNear(1.5, 2.4, 0.5));
        assertArrayEquals(new double[] {3, 3.5, 4.5}, GROUP.get(1).seconds(CAL), 1e-12);
        assertArrayEquals(new double[] {0.5, 0.6, 0.8}, GROUP.get(1).positions(CAL), 1e-12);
        assertArrayEquals(new int[] {6, 7, 8, 9}, GROUP.get(1).interpolated().timeIdx());
        assertEquals(7, GROUP.get(1).interpolated().coordinateIdx()[2], 1e-12);
        TrackGroup filtered = GROUP.filtered(4);
        assertEquals(1, filtered.size());
        assertEquals(1.5, filtered.get(0).minimumObservableSeconds(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new Track(new int[] {2, 1}, new double[] {0, 0}));
    }
}
