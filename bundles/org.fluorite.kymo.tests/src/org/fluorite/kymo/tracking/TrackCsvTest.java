package org.fluorite.kymo.tracking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fluorite.io.ImportException;
import org.fluorite.kymo.KymoChannel;
import org.fluorite.kymo.KymoFixtures;
import org.fluorite.kymo.Kymograph;
import org.fluorite.kymo.KymographFile;
import org.fluorite.kymo.PositionUnit;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** pylake's track CSV files of ../shared/data/pylake_kymotracks (values from SOURCES.md) and round trips. */
class TrackCsvTest {

    static final TrackCalibration CAL = new TrackCalibration(1, PositionUnit.UM, 46);

    static Path data(String name) {
        return TestData.file("pylake_kymotracks/" + name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tracks_v0.csv", "tracks_v1.csv", "tracks_v2.csv", "tracks_v3.csv", "tracks_v4.csv"})
    void everyVersionHoldsTwoTracksOfThreePoints(String name) throws IOException {
        TrackCsv.Result r = TrackCsv.read(data(name), CAL, null, KymoChannel.RED);
        assertEquals(2, r.tracks().size());
        assertArrayEquals(new int[] {1, 2, 3}, r.tracks().get(0).timeIdx());
        assertArrayEquals(new double[] {2, 3, 4}, r.tracks().get(0).coordinateIdx(), 0);
        assertArrayEquals(new int[] {2, 3, 4}, r.tracks().get(1).timeIdx());
        assertArrayEquals(new double[] {3, 4, 5}, r.tracks().get(1).coordinateIdx(), 0);
        // seconds = 46 time_idx, um = coordinate
        assertArrayEquals(new double[] {92, 138, 184}, r.tracks().get(1).seconds(CAL), 1e-12);
        assertArrayEquals(new double[] {2, 2, 2}, r.tracks().get(0).photonCounts(), 0);
    }

    @Test
    void versionsAndMinimumDurations() throws IOException {
        assertEquals(1, TrackCsv.read(data("tracks_v0.csv"), CAL, null, KymoChannel.RED).csvVersion());
        assertNull(TrackCsv.read(data("tracks_v1.csv"), CAL, null, KymoChannel.RED).pylakeVersion());
        TrackCsv.Result v2 = TrackCsv.read(data("tracks_v2.csv"), CAL, null, KymoChannel.RED);
        assertEquals("0.13.0", v2.pylakeVersion());
        assertEquals(2, v2.csvVersion());
        assertTrue(Double.isNaN(v2.tracks().get(0).minimumObservableSeconds()));
        TrackCsv.Result v3 = TrackCsv.read(data("tracks_v3.csv"), CAL, null, KymoChannel.RED);
        assertEquals("1.2.0", v3.pylakeVersion());
        assertEquals(1, v3.warnings().size());
        assertTrue(v3.warnings().get(0).contains("minimum observable track duration"), v3.warnings().get(0));
        assertEquals(0, v3.tracks().get(0).minimumObservableSeconds(), 0);
        TrackCsv.Result v4 = TrackCsv.read(data("tracks_v4.csv"), CAL, null, KymoChannel.RED);
        assertEquals(5.888e-4, v4.tracks().get(1).minimumObservableSeconds(), 1e-18);
        assertEquals(List.of(), v4.warnings());
    }

    @Test
    void countsNotMatchingTheKymographWarn() throws IOException {
        Kymograph a = KymographFile.open(KymoFixtures.kymos(), "kymo_a");
        for (String name : List.of("tracks_v0.csv", "tracks_v4.csv")) {
            TrackCsv.Result r = TrackCsv.read(data(name), TrackCalibration.of(a), a, KymoChannel.RED);
            assertEquals(1, r.warnings().size(), name);
            assertTrue(r.warnings().get(0).contains("loaded kymo or channel doesn't match the one used to create this file"), name);
        }
    }

    @Test
    void badFilesRaisePylakesMessages() {
        ImportException missing = assertThrows(ImportException.class,
                () -> TrackCsv.read(data("csv_bad_format.csv"), CAL, null, KymoChannel.RED));
        assertTrue(missing.getMessage().endsWith("Invalid file format. Missing field(s): # track index"), missing.getMessage());
        assertTrue(missing.getMessage().contains("csv_bad_format.csv"));
        ImportException unparseable = assertThrows(ImportException.class,
                () -> TrackCsv.read(data("csv_unparseable.csv"), CAL, null, KymoChannel.RED));
        assertTrue(unparseable.getMessage().endsWith(
                "Invalid file format: could not convert string '' to float64 at row 0, column 3."), unparseable.getMessage());
    }

    @Test
    void writtenFilesReadBackWithTheirUnitAndCounts(@TempDir Path dir) throws IOException {
        Kymograph a = KymographFile.open(KymoFixtures.kymos(), "kymo_a").calibrateToKbp(10);
        TrackGroup g = new TrackGroup(List.of(new Track(new int[] {1, 2}, new double[] {1.25, 2}, null, 0.025),
                new Track(new int[] {4}, new double[] {0.1}, null, 0.025)), TrackCalibration.of(a));
        Path out = dir.resolve("t.csv");
        TrackCsv.write(g, out, a, KymoChannel.RED, 1);
        List<String> lines = Files.readAllLines(out);
        assertEquals(TrackCsv.VERSION_LINE, lines.get(0));
        assertEquals("# track index;time (pixels);coordinate (pixels);time (seconds);position (kbp);counts (summed over 3 pixels);"
                + "minimum observable duration (seconds)", lines.get(1));
        // pixel 1 of line 1: red 0+10, 1+10, 2+10 summed = 33; kbp per pixel = 2; 0.1 s = 0.025 * 4
        assertEquals("0;1.000000000000000000e+00;1.250000000000000000e+00;2.500000000000000139e-02;2.500000000000000000e+00;33;"
                + "2.500000e-02", lines.get(2));
        TrackCsv.Result r = TrackCsv.read(out, TrackCalibration.of(a), a, KymoChannel.RED);
        assertEquals(List.of(), r.warnings());
        assertEquals(2, r.tracks().size());
        assertArrayEquals(new double[] {1.25, 2}, r.tracks().get(0).coordinateIdx(), 0);
        assertArrayEquals(new double[] {2.5, 4}, r.tracks().get(0).positions(r.tracks().calibration()), 1e-12);
        assertEquals("1.2.0", r.pylakeVersion());
        assertEquals(4, r.csvVersion());
    }
}
