package org.fluorite.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.fluorite.testing.Fuzz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged saved plots (the settings JSON and its Transmission file): each either loads with
 * readable data or is refused with an IOException naming the file; never hangs (2 s per case).
 * Also run once with -Xmx256m.
 */
class PlotDocumentFuzzTest {

    /** Loads the plot and draws it; settings that do not fit the data give the model's message. */
    private static void readAll(Path dir) throws java.io.IOException {
        PlotDocument d = PlotDocument.load(dir.resolve("p.plot.json"));
        assertTrue(d.data().rowCount() >= 0);
        try {
            PlotModel m = d.model();
            assertEquals(m.marks().size(), m.marks().size());
            assertTrue(m.toSvg(300, 200).startsWith("<?xml"));
            m.toCsv();
        } catch (IllegalArgumentException refused) {
            assertFalse(refused.getMessage() == null || refused.getMessage().isBlank(), "a refusal says why");
        }
    }

    private static List<Path> saved(Path dir) throws Exception {
        Path json = new PlotDocument(PlotKind.HEATMAP, new PlotSettings.Heatmap("_RAW_CURVE", "cell_type", PlotSettings.ColormapName.MAGMA, false, 0, 8),
                Fixtures.six()).save(dir, "p");
        return List.of(json, dir.resolve("p.trn.h5"));
    }

    @Test
    void damagedSettingsJson(@TempDir Path dir) throws Exception {
        List<Path> members = saved(dir);
        Fuzz.Outcome o = Fuzz.runInFolder(members, "p.plot.json", Fuzz.seed("p.plot.json"), 300, Duration.ofSeconds(2),
                Fuzz.GENERIC, PlotDocumentFuzzTest::readAll);
        assertEquals(300, o.total());
        assertTrue(o.refused() > 0, "some damage is refused: " + o);
    }

    @Test
    void damagedTransmissionFile(@TempDir Path dir) throws Exception {
        List<Path> members = saved(dir);
        assertTrue(Files.size(members.get(1)) > 0);
        Fuzz.Outcome o = Fuzz.runInFolder(members, "p.trn.h5", Fuzz.seed("p.trn.h5"), 120, Duration.ofSeconds(2),
                Fuzz.GENERIC, PlotDocumentFuzzTest::readAll);
        assertEquals(120, o.total());
        assertTrue(o.refused() > 0, "some damage is refused: " + o);
    }
}
