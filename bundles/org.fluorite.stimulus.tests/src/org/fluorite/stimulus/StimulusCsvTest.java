package org.fluorite.stimulus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.fluorite.core.display.TimeBand;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.ImportException;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stimulus CSV: the documented layout, round trips, tolerant headers and errors naming file and line. */
class StimulusCsvTest {

    static Path fixture(String name) {
        for (String base : new String[] {"resources", "bundles/org.fluorite.stimulus.tests/resources",
                "../org.fluorite.stimulus.tests/resources"}) {
            Path p = Paths.get(base, name);
            if (Files.isRegularFile(p)) {
                return p.toAbsolutePath();
            }
        }
        throw new IllegalStateException("Missing test fixture " + name);
    }

    private static FormatRegistry registry() {
        FormatRegistry r = new FormatRegistry();
        r.addImporter(new StimulusCsvImporter());
        r.addExporter(new StimulusCsvExporter());
        return r;
    }

    @Test
    void theExampleFileReadsAsThreeTypes() throws IOException {
        ImportResult result = registry().open(fixture("stimulus_example.csv"), ImportOptions.NONE, ProgressMonitor.NONE);
        StimulusMap m = assertInstanceOf(StimulusMap.class, result.data().get(0));
        assertEquals("stimulus_example", m.name());
        assertEquals(List.of("odour", "light", "running"), m.types().stream().map(StimulusType::name).toList());
        assertEquals(7, m.periodCount());
        StimulusType light = m.type("light").orElseThrow();
        assertEquals(TimeUnit.SECONDS, light.unit());
        assertEquals(new StimulusPeriod("blue, short pulse", 2.5, 3, 0x17BECF), light.periods().get(0));
        assertEquals(new StimulusPeriod("run", 30, 95.5, 0x2CA02C), m.type("running").orElseThrow().periods().get(1));
        assertEquals("import.stimulus-csv", m.provenance().operations().get(0).name());
        // 30 frames per second, 90 frames: light 2.5-3 s -> frames 75-90, 6-9.5 s starts after the movie; run 30-95.5 cut at 90
        List<TimeBand> bands = m.timeBands(30, 90);
        assertEquals(new TimeBand(75, 90, 0x17BECF, "light: blue, short pulse"), bands.get(3));
        assertEquals(new TimeBand(30, 90, 0x2CA02C, "running: run"), bands.get(5));
        assertEquals(6, bands.size());
    }

    @Test
    void writtenTextIsTheDocumentedLayout() throws IOException {
        StimulusMap m = StimulusMap.empty("x").withType("odour", TimeUnit.FRAMES).withType("light", TimeUnit.SECONDS)
                .withPeriod("odour", new StimulusPeriod("apple", 10, 20, 0xD62728))
                .withPeriod("light", new StimulusPeriod("say \"blue\", then", 2.5, 3, 0x17BECF));
        StringWriter w = new StringWriter();
        StimulusCsv.write(m, w);
        assertEquals("""
                type,name,start,end,unit,colour
                odour,apple,10,20,frames,#D62728
                light,"say ""blue"", then",2.5,3,seconds,#17BECF
                """, w.toString());
    }

    @Test
    void roundTripThroughTheRegistry(@TempDir Path dir) throws IOException {
        FormatRegistry registry = registry();
        StimulusMap original = (StimulusMap) registry.open(fixture("stimulus_example.csv"), ImportOptions.NONE,
                ProgressMonitor.NONE).data().get(0);
        Path out = dir.resolve("copy.csv");
        registry.exporterFor(out, original).orElseThrow().export(original, out, ImportOptions.NONE, ProgressMonitor.NONE);
        StimulusMap back = (StimulusMap) registry.open(out, ImportOptions.NONE, ProgressMonitor.NONE).data().get(0);
        assertEquals(original.types(), back.types());
        assertEquals(Files.readString(fixture("stimulus_example.csv")), Files.readString(out), "the same text");
    }

    @Test
    void headerInAnyOrderWithOptionalAndExtraColumns(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("s.csv");
        Files.writeString(f, "\uFEFFName,END,Start,Type,contrast,Color\r\nleft,5,1,grating,0.5,\r\nright,9,6,grating,1,\r\n"
                + "left,20,15,grating,1,#000001\r\n\r\n");
        List<String> notes = new ArrayList<>();
        StimulusMap m = StimulusCsv.read(f, notes);
        StimulusType g = m.type("grating").orElseThrow();
        assertEquals(TimeUnit.FRAMES, g.unit(), "frames when there is no unit column");
        assertEquals(List.of(new StimulusPeriod("left", 1, 5, 0x1F77B4), new StimulusPeriod("right", 6, 9, 0xFF7F0E),
                new StimulusPeriod("left", 15, 20, 0x000001)), g.periods());
        assertEquals(List.of("contrast"), m.metadata().get("ignoredColumns"));
        assertEquals(List.of("Ignored columns: contrast", "2 periods had no colour and got one per name"), notes);
    }

    @Test
    void errorsNameTheFileAndLine(@TempDir Path dir) throws IOException {
        assertError(dir, "type,name,start,end\na,b,1,x\n", "line 2: end 'x' is not a number");
        assertError(dir, "type,name,start,end\na,b,1,2\na,c,5,3\n", "line 3: Stimulus 'c' must end after it starts");
        assertError(dir, "type,name,start,end,unit\na,b,1,2,frames\na,c,3,4,seconds\n", "line 3: type 'a' mixes frames and seconds");
        assertError(dir, "type,name,start,end,unit\na,b,1,2,hours\n", "line 2: unknown time unit 'hours'");
        assertError(dir, "type,name,start,end,colour\na,b,1,2,red\n", "line 2: 'red' is not a colour #RRGGBB");
        assertError(dir, "type,name,start\n", "has no 'end' column");
        assertError(dir, "", "is empty");
        assertError(dir, "type,name,start,end\na,\"b,1,2\n", "line 2: a quoted cell is never closed");
        assertError(dir, "type,name,start,end\na,b,1\n", "line 2 has 3 cells, the header 4");
        assertError(dir, "type,name,start,end\n,odour,1,2\n", "line 2: the stimulus type is empty");
    }

    private static void assertError(Path dir, String text, String problem) throws IOException {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        ImportException e = assertThrows(ImportException.class, () -> StimulusCsv.read(f, new ArrayList<>()));
        assertEquals(f, e.file());
        assertTrue(e.getMessage().startsWith(f.toString()) && e.problem().contains(problem), e.getMessage());
    }

    @Test
    void magicIsTheHeader() {
        StimulusCsvImporter importer = new StimulusCsvImporter();
        assertTrue(importer.matchesMagic("type,name,start,end,unit,colour\n".getBytes(StandardCharsets.UTF_8), "a.csv"));
        assertTrue(importer.matchesMagic("\"Type\",\"Name\",\"Start\",\"End\"\r\n".getBytes(StandardCharsets.UTF_8), "a.txt"));
        assertFalse(importer.matchesMagic("id,frame,x [nm],y [nm]\n".getBytes(StandardCharsets.UTF_8), "a.csv"));
        assertFalse(importer.matchesMagic("frame,time [s],type,name\n".getBytes(StandardCharsets.UTF_8), "a.csv"));
        assertFalse(importer.matchesMagic(new byte[0], "a.csv"));
    }
}
