package org.fluorite.smlm.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.batch.BatchItem;
import org.junit.jupiter.api.Test;

/** Parameters of "localize" items: checked when added, turned into the localize command line. */
class LocalizeKindTest {

    private final LocalizeKind kind = new LocalizeKind();

    @Test
    void goodParametersPass() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("threshold", "1.5");
        p.put("method", "wlsq");
        p.put("frames", "1:250");
        p.put("background", "-30:0");
        p.put("subtract-background", true);
        p.put("roi-size", 9.0);
        assertEquals(List.of(), kind.validate(p, List.of("/data/movie.tif")));
    }

    @Test
    void everyMistakeIsNamed() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("treshold", "1.5");
        p.put("method", "lsq");
        p.put("frames", "5:1");
        p.put("background", "-30");
        p.put("single-emitter", "yes");
        p.put("em-gain", "high");
        p.put("roi-size", "7.5");
        List<String> problems = kind.validate(p, List.of());
        assertEquals(8, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(s -> s.equals("parameter roi-size takes a whole number, not '7.5'")), problems.toString());
        assertTrue(problems.get(0).contains("one input stack"), problems.get(0));
        assertTrue(problems.stream().anyMatch(s -> s.startsWith("unknown parameter 'treshold'") && s.contains("threshold")), problems.toString());
        assertTrue(problems.stream().anyMatch(s -> s.contains("mle or wlsq")), problems.toString());
        assertTrue(problems.stream().anyMatch(s -> s.contains("frames takes A:B")), problems.toString());
        assertTrue(problems.stream().anyMatch(s -> s.startsWith("parameter background")), problems.toString());
        assertTrue(problems.stream().anyMatch(s -> s.contains("single-emitter is true or false")), problems.toString());
        assertTrue(problems.stream().anyMatch(s -> s.contains("em-gain takes a number")), problems.toString());
    }

    @Test
    void theCommandLineIsTheLocalizeCommandWithSortedOptions() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("threshold", 1.5);
        p.put("frames", "26:50");
        p.put("roi-size", 9.0);
        p.put("single-emitter", true);
        p.put("subtract-background", false);
        BatchItem item = BatchItem.create(LocalizeKind.ID, "m frames 26-50", p, List.of("/data/m.tif"));
        assertEquals(List.of("localize", "/data/m.tif", "--out", "/tmp/o/locs.csv", "--frames", "26:50", "--roi-size", "9",
                "--single-emitter", "--threshold", "1.5"), kind.commandLine(item, Path.of("/tmp/o")));
        assertEquals(List.of("locs.csv"), kind.outputs(p));
        assertEquals("localize", kind.id());
    }
}
