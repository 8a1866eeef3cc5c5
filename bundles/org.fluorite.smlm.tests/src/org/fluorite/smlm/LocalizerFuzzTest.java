package org.fluorite.smlm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.fluorite.core.image.Image;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.tiff.TiffExporter;
import org.fluorite.io.tiff.TiffImporter;
import org.fluorite.smlm.camera.CameraModel;
import org.fluorite.smlm.simulate.SimulationSettings;
import org.fluorite.smlm.simulate.Simulator;
import org.fluorite.testing.Fuzz;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged stacks through the TIFF reader and the whole localization pipeline: every outcome is
 * either a table whose localizations lie inside the frames with finite values, a clear refusal of a
 * frame too small to fit, or an IOException naming the file; never a hang or another failure.
 * Runs within -Xmx256m.
 */
class LocalizerFuzzTest {

    private static final int MUTATIONS = 25;
    private static final Duration PER_CASE = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private static void localize(Path file) throws IOException {
        Image stack = new TiffImporter().read(file, ImportOptions.NONE, ProgressMonitor.NONE).firstImage();
        try {
            CameraModel camera = CameraModel.of(100, 1, 1, 2);
            Localizer loc = new Localizer(LocalizationSettings.DEFAULTS, camera, 100);
            if (stack.width() < 7 || stack.height() < 7) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> loc.run(stack, 1, ProgressMonitor.NONE));
                assertTrue(e.getMessage().contains("smaller than the fit window"), e.getMessage());
                return;
            }
            long frames = Math.min(stack.planeCount(), 20);
            Table t = loc.run(stack, 0, frames, 1, ProgressMonitor.NONE);
            double[] x = t.require("x").toDoubles();
            double[] y = t.require("y").toDoubles();
            double[] n = t.require("photons").toDoubles();
            for (int i = 0; i < x.length; i++) {
                assertTrue(x[i] >= 0 && x[i] <= stack.width() * 100.0, "x " + x[i] + " outside " + file);
                assertTrue(y[i] >= 0 && y[i] <= stack.height() * 100.0, "y " + y[i] + " outside " + file);
                assertTrue(Double.isFinite(n[i]) && n[i] > 0, "photons " + n[i] + " in " + file);
            }
        } finally {
            stack.close();
        }
    }

    @Test
    void damagedTubulinsFrame() throws Exception {
        Path original = TestData.file("thunderstorm/tubulins1_00020.tif");
        Fuzz.Outcome o = Fuzz.run(original, MUTATIONS, PER_CASE, LocalizerFuzzTest::localize);
        assertEquals(MUTATIONS, o.read() + o.refused());
    }

    @Test
    void damagedSimulatedStack() throws Exception {
        Path stack = dir.resolve("blinks.tif");
        new TiffExporter().export(Simulator.simulate(SimulationSettings.DEFAULTS.withSize(32, 32, 6), CameraModel.of(100, 1, 1, 2))
                .stack(), stack, ImportOptions.NONE, ProgressMonitor.NONE);
        Fuzz.Outcome o = Fuzz.run(stack, MUTATIONS, PER_CASE, LocalizerFuzzTest::localize);
        assertEquals(MUTATIONS, o.read() + o.refused());
        assertTrue(o.read() > 0, "some damaged copies still read");
    }
}
