package org.fluorite.stimulus.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fluorite.core.display.TimeBand;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.meta.Provenance;
import org.fluorite.stimulus.StimulusMap;
import org.fluorite.stimulus.StimulusPeriod;
import org.fluorite.stimulus.StimulusType;
import org.fluorite.stimulus.TimeUnit;
import org.fluorite.stimulus.ui.StimulusEditor.Column;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Stimulus Map panel's editing state, without a display. */
class StimulusEditorTest {

    private StimulusEditor editor;
    private final List<StimulusMap> told = new ArrayList<>();

    @BeforeEach
    void create() {
        editor = new StimulusEditor("movie");
        editor.addListener(told::add);
    }

    @Test
    void newRowsFollowTheLastPeriodWithTheirOwnColours() {
        editor.addType("odour", TimeUnit.FRAMES);
        assertEquals(0, editor.addRow("odour"));
        assertEquals(1, editor.addRow("odour"));
        List<StimulusPeriod> p = editor.type("odour").periods();
        assertEquals(new StimulusPeriod("stimulus 1", 0, 10, 0xD62728), p.get(0));
        assertEquals(new StimulusPeriod("stimulus 2", 10, 20, 0x1F77B4), p.get(1));
        editor.addType("light", TimeUnit.SECONDS);
        editor.addRow("light");
        assertEquals(new StimulusPeriod("stimulus 1", 0, 1, 0xD62728), editor.type("light").periods().get(0));
        assertEquals(List.of("odour", "light"), editor.typeNames());
        assertEquals(5, told.size(), "one notice per change");
        assertSame(editor.map(), told.get(4));
    }

    @Test
    void cellsAreEditedFromTheirText() {
        editor.addType("odour", TimeUnit.FRAMES);
        editor.addRow("odour");
        editor.setCell("odour", 0, Column.NAME, "  apple ");
        editor.setCell("odour", 0, Column.END, "22.5");
        editor.setCell("odour", 0, Column.START, "12");
        editor.setCell("odour", 0, Column.COLOUR, "#00ff80");
        assertEquals(new StimulusPeriod("apple", 12, 22.5, 0x00FF80), editor.type("odour").periods().get(0));
        assertEquals("apple", editor.cellText("odour", 0, Column.NAME));
        assertEquals("12", editor.cellText("odour", 0, Column.START));
        assertEquals("22.5", editor.cellText("odour", 0, Column.END));
        assertEquals("#00FF80", editor.cellText("odour", 0, Column.COLOUR));
        editor.setColour("odour", 0, 0x123456);
        assertEquals(0x123456, editor.type("odour").periods().get(0).rgb());
    }

