package org.fluorite.kymo.tracking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.fluorite.core.json.Json;
import org.fluorite.kymo.KymoChannel;
import org.fluorite.kymo.KymoFixtures;
import org.fluorite.kymo.PositionUnit;
import org.junit.jupiter.api.Test;

/**
 * MSD and OLS diffusion on three simulated tracks, against numpy values computed by
 * scripts/make_diffusion_reference.py (relative agreement 1e-9).
 */
class DiffusionTest {

    @Test
    @SuppressWarnings("unchecked")
    void matchesTheNumpyReference() throws IOException {
        Map<String, Object> ref = (Map<String, Object>) Json.parse(Files.readString(KymoFixtures.file("diffusion_reference.json")));
        TrackCalibration cal = new TrackCalibration(0.1, PositionUnit.UM, 0.1);
        TrackGroup tracks = TrackCsv.read(KymoFixtures.file("diffusion_tracks.csv"), cal, null, KymoChannel.GREEN).tracks();
        List<Map<String, Object>> expected = (List<Map<String, Object>>) ref.get("tracks");
        assertEquals(3, tracks.size());
        for (int i = 0; i < 3; i++) {
            Map<String, Object> e = expected.get(i);
            Track t = tracks.get(i);
            Diffusion.Msd msd = Diffusion.msd(t.timeIdx(), t.positions(cal), 6);
            assertArrayEquals(((List<Number>) e.get("msd_lags")).stream().mapToInt(Number::intValue).toArray(), msd.lags());
            assertArrayEquals(((List<Number>) e.get("msd")).stream().mapToDouble(Number::doubleValue).toArray(), msd.msd(), 1e-12);
            assertEquals(((Number) e.get("optimal_lags")).intValue(), Diffusion.optimalLags(t.timeIdx(), t.positions(cal)));
            Diffusion.Estimate d = Diffusion.ols(t, cal, 0);
            assertEquals(num(e, "diffusion"), d.value(), 1e-9 * Math.abs(num(e, "diffusion")));
            assertEquals(num(e, "std_err"), d.stdErr(), 1e-9 * num(e, "std_err"));
            assertEquals(num(e, "localization_variance"), d.localizationVariance(), 1e-12);
            assertEquals("um^2 / s", d.unit());
            assertEquals("ols", d.method());
            Map<String, Object> lag5 = (Map<String, Object>) e.get("lag5");
            Diffusion.Estimate d5 = Diffusion.ols(t, cal, 5);
            assertEquals(5, d5.lags());
            assertEquals(num(lag5, "diffusion"), d5.value(), 1e-9 * Math.abs(num(lag5, "diffusion")));
            assertEquals(num(lag5, "std_err"), d5.stdErr(), 1e-9 * num(lag5, "std_err"));
        }
    }

    @Test
    void analyticMsdOfUniformMotionAndShortTracks() {
        // x = 2 t: MSD at lag k is 4 k^2; with lags 1, 2 the OLS slope is 12 and intercept -8
        int[] frames = {0, 1, 2, 3, 4, 5};
        double[] x = {0, 2, 4, 6, 8, 10};
        Diffusion.Msd m = Diffusion.msd(frames, x, 3);
        assertArrayEquals(new double[] {4, 16, 36}, m.msd(), 1e-12);
        assertArrayEquals(new int[] {10, 8, 6}, m.pairs());
        Diffusion.Estimate d = Diffusion.ols(new Track(frames, x), new TrackCalibration(1, PositionUnit.KBP, 0.5), 2);
        assertEquals(12, d.value(), 1e-12);
        assertEquals(-4, d.localizationVariance(), 1e-12);
        assertEquals("kbp^2 / s", d.unit());
        assertThrows(IllegalArgumentException.class, () -> Diffusion.optimalLags(new int[] {0, 1, 2, 3}, new double[] {0, 1, 2, 3}));
    }

    private static double num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }
}
