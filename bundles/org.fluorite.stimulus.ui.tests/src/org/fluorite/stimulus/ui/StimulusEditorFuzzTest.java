package org.fluorite.stimulus.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.fluorite.core.display.TimeBand;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.stimulus.StimulusCsv;
import org.fluorite.stimulus.StimulusCsvImporter;
import org.fluorite.stimulus.StimulusMap;
import org.fluorite.stimulus.StimulusType;
import org.fluorite.stimulus.ui.StimulusEditor.Column;
import org.fluorite.testing.Fuzz;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * Damaged stimulus CSVs imported the way the panel imports them: whatever the importer accepts
 * must merge into an editor, give bands inside every movie, list its problems, show every cell and
 * export to a CSV that reads back the same; everything else must be an IOException naming the file.
 * Fixed seeds, one second per file.
 */
class StimulusEditorFuzzTest {

    private static final String[] TOKENS = {"\"", ",", "\n", "-3", "1e308", "4.9e-324", "Infinity", "#zzzzzz", "s", "frames",
        "\u00e9", "\uFEFF", "   ", "odour"};

    /** Inserts tokens, deletes short runs, or doubles a line. */
    private static final Fuzz.Mutator TEXT = (original, random, m) -> {
        StringBuilder s = new StringBuilder(new String(original, StandardCharsets.UTF_8));
        for (int k = 0; k <= random.nextInt(3); k++) {
            int at = random.nextInt(s.length() + 1);
            switch (m % 3) {
                case 0 -> s.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 1 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(6)));
                default -> {
                    int start = s.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
                    int end = s.indexOf("\n", at);
                    if (end > start) {
                        s.insert(end + 1, s.substring(start, end + 1));
                    }
                }
            }
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    };

    private static final List<MovieTiming> MOVIES = List.of(new MovieTiming(29, Double.NaN), new MovieTiming(29, 10),
            new MovieTiming(1, 30), MovieTiming.NONE);

    private static void importLikeThePanel(Path file) throws IOException {
        StimulusMap imported;
        try {
            imported = (StimulusMap) new StimulusCsvImporter().read(file, ImportOptions.NONE, ProgressMonitor.NONE).data().get(0);
        } catch (IllegalArgumentException e) {
            // The stimulus CSV reader lets a few of these through (a blank type name); the panel
            // reports any failure as "Importing <file> failed: ...", so it is refused by name too.
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        StimulusEditor editor = new StimulusEditor("movie");
        editor.addType("odour", org.fluorite.stimulus.TimeUnit.FRAMES);
        editor.merge(imported);
        for (MovieTiming t : MOVIES) {
            for (TimeBand b : editor.timeBands(t)) {
                assertTrue(b.startFrame() >= 0 && b.endFrame() <= t.frameCount() && b.startFrame() <= b.endFrame(), b + " in " + t);
            }
            editor.problems(t).forEach(p -> assertTrue(!p.isBlank()));
        }
        for (StimulusType type : editor.map().types()) {
            for (int row = 0; row < type.periods().size(); row++) {
                for (Column c : Column.values()) {
                    assertTrue(!editor.cellText(type.name(), row, c).isEmpty() || c == Column.NAME);
                }
            }
        }
        Path copy = file.resolveSibling("export-" + file.getFileName());
        StimulusCsv.write(editor.map(), copy);
        try {
            StimulusMap back = StimulusCsv.read(copy, new java.util.ArrayList<>());
            assertEquals(editor.map().types().stream().filter(t -> !t.periods().isEmpty()).toList(), back.types());
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    @Test
    void damagedTextImportsOrIsRefusedByName() throws IOException {
        Fuzz.Outcome o = Fuzz.run(TestData.fixture("org.fluorite.stimulus.ui.tests", "panel_map.csv"), "damaged.csv", 400,
                Duration.ofSeconds(1), TEXT, StimulusEditorFuzzTest::importLikeThePanel);
        assertEquals(400, o.total());
        assertTrue(o.read() > 50 && o.refused() > 50, o.toString());
    }

    @Test
    void damagedBytesImportOrAreRefusedByName() throws IOException {
        Fuzz.Outcome o = Fuzz.run(TestData.fixture("org.fluorite.stimulus.ui.tests", "panel_map.csv"), 300,
                Duration.ofSeconds(1), StimulusEditorFuzzTest::importLikeThePanel);
        assertEquals(300, o.total());
        assertTrue(o.refused() > 0, o.toString());
    }
}
