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
import java.util.Map;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.io.ImportException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reconstruction and properties of the analytic kymographs of scripts/make_kymo_fixtures.py. */
class KymographTest {

    static Kymograph a;

    @BeforeAll
    static void open() throws IOException {
        a = KymographFile.open(KymoFixtures.kymos(), "kymo_a");
    }

    @Test
    void listsKymographsWithStartTimes() throws IOException {
        List<KymographFile.Entry> list = KymographFile.list(KymoFixtures.kymos());
        assertEquals(List.of("kymo_a", "kymo_partial", "kymo_track"), list.stream().map(KymographFile.Entry::name).sorted().toList());
        Map<String, Long> starts = new java.util.HashMap<>();
        list.forEach(e -> starts.put(e.name(), e.startNs()));
        assertEquals(START, starts.get("kymo_a"));
        assertEquals(START + 300 * DT, starts.get("kymo_track"));
    }

    @Test
    void everyColourIsTheSumOfItsUsedSamples() {
        assertEquals(5, a.pixelsPerLine());
        assertEquals(8, a.lines());
        double[][] red = a.pixels(KymoChannel.RED);
        double[][] green = a.pixels(KymoChannel.GREEN);
        double[][] blue = a.pixels(KymoChannel.BLUE);
        for (int p = 0; p < 5; p++) {
            for (int l = 0; l < 8; l++) {
                assertEquals(KymoFixtures.redA(p, l), red[p][l], 0, "red " + p + "," + l);
                assertEquals(KymoFixtures.greenA(p, l), green[p][l], 0, "green " + p + "," + l);
                assertEquals(KymoFixtures.blueA(p, l), blue[p][l], 0, "blue " + p + "," + l);
            }
        }
        // red: sum over p (0..4) and l (0..7) of p + 10 l = 8 * 10 + 5 * 10 * 28
        assertEquals(80 + 1400, a.sum(KymoChannel.RED), 0);
        assertEquals(a.sum(KymoChannel.RED) + a.sum(KymoChannel.GREEN) + a.sum(KymoChannel.BLUE), a.sum(KymoChannel.RGB), 0);
    }

    @Test
    void propertiesFollowTheScanDescriptionAndInfoWave() {
        assertEquals(Map.of("x", 10.0, "y", 20.0, "z", 0.0), a.centerPointUm());
        assertEquals(0.1, a.pixelSizeUm(), 1e-15);
        assertEquals(0.5, a.sizeUm(), 1e-15);
        assertEquals("X", a.fastAxis());
        assertEquals(0.025, a.lineTimeSeconds(), 1e-15);
        assertEquals(0.004, a.pixelTimeSeconds(), 1e-15);
        assertEquals(0.2, a.durationSeconds(), 1e-12);
        assertEquals(START, a.startNs());
        assertEquals(START + 200 * DT, a.stopNs());
        assertEquals(PositionUnit.UM, a.positionUnit());
        assertFalse(a.isProcessed());
        assertEquals(List.of(), a.warnings());
        assertEquals("Y", KymoFixturesOpen.track().fastAxis());
    }

    @Test
    void lineAndPixelTimestamps() {
        long[] lines = a.lineTimestampsNs();
        long[] stops = a.lineStopTimestampsNs();
        long[][] ts = a.timestampsNs();
        for (int l = 0; l < 8; l++) {
            assertEquals(START + KymoFixtures.sampleA(0, l) * DT, lines[l]);
            assertEquals(START + (KymoFixtures.sampleA(4, l) + 4) * DT, stops[l]);
            for (int p = 0; p < 5; p++) {
                // mean of 4 samples 1 ms apart: 1.5 ms after the first
                assertEquals(START + KymoFixtures.sampleA(p, l) * DT + 1_500_000, ts[p][l]);
            }
        }
    }

    @Test
    void unfinishedLastLineIsPaddedWithZeros() throws IOException {
        Kymograph partial = KymographFile.open(KymoFixtures.kymos(), "kymo_partial");
        assertEquals(8, partial.lines());
        double[][] red = partial.pixels(KymoChannel.RED);
        assertEquals(KymoFixtures.redA(2, 7), red[2][7], 0);
        assertEquals(0, red[3][7], 0);
        assertEquals(0, red[4][7], 0);
        assertEquals(KymoFixtures.redA(4, 6), red[4][6], 0);
    }

    @Test
    void photonCountsEndingEarlyTruncateWithAWarning() throws IOException {
        Kymograph t = KymographFile.open(KymoFixtures.file("kymo_truncated.h5"), "kymo_a");
        assertEquals(6, t.lines());
        assertEquals(1, t.warnings().size());
        assertTrue(t.warnings().get(0).contains("Photon count/Blue ends"), t.warnings().get(0));
        assertEquals(KymoFixtures.greenA(3, 5), t.pixels(KymoChannel.GREEN)[3][5], 0);
    }

    @Test
    void imagesAreCalibratedViews() throws IOException {
        Image green = a.image(KymoChannel.GREEN);
        assertEquals("YX", green.axesString());
        assertEquals(8, green.width());
        assertEquals(5, green.height());
        assertEquals(0.025, green.calibration(Axis.X).size(), 1e-15);
        assertEquals("s", green.calibration(Axis.X).unit());
        assertEquals(1e-7, green.calibration(Axis.Y).size(), 1e-20);
        assertEquals("m", green.calibration(Axis.Y).unit());
        assertEquals(KymoFixtures.greenA(3, 6), green.plane().get(6, 3), 0);
        Image rgb = a.image(KymoChannel.RGB);
        assertEquals("CYX", rgb.axesString());
        assertEquals(3, rgb.length(Axis.C));
        assertEquals(KymoFixtures.blueA(1, 6), rgb.plane(Map.of(Axis.C, 2L)).get(6, 1), 0);
        assertEquals("import.bluelake", green.provenance().operations().get(0).name());
        Image kbp = a.calibrateToKbp(5).image(KymoChannel.RED);
        assertEquals("kbp", kbp.calibration(Axis.Y).unit());
        assertEquals(1.0, kbp.calibration(Axis.Y).size(), 1e-15);
    }

    @Test
    void missingKymographAndNoFileAreNamed() {
        ImportException e = assertThrows(ImportException.class, () -> KymographFile.open(KymoFixtures.kymos(), "nope"));
        assertTrue(e.getMessage().contains("kymos.h5") && e.getMessage().contains("nope"), e.getMessage());
    }

    @Test
    void describeShowsPropertiesAndChannelShapesAndSums() {
        Map<String, Object> d = a.describe();
        assertEquals(5, d.get("pixels_per_line"));
        assertEquals(0.025, (double) d.get("line_time_seconds"), 1e-15);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> ch = (Map<String, Map<String, Object>>) d.get("channels");
        assertEquals(List.of(5, 8), ch.get("red").get("shape"));
        assertEquals(List.of(5, 8, 3), ch.get("rgb").get("shape"));
        assertEquals(1480.0, ch.get("red").get("sum"));
        assertArrayEquals(new Object[] {"x", "y", "z"}, ((Map<?, ?>) d.get("center_point_um")).keySet().toArray());
    }
}
