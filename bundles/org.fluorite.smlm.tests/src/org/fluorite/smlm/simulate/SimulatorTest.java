package org.fluorite.smlm.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;

import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.image.Region;
import org.fluorite.core.table.Table;
import org.fluorite.smlm.camera.CameraMaps;
import org.fluorite.smlm.camera.CameraModel;
import org.fluorite.smlm.camera.DarkFrames;
import org.junit.jupiter.api.Test;

/** Pixel statistics of simulated frames against the camera model's theory, dark frames, ground truth. */
class SimulatorTest {

    /** Mean and variance in photoelectrons over all pixels of all frames. */
    private static double[] stats(Simulation sim) throws Exception {
        Image s = sim.stack();
        float[] pe = new float[s.width() * s.height()];
        double sum = 0;
        double sum2 = 0;
        long n = 0;
        for (long t = 0; t < s.planeCount(); t++) {
            sim.camera().toPhotoelectrons(s.planeAt(t), pe);
            for (float v : pe) {
                sum += v;
                sum2 += v * v;
                n++;
            }
        }
        double mean = sum / n;
        return new double[] {mean, sum2 / n - mean * mean};
    }

    private static SimulationSettings flat(double background) {
        return SimulationSettings.DEFAULTS.withSize(32, 32, 40).withEmitters(0, 0, 0).withBackground(background)
                .withPixelType(PixelType.FLOAT32);
    }

    @Test
    void ccdPixelsArePoissonPlusReadNoise() throws Exception {
        CameraModel ccd = CameraModel.of(100, 2, 1, 3);
        double[] s = stats(Simulator.simulate(flat(50), ccd));
        // 40960 pixels: the mean is known to ±0.04, the variance to about ±1 %
        assertEquals(50, s[0], 0.15);
        assertEquals(50 + 9, s[1], 0.03 * 59);
    }

    @Test
    void emGainDoublesTheShotNoiseVariance() throws Exception {
        CameraModel em = CameraModel.of(200, 10, 100, 50);
        assertEquals(2, em.excessNoiseFactor());
        double[] s = stats(Simulator.simulate(flat(50), em));
        assertEquals(50, s[0], 0.3);
        double theory = 2 * 50 + Math.pow(50.0 / 100, 2);
        assertEquals(theory, s[1], 0.03 * theory, "excess noise factor measured " + (s[1] - 0.25) / 50);
    }

    @Test
    void quantisedFramesKeepTheMeanAndAddAboutATwelfthOfACount() throws Exception {
        CameraModel ccd = CameraModel.of(100, 1, 1, 2);
        double[] s = stats(Simulator.simulate(flat(30).withPixelType(PixelType.UINT16), ccd));
        assertEquals(30, s[0], 0.15);
        assertEquals(30 + 4 + 1.0 / 12, s[1], 0.03 * 34);
    }

    @Test
    void scmosMapsSetEveryPixelsOffsetGainAndVariance() throws Exception {
        int w = 16;
        float[] dark = new float[w * w];
        float[] var = new float[w * w];
        float[] flatField = new float[w * w];
        for (int i = 0; i < dark.length; i++) {
            dark[i] = 90 + (i % 7) * 3;
            var[i] = i < dark.length / 2 ? 1 : 25;
            flatField[i] = i % 2 == 0 ? 1 : 0.8f;
        }
        CameraModel cam = CameraModel.of(100, 0.5, 1, 0).withMaps(new CameraMaps(w, w, dark, var, flatField));
        Simulation sim = Simulator.simulate(SimulationSettings.DEFAULTS.withSize(w, w, 400).withEmitters(0, 0, 0).withBackground(20)
                .withPixelType(PixelType.FLOAT32), cam);
        float[] readVar = cam.readVariance(w, w);
        double[] sum = new double[w * w];
        double[] sum2 = new double[w * w];
        float[] pe = new float[w * w];
        for (long t = 0; t < 400; t++) {
            cam.toPhotoelectrons(sim.stack().planeAt(t), pe);
            for (int i = 0; i < pe.length; i++) {
                sum[i] += pe[i];
                sum2[i] += pe[i] * pe[i];
            }
        }
        // pool pixels by variance class: low (1 ADU²) and high (25 ADU²) read noise, each with both flat values
        double[] pooled = new double[4];
        double[] theory = new double[4];
        int[] count = new int[4];
        double meanAll = 0;
        for (int i = 0; i < pe.length; i++) {
            double m = sum[i] / 400;
            meanAll += m / pe.length;
            int k = (i < pe.length / 2 ? 0 : 2) + (i % 2);
            pooled[k] += sum2[i] / 400 - m * m;
            theory[k] += 20 + readVar[i];
            count[k]++;
        }
        assertEquals(20, meanAll, 0.1, "dark map subtracted and flat field applied");
        for (int k = 0; k < 4; k++) {
            assertEquals(theory[k] / count[k], pooled[k] / count[k], 0.06 * theory[k] / count[k], "class " + k);
        }
        // read variance in photoelectrons² = ADU² x (0.5 x flat)²
        assertEquals(25 * 0.25 * 0.64, readVar[w * w - 1], 1e-4);
    }

