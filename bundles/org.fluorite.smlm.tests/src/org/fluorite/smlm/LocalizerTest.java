package org.fluorite.smlm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.fluorite.core.image.ArrayPlaneSource;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.progress.CancelledException;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Localizations;
import org.fluorite.core.table.Table;
import org.fluorite.smlm.camera.CameraModel;
import org.fluorite.smlm.fit.Crlb;
import org.fluorite.smlm.fit.FitMethod;
import org.fluorite.smlm.simulate.Simulation;
import org.fluorite.smlm.simulate.SimulationSettings;
import org.fluorite.smlm.simulate.Simulator;
import org.junit.jupiter.api.Test;

/** The whole pipeline on simulated stacks against their ground truth. */
class LocalizerTest {

    static final CameraModel EMCCD = CameraModel.of(100, 10, 50, 20);

    static SimulationSettings dense() {
        return SimulationSettings.DEFAULTS.withSize(128, 128, 12).withEmitters(20, 2000, 0.5).withBackground(20).withLayout(0, 3)
                .withSeed(5);
    }

    @Test
    void denseStackIsFoundWithHighRecallAndPrecision() throws Exception {
        Simulation sim = Simulator.simulate(dense(), EMCCD);
        Localizer loc = new Localizer(LocalizationSettings.DEFAULTS, EMCCD, 100);
        Table t = loc.run(sim.stack(), 2, ProgressMonitor.NONE);
        Match m = Match.of(t, sim.groundTruth(), 200);
        System.out.printf("dense MLE: %d found of %d, recall %.3f, precision %.3f, RMSE %.1f nm%n", t.rowCount(), m.truth(),
                m.recall(), m.precision(), m.rmse());
        // measured: 230 of 240 found, recall 0.958, precision 1.000, RMSE 18.8 nm
        assertTrue(m.recall() > 0.93, "recall " + m.recall());
        assertTrue(m.precision() > 0.95, "precision " + m.precision());
        // the bound for the mean emitter: about 6 nm lateral per axis at 2000 photons with EM noise; overlaps make it worse
        assertTrue(m.rmse() < 25, "RMSE " + m.rmse());
        assertTrue(Math.abs(m.biasX()) < 2 && Math.abs(m.biasY()) < 2, "bias " + m.biasX() + ", " + m.biasY());
        assertEquals(Localizations.KIND, t.kind());
        assertTrue(Localizations.isLocalizationTable(t));
        assertEquals(Localizations.NM, t.require("x").unit());
        assertEquals(Localizations.PHOTON, t.require("photons").unit());
        assertEquals(List.copyOf(LocalizationTable.COLUMNS), t.columnNames());
        assertEquals("smlm.localize", t.provenance().operations().get(t.provenance().operations().size() - 1).name());
        assertEquals(100.0, t.metadata().number("pixelSizeNm").getAsDouble());
    }

    @Test
    void isolatedEmittersReachTheCramerRaoBound() throws Exception {
        CameraModel ccd = CameraModel.of(100, 1, 1, 1);
        SimulationSettings s = SimulationSettings.DEFAULTS.withSize(96, 96, 30).withEmitters(12, 3000, 0).withBackground(10)
                .withLayout(14, 6).withPixelType(PixelType.FLOAT32).withSeed(8);
        Simulation sim = Simulator.simulate(s, ccd);
        Localizer loc = new Localizer(LocalizationSettings.DEFAULTS, ccd, 100);
        Table t = loc.run(sim.stack(), 2, ProgressMonitor.NONE);
        Match m = Match.of(t, sim.groundTruth(), 200);
        double bound = 100 * Crlb.lateralPx(3000, 10, 1.3, 7, 1, 1);
        System.out.printf("isolated MLE: recall %.3f, precision %.3f, RMSE x %.2f nm, CRLB %.2f nm, ratio %.3f%n", m.recall(),
                m.precision(), m.rmseX(), bound, m.rmseX() / bound);
        assertEquals(1.0, m.recall(), 1e-9);
        assertEquals(1.0, m.precision(), 1e-9);
        assertTrue(m.rmseX() / bound < 1.1, "RMSE " + m.rmseX() + " nm vs bound " + bound);
        assertTrue(m.rmseX() / bound > 0.85, "RMSE " + m.rmseX() + " nm below the bound " + bound + "?");
        // photons recovered without bias
        double[] n = t.require("photons").toDoubles();
        double mean = java.util.Arrays.stream(n).average().orElseThrow();
        assertEquals(3000, mean, 30);
        double[] sigma = t.require("sigma").toDoubles();
        assertEquals(130, java.util.Arrays.stream(sigma).average().orElseThrow(), 2);
    }

