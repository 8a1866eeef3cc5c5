package org.fluorite.motion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;

/** Rigid correction of simulated movies with known sub-pixel displacements. */
class RigidCorrectionTest {

    @Test
    void shiftsOfANoisyMovieAreFoundToATenthOfAPixel() throws Exception {
        int frames = 100;
        double[] dx = new double[frames];
        double[] dy = new double[frames];
        Random r = new Random(7);
        for (int t = 0; t < frames; t++) {
            dx[t] = -4 + 8 * r.nextDouble();
            dy[t] = -4 + 8 * r.nextDouble();
        }
        SimulatedMovie scene = new SimulatedMovie(128, 96, 150, 8, 11);
        Image movie = scene.movie(frames, SimulatedMovie.rigid(dx, dy), 8, 3, PixelType.UINT16);
        for (int threads : new int[] {1, 3}) {
            try (MotionCorrection mc = MotionCorrection.prepare(movie, MotionCorrectionSettings.DEFAULTS, threads,
                    ProgressMonitor.NONE)) {
                mc.estimateAll(ProgressMonitor.NONE);
                FrameShifts s = mc.shifts();
                assertEquals(frames, s.doneCount());
                double[] errors = Accuracy.errors(s, dx, dy);
                double rmse = Accuracy.rmse(errors);
                System.out.printf("rigid, %d thread(s): RMSE %.4f px, template offset %.3f, %.3f px%n", threads, rmse,
                        errors[errors.length - 2], errors[errors.length - 1]);
                assertTrue(rmse < 0.1, "rigid RMSE " + rmse + " px");
                assertTrue(Math.abs(errors[errors.length - 2]) < 0.5 && Math.abs(errors[errors.length - 1]) < 0.5,
                        "the template sits near the median position");
            }
        }
    }
}
