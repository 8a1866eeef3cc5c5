package org.fluorite.smlm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fluorite.core.image.PixelType;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.smlm.camera.CameraMaps;
import org.fluorite.smlm.camera.CameraModel;
import org.fluorite.smlm.fit.Crlb;
import org.fluorite.smlm.fit.FitMethod;
import org.fluorite.smlm.simulate.Simulation;
import org.fluorite.smlm.simulate.SimulationSettings;
import org.fluorite.smlm.simulate.Simulator;
import org.junit.jupiter.api.Test;

/** Fits under the EMCCD and sCMOS noise models on simulated cameras (gamma-distributed EM gain, per-pixel maps). */
class CameraNoiseFitTest {

    private static SimulationSettings isolated(long seed) {
        return SimulationSettings.DEFAULTS.withSize(96, 96, 30).withEmitters(12, 3000, 0).withBackground(10).withLayout(14, 6)
                .withSeed(seed);
    }

    @Test
    void emccdDataReachTheBoundWithExcessNoise() throws Exception {
        CameraModel em = CameraModel.of(200, 20, 100, 40);
        Simulation sim = Simulator.simulate(isolated(31), em);
        Table t = new Localizer(LocalizationSettings.DEFAULTS, em, 100).run(sim.stack(), 2, ProgressMonitor.NONE);
        Match m = Match.of(t, sim.groundTruth(), 200);
        double bound = 100 * Crlb.lateralPx(3000, 10, 1.3, 7, 2, Math.pow(40.0 / 100, 2));
        System.out.printf("EMCCD MLE: recall %.3f, RMSE x %.2f nm, CRLB %.2f nm, ratio %.3f%n", m.recall(), m.rmseX(), bound,
                m.rmseX() / bound);
        assertTrue(m.recall() > 0.99 && m.precision() > 0.99, "recall " + m.recall() + ", precision " + m.precision());
        assertTrue(m.rmseX() / bound < 1.1 && m.rmseX() / bound > 0.85, "RMSE " + m.rmseX() + " vs bound " + bound);
    }

    @Test
    void scmosVarianceMapMakesFitsMorePrecise() throws Exception {
        int w = 96;
        float[] dark = new float[w * w];
        float[] var = new float[w * w];
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        for (int i = 0; i < var.length; i++) {
            dark[i] = (float) (100 + 5 * r.nextDouble());
            // most pixels quiet, one in five very noisy (as on sCMOS chips)
            var[i] = r.nextDouble() < 0.2 ? 900 : 4;
        }
        CameraModel scmos = CameraModel.of(100, 1, 1, 0).withMaps(new CameraMaps(w, w, dark, var, null));
        Simulation sim = Simulator.simulate(isolated(32).withPixelType(PixelType.FLOAT32), scmos);
        Table withMap = new Localizer(LocalizationSettings.DEFAULTS, scmos, 100).run(sim.stack(), 2, ProgressMonitor.NONE);
        // the same data fitted as if every pixel had the mean variance (uniform read noise, dark map kept)
        double meanVar = 0.2 * 900 + 0.8 * 4;
        CameraModel uniform = CameraModel.of(100, 1, 1, Math.sqrt(meanVar)).withMaps(new CameraMaps(w, w, dark, null, null));
        Table without = new Localizer(LocalizationSettings.DEFAULTS, uniform, 100).run(sim.stack(), 2, ProgressMonitor.NONE);
        Match a = Match.of(withMap, sim.groundTruth(), 200);
        Match b = Match.of(without, sim.groundTruth(), 200);
        System.out.printf("sCMOS: RMSE x %.2f nm with the variance map, %.2f nm with uniform noise; recall %.3f / %.3f%n", a.rmseX(),
                b.rmseX(), a.recall(), b.recall());
        assertTrue(a.recall() > 0.97, "recall " + a.recall());
        assertTrue(a.rmseX() < 0.93 * b.rmseX(), "per-pixel variance should help: " + a.rmseX() + " vs " + b.rmseX());
    }

    @Test
    void wlsqAndMleAgreeOnTheSameData() throws Exception {
        CameraModel ccd = CameraModel.of(100, 1, 1, 1);
        Simulation sim = Simulator.simulate(isolated(33), ccd);
        Table mle = new Localizer(LocalizationSettings.DEFAULTS, ccd, 100).run(sim.stack(), 2, ProgressMonitor.NONE);
        Table wlsq = new Localizer(LocalizationSettings.DEFAULTS.withMethod(FitMethod.WLSQ), ccd, 100).run(sim.stack(), 2,
                ProgressMonitor.NONE);
        Match a = Match.of(mle, sim.groundTruth(), 200);
        Match b = Match.of(wlsq, sim.groundTruth(), 200);
        System.out.printf("MLE RMSE x %.2f nm, WLSQ %.2f nm%n", a.rmseX(), b.rmseX());
        assertTrue(b.rmseX() < 1.2 * a.rmseX(), "WLSQ close to MLE at high signal");
        assertTrue(a.recall() > 0.99 && b.recall() > 0.99);
    }
}
