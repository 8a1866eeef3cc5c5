package org.fluorite.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.fluorite.core.json.Json;

/**
 * Reference values computed by a committed script (SciPy, NumPy, ...) and stored as JSON in a test
 * fragment's resources: reading them, and comparing arrays at a tolerance relative to their scale.
 */
public final class ReferenceData {

    private ReferenceData() {
    }

    /** The parsed JSON of resources/NAME in the given test bundle. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> load(String testBundle, String name) {
        try {
            return (Map<String, Object>) Json.parse(Files.readString(TestData.fixture(testBundle, name)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read fixture " + name + " of " + testBundle, e);
        }
    }

    public static double[] doubles(Object list) {
        List<?> l = (List<?>) list;
        double[] d = new double[l.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = ((Number) l.get(i)).doubleValue();
        }
        return d;
    }

    public static int[] ints(Object list) {
        List<?> l = (List<?>) list;
        int[] d = new int[l.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = ((Number) l.get(i)).intValue();
        }
        return d;
    }

    public static double number(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> cases(Map<String, Object> m, String key) {
        return (List<Map<String, Object>>) m.get(key);
    }

    /**
     * Element-wise |actual - expected| <= relTol * max|expected| (the scale of the whole array, so
     * values near zero are not held to a relative bound they cannot meet); NaN and infinities must
     * match exactly.
     */
    public static void assertArrayRel(double[] expected, double[] actual, double relTol, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        double scale = 0;
        for (double v : expected) {
            if (Double.isFinite(v)) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        double tol = relTol * Math.max(scale, Double.MIN_NORMAL);
        for (int i = 0; i < expected.length; i++) {
            if (!Double.isFinite(expected[i])) {
                assertEquals(expected[i], actual[i], what + " at " + i + " (" + expected[i] + " expected)");
            } else {
                assertEquals(expected[i], actual[i], tol, what + " at " + i + " (tolerance " + relTol
                        + " x max |expected| = " + tol + ")");
            }
        }
    }
}
