package org.fluorite.bench;

import java.nio.file.Path;

import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.tiff.TiffExporter;
import org.fluorite.smlm.camera.CameraModel;
import org.fluorite.smlm.simulate.Simulator;
import org.fluorite.smlm.simulate.SimulationSettings;

/**
 * Writes the simulated stack of the localization-over-batch-workers benchmark as TIFF: 256x256 px,
 * FRAMES frames, EMITTERS emitters of 2000 photons a frame, 20 photons background, PSF sigma 1.3 px,
 * 100 nm pixels, EMCCD with AD offset 100, 10 e-/ADU, EM gain 50, read noise 20 e- (seed 2026), the
 * same scene as SmlmBenchmark.
 *
 * <p>Usage: {@code SmlmBatchStack OUT.tif [FRAMES] [EMITTERS]}
 */
public final class SmlmBatchStack {

    private SmlmBatchStack() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int frames = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int emitters = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        SimulationSettings s = SimulationSettings.DEFAULTS.withSize(256, 256, frames).withEmitters(emitters, 2000, 0.5)
                .withBackground(20).withPsf(1.3, 100).withLayout(0, 3).withSeed(2026);
        new TiffExporter().export(Simulator.simulate(s, CameraModel.of(100, 10, 50, 20)).stack(), out, ImportOptions.NONE,
                ProgressMonitor.NONE);
        System.out.println("Wrote " + out + ": 256x256x" + frames + ", " + emitters + " emitters a frame");
    }
}
