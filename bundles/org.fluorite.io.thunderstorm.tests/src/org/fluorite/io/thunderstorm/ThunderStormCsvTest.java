package org.fluorite.io.thunderstorm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Localizations;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportOptions;
import org.fluorite.testing.Fuzz;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * ThunderSTORM's ground-truth CSV, a results table written the way ThunderSTORM writes it, the
 * writer's round trip and damaged copies.
 */
class ThunderStormCsvTest {

    private static final String RESULTS = """
            "id","frame","x [nm]","y [nm]","sigma [nm]","intensity [photon]","offset [photon]","bkgstd [photon]","uncertainty_xy [nm]"
            1.0,1.0,5102.3,4021.7,131.2,1520.4,98.1,12.3,9.8
            2.0,1.0,12055.0,880.25,140.9,980.0,101.5,11.9,14.2
            3.0,3.0,3000.5,15000.75,125.0,2500.0,97.0,12.1,6.1
            """;

    private static Table read(Path file) throws IOException {
        return (Table) new ThunderStormImporter().read(file, ImportOptions.NONE, ProgressMonitor.NONE).data().get(0);
    }

    @Test
    void groundTruthOfTubulins() throws IOException {
        Path file = TestData.file("thunderstorm/tubulins1_00020.csv");
        assertTrue(new ThunderStormImporter().matchesMagic(Files.readAllBytes(file), "tubulins1_00020.csv"));
        Table t = read(file);
        assertTrue(Localizations.isLocalizationTable(t));
        assertEquals(49, t.rowCount());
        assertEquals(List.of("id", "frame", "x", "y", "z", "photons"), t.columnNames());
        assertEquals(Column.Type.LONG, t.require("frame").type());
        assertArrayEquals(new double[] {20, 20}, t.require("frame").range(), "every row in frame 20");
        assertEquals("nm", t.require("x").unit());
        assertEquals("nm", t.require("z").unit());
        assertEquals(25713.33, t.require("x").getDouble(0));
        assertEquals(26788.90, t.require("y").getDouble(0));
        assertEquals(192.31, t.require("z").getDouble(0));
        assertEquals(1655.48, t.require("photons").getDouble(0));
        assertEquals(4, t.require("id").getDouble(3));
        // the tubulin frame is 256 x 150 nm wide: every position lies on it
        double[] x = t.require("x").range();
        double[] y = t.require("y").range();
        assertTrue(x[0] >= 0 && x[1] <= 256 * 150 && y[0] >= 0 && y[1] <= 256 * 150);
        assertEquals("ThunderSTORM ground truth", t.metadata().get("format"));
    }

    @Test
    void resultsTableAndRoundTrip() throws IOException {
        Path dir = TestData.tempDir("thunderstorm");
        Path file = dir.resolve("results.csv");
        Files.writeString(file, RESULTS);
        Table t = read(file);
        assertEquals(List.of("id", "frame", "x", "y", "sigma", "photons", "background", "bkgstd", "uncertainty"),
                t.columnNames());
        assertEquals("photon", t.require("photons").unit());
        assertEquals("photon", t.require("background").unit());
        assertArrayEquals(new double[] {98.1, 101.5, 97.0}, t.require("background").toDoubles());
        assertArrayEquals(new double[] {9.8, 14.2, 6.1}, t.require("uncertainty").toDoubles());
        assertEquals(Column.Type.LONG, t.require("frame").type());
        Path out = dir.resolve("written.csv");
        new ThunderStormExporter().export(t, out, ImportOptions.NONE, ProgressMonitor.NONE);
        String head = Files.readAllLines(out).get(0);
        assertEquals("\"id\",\"frame\",\"x [nm]\",\"y [nm]\",\"sigma [nm]\",\"intensity [photon]\",\"offset [photon]\","
                + "\"bkgstd [photon]\",\"uncertainty [nm]\"", head);
        Table back = read(out);
        assertEquals(t.columnNames(), back.columnNames());
        for (Column c : t.columns()) {
            assertArrayEquals(c.toDoubles(), back.require(c.name()).toDoubles(), c.name());
            assertEquals(c.unit(), back.require(c.name()).unit(), c.name());
        }
    }

    @Test
    void tableWithoutIdGetsOneAndMicronsBecomeNanometres() throws IOException {
        Path dir = TestData.tempDir("thunderstorm");
        Path file = dir.resolve("um.csv");
        Files.writeString(file, "frame,x [um],y [um],z [um],quality\n1,1.5,2.25,-0.1,good\n2,3,4,0.2,bad\n");
        Table t = read(file);
        assertArrayEquals(new double[] {1500, 3000}, t.require("x").toDoubles(), 1e-9);
        assertArrayEquals(new double[] {-100, 200}, t.require("z").toDoubles(), 1e-9);
        assertEquals("nm", t.require("y").unit());
        assertEquals(Column.Type.TEXT, t.require("quality").type());
        Path out = dir.resolve("out.csv");
        new ThunderStormExporter().export(t, out, ImportOptions.NONE, ProgressMonitor.NONE);
        List<String> lines = Files.readAllLines(out);
        assertEquals("\"id\",\"frame\",\"x [nm]\",\"y [nm]\",\"z [nm]\"", lines.get(0));
        assertEquals("1,1,1500,2250,-100", lines.get(1));
    }

    @Test
    void damagedCopiesFailCleanly() throws Exception {
        // truncated copies; bit flips or stray delimiters, quotes and letters in the header or anywhere
        Fuzz.Mutator csvDamage = (bytes, random, m) -> {
            byte[] b = m % 3 == 0 ? Arrays.copyOf(bytes, random.nextInt(bytes.length)) : bytes.clone();
            for (int i = 0; m % 3 != 0 && i < 1 + random.nextInt(10); i++) {
                int at = random.nextInt(m % 3 == 1 ? Math.min(60, b.length) : b.length);
                b[at] = m % 2 == 0 ? (byte) (b[at] ^ (1 << random.nextInt(8))) : (byte) ",\n\"[]x9e-".charAt(random.nextInt(9));
            }
            return b;
        };
        Fuzz.Outcome outcome = Fuzz.run(TestData.file("thunderstorm/tubulins1_00020.csv"), "tubulins.csv", 2020, 300,
                Duration.ofSeconds(2), csvDamage, file -> read(file).columns().forEach(Column::range));
        assertEquals(300, outcome.total());
        assertTrue(outcome.refused() > 0);
    }
}
