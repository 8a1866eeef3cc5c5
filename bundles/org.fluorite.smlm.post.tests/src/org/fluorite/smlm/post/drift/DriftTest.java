package org.fluorite.smlm.post.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.IntToDoubleFunction;

import org.fluorite.core.meta.Operation;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Localizations;
import org.fluorite.core.table.Table;
import org.fluorite.smlm.post.SimulatedLocalizations;
import org.junit.jupiter.api.Test;

/**
 * Drift recovered from simulated localization tables with a known drift curve. The error is the
 * RMSE over frames between the recovered and the true curve after removing their mean
 * difference (drift is only defined up to a constant).
 */
class DriftTest {

    static final int FRAMES = 3000;
    static final IntToDoubleFunction DX = f -> 150 * Math.sin(2 * Math.PI * f / FRAMES) + 0.05 * f;
    static final IntToDoubleFunction DY = f -> 120 * Math.pow(f / (double) FRAMES, 2) - 40 * Math.cos(2 * Math.PI * f / 1500.0);

    static double rmse(DriftCurve c, IntToDoubleFunction tx, IntToDoubleFunction ty, int frames) {
        double mx = 0;
        double my = 0;
        for (int f = 1; f <= frames; f++) {
            mx += c.dx(f) - tx.applyAsDouble(f);
            my += c.dy(f) - ty.applyAsDouble(f);
        }
        mx /= frames;
        my /= frames;
        double s = 0;
        for (int f = 1; f <= frames; f++) {
            double ex = c.dx(f) - tx.applyAsDouble(f) - mx;
            double ey = c.dy(f) - ty.applyAsDouble(f) - my;
            s += ex * ex + ey * ey;
        }
        return Math.sqrt(s / frames);
    }

    @Test
    void crossCorrelationRecoversASmoothDriftWithinAFewNanometres() {
        Table t = new SimulatedLocalizations(7).blinkers(400, 10_000, FRAMES, 0.05, 10, DX, DY).table("drifting");
        CrossCorrelationDrift.Result r = CrossCorrelationDrift.estimate(t, CrossCorrelationSettings.DEFAULTS, ProgressMonitor.NONE);
        double err = rmse(r.curve(), DX, DY, FRAMES);
        // the drift spans about 300 nm; measured RMSE 3.2 nm with seed 7, most of it from windows of
        // 300 frames averaging the 1500-frame oscillation of y
        assertTrue(err < 4, "drift RMSE " + err + " nm");
        CrossCorrelationDrift.Result fine = CrossCorrelationDrift.estimate(t, new CrossCorrelationSettings(20, 20, 20, 1000),
                ProgressMonitor.NONE);
        double fineErr = rmse(fine.curve(), DX, DY, FRAMES);
        assertTrue(fineErr < 1.5, "drift RMSE with 20 windows " + fineErr + " nm (measured 0.8)");
        // each window with its next 3 only: 54 pairs instead of 190, about as accurate
        CrossCorrelationDrift.Result near = CrossCorrelationDrift.estimate(t, new CrossCorrelationSettings(20, 20, 20, 1000, 3),
                ProgressMonitor.NONE);
        assertEquals(54, near.pairsUsed());
        double nearErr = rmse(near.curve(), DX, DY, FRAMES);
        assertTrue(nearErr < 1.5, "drift RMSE with 20 windows, 3 pairs each " + nearErr + " nm");
        assertEquals(10, r.windowFrames().length);
        assertEquals(45, r.pairsUsed());
        assertEquals(1, r.curve().firstFrame());
        assertEquals(FRAMES, r.curve().lastFrame());

        Table corrected = CrossCorrelationDrift.correct(t, CrossCorrelationSettings.DEFAULTS, ProgressMonitor.NONE);
        Operation op = corrected.provenance().operations().get(0);
        assertEquals(CrossCorrelationDrift.OPERATION, op.name());
        assertEquals(10, op.parameters().get("segments"));
        assertEquals(t.rowCount(), corrected.rowCount());
        // every corrected row moved by the curve of its frame, recorded in drift_x / drift_y
        int row = 1234;
        int frame = (int) t.require(Localizations.FRAME).getDouble(row);
        assertEquals(t.require(Localizations.X).getDouble(row) - r.curve().dx(frame), corrected.require(Localizations.X).getDouble(row),
                1e-9);
        assertEquals(r.curve().dy(frame), corrected.require(DriftCurve.DRIFT_Y).getDouble(row), 1e-9);
        assertEquals("nm", corrected.require(DriftCurve.DRIFT_X).unit());
    }

    @Test
    void constantDriftFreeSampleGivesAFlatCurve() {
        Table t = new SimulatedLocalizations(3).blinkers(300, 8000, 1000, 0.05, 10, f -> 0, f -> 0).table("still");
        CrossCorrelationDrift.Result r = CrossCorrelationDrift.estimate(t,
                new CrossCorrelationSettings(5, 20, 20, 500), ProgressMonitor.NONE);
        assertTrue(r.curve().maxExcursionNm() < 3, "excursion " + r.curve().maxExcursionNm());
    }

