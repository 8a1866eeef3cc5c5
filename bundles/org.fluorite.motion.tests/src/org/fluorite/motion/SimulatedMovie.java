package org.fluorite.motion;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fluorite.core.image.ArrayPlaneSource;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;

/**
 * Movies with known motion for the tests: a field of Gaussian "cells" (analytic, so it can be
 * sampled at any sub-pixel position exactly) on a smooth background, plus Gaussian noise. Frame t
 * shows the scene displaced by d(t, x, y): the pixel at (x, y) holds scene(x - dx, y - dy).
 */
final class SimulatedMovie {

    /** Displacement of the scene content in frame t at pixel (x, y), pixels. */
    interface Motion {
        double dx(int t, double x, double y);

        double dy(int t, double x, double y);
    }

    private final int width;
    private final int height;
    private final double[] bx;
    private final double[] by;
    private final double[] amplitude;
    private final double[] sigma;
    private final double margin;

    /** A scene of {@code cells} cells, with room for displacements up to {@code margin} px. */
    SimulatedMovie(int width, int height, int cells, double margin, long seed) {
        this.width = width;
        this.height = height;
        this.margin = margin;
        Random r = new Random(seed);
        bx = new double[cells];
        by = new double[cells];
        amplitude = new double[cells];
        sigma = new double[cells];
        for (int i = 0; i < cells; i++) {
            bx[i] = -margin - 6 + r.nextDouble() * (width + 2 * margin + 12);
            by[i] = -margin - 6 + r.nextDouble() * (height + 2 * margin + 12);
            amplitude[i] = 80 + 200 * r.nextDouble();
            sigma[i] = 1.5 + 2.5 * r.nextDouble();
        }
    }

    /** Scene value at a sub-pixel position. */
    double scene(double x, double y) {
        double v = 100 + 20 * Math.sin(x / 37.0) * Math.cos(y / 53.0);
        for (int i = 0; i < bx.length; i++) {
            double ddx = x - bx[i];
            double ddy = y - by[i];
            double s = sigma[i];
            if (Math.abs(ddx) < 5 * s && Math.abs(ddy) < 5 * s) {
                v += amplitude[i] * Math.exp(-(ddx * ddx + ddy * ddy) / (2 * s * s));
            }
        }
        return v;
    }

    /** One frame with {@code noise} (standard deviation, counts) added. */
    float[] frame(int t, Motion motion, double noise, Random random) {
        float[] out = new float[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double dx = motion.dx(t, x, y);
                double dy = motion.dy(t, x, y);
                if (Math.abs(dx) > margin || Math.abs(dy) > margin) {
                    throw new IllegalArgumentException("Displacement beyond the simulated margin");
                }
                out[y * width + x] = (float) (scene(x - dx, y - dy) + noise * random.nextGaussian());
            }
        }
        return out;
    }

    /** A TYX movie of {@code frames} frames of {@code type} (uint16 values rounded). */
    Image movie(int frames, Motion motion, double noise, long seed, PixelType type) {
        Random random = new Random(seed);
        List<Plane> planes = new ArrayList<>();
        for (int t = 0; t < frames; t++) {
            float[] f = frame(t, motion, noise, random);
            Plane p = Plane.allocate(type, width, height);
            for (int i = 0; i < f.length; i++) {
                p.set(i, f[i]);
            }
            planes.add(p);
        }
        return Image.create("simulated", new ArrayPlaneSource(planes), "TYX", frames, height, width);
    }

    /** Rigid motion: displacement (dx[t], dy[t]) everywhere. */
    static Motion rigid(double[] dx, double[] dy) {
        return new Motion() {
            @Override
            public double dx(int t, double x, double y) {
                return dx[t];
            }

            @Override
            public double dy(int t, double x, double y) {
                return dy[t];
            }
        };
    }
}
