package org.fluorite.io.bluelake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.fluorite.core.DataObject;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.testing.Fuzz;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Damaged copies of the synthetic Bluelake files: truncated, bits flipped in the superblock and
 * object headers, bytes overwritten anywhere, 8-byte fields set to huge values, JSON documents
 * broken. Every outcome must be a read whose tables and typed channels can all be used, or an
 * {@link IOException} naming the file, within two seconds per copy. The seed is fixed.
 */
class BluelakeFuzzTest {

    private static final int MUTATIONS = 120;

    @ParameterizedTest
    @ValueSource(strings = {"bluelake_kymo.h5", "bluelake_v1.h5"})
    void damagedCopiesFailCleanly(String name) throws Exception {
        Fuzz.Outcome outcome = Fuzz.run(BluelakeTestSupport.fixture(name), name, 0xB1E ^ name.hashCode(), MUTATIONS,
                Duration.ofSeconds(2), BluelakeFuzzTest::mutate, BluelakeFuzzTest::readEverything);
        assertEquals(MUTATIONS, outcome.total());
        assertTrue(outcome.refused() > 0, "the mutations should break some copies of " + name);
    }

    /** Imports the file and describes every object, then opens it and reads (the start of) every channel. */
    private static void readEverything(Path file) throws IOException {
        ImportResult r = new BluelakeImporter().read(file, ImportOptions.NONE, ProgressMonitor.NONE);
        for (DataObject d : r.data()) {
            if (d instanceof Table t) {
                t.columns().forEach(c -> c.range());
            }
            d.describe();
        }
        try (BluelakeFile f = BluelakeFile.open(file)) {
            for (Channel c : f.channels()) {
                switch (c.kind()) {
                    case CONTINUOUS -> f.read(c, 0, (int) Math.min(c.length(), 1000));
                    case TIME_SERIES -> f.readTimeSeries(c);
                    case TIME_TAGS -> f.readTimeTags(c);
                    default -> throw new IllegalStateException();
                }
            }
        }
    }

    /** HDF5 damage ({@link Fuzz#wideFields}) and, one copy in six, a broken JSON document or a number inside one. */
    private static byte[] mutate(byte[] original, Random r, int m) {
        if (m % 6 != 5) {
            return Fuzz.wideFields(Long.MAX_VALUE / 5).mutate(original, r, m % 6);
        }
        byte[] b = original.clone();
        String text = new String(b, StandardCharsets.ISO_8859_1);
        List<String> targets = List.of("{\"value0\"", "\"num of pixels\": 4", "\"scan axes\"", "\"name\"", "{\"x\"");
        String target = targets.get(r.nextInt(targets.size()));
        int at = text.indexOf(target);
        if (at >= 0) {
            byte[] repl = (r.nextBoolean() ? "[" : "9").repeat(target.length()).getBytes(StandardCharsets.ISO_8859_1);
            System.arraycopy(repl, 0, b, at, repl.length);
        } else {
            b[r.nextInt(b.length)] ^= 0x20;
        }
        return b;
    }
}
