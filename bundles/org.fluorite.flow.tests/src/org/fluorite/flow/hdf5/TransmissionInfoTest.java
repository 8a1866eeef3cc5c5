package org.fluorite.flow.hdf5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fluorite.cli.CommandLine;
import org.fluorite.core.json.Json;
import org.fluorite.flow.Samples;
import org.fluorite.io.FormatRegistry;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;

/** {@code ./fluorite info FILE.trn.h5 --json} shows the transmission's columns and blocks with their operations. */
class TransmissionInfoTest {

    @Test
    @SuppressWarnings("unchecked")
    void infoDescribesATransmissionFile() {
        FormatRegistry formats = new FormatRegistry();
        formats.addImporter(new TransmissionImporter());
        CommandLine cl = CommandLine.standalone(formats);
        Path file = TestData.fixture("org.fluorite.flow.tests", TransmissionHdf5Test.FIXTURE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = cl.execute(new String[] {"info", file.toString(), "--json"}, o, e);
        }
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        Map<String, Object> j = (Map<String, Object>) Json.parse(text);
        assertTrue(text.contains("\"transmission\""), text);
        Map<String, Object> d = findDescription(j);
        assertEquals(3L, d.get("rowCount"));
        List<Map<String, Object>> blocks = (List<Map<String, Object>>) d.get("blocks");
        assertEquals(Samples.BLOCK_A.toString(), blocks.get(0).get("id"));
        assertEquals(List.of("spawn_transmission", "normalize"), blocks.get(0).get("operations"));
        assertEquals("_NORMALIZE", d.get("lastOutput"));
        assertTrue(text.contains("import.transmission"), "provenance names the import: " + text);
    }

    /** The object holding "rowCount" wherever info puts the description. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> findDescription(Object o) {
        if (o instanceof Map<?, ?> m) {
            if (m.containsKey("rowCount") && m.containsKey("blocks")) {
                return (Map<String, Object>) m;
            }
            for (Object v : m.values()) {
                Map<String, Object> found = findDescription(v);
                if (found != null) {
                    return found;
                }
            }
        } else if (o instanceof List<?> l) {
            for (Object v : l) {
                Map<String, Object> found = findDescription(v);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
