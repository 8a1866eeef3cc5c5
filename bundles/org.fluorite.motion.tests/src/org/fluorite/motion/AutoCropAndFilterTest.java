package org.fluorite.motion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fluorite.core.image.ArrayPlaneSource;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.image.Region;
import org.fluorite.core.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;

/** Auto-crop on a movie with a known active area, and the band-pass for one-photon-like movies. */
class AutoCropAndFilterTest {

    @Test
    void cropIsTheActiveAreaGrownByThePadding() throws Exception {
        int w = 120;
        int h = 90;
        Random r = new Random(4);
        List<Plane> planes = new ArrayList<>();
        for (int t = 0; t < 20; t++) {
            Plane p = Plane.allocate(PixelType.UINT16, w, h);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    boolean active = x >= 40 && x < 80 && y >= 30 && y < 60;
                    p.set(y * w + x, active ? 500 + 300 * r.nextDouble() : 100 + 2 * r.nextDouble());
                }
            }
            planes.add(p);
        }
        Image movie = Image.create("active", new ArrayPlaneSource(planes), "TYX", 20, h, w);
        Region crop = AutoCrop.find(movie, 1, 5, ProgressMonitor.NONE);
        assertEquals(new Region(35, 25, 50, 40), crop, "x 40..79 and y 30..59 grown by 5 px");
        Region clipped = AutoCrop.find(movie, 1, 50, ProgressMonitor.NONE);
        assertEquals(new Region(0, 0, 120, 90), clipped, "padding is clipped to the frame");
        Region smoothed = AutoCrop.find(movie, 5, 0, ProgressMonitor.NONE);
        assertTrue(smoothed.x() >= 37 && smoothed.x() <= 41 && smoothed.width() >= 38 && smoothed.width() <= 44,
                "a 5 px box moves the edges by at most 2 px: " + smoothed);
        assertThrows(IllegalArgumentException.class, () -> AutoCrop.find(movie, 0, 5, ProgressMonitor.NONE));
    }

    @Test
    void otsuSeparatesTwoLevels() {
        double[] v = new double[100];
        for (int i = 0; i < 100; i++) {
            v[i] = i < 70 ? 1 + 0.01 * (i % 7) : 5 + 0.01 * (i % 5);
        }
        double t = AutoCrop.otsu(v);
        assertTrue(t > 1.06 && t < 5, "threshold " + t);
    }

    @Test
    void bandPassFindsShiftsUnderAStrongChangingBackground() throws Exception {
        // one-photon-like: a bright, smooth background (neuropil haze, 4-12 times brighter than the
        // cells) whose brightness and position fluctuate from frame to frame independently of the
        // motion; the band-pass keeps only the cells for estimation
        int frames = 40;
        double[] dx = new double[frames];
        double[] dy = new double[frames];
        Random r = new Random(12);
        for (int t = 0; t < frames; t++) {
            dx[t] = -3 + 6 * r.nextDouble();
            dy[t] = -3 + 6 * r.nextDouble();
        }
        SimulatedMovie scene = new SimulatedMovie(128, 128, 200, 8, 31);
        Random noise = new Random(2);
        List<Plane> planes = new ArrayList<>();
        for (int t = 0; t < frames; t++) {
            float[] f = scene.frame(t, SimulatedMovie.rigid(dx, dy), 4, noise);
            double cx = 64 + 8 * Math.sin(t);
            double cy = 64 + 8 * Math.cos(1.3 * t);
            double haze = 1000 * (1 + 0.5 * Math.sin(0.7 * t));
            for (int y = 0; y < 128; y++) {
                for (int x = 0; x < 128; x++) {
                    double d2 = (x - cx) * (x - cx) + (y - cy) * (y - cy);
                    f[y * 128 + x] += (float) (haze * Math.exp(-d2 / (2 * 40 * 40)));
                }
            }
            planes.add(new Plane(PixelType.FLOAT32, 128, 128, f));
        }
        double filtered;
        Image movie = Image.create("one-photon", new ArrayPlaneSource(planes), "TYX", frames, 128, 128);
        try (MotionCorrection mc = MotionCorrection.prepare(movie, MotionCorrectionSettings.DEFAULTS.withGSigFilt(2), 2,
                ProgressMonitor.NONE)) {
            mc.estimateAll(ProgressMonitor.NONE);
            double rmse = Accuracy.rmse(Accuracy.errors(mc.shifts(), dx, dy));
            System.out.printf("band-passed (gSig_filt 2): RMSE %.4f px%n", rmse);
            // the haze is 4-12 times brighter than the cells and moves on its own: a quarter of a
            // pixel is what the band-pass achieves here (about 5 px without it)
            assertTrue(rmse < 0.25, "RMSE with gSig_filt: " + rmse);
            assertEquals(2.0, mc.operation().parameters().get("gSigFilt"));
            filtered = rmse;
        }
        try (MotionCorrection mc = MotionCorrection.prepare(movie, MotionCorrectionSettings.DEFAULTS, 2, ProgressMonitor.NONE)) {
            mc.estimateAll(ProgressMonitor.NONE);
            double rmse = Accuracy.rmse(Accuracy.errors(mc.shifts(), dx, dy));
            System.out.printf("not filtered: RMSE %.4f px%n", rmse);
            assertTrue(rmse > 3 * filtered, "the haze misleads estimation without the filter: " + rmse);
        }
    }

    @Test
    void maxShiftsClampLargerMotion() throws Exception {
        int frames = 12;
        double[] dx = new double[frames];
        double[] dy = new double[frames];
        for (int t = 0; t < frames; t++) {
            dx[t] = t % 2 == 0 ? 0 : 5.5;
            dy[t] = t % 3 == 0 ? -0.5 : 0.25;
        }
        Image movie = MotionTestMovies.rigid(96, 80, dx, dy, 2, PixelType.UINT16);
        MotionCorrectionSettings s = MotionCorrectionSettings.DEFAULTS.withMaxShifts(3, 2).withTemplateFrames(1);
        try (MotionCorrection mc = MotionCorrection.prepare(movie, s, 1, ProgressMonitor.NONE)) {
            mc.estimateAll(ProgressMonitor.NONE);
            FrameShifts f = mc.shifts();
            for (int t = 0; t < frames; t++) {
                assertTrue(Math.abs(f.x(t)) <= 3 && Math.abs(f.y(t)) <= 2, "frame " + t + ": " + f.x(t) + ", " + f.y(t));
                if (t % 2 == 1) {
                    assertEquals(-3, f.x(t), 1e-9, "a 5.5 px move is cut to max_shifts in frame " + t);
                } else {
                    assertEquals(0, f.x(t), 0.1, "frame " + t);
                }
            }
            assertEquals(3, f.borderPixels());
        }
    }
}
