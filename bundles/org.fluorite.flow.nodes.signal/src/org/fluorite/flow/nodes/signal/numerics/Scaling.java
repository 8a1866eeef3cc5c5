package org.fluorite.flow.nodes.signal.numerics;

/** Per-trace rescaling: min-max normalisation and mean/variance scaling. */
public final class Scaling {

    private Scaling() {
    }

    /**
     * Normalize node: {@code (a - min(a)) / max(a - min(a))}, values between 0 and 1. A flat trace
     * gives NaN (0/0) as NumPy does; NaN anywhere gives all NaN, as NumPy's min/max propagate it.
     */
    public static double[] normalize(double[] a) {
        double min = Double.POSITIVE_INFINITY;
        boolean nan = false;
        for (double v : a) {
            if (Double.isNaN(v)) {
                nan = true;
            }
            min = Math.min(min, v);
        }
        double[] out = new double[a.length];
        if (nan) {
            java.util.Arrays.fill(out, Double.NaN);
            return out;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] - min;
            max = Math.max(max, out[i]);
        }
        for (int i = 0; i < a.length; i++) {
            out[i] /= max;
        }
        return out;
    }

    /**
     * ScalerMeanVariance node (tslearn's TimeSeriesScalerMeanVariance on one series): the trace is
     * shifted and scaled to mean {@code mu} and population standard deviation {@code std}; NaN are
     * ignored for the statistics and kept in place; a flat trace is only shifted (its deviation is
     * taken as 1).
     */
    public static double[] meanVariance(double[] a, double mu, double std) {
        double sum = 0;
        int count = 0;
        for (double v : a) {
            if (!Double.isNaN(v)) {
                sum += v;
                count++;
            }
        }
        double mean = count == 0 ? Double.NaN : sum / count;
        double ss = 0;
        for (double v : a) {
            if (!Double.isNaN(v)) {
                ss += (v - mean) * (v - mean);
            }
        }
        double sd = count == 0 ? Double.NaN : Math.sqrt(ss / count);
        if (sd == 0) {
            sd = 1;
        }
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (a[i] - mean) * std / sd + mu;
        }
        return out;
    }
}
