package org.fluorite.io.pyme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.fluorite.core.DataObject;
import org.fluorite.core.image.Image;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.Importer;
import org.fluorite.testing.Fuzz;
import org.fluorite.testing.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Damaged PYME files (HDF5 tables, raw series, text tables): each real file and fixture is mutated many times (truncated, bits
 * flipped in the superblock and object headers, random bytes anywhere, 8-byte fields overwritten
 * with absurd sizes and addresses). Every outcome must be a successful read whose planes can all be
 * read, or an {@link IOException} whose message names the file, within two seconds per copy, never
 * another exception, an error or a hang. The seed is fixed, so failures repeat.
 */
class PymeFuzzTest {

    private static final int MUTATIONS_PER_FILE = 80;

    static Stream<Path> files() {
        return Stream.concat(Stream.of("python-microscopy/test_hdf.hdf", "python-microscopy/test_csv.csv").map(TestData::file),
                Stream.of("pyme_series.h5", "pyme_zt.h5", "fit_results.h5r").map(PymeTestSupport::fixture));
    }

    @ParameterizedTest
    @MethodSource("files")
    void damagedCopiesFailCleanly(Path original) throws Exception {
        Fuzz.Outcome outcome = Fuzz.run(original, original.getFileName().toString(), MUTATIONS_PER_FILE,
                Duration.ofSeconds(2), Fuzz.HEADER_FIELDS, PymeFuzzTest::readEverything);
        assertEquals(MUTATIONS_PER_FILE, outcome.total());
        assertTrue(outcome.refused() > 0, "the mutations should break at least some copies of " + original.getFileName());
    }

    /** Reads the file with the importer its name calls for, every plane of an image, the frame column of a table. */
    private static void readEverything(Path file) throws IOException {
        String name = file.getFileName().toString();
        Importer importer = name.endsWith(".csv") ? new PymeCsvImporter()
                : name.contains("pyme_") ? new PymeImageImporter() : new PymeTableImporter();
        List<DataObject> data = importer.read(file, ImportOptions.NONE, ProgressMonitor.NONE).data();
        for (DataObject d : data) {
            if (d instanceof Image im) {
                try {
                    for (long p = 0; p < im.planeCount(); p++) {
                        assertEquals(im.width() * im.height(), im.planeAt(p).size());
                    }
                } finally {
                    im.close();
                }
            } else {
                Table t = (Table) d;
                assertTrue(t.rowCount() >= 0 && t.column("frame").isPresent());
            }
        }
    }
}
