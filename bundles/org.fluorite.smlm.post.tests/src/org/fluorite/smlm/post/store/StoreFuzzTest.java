package org.fluorite.smlm.post.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.fluorite.core.table.Table;
import org.fluorite.testing.Fuzz;
import org.fluorite.testing.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Damaged copies of the committed localization files (written by Fluorite and by h5py): truncated, bits flipped, random runs, absurd
 * sizes and offsets. Each must read with all rows or fail with an IOException naming the file,
 * within two seconds (also with -Xmx256m).
 */
class StoreFuzzTest {

    @ParameterizedTest
    @ValueSource(strings = {"fluorite_locs_v1.h5", "python_written_v1.h5"})
    void damagedLocalizationFilesFailCleanly(String name) throws Exception {
        Path original = TestData.fixture(StoreTest.BUNDLE, name);
        Fuzz.Outcome o = Fuzz.run(original, name, 150, Duration.ofSeconds(2), Fuzz.GENERIC, StoreFuzzTest::readAll);
        assertEquals(150, o.total());
        assertTrue(o.refused() > 0, "some damaged copies must be refused");
        Fuzz.Outcome wide = Fuzz.run(original, name, 60, Duration.ofSeconds(2), Fuzz.wideFields(1L << 40), StoreFuzzTest::readAll);
        assertEquals(60, wide.total());
    }

    private static void readAll(Path file) throws IOException {
        Table t = LocalizationHdf5.read(file);
        for (var c : t.columns()) {
            for (int i = 0; i < t.rowCount(); i++) {
                c.get(i);
            }
        }
    }
}
