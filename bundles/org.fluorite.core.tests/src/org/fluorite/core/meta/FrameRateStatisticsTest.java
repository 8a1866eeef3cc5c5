package org.fluorite.core.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FrameRateStatisticsTest {

    @Test
    void regularTimestampsGiveExactRateAndNoSpread() {
        FrameRateStatistics s = FrameRateStatistics.of(new double[] {0, 0.1, 0.2, 0.3});
        assertEquals(10.0, s.fps(), 1e-9);
        assertEquals(0.0, s.fpsStd(), 1e-9);
        assertEquals(0.0, s.fpsMaxDev(), 1e-9);
        assertEquals(0.0, s.fpsRange(), 1e-9);
        assertEquals(3, s.intervals());
        assertFalse(s.isIrregular());
    }

    @Test
    void oneLongGapIsIrregular() {
        // intervals 0.1, 0.2, 0.1 s -> rates 10, 5, 10 Hz; mean 25/3; deviations 5/3, -10/3, 5/3
        FrameRateStatistics s = FrameRateStatistics.of(new double[] {0, 0.1, 0.3, 0.4});
        assertEquals(25.0 / 3, s.fps(), 1e-9);
        assertEquals(Math.sqrt((25.0 / 9 + 100.0 / 9 + 25.0 / 9) / 3), s.fpsStd(), 1e-9);
        assertEquals(10.0 / 3, s.fpsMaxDev(), 1e-9);
        assertEquals(5.0, s.fpsRange(), 1e-9);
        assertTrue(s.isIrregular());
        assertTrue(s.warningText().contains("8.33333"), s.warningText());
    }

    @Test
    void smallJitterBelowThresholdsIsRegular() {
        // intervals 0.1 and 0.1001 s -> rates 10 and 9.99001 Hz; std 0.004995, max dev 0.004995
        FrameRateStatistics s = FrameRateStatistics.of(new double[] {0, 0.1, 0.2001});
        assertEquals((10 + 1 / 0.1001) / 2, s.fps(), 1e-9);
        assertEquals((10 - 1 / 0.1001) / 2, s.fpsStd(), 1e-9);
        assertFalse(s.isIrregular());
    }

    @Test
    void seriesPerPlaneArePooled() {
        // two focal planes, each sampled at 2 Hz (volume rate), offset by a quarter second
        FrameRateStatistics s = FrameRateStatistics.of(List.of(new double[] {0, 0.5, 1.0}, new double[] {0.25, 0.75, 1.25}));
        assertEquals(2.0, s.fps(), 1e-12);
        assertEquals(4, s.intervals());
        Map<String, Object> m = s.toMetadata();
        assertEquals(List.of("fps", "fps_std", "fps_max_dev", "fps_range"), List.copyOf(m.keySet()));
        assertEquals(2.0, (Double) m.get("fps"), 1e-12);
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> FrameRateStatistics.of(new double[] {1.0}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FrameRateStatistics.of(new double[] {0, 1, 1}));
        assertTrue(e.getMessage().contains("increase"), e.getMessage());
    }
}
