package org.fluorite.kymo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Time strings as pylake's Timeindex reads them. */
class TimeIndexTest {

    @Test
    void unitsSignsAndCombinations() {
        assertEquals(114_200_000_000L, TimeIndex.parseNs("114.2s"));
        assertEquals(1_216_000_000L, TimeIndex.parseNs("1s 216ms"));
        assertEquals(-90_000_000_000L, TimeIndex.parseNs("-1m 30s"));
        assertEquals(9_720_000_000_000L, TimeIndex.parseNs("2.7h"));
        assertEquals(100_000_000L, TimeIndex.parseNs("100ms"));
        assertEquals(5L, TimeIndex.parseNs("5ns"));
        assertEquals(86_400_000_000_000L + 3_000L, TimeIndex.parseNs("1d 3us"));
        assertEquals(1_000 + 40L, TimeIndex.toTimestamp("40ns", 1_000, 5_000));
        assertEquals(5_000 - 40L, TimeIndex.toTimestamp("-40ns", 1_000, 5_000));
        assertEquals("Invalid time string '5 seconds'", assertThrows(IllegalArgumentException.class,
                () -> TimeIndex.parseNs("5 seconds")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> TimeIndex.parseNs("1s 2m"));
    }
}
