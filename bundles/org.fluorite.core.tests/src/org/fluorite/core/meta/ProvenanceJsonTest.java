package org.fluorite.core.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProvenanceJsonTest {

    private static Operation op(String name, Map<String, Object> params, String time) {
        return new Operation(name, params, Instant.parse(time), "fluorite 0.1.0");
    }

    @Test
    void roundTripKeepsEveryOperationInOrder() {
        Map<String, Object> importParams = new LinkedHashMap<>();
        importParams.put("file", "C:\\data\\cell \"A\".tif");
        importParams.put("series", 2L);
        Map<String, Object> motion = new LinkedHashMap<>();
        motion.put("reference", "mean");
        motion.put("shifts", List.of(0.5, -1.25));
        motion.put("bounds", Map.of("max", 20L));
        Provenance p = Provenance.EMPTY
                .then(op("import.tiff", importParams, "2024-03-01T10:15:30Z"))
                .then(op("motion.rigid", motion, "2024-03-01T10:16:00.125Z"));
        String json = p.toJson();
        assertTrue(json.startsWith("[{\"operation\":\"import.tiff\""), json);
        Provenance back = Provenance.fromJson(json);
        assertEquals(p, back);
        assertEquals(p.hashCode(), back.hashCode());
        assertEquals("C:\\data\\cell \"A\".tif", back.operations().get(0).parameters().get("file"));
        assertEquals(Instant.parse("2024-03-01T10:16:00.125Z"), back.operations().get(1).time());
        assertEquals("fluorite 0.1.0", back.operations().get(1).tool());
        assertEquals(List.of(0.5, -1.25), back.operations().get(1).parameters().get("shifts"));
    }

    @Test
    void thenReturnsALongerCopy() {
        Provenance one = Provenance.EMPTY.then(op("a", null, "2024-01-01T00:00:00Z"));
        Provenance two = one.then(op("b", Map.of(), "2024-01-01T00:00:01Z"));
        assertNotSame(one, two);
        assertEquals(1, one.operations().size());
        assertEquals(List.of("a", "b"), two.operations().stream().map(Operation::name).toList());
        assertTrue(Provenance.EMPTY.isEmpty());
        assertEquals("[]", Provenance.EMPTY.toJson());
        assertThrows(UnsupportedOperationException.class, () -> two.operations().add(op("c", null, "2024-01-01T00:00:00Z")));
    }

    @Test
    void readsEntriesWithoutTimeOrToolAndRejectsBadShapes() {
        Provenance p = Provenance.fromJson("[{\"operation\": \"x\", \"parameters\": {\"v\": NaN}}]");
        Operation o = p.operations().get(0);
        assertEquals("x", o.name());
        assertEquals("", o.tool());
        assertTrue(Double.isNaN((Double) o.parameters().get("v")));
        assertThrows(IllegalArgumentException.class, () -> Provenance.fromJson("{}"));
        assertThrows(IllegalArgumentException.class, () -> Provenance.fromJson("[1]"));
        assertThrows(IllegalArgumentException.class, () -> Provenance.fromJson("[{\"parameters\": {}}]"));
    }
}
