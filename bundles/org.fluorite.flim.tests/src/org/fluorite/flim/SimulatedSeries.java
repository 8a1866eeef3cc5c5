package org.fluorite.flim;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A simulated bleaching series: a Gaussian cell on a flat background, its brightness following
 * amplitude * exp(-rate * t) + offset, with Gaussian noise per pixel.
 */
final class SimulatedSeries {

    final int width;
    final int height;
    final double[] times;
    final List<float[]> frames = new ArrayList<>();
    /** Mean over the image of the cell profile (profile peak 1). */
    final double profileMean;

    SimulatedSeries(int width, int height, int count, double dt, double background, double amplitude, double rate,
            double offset, double noiseSigma, long seed) {
        this.width = width;
        this.height = height;
        this.times = new double[count];
        Random random = new Random(seed);
        double[] profile = new double[width * height];
        double sum = 0;
        double sigma = Math.min(width, height) / 12.0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double dx = x - width / 2.0, dy = y - height / 2.0;
                profile[y * width + x] = Math.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
                sum += profile[y * width + x];
            }
        }
        profileMean = sum / profile.length;
        for (int i = 0; i < count; i++) {
            times[i] = 3.0 + i * dt;
            double brightness = amplitude * Math.exp(-rate * times[i]) + offset;
            float[] f = new float[width * height];
            for (int p = 0; p < f.length; p++) {
                f[p] = (float) (background + profile[p] * brightness + noiseSigma * random.nextGaussian());
            }
            frames.add(f);
        }
    }
}