    @Test
    void testOnOneFrameShowsItsCandidatesAndFits() throws Exception {
        Simulation sim = Simulator.simulate(dense().withSize(64, 64, 4).withEmitters(6, 3000, 0).withLayout(10, 5), EMCCD);
        Localizer loc = new Localizer(LocalizationSettings.DEFAULTS, EMCCD, 100);
        List<org.fluorite.smlm.detect.Candidate> candidates = loc.test(sim.stack(), 2);
        assertEquals(6, candidates.size(), "six well separated bright spots: " + candidates);
        FrameLocalizer.Result r = loc.localizeFrame(sim.stack(), 2);
        assertEquals(2, r.frame());
        assertEquals(candidates, r.candidates());
        assertEquals(6, r.localizations().size());
        Table gt = sim.groundTruth();
        for (LocalizationTable.Row row : r.localizations()) {
            assertEquals(2, row.frameIndex());
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < gt.rowCount(); i++) {
                if (gt.require("frame").getDouble(i) == 3) {
                    best = Math.min(best, Math.hypot(gt.require("x").getDouble(i) - row.fit().x() * 100,
                            gt.require("y").getDouble(i) - row.fit().y() * 100));
                }
            }
            assertTrue(best < 30, "fit " + row.fit() + " is " + best + " nm from the nearest emitter");
        }
        assertThrows(IndexOutOfBoundsException.class, () -> loc.test(sim.stack(), 4));
    }

    @Test
    void threadCountDoesNotChangeTheResult() throws Exception {
        Simulation sim = Simulator.simulate(dense().withSize(64, 64, 8), EMCCD);
        Localizer loc = new Localizer(LocalizationSettings.DEFAULTS.withMethod(FitMethod.WLSQ), EMCCD, 100);
        Table one = loc.run(sim.stack(), 1, ProgressMonitor.NONE);
        Table three = loc.run(sim.stack(), 3, ProgressMonitor.NONE);
        assertTrue(one.rowCount() > 40);
        assertArrayEquals(one.require("x").toDoubles(), three.require("x").toDoubles());
        assertArrayEquals(one.require("frame").toDoubles(), three.require("frame").toDoubles());
    }

    @Test
    void frameRangesKeepTheStacksFrameNumbersAndConcatenate() throws Exception {
        Simulation sim = Simulator.simulate(dense().withSize(64, 64, 8), EMCCD);
        Localizer loc = new Localizer(LocalizationSettings.DEFAULTS, EMCCD, 100);
        Table all = loc.run(sim.stack(), 2, ProgressMonitor.NONE);
        Table a = loc.run(sim.stack(), 0, 5, 2, ProgressMonitor.NONE);
        Table b = loc.run(sim.stack(), 5, 8, 2, ProgressMonitor.NONE);
        assertEquals(all.rowCount(), a.rowCount() + b.rowCount());
        assertEquals(6, b.require("frame").range()[0]);
        assertEquals(8, b.require("frame").range()[1]);
        assertEquals(all.require("x").getDouble(a.rowCount()), b.require("x").getDouble(0));
        Table late = new Localizer(LocalizationSettings.DEFAULTS.withStartFrame(6), EMCCD, 100).run(sim.stack(), 1,
                ProgressMonitor.NONE);
        assertEquals(7, late.require("frame").range()[0], "start at frame 6 (from 0) = frame 7 in the table");
    }

    @Test
    void backgroundFramesAndSubtractionWork() throws Exception {
        Simulation sim = Simulator.simulate(dense().withSize(64, 64, 12).withEmitters(8, 2000, 0.5).withBackground(40), EMCCD);
        LocalizationSettings s = LocalizationSettings.DEFAULTS.withBackground("-6:0", true);
        Table t = new Localizer(s, EMCCD, 100).run(sim.stack(), 2, ProgressMonitor.NONE);
        Match m = Match.of(t, sim.groundTruth(), 200);
        System.out.printf("background -6:0 subtracted: recall %.3f, precision %.3f, RMSE %.1f nm%n", m.recall(), m.precision(),
                m.rmse());
        // measured: recall 0.948, precision 0.978, RMSE 20.7 nm (frame 1 has no background frames: local estimate)
        assertTrue(m.recall() > 0.9, "recall " + m.recall());
        assertTrue(m.precision() > 0.95, "precision " + m.precision());
        assertTrue(m.rmse() < 30, "RMSE " + m.rmse());
        // the fitted background is what is left over the averaged background frames: spots in those frames make it negative
        double meanBg = java.util.Arrays.stream(t.require("background").toDoubles()).average().orElseThrow();
        assertTrue(Math.abs(meanBg) < 10, "residual background " + meanBg);
    }

    /** A float frame with two spots of 3000 photons 2 px apart on background 10 (photon counting camera). */
    private static Image pair() {
        Simulation one = Simulator.simulate(SimulationSettings.DEFAULTS.withSize(32, 32, 1).withEmitters(0, 0, 0).withBackground(10)
                .withPixelType(PixelType.FLOAT32).withSeed(3), CameraModel.PHOTON_COUNTING);
        float[] f = new float[32 * 32];
        double[] a = spot(32, 14.2, 16.3, 3000);
        double[] b = spot(32, 16.2, 16.5, 3000);
        java.util.SplittableRandom r = new java.util.SplittableRandom(4);
        for (int i = 0; i < f.length; i++) {
            double mu = 10 + a[i] + b[i];
            f[i] = (float) (mu + Math.sqrt(mu) * r.nextGaussian());
        }
        assertEquals(1, one.stack().planeCount());
        return Image.create("pair", new ArrayPlaneSource(List.of(new Plane(PixelType.FLOAT32, 32, 32, f))), "TYX", 1, 32, 32);
    }

    private static double[] spot(int w, double x, double y, double n) {
        double[] out = new double[w * w];
        double inv = 1 / (Math.sqrt(2) * 1.3);
        for (int r = 0; r < w; r++) {
            double fy = 0.5 * (org.fluorite.smlm.fit.Erf.erf((r + 1 - y) * inv) - org.fluorite.smlm.fit.Erf.erf((r - y) * inv));
            for (int c = 0; c < w; c++) {
                double fx = 0.5 * (org.fluorite.smlm.fit.Erf.erf((c + 1 - x) * inv) - org.fluorite.smlm.fit.Erf.erf((c - x) * inv));
                out[r * w + c] = n * fx * fy;
            }
        }
        return out;
    }

    @Test
    void overlappingSpotsAreFittedAsTwoEmitters() throws Exception {
        Image img = pair();
        LocalizationSettings s = LocalizationSettings.DEFAULTS.withRoiSize(9);
        Table multi = new Localizer(s, CameraModel.PHOTON_COUNTING, 100).run(img, 1, ProgressMonitor.NONE);
        Table single = new Localizer(s.withMultiEmitter(false), CameraModel.PHOTON_COUNTING, 100).run(img, 1, ProgressMonitor.NONE);
        assertEquals(1, single.rowCount(), "one candidate (debounce 4 px), one Gaussian");
        assertEquals(2, multi.rowCount(), "the residual shows the second spot");
        double[] x = multi.require("x").toDoubles();
        java.util.Arrays.sort(x);
        assertEquals(1420, x[0], 25);
        assertEquals(1620, x[1], 25);
        assertEquals(2, multi.require(LocalizationTable.EMITTERS).getDouble(0));
        assertTrue(single.require("chi2").getDouble(0) > 1.5, "a single Gaussian fits two spots badly");
    }

    @Test
    void spotCentredInAPixelIsReportedAtItsCentreInNanometres() throws Exception {
        float[] f = new float[24 * 24];
        double[] a = spot(24, 9.5, 14.5, 5000);
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) (5 + a[i]);
        }
        Image img = Image.create("centred", new ArrayPlaneSource(List.of(new Plane(PixelType.FLOAT32, 24, 24, f))), "TYX", 1, 24, 24);
        Table t = new Localizer(LocalizationSettings.DEFAULTS, CameraModel.PHOTON_COUNTING, 150).run(img, 1, ProgressMonitor.NONE);
        assertEquals(1, t.rowCount());
        assertEquals(1, t.require("frame").getDouble(0), "frames from 1");
        assertEquals((9 + 0.5) * 150, t.require("x").getDouble(0), 0.5);
        assertEquals((14 + 0.5) * 150, t.require("y").getDouble(0), 0.5);
        assertEquals(1.3 * 150, t.require("sigma").getDouble(0), 0.5);
        assertEquals(5000, t.require("photons").getDouble(0), 5);
    }

    @Test
    void cancellationStopsTheRun() {
        Simulation sim = Simulator.simulate(dense().withSize(64, 64, 40), EMCCD);
        Localizer loc = new Localizer(LocalizationSettings.DEFAULTS, EMCCD, 100);
        ProgressMonitor cancelAfterTwo = new ProgressMonitor() {
            long done;

            @Override
            public void begin(String task, long totalWork) {
            }

            @Override
            public void worked(long units) {
                done += units;
            }

            @Override
            public boolean isCancelled() {
                return done >= 2;
            }
        };
        assertThrows(CancelledException.class, () -> loc.run(sim.stack(), 2, cancelAfterTwo));
    }

    @Test
    void badInputGivesClearErrors() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Localizer(LocalizationSettings.DEFAULTS.withThreshold(-1).withRoiSize(8), EMCCD, 100));
        assertTrue(e.getMessage().contains("Threshold") && e.getMessage().contains("odd"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Localizer(LocalizationSettings.DEFAULTS, EMCCD, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new Localizer(LocalizationSettings.DEFAULTS.withBackground("-3", false), EMCCD, 100));
        assertThrows(IllegalArgumentException.class,
                () -> new Localizer(LocalizationSettings.DEFAULTS.withBackground("", true), EMCCD, 100));
        Image tiny = Image.create("tiny", new ArrayPlaneSource(List.of(Plane.allocate(PixelType.UINT16, 5, 5))), "TYX", 1, 5, 5);
        IllegalArgumentException small = assertThrows(IllegalArgumentException.class,
                () -> new Localizer(LocalizationSettings.DEFAULTS, EMCCD, 100).run(tiny, 1, ProgressMonitor.NONE));
        assertTrue(small.getMessage().contains("smaller than the fit window"), small.getMessage());
        Simulation sim = Simulator.simulate(dense().withSize(32, 32, 3), EMCCD);
        assertThrows(IllegalArgumentException.class,
                () -> new Localizer(LocalizationSettings.DEFAULTS, EMCCD, 100).run(sim.stack(), 2, 9, 1, ProgressMonitor.NONE));
        // flat, NaN and saturated frames give no localizations and no failure
        float[] nan = new float[32 * 32];
        java.util.Arrays.fill(nan, Float.NaN);
        short[] sat = new short[32 * 32];
        java.util.Arrays.fill(sat, (short) 0xFFFF);
        Image odd = Image.create("odd", new ArrayPlaneSource(List.of(new Plane(PixelType.FLOAT32, 32, 32, nan),
                new Plane(PixelType.FLOAT32, 32, 32, new float[32 * 32]))), "TYX", 2, 32, 32);
        assertEquals(0, new Localizer(LocalizationSettings.DEFAULTS, EMCCD, 100).run(odd, 1, ProgressMonitor.NONE).rowCount());
        Image saturated = Image.create("sat", new ArrayPlaneSource(List.of(new Plane(PixelType.UINT16, 32, 32, sat))), "TYX", 1, 32,
                32);
        assertEquals(0, new Localizer(LocalizationSettings.DEFAULTS, EMCCD, 100).run(saturated, 1, ProgressMonitor.NONE).rowCount());
    }
}
