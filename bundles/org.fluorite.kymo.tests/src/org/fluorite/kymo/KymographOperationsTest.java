package org.fluorite.kymo;

import static org.fluorite.kymo.KymoFixtures.DT;
import static org.fluorite.kymo.KymoFixtures.START;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.fluorite.core.meta.Operation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Crop, slice, calibrate and downsample on kymo_a (8 lines x 5 pixels of 100 nm, 25 ms lines). */
class KymographOperationsTest {

    static Kymograph a;

    @BeforeAll
    static void open() throws IOException {
        a = KymographFile.open(KymoFixtures.kymos(), "kymo_a");
    }

    @Test
    void cropByDistanceKeepsPixelsFromLowerToUpper() {
        // 0.15 um -> pixel 1 (floor), 0.35 um -> pixel 4 (ceil, exclusive)
        Kymograph c = a.cropByDistance(0.15, 0.35);
        assertEquals(3, c.pixelsPerLine());
        assertEquals(8, c.lines());
        for (int p = 0; p < 3; p++) {
            for (int l = 0; l < 8; l++) {
                assertEquals(KymoFixtures.redA(p + 1, l), c.pixels(KymoChannel.RED)[p][l], 0);
            }
        }
        assertEquals(0.1, c.positionOffsetUm(), 1e-15);
        assertEquals(0.3, c.sizeUm(), 1e-15);
        assertEquals(a.timestampsNs()[1][3], c.timestampsNs()[0][3]);
        assertEquals(a.lineTimeSeconds(), c.lineTimeSeconds(), 0);
        assertTrue(c.isProcessed());
        assertEquals("kymo.crop", last(c).name());
        assertEquals("Cropping by negative positions not allowed",
                assertThrows(IllegalArgumentException.class, () -> a.cropByDistance(-1, 0.2)).getMessage());
        assertEquals("Cropped image would be empty",
                assertThrows(IllegalArgumentException.class, () -> a.cropByDistance(0.6, 0.9)).getMessage());
    }

    @Test
    void sliceByTimeStringsSelectsTheLinesStartingInTheRange() {
        // lines start at 2, 27, 52, 77, ... ms: "30ms" to "0.1s" selects lines 2 and 3 (52, 77 ms)
        Kymograph s = a.slice("30ms", "0.1s");
        assertEquals(2, s.lines());
        assertEquals(START + 52 * DT, s.startNs());
        assertEquals(START + 102 * DT, s.stopNs());
        assertArrayEquals(new long[] {START + 52 * DT, START + 77 * DT}, s.lineTimestampsNs());
        for (int p = 0; p < 5; p++) {
            assertEquals(KymoFixtures.greenA(p, 2), s.pixels(KymoChannel.GREEN)[p][0], 0);
            assertEquals(KymoFixtures.greenA(p, 3), s.pixels(KymoChannel.GREEN)[p][1], 0);
        }
        assertEquals(a.timestampsNs()[4][3], s.timestampsNs()[4][1]);
        assertFalse(s.isProcessed());
        // open end: to the last line; negative counts back from the stop
        assertEquals(8 - 2, a.slice("30ms", null).lines());
        assertEquals(2, a.slice("-60ms", "").lines());
        assertEquals(START + 152 * DT, a.slice("-60ms", "").startNs());
    }

