package org.fluorite.batch.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fluorite.core.image.ArrayPlaneSource;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.tiff.TiffExporter;

/** Small simulated movies with known motion, written as TIFF for motion-correct items. */
final class Movies {

    static final int WIDTH = 64;
    static final int HEIGHT = 56;
    static final int FRAMES = 12;

    /** A movie file and the scene's displacement (pixels) in each frame. */
    record Movie(Path file, int[] dx, int[] dy) {
    }

    private Movies() {
    }

    /**
     * Gaussian cells (seeded) on a smooth background, frame t showing the scene moved by whole
     * pixels (dx[t], dy[t]) in [-2, 2], frame 0 unmoved; uint16 with seeded noise (sd 3).
     */
    static Movie write(Path file, long seed) throws IOException {
        Random r = new Random(seed);
        int cells = 40;
        double[][] c = new double[cells][4];
        for (double[] cell : c) {
            cell[0] = r.nextDouble() * WIDTH;
            cell[1] = r.nextDouble() * HEIGHT;
            cell[2] = 200 + 300 * r.nextDouble();
            cell[3] = 1.5 + 1.5 * r.nextDouble();
        }
        int[] dx = new int[FRAMES];
        int[] dy = new int[FRAMES];
        List<Plane> planes = new ArrayList<>();
        for (int t = 0; t < FRAMES; t++) {
            dx[t] = t == 0 ? 0 : r.nextInt(5) - 2;
            dy[t] = t == 0 ? 0 : r.nextInt(5) - 2;
            Plane p = Plane.allocate(PixelType.UINT16, WIDTH, HEIGHT);
            for (int y = 0; y < HEIGHT; y++) {
                for (int x = 0; x < WIDTH; x++) {
                    double sx = x - dx[t];
                    double sy = y - dy[t];
                    double v = 100 + 10 * Math.sin(sx / 9.0) * Math.cos(sy / 11.0);
                    for (double[] cell : c) {
                        double ex = sx - cell[0];
                        double ey = sy - cell[1];
                        v += cell[2] * Math.exp(-(ex * ex + ey * ey) / (2 * cell[3] * cell[3]));
                    }
                    p.set(y * WIDTH + x, Math.max(0, Math.round(v + 3 * r.nextGaussian())));
                }
            }
            planes.add(p);
        }
        Image image = Image.create("simulated", new ArrayPlaneSource(planes), "TYX", FRAMES, HEIGHT, WIDTH);
        new TiffExporter().export(image, file, ImportOptions.NONE, ProgressMonitor.NONE);
        return new Movie(file, dx, dy);
    }
}
