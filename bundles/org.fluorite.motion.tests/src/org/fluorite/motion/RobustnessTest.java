package org.fluorite.motion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fluorite.core.image.ArrayPlaneSource;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.progress.CancelledException;
import org.fluorite.core.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;

/**
 * Awkward movies: constant frames, frames with NaN and infinities, a single frame, tiny frames,
 * movies with a channel axis, odd sizes, extreme values, cancellation. Every outcome is a
 * corrected movie with finite shifts inside max_shifts, or a clear refusal.
 */
class RobustnessTest {

    private static Image movie(String axes, List<Plane> planes, long... shape) {
        return Image.create("awkward", new ArrayPlaneSource(planes), axes, shape);
    }

    private static void checkFinite(MotionCorrection mc, MotionCorrectionSettings s) throws Exception {
        mc.estimateAll(ProgressMonitor.NONE);
        FrameShifts f = mc.shifts();
        for (int t = 0; t < f.frames(); t++) {
            assertTrue(Double.isFinite(f.x(t)) && Double.isFinite(f.y(t)), "frame " + t);
            assertTrue(Math.abs(f.x(t)) <= s.maxShiftX() && Math.abs(f.y(t)) <= s.maxShiftY(), "frame " + t);
        }
    }

    @Test
    void constantMovieIsLeftWhereItIs() throws Exception {
        List<Plane> planes = new ArrayList<>();
        for (int t = 0; t < 5; t++) {
            Plane p = Plane.allocate(PixelType.UINT16, 33, 31);
            for (int i = 0; i < p.size(); i++) {
                p.set(i, 700);
            }
            planes.add(p);
        }
        try (MotionCorrection mc = MotionCorrection.prepare(movie("TYX", planes, 5, 31, 33), MotionCorrectionSettings.DEFAULTS,
                1, ProgressMonitor.NONE)) {
            Plane out = mc.corrected(PixelType.FLOAT32).planeAt(2);
            for (int i = 0; i < out.size(); i++) {
                assertEquals(700.0, out.get(i), 1e-3);
            }
            assertEquals(0, mc.shifts().borderPixels());
        }
    }

    @Test
    void randomAwkwardMoviesGiveFiniteShiftsOrClearRefusals() {
        Random r = new Random(0xC0FFEE);
        for (int round = 0; round < 40; round++) {
            int w = 8 + r.nextInt(70);
            int h = 8 + r.nextInt(70);
            int frames = 1 + r.nextInt(6);
            List<Plane> planes = new ArrayList<>();
            for (int t = 0; t < frames; t++) {
                Plane p = Plane.allocate(PixelType.FLOAT32, w, h);
                float[] v = (float[]) p.data();
                int kind = r.nextInt(5);
                for (int i = 0; i < v.length; i++) {
                    v[i] = switch (kind) {
                        case 0 -> r.nextFloat() * 1e30f;
                        case 1 -> r.nextInt(20) == 0 ? Float.NaN : r.nextFloat();
                        case 2 -> r.nextInt(50) == 0 ? Float.POSITIVE_INFINITY : 0f;
                        case 3 -> 0f;
                        default -> (float) r.nextGaussian();
                    };
                }
                planes.add(p);
            }
            MotionCorrectionSettings s = MotionCorrectionSettings.DEFAULTS.withPiecewise(r.nextBoolean())
                    .withPatches(8 + r.nextInt(20), 8 + r.nextInt(20), r.nextInt(10), r.nextInt(10))
                    .withMaxShifts(r.nextInt(6), r.nextInt(6));
            Image m = movie("TYX", planes, frames, h, w);
            int threads = 1 + round % 2;
            String what = "round " + round + ": " + w + "x" + h + "x" + frames + " " + s;
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                MotionCorrection mc;
                try {
                    mc = MotionCorrection.prepare(m, s, threads, ProgressMonitor.NONE);
                } catch (IllegalArgumentException refused) {
                    assertTrue(refused.getMessage().contains("too large for frames")
                            || refused.getMessage().contains("Invalid motion correction settings"), what + ": " + refused);
                    return;
                }
                try (mc) {
                    checkFinite(mc, s);
                    Plane out = mc.corrected(PixelType.UINT16).planeAt(frames - 1);
                    assertEquals(w * h, out.size(), what);
                }
            }, what);
        }
    }

    @Test
    void missingPixelsDoNotMoveTheEstimate() throws Exception {
        int frames = 8;
        double[] dx = new double[frames];
        double[] dy = new double[frames];
        for (int t = 0; t < frames; t++) {
            dx[t] = 0.5 * (t % 3) - 0.5;
            dy[t] = 0.25 * (t % 4) - 0.25;
        }
        Image clean = MotionTestMovies.rigid(96, 80, dx, dy, 2, PixelType.FLOAT32);
        List<Plane> planes = new ArrayList<>();
        Random r = new Random(8);
        for (int t = 0; t < frames; t++) {
            float[] v = ((float[]) clean.planeAt(t).data()).clone();
            for (int k = 0; k < 200; k++) {
                v[r.nextInt(v.length)] = r.nextBoolean() ? Float.NaN : Float.POSITIVE_INFINITY;
            }
            planes.add(new Plane(PixelType.FLOAT32, 96, 80, v));
        }
        try (MotionCorrection mc = MotionCorrection.prepare(movie("TYX", planes, frames, 80, 96),
                MotionCorrectionSettings.DEFAULTS, 1, ProgressMonitor.NONE)) {
            mc.estimateAll(ProgressMonitor.NONE);
            double rmse = Accuracy.rmse(Accuracy.errors(mc.shifts(), dx, dy));
            assertTrue(rmse < 0.1, "2.6 % of the pixels missing: RMSE " + rmse);
        }
    }

    @Test
    void moviesWithSeveralChannelsAreRefused() {
        List<Plane> planes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            planes.add(Plane.allocate(PixelType.UINT8, 32, 32));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MotionCorrection.prepare(movie("TCYX", planes, 3, 2, 32, 32), MotionCorrectionSettings.DEFAULTS, 1,
                        ProgressMonitor.NONE));
        assertTrue(e.getMessage().startsWith("Motion correction needs a single-channel movie (axes TYX); awkward has axes TCYX"),
                e.getMessage());
        // one channel of it is fine
        Image one = movie("TCYX", planes, 3, 2, 32, 32).at(org.fluorite.core.image.Axis.C, 1);
        assertEquals("TYX", one.axesString());
    }

    @Test
    void singleFrameIsItsOwnTemplate() throws Exception {
        double[] d = {0};
        Image m = MotionTestMovies.rigid(40, 30, d, d, 2, PixelType.UINT8);
        try (MotionCorrection mc = MotionCorrection.prepare(m, MotionCorrectionSettings.DEFAULTS, 1, ProgressMonitor.NONE)) {
            mc.estimateAll(ProgressMonitor.NONE);
            assertEquals(0, mc.shifts().x(0), 1e-9);
            assertEquals(0, mc.shifts().y(0), 1e-9);
        }
    }

    @Test
    void cancellingStopsTheTemplate() {
        double[] d = new double[30];
        Image m = MotionTestMovies.rigid(40, 30, d, d, 2, PixelType.UINT16);
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override
            public void begin(String task, long totalWork) {
            }

            @Override
            public void worked(long units) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> MotionCorrection.prepare(m, MotionCorrectionSettings.DEFAULTS, 1, cancelled));
    }
}
