package org.fluorite.motion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;

/** Piecewise-rigid correction of a simulated movie whose displacement varies smoothly over the frame. */
class PiecewiseCorrectionTest {

    private static final int W = 192;
    private static final int H = 160;

    /** Rigid jitter plus a smooth deformation whose amplitude changes from frame to frame. */
    static final class Field implements SimulatedMovie.Motion {
        final double[] rx;
        final double[] ry;
        final double[] amp;

        Field(int frames, long seed) {
            Random r = new Random(seed);
            rx = new double[frames];
            ry = new double[frames];
            amp = new double[frames];
            for (int t = 0; t < frames; t++) {
                rx[t] = -2 + 4 * r.nextDouble();
                ry[t] = -2 + 4 * r.nextDouble();
                amp[t] = -1.5 + 3 * r.nextDouble();
            }
        }

        @Override
        public double dx(int t, double x, double y) {
            return rx[t] + amp[t] * Math.sin(2 * Math.PI * y / (2.0 * H));
        }

        @Override
        public double dy(int t, double x, double y) {
            return ry[t] + amp[t] * Math.cos(2 * Math.PI * x / (2.0 * W));
        }
    }

    @Test
    void patchShiftsFollowASmoothFieldToAThirdOfAPixel() throws Exception {
        int frames = 40;
        Field field = new Field(frames, 5);
        SimulatedMovie scene = new SimulatedMovie(W, H, 260, 6, 21);
        Image movie = scene.movie(frames, field, 5, 9, PixelType.UINT16);
        MotionCorrectionSettings settings = MotionCorrectionSettings.DEFAULTS.withPiecewise(true).withPatches(48, 48, 32, 32);
        try (MotionCorrection mc = MotionCorrection.prepare(movie, settings, 2, ProgressMonitor.NONE)) {
            mc.estimateAll(ProgressMonitor.NONE);
            FrameShifts s = mc.shifts();
            int patches = s.patchCount();
            assertEquals(4 * 3, patches, "patches of 80 px every 48 px over 192x160 px: x at 0, 48, 96, 112; y at 0, 48, 80");
            double sum = 0;
            double offX = 0;
            double offY = 0;
            int n = frames * patches;
            for (int t = 0; t < frames; t++) {
                for (int p = 0; p < patches; p++) {
                    double[] c = s.patchCentre(p);
                    offX += s.patchX(t, p) + field.dx(t, c[0], c[1]);
                    offY += s.patchY(t, p) + field.dy(t, c[0], c[1]);
                }
            }
            offX /= n;
            offY /= n;
            double maxDeviation = 0;
            for (int t = 0; t < frames; t++) {
                for (int p = 0; p < patches; p++) {
                    double[] c = s.patchCentre(p);
                    double ex = s.patchX(t, p) + field.dx(t, c[0], c[1]) - offX;
                    double ey = s.patchY(t, p) + field.dy(t, c[0], c[1]) - offY;
                    sum += ex * ex + ey * ey;
                    maxDeviation = Math.max(maxDeviation, Math.max(Math.abs(s.patchX(t, p) - s.x(t)),
                            Math.abs(s.patchY(t, p) - s.y(t))));
                }
            }
            double rmse = Math.sqrt(sum / (2.0 * n));
            System.out.printf("piecewise: RMSE %.4f px over %d patch shifts, template offset %.3f, %.3f px%n", rmse, n, offX,
                    offY);
            assertTrue(rmse < 0.3, "piecewise RMSE " + rmse + " px");
            assertTrue(maxDeviation <= settings.maxDeviationRigid() + 1e-9, "patch shifts stay within max_deviation_rigid");
            assertEquals((int) Math.ceil(s.maxAbsShift() - 1e-9), s.borderPixels());
            assertTrue(s.borderPixels() >= 2 && s.borderPixels() <= 6, "bord_px " + s.borderPixels());
        }
    }
}
