package org.fluorite.kymo;

import static org.fluorite.kymo.KymoFixtures.DT;
import static org.fluorite.kymo.KymoFixtures.START;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.fluorite.core.image.Axis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Line times after each operation, as pylake keeps them: crop_by_distance crops positions only,
 * so every line keeps its timestamp; a time slice holds the lines starting in the range, whose
 * times count from the kymograph's start (kymo_a: lines start 2, 27, 52, ... ms after it).
 */
class TimeAxisTest {

    static Kymograph a;

    @BeforeAll
    static void open() throws IOException {
        a = KymographFile.open(KymoFixtures.kymos(), "kymo_a");
    }

    @Test
    void theWholeKymographStartsAtItsFirstLine() {
        assertEquals(START, a.timeOriginNs());
        assertEquals(START + 2 * DT, a.lineTimestampsNs()[0]);
        assertEquals(0.002, a.firstLineSeconds(), 1e-15);
        assertEquals(0.027, a.lineTimesSeconds()[1], 1e-15);
        assertEquals(0.177, a.lineTimesSeconds()[7], 1e-15);
        assertEquals(0.002, a.image(KymoChannel.RED).calibration(Axis.X).origin(), 1e-15);
    }

    @Test
    void cropByDistanceKeepsEveryLineTimestamp() {
        Kymograph c = a.cropByDistance(0.15, 0.35);
        assertArrayEquals(a.lineTimestampsNs(), c.lineTimestampsNs());
        assertArrayEquals(a.lineStopTimestampsNs(), c.lineStopTimestampsNs());
        assertEquals(START + 2 * DT, c.lineTimestampsNs()[0]);
        assertEquals(START, c.timeOriginNs());
        assertEquals(a.startNs(), c.startNs());
        assertEquals(0.002, c.firstLineSeconds(), 1e-15);
        assertEquals(0.002, c.image(KymoChannel.GREEN).calibration(Axis.X).origin(), 1e-15);
        // and the kbp calibration after it changes no time either
        assertEquals(0.002, c.calibrateToKbp(30).firstLineSeconds(), 1e-15);
    }

    @Test
    void aSliceStartsAtItsFirstLineCountedFromTheKymographStart() {
        Kymograph s = a.slice("30ms", null);
        assertEquals(START + 52 * DT, s.lineTimestampsNs()[0]);
        assertEquals(START + 52 * DT, s.startNs());
        assertEquals(START, s.timeOriginNs());
        assertEquals(0.052, s.firstLineSeconds(), 1e-15);
        assertEquals(0.077, s.lineTimesSeconds()[1], 1e-15);
        assertEquals(0.052, s.image(KymoChannel.RGB).calibration(Axis.X).origin(), 1e-15);
        // slice then crop (pylake's order): the crop keeps the slice's times
        Kymograph sc = s.cropByDistance(0.1, 0.3);
        assertEquals(START + 52 * DT, sc.lineTimestampsNs()[0]);
        assertEquals(0.052, sc.firstLineSeconds(), 1e-15);
        // downsampling in time: a block starts at the start of its first line
        Kymograph d = s.downsampledBy(2, 1);
        assertArrayEquals(new long[] {START + 52 * DT, START + 102 * DT, START + 152 * DT}, d.lineTimestampsNs());
        assertEquals(0.052, d.firstLineSeconds(), 1e-15);
        // a negative time counts back from the stop (200 ms): -60 ms selects the lines from 152 ms
        assertEquals(0.152, a.slice("-60ms", null).firstLineSeconds(), 1e-15);
        // an empty slice sits where its start is
        assertEquals(0.177, a.slice("1s", "2s").firstLineSeconds(), 1e-15);
    }

    @Test
    void forceTimesCountFromTheSameOrigin() throws IOException {
        // line 2 covers samples 52 .. 71: its centre lies 62 ms after the kymograph's start
        ForceTrace f = ForceAveraging.perLine(a.slice("30ms", "0.1s"), "1x");
        assertEquals(0.062, f.timesSeconds()[0], 1e-12);
        assertEquals(0.087, f.timesSeconds()[1], 1e-12);
    }

    @Test
    void describeNamesTheOriginAndTheFirstLine() {
        assertEquals(START, a.slice("30ms", null).describe().get("time_origin"));
        assertEquals(0.052, (double) a.slice("30ms", null).describe().get("first_line_seconds"), 1e-15);
    }
}
