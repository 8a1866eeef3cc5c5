package org.fluorite.plot;

import java.util.Arrays;

/**
 * One-dimensional Gaussian kernel density estimate with Scott's bandwidth, as
 * scipy.stats.gaussian_kde does by default: bandwidth = n^(-1/5) times the sample standard
 * deviation (ddof = 1), density normalised to integrate to 1.
 */
public final class GaussianKde {

    private final double[] data;
    private final double bandwidth;

    /**
     * @param values sample values (NaN dropped); at least two distinct values are needed
     * @throws IllegalArgumentException when fewer than two finite values remain or they are all equal
     */
    public GaussianKde(double[] values) {
        data = Arrays.stream(values).filter(Double::isFinite).toArray();
        if (data.length < 2) {
            throw new IllegalArgumentException("A density estimate needs at least 2 values, got " + data.length);
        }
        double mean = Arrays.stream(data).average().orElse(0);
        double ss = 0;
        for (double v : data) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / (data.length - 1));
        if (sd == 0) {
            throw new IllegalArgumentException("A density estimate needs values that differ (all are " + mean + ")");
        }
        bandwidth = Math.pow(data.length, -0.2) * sd;
    }

    /** Kernel standard deviation in the data's units. */
    public double bandwidth() {
        return bandwidth;
    }

    /** Number of finite values used. */
    public int size() {
        return data.length;
    }

    /** Density at {@code x} (per data unit). */
    public double density(double x) {
        double sum = 0;
        for (double v : data) {
            double z = (x - v) / bandwidth;
            sum += Math.exp(-0.5 * z * z);
        }
        return sum / (data.length * bandwidth * Math.sqrt(2 * Math.PI));
    }

    /** Densities at each of {@code xs}. */
    public double[] density(double[] xs) {
        double[] d = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            d[i] = density(xs[i]);
        }
        return d;
    }
}
