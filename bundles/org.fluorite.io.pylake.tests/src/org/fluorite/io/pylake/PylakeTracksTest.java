package org.fluorite.io.pylake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportException;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Message;
import org.fluorite.testing.Fuzz;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** pylake's track CSVs of every version: values, units, warnings, pylake's errors, v4 writing, damaged copies. */
class PylakeTracksTest {

    private static ImportResult read(Path file) throws IOException {
        return new PylakeTrackImporter().read(file, ImportOptions.NONE, ProgressMonitor.NONE);
    }

    private static boolean warns(ImportResult r, String words) {
        return r.messages().stream().anyMatch(m -> m.severity() == Message.Severity.WARNING && m.text().contains(words));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void everyVersion(int version) throws IOException {
        Path file = TestData.file("pylake_kymotracks/tracks_v" + version + ".csv");
        assertTrue(new PylakeTrackImporter().matchesMagic(Files.readAllBytes(file), file.getFileName().toString()));
        ImportResult r = read(file);
        Table t = (Table) r.data().get(0);
        assertEquals("tracks", t.kind());
        assertEquals(6, t.rowCount());
        assertArrayEquals(new double[] {0, 0, 0, 1, 1, 1}, t.require("track index").toDoubles());
        assertArrayEquals(new double[] {1, 2, 3, 2, 3, 4}, t.require("time_idx").toDoubles());
        assertArrayEquals(new double[] {2, 3, 4, 3, 4, 5}, t.require("coordinate_idx").toDoubles());
        assertArrayEquals(new double[] {46, 92, 138, 92, 138, 184}, t.require("time").toDoubles(), "seconds = 46 time_idx");
        assertArrayEquals(new double[] {2, 3, 4, 3, 4, 5}, t.require("position").toDoubles(), "um = coordinate");
        assertArrayEquals(new double[] {2, 2, 2, 2, 2, 2}, t.require("counts").toDoubles());
        assertEquals("px", t.require("time_idx").unit());
        assertEquals("s", t.require("time").unit());
        assertEquals("um", t.require("position").unit());
        assertEquals(2L, t.metadata().get("trackCount"));
        assertEquals(version < 2 ? 1 : version, t.metadata().get("trackCoordinatesVersion"));
        assertEquals(version == 2 ? "0.13.0" : version >= 3 ? "1.2.0" : null, t.metadata().get("pylakeVersion"));
        assertEquals(version >= 3 ? 5 : 1, t.metadata().get("countsSummedOverPixels"));
        assertEquals(version == 3, warns(r, "minimum observable track duration"), "v3 warning");
        assertEquals(version == 4, t.column("minimum observable duration").isPresent());
        if (version == 4) {
            assertEquals(5.888e-4, t.require("minimum observable duration").getDouble(0), 1e-12);
            assertEquals("s", t.require("minimum observable duration").unit());
        }
        if (version == 0 || version == 4) {
            assertTrue(warns(r, "kymograph or channel that does not match"), "v0/v4 kymograph warning");
        }
        assertEquals("import.pylake-tracks", t.provenance().operations().get(0).name());
    }

    @Test
    void pylakeErrors() {
        ImportException bad = assertThrows(ImportException.class,
                () -> read(TestData.file("pylake_kymotracks/csv_bad_format.csv")));
        assertEquals("Invalid file format. Missing field(s): # track index", bad.problem());
        assertTrue(bad.getMessage().contains("csv_bad_format.csv"));
        ImportException unparseable = assertThrows(ImportException.class,
                () -> read(TestData.file("pylake_kymotracks/csv_unparseable.csv")));
        assertEquals("Invalid file format: could not convert string '' to float64 at row 0, column 3.", unparseable.problem());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3, 4})
    void writesVersion4AndReadsItBack(int version) throws IOException {
        Table original = (Table) read(TestData.file("pylake_kymotracks/tracks_v" + version + ".csv")).data().get(0);
        Path out = TestData.tempDir("pylake").resolve("tracks.csv");
        new PylakeTrackExporter().export(original, out, ImportOptions.NONE, ProgressMonitor.NONE);
        List<String> lines = Files.readAllLines(out);
        assertTrue(PylakeTrackImporter.VERSION_LINE.matcher(lines.get(0)).find(), lines.get(0));
        assertTrue(lines.get(1).startsWith("# track index;time (pixels);coordinate (pixels);time (seconds);position (um);"
                + "counts (summed over " + (version >= 3 ? 5 : 1) + " pixels)"), lines.get(1));
        if (version == 4) {
            assertEquals(Files.readAllLines(TestData.file("pylake_kymotracks/tracks_v4.csv")).subList(1, 8), lines.subList(1, 8),
                    "the same header and numbers as pylake writes");
        }
        Table back = (Table) read(out).data().get(0);
        assertEquals(4, back.metadata().get("trackCoordinatesVersion"));
        for (String c : List.of("track index", "time_idx", "coordinate_idx", "time", "position", "counts")) {
            assertArrayEquals(original.require(c).toDoubles(), back.require(c).toDoubles(), c);
            assertEquals(original.require(c).unit(), back.require(c).unit(), c);
        }
    }

    @Test
    void damagedCopiesFailCleanly() throws Exception {
        // truncated copies; bit flips or stray separators, comment marks and letters anywhere
        Fuzz.Mutator csvDamage = (bytes, random, m) -> {
            byte[] b = m % 3 == 0 ? Arrays.copyOf(bytes, random.nextInt(bytes.length)) : bytes.clone();
            for (int i = 0; m % 3 != 0 && i < 1 + random.nextInt(10); i++) {
                b[random.nextInt(b.length)] = m % 3 == 1 ? (byte) (b[random.nextInt(b.length)] ^ (1 << random.nextInt(8)))
                        : (byte) ";\n#e9-.x\u00ff".charAt(random.nextInt(9));
            }
            return b;
        };
        int total = 0;
        int refused = 0;
        for (int v = 0; v <= 4; v++) {
            Fuzz.Outcome outcome = Fuzz.run(TestData.file("pylake_kymotracks/tracks_v" + v + ".csv"), "tracks_v" + v + ".csv",
                    77 + v, 100, Duration.ofSeconds(2), csvDamage, file -> {
                        Table t = (Table) read(file).data().get(0);
                        t.columns().forEach(c -> c.range());
                    });
            total += outcome.total();
            refused += outcome.refused();
        }
        assertEquals(500, total);
        assertTrue(refused > 0);
    }
}
