package org.fluorite.stimulus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.fluorite.core.display.TimeBand;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.testing.Fuzz;
import org.junit.jupiter.api.Test;

/**
 * Damaged stimulus CSVs: the generic mutations (truncation, bit flips, random bytes, absurd
 * binary fields) and text mutations (stray quotes and commas, huge and negative numbers, swapped
 * ends, duplicated lines). Every copy must read completely (and give time bands) or fail with an
 * IOException naming the file, within a second. Seeds are fixed.
 */
class StimulusCsvFuzzTest {

    private static final String[] INSERTS = {"\"", ",", "\n", "1e308", "-5", "NaN", "#GGGGGG", ",,,,", "\"\"", "seconds",
        "\r", "\u0000", "9999999999999999999999"};

    private static final Fuzz.Mutator TEXT = (original, random, m) -> {
        String s = new String(original, StandardCharsets.UTF_8);
        for (int k = 0, n = 1 + random.nextInt(4); k < n; k++) {
            int at = random.nextInt(s.length() + 1);
            s = switch (random.nextInt(3)) {
                case 0 -> s.substring(0, at) + INSERTS[random.nextInt(INSERTS.length)] + s.substring(at);
                case 1 -> s.substring(0, at) + s.substring(Math.min(s.length(), at + 1 + random.nextInt(8)));
                default -> {
                    int nl = s.indexOf('\n', at);
                    int start = s.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
                    yield nl < 0 ? s : s.substring(0, nl + 1) + s.substring(start, nl + 1) + s.substring(nl + 1);
                }
            };
        }
        return s.getBytes(StandardCharsets.UTF_8);
    };

    private static void readAll(Path file) throws IOException {
        StimulusMap m = (StimulusMap) new StimulusCsvImporter().read(file, ImportOptions.NONE, ProgressMonitor.NONE).data()
                .get(0);
        List<TimeBand> bands = m.timeBands(25, 1000);
        assertTrue(bands.size() <= m.periodCount());
        m.validate(1000, 25);
        m.describe();
    }

    @Test
    void genericDamage() throws IOException {
        Fuzz.Outcome o = Fuzz.run(StimulusCsvTest.fixture("stimulus_example.csv"), 300, Duration.ofSeconds(1),
                StimulusCsvFuzzTest::readAll);
        assertEquals(300, o.total());
        assertTrue(o.refused() > 0 && o.read() > 0, o.toString());
    }

    @Test
    void textDamage() throws IOException {
        Fuzz.Outcome o = Fuzz.run(StimulusCsvTest.fixture("stimulus_example.csv"), "damaged.csv", 300, Duration.ofSeconds(1),
                TEXT, StimulusCsvFuzzTest::readAll);
        assertEquals(300, o.total());
        assertTrue(o.refused() > 0 && o.read() > 0, o.toString());
    }
}
