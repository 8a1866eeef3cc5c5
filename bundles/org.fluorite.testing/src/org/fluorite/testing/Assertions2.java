package org.fluorite.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Numeric assertions with the tolerance stated at the call. */
public final class Assertions2 {

    private Assertions2() {
    }

    /** |actual - expected| <= relTol * |expected| (or absTol when expected is 0). */
    public static void assertClose(double expected, double actual, double relTol, String what) {
        double tol = expected == 0 ? relTol : Math.abs(expected) * relTol;
        assertEquals(expected, actual, tol, what + " (relative tolerance " + relTol + ")");
    }

    /** Element-wise {@link #assertClose} with an absolute tolerance. */
    public static void assertArrayClose(double[] expected, double[] actual, double absTol, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], absTol, what + " at index " + i);
        }
    }
}