    @Test
    void fiducialsGiveTheDriftToTheirPrecision() {
        int frames = 1000;
        IntToDoubleFunction dx = f -> 80 * Math.sin(2 * Math.PI * f / 700.0) + 0.1 * f;
        IntToDoubleFunction dy = f -> -0.15 * f;
        SimulatedLocalizations sim = new SimulatedLocalizations(11).blinkers(500, 10_000, frames, 0.02, 12, dx, dy);
        for (double[] p : List.of(new double[] {1000, 1500}, new double[] {8000, 2000}, new double[] {4000, 9000},
                new double[] {9000, 8500})) {
            sim.fiducial(p[0], p[1], frames, 3, dx, dy);
        }
        Table t = sim.table("beads");
        FiducialDrift.Result r = FiducialDrift.estimate(t, FiducialSettings.DEFAULTS);
        assertEquals(4, r.fiducials());
        int fid = 0;
        for (boolean b : r.fiducialRows()) {
            fid += b ? 1 : 0;
        }
        assertEquals(4 * frames, fid, 20, "rows of fiducials (a few taken by a blinker passing by)");
        double raw = rmse(r.curve(), dx, dy, frames);
        // four beads of 3 nm precision: 3/sqrt(4) = 1.5 nm per axis, 2.1 nm in the plane
        assertTrue(raw < 2.5, "fiducial drift RMSE " + raw);
        assertEquals(0, r.curve().dx(1), 1e-12);
        FiducialDrift.Result smooth = FiducialDrift.estimate(t, new FiducialSettings(200, 10, 0.8, 15));
        double smoothed = rmse(smooth.curve(), dx, dy, frames);
        assertTrue(smoothed < raw / 2, "smoothing over 15 frames: " + smoothed + " vs " + raw);
        Table corrected = FiducialDrift.correct(t, FiducialSettings.DEFAULTS);
        assertEquals(FiducialDrift.OPERATION, corrected.provenance().operations().get(0).name());
        assertEquals(4, corrected.provenance().operations().get(0).parameters().get("fiducials"));
    }

    @Test
    void noFiducialIsReportedByName() {
        Table t = new SimulatedLocalizations(5).blinkers(100, 5000, 200, 0.05, 10, f -> 0, f -> 0).table("nobeads");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FiducialDrift.estimate(t, FiducialSettings.DEFAULTS));
        assertTrue(e.getMessage().contains("nobeads"), e.getMessage());
    }

    @Test
    void absurdFrameNumbersAreRefusedBeforeAnyAllocation() {
        SimulatedLocalizations sim = new SimulatedLocalizations(9);
        for (int f = 1; f <= 20; f++) {
            sim.addExact(f, 100 * f, 100, 1000, 130, 10);
        }
        sim.addExact(2_000_000_000, 500, 500, 1000, 130, 10);
        Table t = sim.table("corrupt");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CrossCorrelationDrift.estimate(t, new CrossCorrelationSettings(2, 20, 20, 500), ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FiducialDrift.estimate(t, FiducialSettings.DEFAULTS));
    }

    @Test
    void splineThroughKnotsAndSubPixelPeak() {
        CubicSpline s = new CubicSpline(new double[] {0, 1, 2, 3}, new double[] {0, 1, 4, 9});
        assertEquals(1, s.at(1), 1e-12);
        assertEquals(4, s.at(2), 1e-12);
        // natural extension: straight lines with the end slopes
        double h = 1e-6;
        double slope0 = (s.at(h) - s.at(0)) / h;
        assertEquals(-5 * slope0, s.at(-5), 1e-4);
        double slope3 = (s.at(3) - s.at(3 - h)) / h;
        assertEquals(9 + 4 * slope3, s.at(7), 1e-4);
        // a sampled Gaussian of width 1.3 px centred at +0.3 px: the 3-point Gaussian fit is exact
        double c = 0.3;
        double w = 1.3;
        double l = Math.exp(-Math.pow(-1 - c, 2) / (2 * w * w));
        double m = Math.exp(-Math.pow(0 - c, 2) / (2 * w * w));
        double r = Math.exp(-Math.pow(1 - c, 2) / (2 * w * w));
        assertEquals(0.3, CrossCorrelationDrift.subPixel(l, m, r), 1e-12);
    }

    @Test
    void leastSquaresUsesRedundantPairsAndDropsAnOutlier() {
        // true drifts 0, 2, 5, 9 px; pair (1,3) is wrong by 40 px
        double[] d = {0, 2, 5, 9};
        List<double[]> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            for (int j = i + 1; j < 4; j++) {
                double err = i == 1 && j == 3 ? 40 : 0;
                pairs.add(new double[] {i, j, d[j] - d[i] + err, -(d[j] - d[i])});
            }
        }
        double[][] s = CrossCorrelationDrift.solve(pairs, 4);
        for (int k = 0; k < 4; k++) {
            assertEquals(d[k], s[0][k], 1e-9);
            assertEquals(-d[k], s[1][k], 1e-9);
        }
        assertEquals(5, s[2][0], 0);
    }
}
