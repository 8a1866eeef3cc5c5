package org.fluorite.kymo.tracking;

import java.util.ArrayList;
import java.util.List;

/**
 * Peak detection on a kymograph image (rows = pixels, columns = lines, stored row by row): a
 * Gaussian filter along position, local maxima over a window of {@code 2 h + 1} pixels at or above
 * a threshold, refinement by the intensity-weighted centroid over the same window (moving the
 * window until the centroid lies within half a pixel of its centre), and removal of the weaker of
 * two peaks closer than {@code h} pixels in one line.
 */
final class Peaks {

    /** A detected peak: line, refined position in pixels, photons in the window (amplitude). */
    record Peak(int time, double coordinate, double amplitude) {
    }

    private static final double EPS = 1e-7;
    private static final int MAX_ITERATIONS = 100;

    private Peaks() {
    }

    /** Peaks per line, each list in detection order. */
    static List<List<Peak>> find(double[] image, int pixels, int lines, int halfWidth, double threshold, double filterWidthPixels) {
        double[] filtered = filterWidthPixels > 0 ? gaussianAlongPosition(image, pixels, lines, filterWidthPixels) : image;
        double min = Double.POSITIVE_INFINITY;
        for (double v : filtered) {
            min = Math.min(min, v);
        }
        if (threshold <= min) {
            throw new IllegalArgumentException("Threshold (" + threshold + ") cannot be lower than or equal to the lowest filtered pixel ("
                    + min + ")");
        }
        List<List<Peak>> frames = new ArrayList<>();
        for (int l = 0; l < lines; l++) {
            List<Peak> frame = new ArrayList<>();
            for (int p = 0; p < pixels; p++) {
                double v = filtered[p * lines + l];
                if (v >= threshold && v == dilated(filtered, pixels, lines, p, l, halfWidth)) {
                    frame.add(refine(image, pixels, lines, p, l, halfWidth));
                }
            }
            frames.add(mergeClose(frame, halfWidth));
        }
        return frames;
    }

    /** Maximum over {@code p - h .. p + h} with the image mirrored at its edges. */
    private static double dilated(double[] v, int pixels, int lines, int p, int l, int h) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = -h; k <= h; k++) {
            max = Math.max(max, v[reflect(p + k, pixels) * lines + l]);
        }
        return max;
    }

    /** Index mirrored into 0..n-1 as (d c b a | a b c d | d c b a). */
    static int reflect(int i, int n) {
        if (n == 1) {
            return 0;
        }
        int period = 2 * n;
        int m = Math.floorMod(i, period);
        return m < n ? m : period - 1 - m;
    }

    static double[] gaussianAlongPosition(double[] image, int pixels, int lines, double sigma) {
        int radius = (int) (4.0 * sigma + 0.5);
        double[] w = new double[2 * radius + 1];
        double sum = 0;
        for (int k = -radius; k <= radius; k++) {
            w[k + radius] = Math.exp(-0.5 * k * k / (sigma * sigma));
            sum += w[k + radius];
        }
        double[] out = new double[image.length];
        for (int p = 0; p < pixels; p++) {
            for (int k = -radius; k <= radius; k++) {
                int src = reflect(p + k, pixels) * lines;
                double weight = w[k + radius] / sum;
                int dst = p * lines;
                for (int l = 0; l < lines; l++) {
                    out[dst + l] += weight * image[src + l];
                }
            }
        }
        return out;
    }

    /** Centroid refinement of a peak at pixel {@code p}, line {@code l} (pixels outside the image count as zero). */
    static Peak refine(double[] image, int pixels, int lines, int p, int l, int h) {
        int c = p;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double offset = offset(image, pixels, lines, c, l, h);
            if (Math.abs(offset) <= 0.5) {
                break;
            }
            int next = Math.max(0, Math.min(pixels - 1, c + (int) Math.signum(offset)));
            if (next == c) {
                break;
            }
            c = next;
        }
        return new Peak(l, c + offset(image, pixels, lines, c, l, h), windowSum(image, pixels, lines, c, l, h));
    }

    private static double offset(double[] image, int pixels, int lines, int c, int l, int h) {
        double m0 = 0;
        double m1 = 0;
        for (int k = -h; k <= h; k++) {
            int q = c + k;
            if (q >= 0 && q < pixels) {
                double v = image[q * lines + l];
                m0 += v;
                m1 += k * v;
            }
        }
        return m1 / (m0 + EPS);
    }

    static double windowSum(double[] image, int pixels, int lines, int c, int l, int h) {
        double m0 = 0;
        for (int k = -h; k <= h; k++) {
            int q = c + k;
            if (q >= 0 && q < pixels) {
                m0 += image[q * lines + l];
            }
        }
        return m0;
    }

    /** Of two neighbouring peaks (by position) closer than {@code minimumDistance}, drops the weaker. */
    static List<Peak> mergeClose(List<Peak> frame, double minimumDistance) {
        List<Peak> sorted = new ArrayList<>(frame);
        sorted.sort((a, b) -> Double.compare(a.coordinate(), b.coordinate()));
        boolean[] drop = new boolean[sorted.size()];
        for (int i = 0; i + 1 < sorted.size(); i++) {
            if (Math.abs(sorted.get(i + 1).coordinate() - sorted.get(i).coordinate()) < minimumDistance) {
                drop[sorted.get(i + 1).amplitude() < sorted.get(i).amplitude() ? i + 1 : i] = true;
            }
        }
        List<Peak> out = new ArrayList<>();
        for (Peak peak : frame) {
            if (!drop[sorted.indexOf(peak)]) {
                out.add(peak);
            }
        }
        return out;
    }
}
