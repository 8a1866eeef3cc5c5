package org.fluorite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fluorite.io.FormatRegistry;
import org.fluorite.io.tiff.TiffImporter;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;

/** {@code info} on a real file with the real TIFF importer (needs bundle org.fluorite.io.tiff). */
class TiffInfoTest {

    private static final String MOVIE = "fissa/b/images/AVG_A01.tif";

    private static CommandLine withTiff() {
        FormatRegistry registry = new FormatRegistry();
        registry.addImporter(new TiffImporter());
        return CommandLine.standalone(registry);
    }

    @Test
    void jsonDescribesTheFissaMovie() throws Exception {
        Path file = TestData.file(MOVIE);
        CliRun r = CliRun.of(withTiff(), "info", file.toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        Map<String, Object> j = r.json();
        assertEquals(new TiffImporter().id(), j.get("format"));
        assertEquals(file.toString(), j.get("file"));
        assertEquals(Files.size(file), ((Number) j.get("fileBytes")).longValue());
        assertEquals("TYX", j.get("axes"));
        assertEquals(List.of(29L, 21L, 14L), j.get("shape"));
        assertEquals("uint16", j.get("pixelType"));
        assertEquals(29L, ((Number) j.get("planeCount")).longValue());
        assertEquals(29L * 21 * 14 * 2, ((Number) j.get("sizeBytes")).longValue());
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> cal = (Map<String, Map<String, Object>>) j.get("calibration");
        assertEquals(List.of("T", "Y", "X"), List.copyOf(cal.keySet()));
        for (Map<String, Object> c : cal.values()) {
            assertTrue(((Number) c.get("size")).doubleValue() > 0, cal.toString());
            assertTrue(List.of("m", "s", "").contains(c.get("unit")), cal.toString());
        }
        assertTrue(j.get("metadata") instanceof Map, "metadata is an object");
        assertTrue(j.get("provenance") instanceof List, "provenance is a list");
        assertTrue(j.get("messages") instanceof List, "messages is a list");
    }

    @Test
    void textSummaryOfTheFissaMovie() {
        Path file = TestData.file(MOVIE);
        CliRun r = CliRun.of(withTiff(), "info", file.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Axes:        TYX  (time 29, rows 21, columns 14)\n"), r.out());
        assertTrue(r.out().contains("Pixel type:  uint16\n"), r.out());
        assertTrue(r.out().contains("Pixel data:  16.65 KiB in 29 planes\n"), r.out());
    }

    @Test
    void formatsListsTheTiffImporter() {
        CliRun r = CliRun.of(withTiff(), "formats", "--json");
        assertEquals(0, r.exit(), r.err());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> importers = (List<Map<String, Object>>) r.json().get("importers");
        assertEquals(1, importers.size());
        assertEquals(new TiffImporter().id(), importers.get(0).get("id"));
        assertTrue(((List<?>) importers.get(0).get("extensions")).contains("tif"), importers.toString());
    }
}
