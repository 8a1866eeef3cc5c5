package org.fluorite.stimulus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.fluorite.core.display.TimeBand;
import org.junit.jupiter.api.Test;

/** Stimulus maps: editing, validation, unit conversion and time bands, with values worked out by hand. */
class StimulusMapTest {

    private static StimulusMap example() {
        return StimulusMap.empty("session 1").withType("odour", TimeUnit.FRAMES).withType("light", TimeUnit.SECONDS)
                .withPeriod("odour", new StimulusPeriod("banana", 40, 55, 0x1F77B4))
                .withPeriod("odour", new StimulusPeriod("apple", 10, 20, 0xD62728))
                .withPeriod("light", new StimulusPeriod("pulse", 2.5, 3.0, 0x17BECF));
    }

    @Test
    void periodsKeepTheOrderAddedAndSortOnRequest() {
        StimulusMap m = example();
        assertEquals(List.of("odour", "light"), m.types().stream().map(StimulusType::name).toList());
        StimulusType odour = m.type("odour").orElseThrow();
        assertEquals(List.of("banana", "apple"), odour.periods().stream().map(StimulusPeriod::name).toList());
        assertEquals(List.of("apple", "banana"), odour.chronological().stream().map(StimulusPeriod::name).toList());
        assertEquals(3, m.periodCount());
        StimulusMap removed = m.withoutPeriod("odour", 0);
        assertEquals(List.of("apple"), removed.type("odour").orElseThrow().periods().stream().map(StimulusPeriod::name).toList());
        assertEquals(3, m.periodCount(), "the original is unchanged");
        assertEquals(List.of("odour"), m.withoutType("light").types().stream().map(StimulusType::name).toList());
        assertThrows(IndexOutOfBoundsException.class, () -> m.withoutPeriod("odour", 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> m.withPeriod("sound", new StimulusPeriod("beep", 0, 1, 0)));
        assertTrue(e.getMessage().contains("'sound'") && e.getMessage().contains("odour, light"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> m.withType("odour", TimeUnit.FRAMES));
    }

    @Test
    void periodsMustEndAfterTheyStart() {
        assertThrows(IllegalArgumentException.class, () -> new StimulusPeriod("a", 5, 5, 0));
        assertThrows(IllegalArgumentException.class, () -> new StimulusPeriod("a", 5, 4, 0));
        assertThrows(IllegalArgumentException.class, () -> new StimulusPeriod("a", -1, 4, 0));
        assertThrows(IllegalArgumentException.class, () -> new StimulusPeriod(" ", 0, 4, 0));
        assertThrows(IllegalArgumentException.class, () -> new StimulusPeriod("a", 0, Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> new StimulusPeriod("a", 0, 1, 0x1000000));
        assertEquals("#0A0B0C", new StimulusPeriod("a", 0, 1, 0x0A0B0C).colourHex());
        assertEquals(0xABCDEF, StimulusPeriod.parseColour("#abcdef"));
        assertEquals(0xABCDEF, StimulusPeriod.parseColour("ABCDEF"));
        assertThrows(IllegalArgumentException.class, () -> StimulusPeriod.parseColour("#12345"));
    }

    @Test
    void timeBandsAreInFramesOfTheMovie() {
        // light 2.5 s to 3.0 s at 10 frames per second: frames 25 to 30
        List<TimeBand> bands = example().timeBands(10, 100);
        assertEquals(List.of(new TimeBand(10, 20, 0xD62728, "odour: apple"), new TimeBand(40, 55, 0x1F77B4, "odour: banana"),
                new TimeBand(25, 30, 0x17BECF, "light: pulse")), bands);
        assertEquals(List.of(new TimeBand(25, 30, 0x17BECF, "light: pulse")), example().timeBands("light", 10, 100));
    }

    @Test
    void bandsAreCutToTheMovie() {
        // a movie of 50 frames: banana (40-55) is cut at 50; at 40 frames it is dropped
        assertEquals(new TimeBand(40, 50, 0x1F77B4, "odour: banana"), example().timeBands("odour", Double.NaN, 50).get(1));
        assertEquals(1, example().timeBands("odour", Double.NaN, 40).size());
    }

    @Test
    void secondsNeedAFrameRate() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> example().timeBands(Double.NaN, 100));
        assertTrue(e.getMessage().contains("'light'") && e.getMessage().contains("frame rate"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> example().timeBands(0, 100));
    }

    @Test
    void unitConversionBothWays() {
        StimulusMap seconds = example().inUnit(TimeUnit.SECONDS, 4);
        StimulusType odour = seconds.type("odour").orElseThrow();
        assertEquals(TimeUnit.SECONDS, odour.unit());
        assertEquals(10.0, odour.periods().get(0).start(), 1e-12, "frame 40 at 4 fps");
        assertEquals(13.75, odour.periods().get(0).end(), 1e-12, "frame 55 at 4 fps");
        StimulusMap frames = seconds.inUnit(TimeUnit.FRAMES, 4);
        assertEquals(10.0, frames.type("light").orElseThrow().periods().get(0).start(), 1e-12, "2.5 s at 4 fps");
        assertEquals(example().type("odour"), frames.type("odour"));
        assertThrows(IllegalArgumentException.class, () -> example().inUnit(TimeUnit.FRAMES, Double.NaN));
    }

    @Test
    void validationReportsOverlapsAndPeriodsOutsideTheMovie() {
        StimulusMap m = example().withPeriod("odour", new StimulusPeriod("cherry", 50, 60, 0))
                .withPeriod("odour", new StimulusPeriod("date", 55, 58, 0))
                .withPeriod("odour", new StimulusPeriod("elder", 60, 70, 0));
        List<String> problems = m.validate(65, 10);
        assertEquals(List.of("odour: 'banana' (40 to 55 frames) overlaps 'cherry' (50 to 60 frames)",
                "odour: 'cherry' (50 to 60 frames) overlaps 'date' (55 to 58 frames)",
                "odour: 'elder' (60 to 70 frames) runs past the movie's 65 frames"), problems);
        assertEquals(List.of("light: periods are in seconds but the movie's frame rate is unknown"),
                example().validate(100, Double.NaN));
        // at 10 fps the pulse covers frames 25 to 30
        assertEquals(List.of("odour: 'banana' (40 to 55 frames) starts after the movie's 28 frames",
                "light: 'pulse' (2.5 to 3 seconds) runs past the movie's 28 frames"), example().validate(28, 10));
        assertEquals(List.of(), example().validate(55, 10));
    }

    @Test
    void describeListsTypesAndPeriods() {
        Map<String, Object> d = example().describe();
        assertEquals(2, d.get("typeCount"));
        assertEquals(3, d.get("periodCount"));
        @SuppressWarnings("unchecked")
        Map<String, Object> light = (Map<String, Object>) ((List<Object>) d.get("types")).get(1);
        assertEquals("light", light.get("type"));
        assertEquals("seconds", light.get("unit"));
        assertEquals(List.of(Map.of("name", "pulse", "start", 2.5, "end", 3L, "colour", "#17BECF")), light.get("periods"));
        assertEquals(StimulusMap.KIND, example().kind());
    }
}