    @Test
    void darkFramesAtTheStartGiveTheAdOffset() throws Exception {
        CameraModel cam = CameraModel.of(412, 1, 1, 5);
        Simulation sim = Simulator.simulate(SimulationSettings.DEFAULTS.withSize(32, 32, 20).withDarkFrames(5), cam);
        DarkFrames.Estimate e = DarkFrames.estimate(sim.stack());
        assertEquals(5, e.darkFrames());
        assertEquals(412, e.adOffset(), 0.2);
        OptionalDouble none = DarkFrames.estimateAdOffset(Simulator.simulate(SimulationSettings.DEFAULTS.withSize(32, 32, 20), cam)
                .stack());
        assertTrue(none.isEmpty(), "no dark frames, no estimate");
    }

    @Test
    void groundTruthListsEveryEmitterWithDrift() throws Exception {
        SimulationSettings s = SimulationSettings.DEFAULTS.withSize(64, 48, 10).withEmitters(7, 1000, 0.5).withDrift(3, -2)
                .withDarkFrames(2);
        Simulation sim = Simulator.simulate(s, CameraModel.of(100, 1, 1, 1));
        Table gt = sim.groundTruth();
        assertEquals(7 * 8, gt.rowCount());
        assertEquals(3, gt.require("frame").getDouble(0), "frames counted from 1, after 2 dark frames");
        assertEquals(10, gt.require("frame").getDouble(gt.rowCount() - 1));
        assertEquals(27, gt.require("drift_x").getDouble(gt.rowCount() - 1), 1e-9);
        assertEquals(-18, gt.require("drift_y").getDouble(gt.rowCount() - 1), 1e-9);
        double[] n = gt.require("photons").range();
        assertTrue(n[0] >= 500 && n[1] <= 1500);
        assertEquals(130, gt.require("sigma").getDouble(0), 1e-9);
        assertEquals(64, sim.stack().width());
        assertEquals(100e-9, sim.stack().calibration(org.fluorite.core.image.Axis.X).size(), 1e-15);
    }

    @Test
    void framesReadBackIdenticallyAndCropsAgree() throws Exception {
        Simulation sim = Simulator.simulate(SimulationSettings.DEFAULTS, CameraModel.of(100, 1, 1, 2));
        Plane a = sim.stack().planeAt(3);
        Plane b = sim.stack().planeAt(3);
        assertArrayEquals((short[]) a.data(), (short[]) b.data());
        Image crop = sim.stack().region(new Region(5, 7, 20, 10));
        Plane c = crop.planeAt(3);
        assertEquals(a.get(5 + 2, 7 + 3), c.get(2, 3));
        assertTrue(a.get(0) != sim.stack().planeAt(4).get(0) || a.get(1) != sim.stack().planeAt(4).get(1));
    }

    @Test
    void expectedPhotonsOfASpotSumToItsCount() {
        SimulationSettings s = SimulationSettings.DEFAULTS.withSize(32, 32, 1).withEmitters(1, 4000, 0).withBackground(0)
                .withLayout(0, 10);
        Simulation sim = Simulator.simulate(s, CameraModel.PHOTON_COUNTING);
        double[] mu = sim.expectedPhotons(0);
        double total = 0;
        for (double v : mu) {
            total += v;
        }
        assertEquals(4000, total, 0.01);
    }

    @Test
    void absurdSettingsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SimulationSettings.DEFAULTS.withSize(4, 4, 1));
        assertTrue(e.getMessage().contains("8 to 8192"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SimulationSettings.DEFAULTS.withLayout(0, 40));
        assertThrows(IllegalArgumentException.class, () -> CameraModel.of(0, 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> CameraModel.of(0, 1, 0.5, 0));
        assertThrows(IllegalArgumentException.class,
                () -> Simulator.simulate(SimulationSettings.DEFAULTS.withSize(8192, 8192, 10_000_000).withEmitters(100, 1, 0),
                        CameraModel.PHOTON_COUNTING));
    }
}