    @Test
    void refusedEditsLeaveTheMapAsItWas() {
        editor.addType("odour", TimeUnit.FRAMES);
        editor.addRow("odour");
        StimulusMap before = editor.map();
        int notices = told.size();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> editor.setCell("odour", 0, Column.START, "abc"));
        assertEquals("Start 'abc' is not a number", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> editor.setCell("odour", 0, Column.END, "0"));
        assertTrue(e.getMessage().contains("must end after it starts"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> editor.setCell("odour", 0, Column.START, "-1"));
        assertTrue(e.getMessage().contains("starts before the recording"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> editor.setCell("odour", 0, Column.NAME, "  "));
        assertEquals("A stimulus period needs a name", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> editor.setCell("odour", 0, Column.COLOUR, "red"));
        assertEquals("'red' is not a colour #RRGGBB", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> editor.setCell("odour", 3, Column.NAME, "x"));
        assertEquals("Stimulus type 'odour' has 1 rows, no row 4", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> editor.addType("odour ", TimeUnit.SECONDS));
        assertEquals("Stimulus type 'odour' exists already", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> editor.addType(" ", TimeUnit.SECONDS));
        assertSame(before, editor.map());
        assertEquals(notices, told.size());
    }

    @Test
    void rowsAndTypesAreRemoved() {
        editor.addType("odour", TimeUnit.FRAMES);
        editor.addType("light", TimeUnit.FRAMES);
        for (int i = 0; i < 3; i++) {
            editor.addRow("odour");
        }
        editor.removeRow("odour", 1);
        assertEquals(List.of("stimulus 1", "stimulus 3"), editor.type("odour").periods().stream().map(StimulusPeriod::name)
                .toList());
        editor.removeType("odour");
        assertEquals(List.of("light"), editor.typeNames());
        assertEquals(0, editor.map().periodCount());
    }

    @Test
    void changingTheUnitKeepsTheNumbers() {
        editor.addType("light", TimeUnit.FRAMES);
        editor.addRow("light");
        editor.setUnit("light", TimeUnit.SECONDS);
        StimulusType t = editor.type("light");
        assertEquals(TimeUnit.SECONDS, t.unit());
        assertEquals(0, t.periods().get(0).start());
        assertEquals(10, t.periods().get(0).end());
    }

    @Test
    void bandsAreInFramesOfTheMovie() {
        editor.addType("odour", TimeUnit.FRAMES);
        editor.addRow("odour");
        editor.setCell("odour", 0, Column.NAME, "apple");
        editor.setCell("odour", 0, Column.END, "25");
        editor.setCell("odour", 0, Column.START, "20");
        editor.addRow("odour"); // 25 to 35, past the 29 frames: cut to 29
        editor.addType("light", TimeUnit.SECONDS);
        editor.addRow("light");
        editor.setCell("light", 0, Column.START, "0.5");
        editor.setCell("light", 0, Column.END, "1.25");

        // 10 fps: 0.5 s is frame 5, 1.25 s frame 12.5
        List<TimeBand> bands = editor.timeBands(new MovieTiming(29, 10));
        assertEquals(List.of(new TimeBand(20, 25, 0xD62728, "odour: apple"), new TimeBand(25, 29, 0x1F77B4, "odour: stimulus 2"),
                new TimeBand(5, 12.5, 0xD62728, "light: stimulus 1")), bands);
        assertEquals(List.of("odour: 'stimulus 2' (25 to 35 frames) runs past the movie's 29 frames"),
                editor.problems(new MovieTiming(29, 10)));

        // frame rate unknown: the type in seconds is left out and named
        bands = editor.timeBands(new MovieTiming(29, Double.NaN));
        assertEquals(2, bands.size());
        assertTrue(bands.stream().allMatch(b -> b.label().startsWith("odour")));
        assertTrue(editor.problems(new MovieTiming(29, Double.NaN))
                .contains("light: periods are in seconds but the movie's frame rate is unknown"));
        assertEquals(List.of(), editor.timeBands(MovieTiming.NONE));
    }

    @Test
    void overlapsAreReported() {
        editor.addType("odour", TimeUnit.FRAMES);
        editor.addRow("odour");
        editor.addRow("odour");
        editor.setCell("odour", 1, Column.START, "5");
        assertEquals(List.of("odour: 'stimulus 1' (0 to 10 frames) overlaps 'stimulus 2' (5 to 20 frames)"),
                editor.problems(new MovieTiming(100, 30)));
    }

    @Test
    void importedTypesAreAddedOrReplaceTheirNamesakes() {
        editor.addType("odour", TimeUnit.FRAMES);
        editor.addRow("odour");
        editor.addType("running", TimeUnit.FRAMES);
        StimulusMap imported = StimulusMap.of("file", List.of(
                new StimulusType("light", TimeUnit.SECONDS, List.of(new StimulusPeriod("blue", 2.5, 3, 0x17BECF))),
                new StimulusType("odour", TimeUnit.FRAMES, List.of(new StimulusPeriod("apple", 10, 20, 0xD62728),
                        new StimulusPeriod("banana", 40, 55, 0x1F77B4)))))
                .withProvenance(Provenance.EMPTY.then(Operation.of("import.stimulus-csv", Map.of("file", "/x/s.csv"))));
        assertEquals(List.of("odour"), editor.merge(imported));
        assertEquals(List.of("odour", "running", "light"), editor.typeNames());
        assertEquals(imported.type("odour").get(), editor.type("odour"));
        assertEquals(3, editor.map().periodCount());
        assertEquals("movie", editor.map().name());
        assertEquals(List.of("import.stimulus-csv"),
                editor.map().provenance().operations().stream().map(Operation::name).toList());
    }

    @Test
    void numbersAndSummariesReadAsWritten() {
        assertEquals("10", StimulusEditor.formatNumber(10));
        assertEquals("2.5", StimulusEditor.formatNumber(2.5));
        assertEquals("0.1", StimulusEditor.formatNumber(0.1));
        assertEquals("1.0e-7", StimulusEditor.formatNumber(1e-7));
        assertEquals("0 types, 0 periods", StimulusEditor.summary(editor.map()));
        editor.addType("odour", TimeUnit.FRAMES);
        editor.addRow("odour");
        assertEquals("1 type, 1 period", StimulusEditor.summary(editor.map()));
    }
}
