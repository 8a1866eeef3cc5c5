package org.fluorite.smlm.post.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.fluorite.core.table.Localizations;
import org.fluorite.core.table.Table;
import org.fluorite.smlm.post.SimulatedLocalizations;
import org.junit.jupiter.api.Test;

/** Merging a synthetic blinking set whose events are known. */
class MergeTest {

    @Test
    void blinkingEventsOnAGridMergeToOneRowEach() {
        SimulatedLocalizations sim = new SimulatedLocalizations(21);
        Random r = sim.random();
        int events = 0;
        int rows = 0;
        // 100 emitters 1 um apart, localized with 8 nm precision (a 60 nm link radius misses a
        // repeat with probability exp(-60^2 / (4 * 8^2)) = 8e-7); each blinks 1..6 times, each blink 1..5 frames, blinks at least
        // 3 dark frames apart
        for (int e = 0; e < 100; e++) {
            double x = 500 + 1000 * (e % 10);
            double y = 500 + 1000 * (e / 10);
            int frame = 1 + r.nextInt(5);
            int blinks = 1 + r.nextInt(6);
            for (int b = 0; b < blinks; b++) {
                int len = 1 + r.nextInt(5);
                for (int k = 0; k < len; k++) {
                    sim.add(frame + k, x, y, 500 + r.nextInt(1000), 130, 8);
                    rows++;
                }
                events++;
                frame += len + 3 + r.nextInt(10);
            }
        }
        Table t = sim.table("blinks");
        assertEquals(rows, t.rowCount());
        Table merged = LocalizationMerger.apply(t, new MergeSettings(60, 1));
        assertEquals(events, merged.rowCount());
        double total = 0;
        for (double v : merged.require(LocalizationMerger.MERGED_COUNT).toDoubles()) {
            total += v;
        }
        assertEquals(rows, total, 0);
        assertEquals(t.require(Localizations.PHOTONS).toDoubles().length, rows);
        double sumIn = java.util.Arrays.stream(t.require(Localizations.PHOTONS).toDoubles()).sum();
        double sumOut = java.util.Arrays.stream(merged.require(Localizations.PHOTONS).toDoubles()).sum();
        assertEquals(sumIn, sumOut, 1e-6 * sumIn);
        // with a gap of 3 frames allowed, every emitter's blinks 3 dark frames apart join
        Table coarse = LocalizationMerger.apply(t, new MergeSettings(60, 3));
        assertEquals(true, coarse.rowCount() < events);
        assertEquals(LocalizationMerger.OPERATION, merged.provenance().operations().get(0).name());
        assertEquals(events, merged.provenance().operations().get(0).parameters().get("rowsAfter"));
    }

    @Test
    void positionsArePhotonWeightedAndUncertaintiesCombine() {
        SimulatedLocalizations sim = new SimulatedLocalizations(1);
        sim.addExact(5, 100, 200, 1000, 120, 10);
        sim.addExact(6, 110, 190, 3000, 140, 20);
        sim.addExact(8, 104, 204, 1000, 130, 10); // one dark frame: joins with gap 1, not with gap 0
        sim.addExact(6, 5000, 5000, 500, 100, 5); // elsewhere
        Table t = sim.table("pair");
        Table m = LocalizationMerger.apply(t, new MergeSettings(30, 1));
        assertEquals(2, m.rowCount());
        assertEquals(5, m.require(Localizations.FRAME).getDouble(0), 0);
        assertEquals(8, m.require(LocalizationMerger.LAST_FRAME).getDouble(0), 0);
        assertEquals(3, m.require(LocalizationMerger.MERGED_COUNT).getDouble(0), 0);
        assertEquals((100 * 1000 + 110 * 3000 + 104 * 1000) / 5000.0, m.require(Localizations.X).getDouble(0), 1e-9);
        assertEquals((200 * 1000 + 190 * 3000 + 204 * 1000) / 5000.0, m.require(Localizations.Y).getDouble(0), 1e-9);
        assertEquals(5000, m.require(Localizations.PHOTONS).getDouble(0), 1e-9);
        assertEquals((120 * 1000 + 140 * 3000 + 130 * 1000) / 5000.0, m.require(Localizations.SIGMA).getDouble(0), 1e-9);
        assertEquals(1 / Math.sqrt(1 / 100.0 + 1 / 400.0 + 1 / 100.0), m.require(Localizations.UNCERTAINTY).getDouble(0), 1e-9);
        assertEquals(5000, m.require(Localizations.X).getDouble(1), 0);
        assertEquals(3, LocalizationMerger.apply(t, new MergeSettings(30, 0)).rowCount());
        assertEquals(4, LocalizationMerger.apply(t, new MergeSettings(5, 1)).rowCount());
    }

    @Test
    void linkerTakesTheClosestAndOnePerFrame() {
        // two tracks crossing near each other; a third localization in frame 2 is a new track
        int[] frame = {1, 1, 2, 2, 2};
        double[] x = {0, 50, 5, 45, 300};
        double[] y = {0, 0, 0, 0, 0};
        int[] track = FrameLinker.link(frame, x, y, 30, 0);
        assertArrayEquals(new int[] {0, 1, 0, 1, 2}, track);
    }
}
