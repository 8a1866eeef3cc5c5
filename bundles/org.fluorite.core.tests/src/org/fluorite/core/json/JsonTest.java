package org.fluorite.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void wholeNumbersALongHoldsStayExact() {
        // nanosecond timestamps (19 digits) and the extremes of a long come back to the unit
        assertEquals(1600000000123456789L, Json.parse("1600000000123456789"));
        assertEquals(Long.MAX_VALUE, Json.parse(Long.toString(Long.MAX_VALUE)));
        assertEquals(Long.MIN_VALUE, Json.parse(Long.toString(Long.MIN_VALUE)));
        assertEquals(List.of(1600000000200000001L), Json.parse(Json.write(List.of(1600000000200000001L))));
        // beyond a long: a double, as before
        assertEquals(9.223372036854775808E18, Json.parse("9223372036854775808"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("12-3"));
    }

    @Test
    void roundTripKeepsOrderTypesAndEscapes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("zeta", "first key stays first");
        m.put("quote\"back\\slash", "line\nbreak\ttab\rreturn\b\f");
        m.put("control", "\u0001\u001f");
        m.put("unicode", "µm – Ca²⁺ 蛍石");
        m.put("long", 12345678901L);
        m.put("double", 0.25);
        m.put("whole double", 2.0);
        m.put("negative", -1.5e-7);
        m.put("flags", List.of(true, false));
        m.put("nothing", null);
        m.put("nested", Map.of("empty list", List.of(), "empty map", Map.of()));
        String text = Json.write(m);
        assertTrue(text.contains("\"quote\\\"back\\\\slash\""), text);
        assertTrue(text.contains("line\\nbreak\\ttab\\rreturn\\b\\f"), text);
        assertTrue(text.contains("\\u0001\\u001f"), text);
        assertTrue(text.contains("\"whole double\":2.0"), text);
        Object back = Json.parse(text);
        assertEquals(m, back);
        assertEquals(List.copyOf(m.keySet()), List.copyOf(((Map<?, ?>) back).keySet()));
        assertInstanceOf(Long.class, ((Map<?, ?>) back).get("long"));
        assertInstanceOf(Double.class, ((Map<?, ?>) back).get("whole double"));
        assertEquals(m, Json.parse(Json.writePretty(m)));
    }

    @Test
    void prettyPrintingIndentsByTwo() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", 1);
        m.put("b", List.of(2, "x"));
        assertEquals("{\n  \"a\": 1,\n  \"b\": [\n    2,\n    \"x\"\n  ]\n}", Json.writePretty(m));
        assertEquals("{\"a\":1,\"b\":[2,\"x\"]}", Json.write(m));
        assertEquals("{}", Json.writePretty(Map.of()));
    }

    @Test
    void acceptsPythonNaNAndInfinityAndWritesThemAsNull() {
        List<?> l = (List<?>) Json.parse("[NaN, Infinity, -Infinity, -0.5, 1e3, 7]");
        assertTrue(Double.isNaN((Double) l.get(0)));
        assertEquals(Double.POSITIVE_INFINITY, l.get(1));
        assertEquals(Double.NEGATIVE_INFINITY, l.get(2));
        assertEquals(-0.5, l.get(3));
        assertEquals(1000.0, l.get(4));
        assertEquals(7L, l.get(5));
        assertEquals("[null,null,null,1.0E-300]", Json.write(Arrays.asList(Double.NaN, Double.POSITIVE_INFINITY,
                Float.NEGATIVE_INFINITY, 1e-300)));
    }

    @Test
    void parsesEscapesAndUnicode() {
        assertEquals("a/b\u00e9\"\\\n", Json.parse("\"a\\/b\\u00e9\\\"\\\\\\n\""));
        assertEquals(Map.of("k", List.of()), Json.parse(" { \"k\" : [ ] } "));
        assertNull(Json.parse("null"));
        assertEquals(Boolean.TRUE, Json.parse("true"));
        assertEquals(Double.class, Json.parse("12345678901234567890").getClass(), "too long for a long");
    }

    @Test
    void errorsNameThePosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": tru}"));
        assertTrue(e.getMessage().contains("character 6"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Json.parse("[1, 2"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("\"open"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("\"\\x\""));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("1 2"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{a: 1}"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("[" .repeat(600) + "]".repeat(600)));
    }

    @Test
    void checkValueConvertsArraysEnumsAndRejectsOthers() {
        assertEquals(List.of(1, 2), Json.checkValue(new int[] {1, 2}));
        assertEquals("SECONDS", Json.checkValue(java.util.concurrent.TimeUnit.SECONDS));
        assertEquals("c", Json.checkValue('c'));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.checkValue(new Object()));
        assertTrue(e.getMessage().contains("java.lang.Object"), e.getMessage());
    }
}
