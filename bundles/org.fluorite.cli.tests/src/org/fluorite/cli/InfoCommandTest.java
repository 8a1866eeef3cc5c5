package org.fluorite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fluorite.io.FormatRegistry;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InfoCommandTest {

    private Path dir;
    private CommandLine cl;

    @BeforeEach
    void setUp() throws IOException {
        dir = TestData.tempDir("cli-info");
        FormatRegistry registry = new FormatRegistry();
        registry.addImporter(new FakeFormat());
        cl = CommandLine.standalone(registry);
        cl.setWorkingDirectory(dir);
    }

    private Path movie() throws IOException {
        return FakeFormat.write(dir.resolve("movie.fake"), "name=movie", "axes=TYX", "shape=3,4,5", "type=uint16",
                "cal.T=0.5 s", "cal.X=2e-7 m", "cal.Y=2e-7 m", "meta.origin=unit-test", "meta.fps=2", "warn=clock drift");
    }

    @Test
    void jsonHasTheDocumentedKeysAndValues() throws IOException {
        Path file = movie();
        CliRun r = CliRun.of(cl, "info", "movie.fake", "--json");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        Map<String, Object> j = r.json();
        assertEquals("test.fake", j.get("format"));
        assertEquals(file.toString(), j.get("file"));
        assertEquals(Files.size(file), ((Number) j.get("fileBytes")).longValue());
        assertEquals("movie", j.get("name"));
        assertEquals("image", j.get("kind"));
        assertEquals("TYX", j.get("axes"));
        assertEquals(List.of(3L, 4L, 5L), j.get("shape"));
        assertEquals("uint16", j.get("pixelType"));
        assertEquals(3L * 4 * 5 * 2, ((Number) j.get("sizeBytes")).longValue());
        assertEquals(3L, ((Number) j.get("planeCount")).longValue());
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> cal = (Map<String, Map<String, Object>>) j.get("calibration");
        assertEquals(List.of("T", "Y", "X"), List.copyOf(cal.keySet()));
        assertEquals(0.5, ((Number) cal.get("T").get("size")).doubleValue(), 1e-12);
        assertEquals("s", cal.get("T").get("unit"));
        assertEquals(2e-7, ((Number) cal.get("X").get("size")).doubleValue(), 1e-18);
        assertEquals("m", cal.get("X").get("unit"));
        assertEquals("m", cal.get("Y").get("unit"));
        assertEquals(Map.of("origin", "unit-test", "fps", "2"), j.get("metadata"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> prov = (List<Map<String, Object>>) j.get("provenance");
        assertEquals(1, prov.size());
        assertEquals("import.fake", prov.get(0).get("operation"));
        assertEquals(Map.of("file", "movie.fake"), prov.get(0).get("parameters"));
        assertEquals(List.of("warning: clock drift"), j.get("messages"));
        assertEquals(1L, ((Number) j.get("itemCount")).longValue());
        assertFalse(j.containsKey("items"));
    }

    @Test
    void uncalibratedAxesHaveSizeOneAndEmptyUnit() throws IOException {
        FakeFormat.write(dir.resolve("plain.fake"), "axes=ZYX", "shape=2,2,2", "type=float32");
        Map<String, Object> j = CliRun.of(cl, "info", "--json", "plain.fake").json();
        assertEquals("ZYX", j.get("axes"));
        assertEquals("float32", j.get("pixelType"));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> cal = (Map<String, Map<String, Object>>) j.get("calibration");
        assertEquals(1.0, ((Number) cal.get("Z").get("size")).doubleValue());
        assertEquals("", cal.get("Z").get("unit"));
        assertEquals("", cal.get("X").get("unit"));
        assertEquals(Map.of(), j.get("metadata"));
        assertEquals(List.of(), j.get("messages"));
    }

    @Test
    void severalDataObjectsAreListedAsItems() throws IOException {
        FakeFormat.write(dir.resolve("two.fake"), "name=img", "axes=YX", "shape=2,3", "extra=notes");
        Map<String, Object> j = CliRun.of(cl, "info", "two.fake", "--json").json();
        assertEquals("img", j.get("name"));
        assertEquals(2L, ((Number) j.get("itemCount")).longValue());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) j.get("items");
        assertEquals(2, items.size());
        assertEquals("img", items.get(0).get("name"));
        assertEquals(List.of(2L, 3L), items.get(0).get("shape"));
        assertEquals("notes", items.get(1).get("name"));
        assertEquals("note", items.get(1).get("kind"));
        assertNull(items.get(1).get("axes"));
        assertNull(items.get(1).get("shape"));
        assertEquals(Map.of("text", "a note"), items.get(1).get("metadata"));
    }

    @Test
    void axisOrderAndMetadataFileArePassedToTheImporter() throws IOException {
        movie();
        Files.writeString(dir.resolve("side.json"), "{\"date\": \"20240102_030405\", \"fps\": 30}");
        CliRun r = CliRun.of(cl, "info", "movie.fake", "--axis-order", "TXY", "--metadata", "side.json", "--json");
        assertEquals(0, r.exit(), r.err());
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) r.json().get("metadata");
        assertEquals("txy", meta.get("axisOrderOption"));
        assertEquals("20240102_030405", meta.get("date"));
        assertEquals(30L, ((Number) meta.get("fps")).longValue());
    }

    @Test
    void textSummaryIsReadable() throws IOException {
        Path file = movie();
        CliRun r = CliRun.of(cl, "info", "movie.fake");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("File:        " + file + " (" + Files.size(file) + " B)", lines.get(0));
        assertEquals("Format:      test.fake", lines.get(1));
        assertEquals("Name:        movie", lines.get(2));
        assertEquals("Axes:        TYX  (time 3, rows 4, columns 5)", lines.get(3));
        assertEquals("Pixel type:  uint16", lines.get(4));
        assertEquals("Pixel data:  120 B in 3 planes", lines.get(5));
        assertEquals("Calibration: T 500 ms, Y 200 nm, X 200 nm", lines.get(6));
        assertTrue(lines.contains("  origin: unit-test"), r.out());
        assertTrue(lines.contains("Messages:"), r.out());
        assertTrue(lines.contains("  warning: clock drift"), r.out());
    }

    @Test
    void missingFileIsOneLineExitOne() {
        CliRun r = CliRun.of(cl, "info", "missing.fake", "--json");
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertEquals(List.of("fluorite: " + dir.resolve("missing.fake") + ": file not found"), r.errLines());
    }

    @Test
    void unknownFormatIsOneLineNamingTheFile() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "hello");
        CliRun r = CliRun.of(cl, "info", "notes.txt");
        assertEquals(1, r.exit());
        assertEquals(List.of("fluorite: " + dir.resolve("notes.txt")
                + ": not a format Fluorite can read (tried Fake test images)"), r.errLines());
    }

    @Test
    void importerFailuresNameTheFile() throws IOException {
        FakeFormat.write(dir.resolve("bad.fake"), "fail=truncated header");
        FakeFormat.write(dir.resolve("crash.fake"), "crash=index 9 out of bounds");
        CliRun bad = CliRun.of(cl, "info", "bad.fake");
        assertEquals(1, bad.exit());
        assertEquals(List.of("fluorite: " + dir.resolve("bad.fake") + ": truncated header"), bad.errLines());
        CliRun crash = CliRun.of(cl, "info", "crash.fake", "--json");
        assertEquals(1, crash.exit());
        assertEquals(List.of("fluorite: " + dir.resolve("crash.fake")
                + ": cannot be read as Fake test images: java.lang.IllegalStateException: index 9 out of bounds"),
                crash.errLines());
        assertEquals("", crash.out());
    }

    @Test
    void wrongArgumentsExitTwo() {
        CliRun none = CliRun.of(cl, "info");
        assertEquals(2, none.exit());
        assertEquals(List.of("fluorite info: missing FILE; run './fluorite help info'"), none.errLines());
        CliRun badOrder = CliRun.of(cl, "info", "a.fake", "--axis-order", "t-y");
        assertEquals(2, badOrder.exit());
        assertTrue(badOrder.err().startsWith("fluorite info: --axis-order takes axis letters"), badOrder.err());
        CliRun extra = CliRun.of(cl, "info", "a.fake", "b.fake");
        assertEquals(2, extra.exit());
        assertEquals(List.of("fluorite info: unexpected argument 'b.fake'; run './fluorite help info'"), extra.errLines());
    }

    @Test
    void helpDescribesTheJsonKeys() {
        CliRun r = CliRun.of(cl, "help", "info");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("Usage: ./fluorite info FILE [--json] [--axis-order ORDER] [--metadata FILE]\n"));
        for (String key : List.of("format", "axes", "shape", "pixelType", "calibration", "metadata", "provenance", "messages",
                "sizeBytes", "planeCount", "items")) {
            assertTrue(r.out().contains(key), key);
        }
    }
}
