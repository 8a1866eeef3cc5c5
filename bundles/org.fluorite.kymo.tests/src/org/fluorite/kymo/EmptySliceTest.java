package org.fluorite.kymo;

import static org.fluorite.kymo.KymoFixtures.DT;
import static org.fluorite.kymo.KymoFixtures.START;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.fluorite.core.meta.Operation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Time slices selecting no line give an empty kymograph, as pylake's EmptyKymo: kymo_a has 8 lines
 * of 5 pixels (100 nm) starting at 2, 27, 52, ..., 177 ms after its start.
 */
class EmptySliceTest {

    static Kymograph a;

    @BeforeAll
    static void open() throws IOException {
        a = KymographFile.open(KymoFixtures.kymos(), "kymo_a");
    }

    @Test
    void aRangeAfterTheLastLineStartsAndStopsAtTheLastLine() {
        Kymograph e = a.slice("1s", "2s");
        assertTrue(e.isEmpty());
        assertEquals(0, e.lines());
        assertEquals(START + 177 * DT, e.startNs());
        assertEquals(START + 177 * DT, e.stopNs());
        assertKeepsTheScanOfA(e);
    }

    @Test
    void aRangeBetweenTwoLineStartsStartsAtTheNextLine() {
        // 60..70 ms lies between the starts of lines 2 (52 ms) and 3 (77 ms)
        Kymograph e = a.slice("60ms", "70ms");
        assertTrue(e.isEmpty());
        assertEquals(START + 77 * DT, e.startNs());
        assertEquals(START + 77 * DT, e.stopNs());
        assertKeepsTheScanOfA(e);
        // pylake's reversed range ("3s":"2s" in its tests): the start of the first line after the start
        Kymograph reversed = a.slice("0.1s", "0.05s");
        assertTrue(reversed.isEmpty());
        assertEquals(START + 102 * DT, reversed.startNs());
        assertEquals(START + 102 * DT, reversed.stopNs());
    }

    private static void assertKeepsTheScanOfA(Kymograph e) {
        assertEquals(5, e.pixelsPerLine());
        assertEquals(0.1, e.pixelSizeUm(), 1e-15);
        assertEquals(0.5, e.sizeUm(), 1e-15);
        assertEquals(Map.of("x", 10.0, "y", 20.0, "z", 0.0), e.centerPointUm());
        assertEquals("X", e.fastAxis());
        assertEquals(0.0, e.durationSeconds(), 0);
        assertEquals(0.0, e.sum(KymoChannel.RGB), 0);
        assertEquals(0, e.pixels(KymoChannel.RED)[4].length);
        assertEquals(0, e.lineTimestampsNs().length);
        assertEquals(0, e.lineStopTimestampsNs().length);
        assertRefused(e::lineTimeSeconds);
        assertRefused(e::pixelTimeSeconds);
        assertRefused(e::timestampsNs);
        assertRefused(() -> e.image(KymoChannel.GREEN));
        // pylake: an empty kymograph no longer has its default factories, so it is not sliced again
        assertTrue(e.isProcessed());
        assertThrows(UnsupportedOperationException.class, () -> e.slice("0s", null));
        List<Operation> ops = e.provenance().operations();
        assertEquals("kymo.slice", ops.get(ops.size() - 1).name());
        assertEquals(0, ((Number) ops.get(ops.size() - 1).parameters().get("lines")).intValue());
    }

    private static void assertRefused(Executable call) {
        assertEquals(Kymograph.NO_PIXELS, assertThrows(UnsupportedOperationException.class, call).getMessage());
    }

    @Test
    void describeGivesTheEmptyShapesAndZeroSums() {
        Map<String, Object> d = a.slice("1s", "2s").describe();
        assertEquals(0, d.get("lines"));
        assertEquals(5, d.get("pixels_per_line"));
        assertEquals(0.0, d.get("duration_seconds"));
        assertNull(d.get("line_time_seconds"));
        assertNull(d.get("pixel_time_seconds"));
        assertTrue(d.containsKey("line_time_seconds"));
        assertEquals(List.of(0.5), d.get("size_um"));
        assertEquals(List.of(0.1), d.get("pixelsize_um"));
        assertEquals(true, d.get("empty"));
        assertEquals(false, d.get("pixel_timestamps_available"));
        assertEquals(List.of(), d.get("line_timestamps"));
        Map<?, ?> channels = (Map<?, ?>) d.get("channels");
        for (String colour : List.of("red", "green", "blue")) {
            Map<?, ?> c = (Map<?, ?>) channels.get(colour);
            assertEquals(List.of(5, 0), c.get("shape"));
            assertEquals(0.0, c.get("sum"));
        }
        Map<?, ?> rgb = (Map<?, ?>) channels.get("rgb");
        assertEquals(List.of(5, 0, 3), rgb.get("shape"));
        assertEquals(0.0, rgb.get("sum"));
        assertEquals(false, a.describe().get("empty"));
    }

    @Test
    void emptyKymographsStillCropAndCalibrateButDoNotDownsample() {
        Kymograph e = a.calibrateToKbp(10).slice("1s", "2s");
        assertEquals(2.0, e.pixelSize(), 1e-15);
        assertEquals(PositionUnit.KBP, e.positionUnit());
        Kymograph c = a.slice("1s", "2s").cropByDistance(0.15, 0.35);
        assertEquals(3, c.pixelsPerLine());
        assertEquals(0, c.lines());
        assertArrayEquals(new long[0], c.lineTimestampsNs());
        assertFalse(c.describe().get("channels") == null);
        assertThrows(IllegalArgumentException.class, () -> a.slice("1s", "2s").downsampledBy(1, 1));
    }
}
