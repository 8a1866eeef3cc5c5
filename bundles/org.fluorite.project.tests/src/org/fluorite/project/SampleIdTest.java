package org.fluorite.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** SampleID rules: Animal-_-Trial, the separator refused inside either id. */
class SampleIdTest {

    @Test
    void joinsAnimalAndTrialWithTheSeparator() {
        SampleId id = new SampleId("brn3b_day1_a1", "2");
        assertEquals("brn3b_day1_a1-_-2", id.toString());
        assertEquals(id, SampleId.parse("brn3b_day1_a1-_-2"));
        assertEquals("cng_ch4_day1_a2", SampleId.parse("cng_ch4_day1_a2-_-t1").animal());
        assertEquals("t1", SampleId.parse("cng_ch4_day1_a2-_-t1").trial());
    }

    @Test
    void refusesTheSeparatorInsideEitherIdWithAClearMessage() {
        IllegalArgumentException a = assertThrows(IllegalArgumentException.class, () -> new SampleId("a-_-b", "1"));
        assertTrue(a.getMessage().contains("Animal ID 'a-_-b' contains '-_-'"), a.getMessage());
        IllegalArgumentException t = assertThrows(IllegalArgumentException.class, () -> new SampleId("a", "x-_-y"));
        assertTrue(t.getMessage().contains("Trial ID 'x-_-y' contains '-_-'"), t.getMessage());
    }

    @Test
    void refusesEmptyPaddedAndMalformedIds() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SampleId("", "1")).getMessage().contains("empty"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SampleId(" a", "1")).getMessage().contains("white space"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SampleId.parse("a_b")).getMessage()
                .contains("not a SampleID"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SampleId.parse("a-_-b-_-c")).getMessage()
                .contains("not a SampleID"));
        assertThrows(IllegalArgumentException.class, () -> new SampleId("a\tb", "1"));
    }
}
