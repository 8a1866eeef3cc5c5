package org.fluorite.flow.nodes.math.numerics;

/**
 * Z-scores as the ZScore node computes them: {@code scipy.stats.zscore(np.vstack(group), axis=None)},
 * i.e. one mean and one population standard deviation over every value of every array of a group.
 * NaN propagates (SciPy's default nan_policy); a group of equal values gives NaN (0/0).
 */
public final class Standardisation {

    private Standardisation() {
    }

    /** The z-scored arrays of one group (same shapes). */
    public static double[][] zscore(double[][] group) {
        double sum = 0;
        long count = 0;
        for (double[] r : group) {
            for (double v : r) {
                sum += v;
                count++;
            }
        }
        double mean = sum / count;
        double ss = 0;
        for (double[] r : group) {
            for (double v : r) {
                ss += (v - mean) * (v - mean);
            }
        }
        double sd = Math.sqrt(ss / count);
        double[][] out = new double[group.length][];
        for (int i = 0; i < group.length; i++) {
            out[i] = new double[group[i].length];
            for (int j = 0; j < group[i].length; j++) {
                out[i][j] = (group[i][j] - mean) / sd;
            }
        }
        return out;
    }
}