    @Test
    void slicingAProcessedKymographIsRefusedInPylakesWords() {
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> a.cropByDistance(0, 0.3).slice("0s", "0.1s"));
        assertEquals("Slicing is not implemented for processed kymographs. Please slice prior to processing the data.",
                e.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> a.downsampledBy(2, 1).slice("0s", "0.1s"));
        // calibration is not processing: pylake slices calibrated kymographs
        assertEquals(2, a.calibrateToKbp(10).slice("30ms", "0.1s").lines());
        // a range holding no line gives an empty kymograph (EmptySliceTest), not an error
        assertTrue(a.slice("1s", "2s").isEmpty());
        assertEquals("Invalid time string '3 parsecs'",
                assertThrows(IllegalArgumentException.class, () -> a.slice("3 parsecs", null)).getMessage());
    }

    @Test
    void calibrateToKbpCarriesTheUnitThroughCropAndDownsampling() {
        Kymograph k = a.calibrateToKbp(48.502);
        assertEquals(PositionUnit.KBP, k.positionUnit());
        assertEquals(48.502 / 5, k.pixelSize(), 1e-12);
        assertEquals(0.1, k.pixelSizeUm(), 1e-15);
        // crop in kbp: 9.7004 kbp per pixel, 10..30 kbp -> pixels 1..3 (ceil(3.09) = 4 exclusive)
        Kymograph c = k.cropByDistance(10, 30);
        assertEquals(3, c.pixelsPerLine());
        assertEquals(PositionUnit.KBP, c.positionUnit());
        assertEquals(48.502 / 5, c.pixelSize(), 1e-12);
        assertEquals(2 * 48.502 / 5, c.downsampledBy(1, 2).pixelSize(), 1e-12);
        assertEquals("kymo is already calibrated in base pairs.",
                assertThrows(IllegalStateException.class, () -> k.calibrateToKbp(3)).getMessage());
        assertEquals("kbp", k.properties().get("position_unit"));
    }

    @Test
    void downsamplingSumsBlocksAndRefusesPixelTimestampsAfterTime() {
        Kymograph d = a.downsampledBy(3, 2);
        assertEquals(2, d.lines());
        assertEquals(2, d.pixelsPerLine());
        for (int p = 0; p < 2; p++) {
            for (int l = 0; l < 2; l++) {
                double expected = 0;
                for (int dp = 0; dp < 2; dp++) {
                    for (int dl = 0; dl < 3; dl++) {
                        expected += KymoFixtures.greenA(2 * p + dp, 3 * l + dl);
                    }
                }
                assertEquals(expected, d.pixels(KymoChannel.GREEN)[p][l], 0);
            }
        }
        assertEquals(0.075, d.lineTimeSeconds(), 1e-15);
        assertEquals(0.2, d.pixelSizeUm(), 1e-15);
        assertFalse(d.isContiguous());
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, d::timestampsNs);
        assertEquals(Kymograph.PIXEL_TIMESTAMPS_REFUSED, e.getMessage());
        assertTrue(e.getMessage().startsWith("Per pixel timestamps are no longer available after downsampling a kymograph in time"));
        // line timestamps remain: the start of each block's first line
        assertArrayEquals(new long[] {START + 2 * DT, START + 77 * DT}, d.lineTimestampsNs());
        assertEquals(false, d.describe().get("pixel_timestamps_available"));
    }

    @Test
    void downsamplingOnlyInPositionKeepsMeanTimestamps() {
        Kymograph d = a.downsampledBy(1, 2);
        assertTrue(d.isContiguous());
        long[][] ts = d.timestampsNs();
        long[][] full = a.timestampsNs();
        assertEquals((full[0][4] + full[1][4]) / 2, ts[0][4]);
        assertEquals(List.of(2, 8), ((java.util.Map<?, ?>) d.describe().get("channels")).get("red") instanceof java.util.Map<?, ?> m
                ? m.get("shape") : null);
        assertThrows(IllegalArgumentException.class, () -> a.downsampledBy(0, 1));
        assertThrows(IllegalArgumentException.class, () -> a.downsampledBy(9, 1));
    }

    @Test
    void forceIsAveragedOverEachLine() throws IOException {
        // Force 1x holds the sample index: line l covers samples 25 l + 2 .. 25 l + 21
        ForceTrace f = ForceAveraging.perLine(a, "1x");
        assertEquals("Force HF/Force 1x", f.channel());
        assertEquals(8, f.size());
        for (int l = 0; l < 8; l++) {
            assertEquals(25 * l + 11.5, f.values()[l], 1e-12);
            assertEquals((25 * l + 12) * 1e-3, f.timesSeconds()[l], 1e-12);
        }
        assertFalse(f.downsampled());
        // only a low-frequency channel: points every 5 ms with value k at 5 k ms
        ForceTrace lf = ForceAveraging.perLine(a, "2x");
        assertTrue(lf.downsampled());
        // line 0 covers 2..21 ms: points at 5, 10, 15, 20 ms = 1..4
        assertEquals(2.5, lf.values()[0], 1e-12);
        assertThrows(org.fluorite.io.ImportException.class, () -> ForceAveraging.perLine(a, "3y"));
        // sliced kymographs average their own lines
        assertEquals(25 * 2 + 11.5, ForceAveraging.perLine(a.slice("30ms", "0.1s"), "1x").values()[0], 1e-12);
    }

    private static Operation last(Kymograph k) {
        List<Operation> ops = k.provenance().operations();
        return ops.get(ops.size() - 1);
    }
}
