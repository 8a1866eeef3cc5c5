package org.fluorite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.Plane;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.tiff.TiffExporter;
import org.fluorite.io.tiff.TiffImporter;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} with the real TIFF reader and writer: views written are the views read back. */
class ExportCommandTest {

    private static final String MOVIE = "fissa/b/images/AVG_A01.tif";

    private static FormatRegistry registry() {
        FormatRegistry registry = new FormatRegistry();
        registry.addImporter(new TiffImporter());
        registry.addExporter(new TiffExporter());
        return registry;
    }

    private static Image read(FormatRegistry registry, Path file) throws Exception {
        return registry.open(file, ImportOptions.NONE, ProgressMonitor.NONE).firstImage();
    }

    @Test
    void framesAndRegionAreWrittenExactly(@TempDir Path dir) throws Exception {
        FormatRegistry registry = registry();
        Path out = dir.resolve("crop.tif");
        CliRun r = CliRun.of(CommandLine.standalone(registry), "export", TestData.file(MOVIE).toString(), "--frames", "5:15",
                "--region", "2,3,10,12", "--out", out.toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> j = r.json();
        assertEquals(out.toString(), j.get("file"));
        assertEquals(List.of(10L, 12L, 10L), j.get("shape"));

        Image original = read(registry, TestData.file(MOVIE));
        Image written = read(registry, out);
        assertEquals("TYX", written.axesString());
        assertEquals(10, written.length(Axis.T));
        for (int t = 0; t < 10; t++) {
            Plane expected = original.plane(5L + t);
            Plane actual = written.plane((long) t);
            for (int y = 0; y < 12; y++) {
                for (int x = 0; x < 10; x++) {
                    assertEquals(expected.get(x + 2, y + 3), actual.get(x, y), "frame " + t + " at " + x + "," + y);
                }
            }
        }
    }

    @Test
    void maxProjectionMatchesThePixelwiseMaximum(@TempDir Path dir) throws Exception {
        FormatRegistry registry = registry();
        Path out = dir.resolve("max.tif");
        CliRun r = CliRun.of(CommandLine.standalone(registry), "export", TestData.file(MOVIE).toString(), "--project", "max",
                "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Wrote " + out), r.out());
        Image original = read(registry, TestData.file(MOVIE));
        Image max = read(registry, out);
        assertEquals("YX", max.axesString());
        Plane m = max.plane();
        for (int i = 0; i < m.size(); i++) {
            double expected = Double.NEGATIVE_INFINITY;
            for (long t = 0; t < 29; t++) {
                expected = Math.max(expected, original.plane(t).get(i));
            }
            assertEquals(expected, m.get(i), "pixel " + i);
        }
    }

    @Test
    void unknownOutputFormatAndBadRangesAreUsageErrors(@TempDir Path dir) {
        FormatRegistry registry = registry();
        String in = TestData.file(MOVIE).toString();
        CliRun unknown = CliRun.of(CommandLine.standalone(registry), "export", in, "--out", dir.resolve("x.xyz").toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains(".tif"), unknown.err());
        CliRun range = CliRun.of(CommandLine.standalone(registry), "export", in, "--frames", "20:40", "--out",
                dir.resolve("y.tif").toString());
        assertEquals(2, range.exit());
        assertTrue(range.err().contains("29 frames"), range.err());
        assertFalse(Files.exists(dir.resolve("y.tif")), "nothing written on a usage error");
    }
}
