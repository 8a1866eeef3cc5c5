package org.fluorite.flim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.fluorite.testing.Fuzz;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged flimage files opened as FLImage and FLSeries: every copy either opens with readable
 * pixels or is refused with an IOException naming the file (fixed seeds, 10 s per copy).
 */
class FlimFuzzTest {

    private static final Duration PER_CASE = Duration.ofSeconds(10);

    @TempDir
    static Path dir;

    @Test
    void damagedImages() throws Exception {
        for (String name : new String[] { "flimage/basic.h5", "flimage/retina_p10.h5" }) {
            Fuzz.Outcome o = Fuzz.run(TestData.file(name), 60, PER_CASE, file -> {
                try (FLImage fli = FLImage.open(file, H5Mode.READ)) {
                    float[] fl = fli.fl();
                    assertEquals((long) fli.width() * fli.height(), fl.length);
                }
            });
            assertEquals(60, o.total());
            assertTrue(o.refused() > 0, name + ": some damage must be noticed");
        }
    }

    @Test
    void damagedSeries() throws Exception {
        Path file = dir.resolve("series.h5");
        SimulatedSeriesAccess.Series sim = SimulatedSeriesAccess.realistic(24, 20, 6, 0.1, 4);
        try (FLSeries s = FLSeries.open(file, H5Mode.CREATE_TRUNCATE, "fuzz")) {
            for (int i = 0; i < 6; i++) {
                s.add(FLImage.of(sim.frames().get(i), 24, 20, Map.of("time", sim.times()[i])), "i" + i);
            }
        }
        Fuzz.Outcome o = Fuzz.run(file, 80, PER_CASE, damaged -> {
            try (FLSeries s = FLSeries.open(damaged, H5Mode.READ, null)) {
                for (int i = 0; i < s.size(); i++) {
                    assertEquals(24 * 20, s.get(i).fl().length);
                }
            }
        });
        assertEquals(80, o.total());
        assertTrue(o.refused() > 0);
    }
}
