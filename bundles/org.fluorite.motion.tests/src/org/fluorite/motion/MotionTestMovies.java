package org.fluorite.motion;

import java.io.IOException;

import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;

/** Simulated movies and accuracy measures shared by the tests of this fragment (also the CLI's). */
public final class MotionTestMovies {

    private MotionTestMovies() {
    }

    /** A TYX movie of a cell field displaced rigidly by (dx[t], dy[t]) with Gaussian noise. */
    public static Image rigid(int width, int height, double[] dx, double[] dy, double noise, PixelType type) {
        SimulatedMovie scene = new SimulatedMovie(width, height, Math.max(20, width * height / 70), 8, 11);
        return scene.movie(dx.length, SimulatedMovie.rigid(dx, dy), noise, 3, type);
    }

    /** RMS error of applied shifts against the true displacements, after removing the mean offset. */
    public static double rigidRmse(double[] x, double[] y, double[] dx, double[] dy) {
        int n = dx.length;
        double ox = 0;
        double oy = 0;
        for (int t = 0; t < n; t++) {
            ox += x[t] + dx[t];
            oy += y[t] + dy[t];
        }
        ox /= n;
        oy /= n;
        double s = 0;
        for (int t = 0; t < n; t++) {
            double ex = x[t] + dx[t] - ox;
            double ey = y[t] + dy[t] - oy;
            s += ex * ex + ey * ey;
        }
        return Math.sqrt(s / (2.0 * n));
    }

    /** Mean absolute difference between consecutive frames, over pixels at least {@code margin} from the edge. */
    public static double frameToFrameDifference(Image movie, int margin) throws IOException {
        double sum = 0;
        long n = 0;
        Plane previous = movie.planeAt(0);
        for (long t = 1; t < movie.planeCount(); t++) {
            Plane p = movie.planeAt(t);
            for (int y = margin; y < p.height() - margin; y++) {
                for (int x = margin; x < p.width() - margin; x++) {
                    sum += Math.abs(p.get(x, y) - previous.get(x, y));
                    n++;
                }
            }
            previous = p;
        }
        return sum / n;
    }
}
