package org.fluorite.kymo.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.fluorite.kymo.KymoChannel;
import org.fluorite.kymo.PositionUnit;
import org.fluorite.testing.Fuzz;
import org.fluorite.testing.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Damaged copies of pylake track files (truncated, bits flipped, bytes overwritten; seed fixed):
 * each reads into tracks whose positions can be computed, or fails with an error naming the file,
 * within a second.
 */
class TrackCsvFuzzTest {

    private static final TrackCalibration CAL = new TrackCalibration(0.1, PositionUnit.UM, 0.5);

    @ParameterizedTest
    @ValueSource(strings = {"tracks_v0.csv", "tracks_v4.csv"})
    void damagedCopiesFailCleanly(String name) throws Exception {
        Fuzz.Outcome o = Fuzz.run(TestData.file("pylake_kymotracks/" + name), 80, Duration.ofSeconds(1), file -> {
            TrackGroup g = TrackCsv.read(file, CAL, null, KymoChannel.GREEN).tracks();
            for (Track t : g.tracks()) {
                t.positions(CAL);
                t.seconds(CAL);
            }
        });
        assertEquals(80, o.total());
        assertTrue(o.refused() > 0 && o.read() > 0, "some copies of " + name + " read, some are refused: " + o);
    }
}
