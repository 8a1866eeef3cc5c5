package org.fluorite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.fluorite.io.FormatRegistry;
import org.junit.jupiter.api.Test;

class FormatsCommandTest {

    private static CommandLine withFake() {
        FormatRegistry registry = new FormatRegistry();
        registry.addImporter(new FakeFormat());
        registry.addImporter(new FakeFormat());
        return CommandLine.standalone(registry);
    }

    @Test
    void jsonListsImportersExportersAndProblems() {
        CliRun r = CliRun.of(withFake(), "formats", "--json");
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> j = r.json();
        assertEquals(List.of(Map.of("id", "test.fake", "name", "Fake test images", "extensions", List.of("fake"))),
                j.get("importers"));
        assertEquals(List.of(), j.get("exporters"));
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) j.get("problems");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("id 'test.fake' is already taken"), problems.get(0));
    }

    @Test
    void textListsEachFormatOnOneLine() {
        CliRun r = CliRun.of(withFake(), "formats");
        assertEquals(0, r.exit());
        List<String> lines = r.out().lines().toList();
        assertEquals("Importers (read):", lines.get(0));
        assertEquals("  test.fake  Fake test images  .fake", lines.get(1));
        assertEquals("Exporters (write):", lines.get(3));
        assertEquals("  (none installed)", lines.get(4));
        assertTrue(lines.contains("Problems:"));
    }

    @Test
    void rejectsArguments() {
        CliRun r = CliRun.of(withFake(), "formats", "x");
        assertEquals(2, r.exit());
        assertEquals(List.of("fluorite formats: unexpected argument 'x'; run './fluorite help formats'"), r.errLines());
    }
}
