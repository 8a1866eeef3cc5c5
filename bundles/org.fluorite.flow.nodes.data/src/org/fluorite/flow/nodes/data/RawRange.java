package org.fluorite.flow.nodes.data;

import java.util.Arrays;

/**
 * A ROI's raw minimum or maximum as Mesmerize computes it for NormRaw, from the raw movie's pixels
 * inside the ROI in one frame (the frame where the ROI's curve is largest, for the maximum, or
 * smallest, for the minimum): the mean of the brightest 5 or 10 pixels (all when fewer), of the
 * brightest 5 %, 10 % or 25 % ({@code int(n * 0.05)} pixels, twice and five times that; when that
 * count is 0 numpy's {@code partition(a, -0)[-0:]} takes every pixel), or of all pixels.
 */
final class RawRange {

    private RawRange() {
    }

    /** The statistic of these pixel values for an option (intensity units of the movie). */
    static double of(double[] pixels, NormRawFactory.Option option) {
        int n = pixels.length;
        if (n == 0) {
            return Double.NaN;
        }
        int p5 = (int) (n * 0.05);
        return switch (option) {
            case TOP_5 -> topMean(pixels, Math.min(5, n));
            case TOP_10 -> topMean(pixels, Math.min(10, n));
            case TOP_5P -> topMean(pixels, p5);
            case TOP_10P -> topMean(pixels, 2 * p5);
            case TOP_25P -> topMean(pixels, 5 * p5);
            case FULL_MEAN -> topMean(pixels, n);
        };
    }

    /** Mean of the {@code k} largest values; every value when k is 0 (as numpy's [-0:] slice). */
    static double topMean(double[] values, int k) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int from = k == 0 ? 0 : sorted.length - k;
        double sum = 0;
        for (int i = from; i < sorted.length; i++) {
            sum += sorted[i];
        }
        return sum / (sorted.length - from);
    }
}
