package org.fluorite.flow.nodes.math.numerics;

import java.util.Arrays;
import java.util.Locale;

/**
 * The ArrayStats node's functions with NumPy's semantics: {@code amin, amax, ptp, median, mean,
 * std, var} propagate NaN; the {@code nan*} variants ignore it (NaN when nothing is left);
 * std and var are population values (ddof = 0).
 */
public enum ArrayStatistics {
    AMIN, AMAX, NANMIN, NANMAX, PTP, MEDIAN, MEAN, STD, VAR, NANMEDIAN, NANMEAN, NANSTD, NANVAR;

    /** The function for the seed's name ("amin", "nanstd", ...). */
    public static ArrayStatistics of(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown statistic '" + name + "' (" + String.join(", ",
                    Arrays.stream(values()).map(ArrayStatistics::seedName).toList()) + ")");
        }
    }

    public String seedName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The statistic of one array (NaN for an empty one). */
    public double apply(double[] a) {
        boolean ignoreNan = name().startsWith("NAN");
        double[] v = a;
        if (ignoreNan) {
            v = Arrays.stream(a).filter(x -> !Double.isNaN(x)).toArray();
        } else if (Arrays.stream(a).anyMatch(Double::isNaN)) {
            return Double.NaN;
        }
        if (v.length == 0) {
            return Double.NaN;
        }
        return switch (this) {
            case AMIN, NANMIN -> Arrays.stream(v).min().getAsDouble();
            case AMAX, NANMAX -> Arrays.stream(v).max().getAsDouble();
            case PTP -> Arrays.stream(v).max().getAsDouble() - Arrays.stream(v).min().getAsDouble();
            case MEDIAN, NANMEDIAN -> median(v);
            case MEAN, NANMEAN -> mean(v);
            case STD, NANSTD -> Math.sqrt(variance(v));
            case VAR, NANVAR -> variance(v);
        };
    }

    /**
     * The statistic over rows at each index (NumPy's {@code func(np.vstack(rows), axis=0)}), for the
     * grouped form of the node.
     *
     * @throws IllegalArgumentException when the arrays differ in length
     */
    public double[] applyAcross(double[][] rows) {
        if (rows.length == 0) {
            return new double[0];
        }
        int len = rows[0].length;
        for (double[] r : rows) {
            if (r.length != len) {
                throw new IllegalArgumentException("arrays of one group differ in length (" + len + " and " + r.length
                        + "); splice them to one length first");
            }
        }
        double[] out = new double[len];
        double[] column = new double[rows.length];
        for (int j = 0; j < len; j++) {
            for (int i = 0; i < rows.length; i++) {
                column[i] = rows[i][j];
            }
            out[j] = apply(column);
        }
        return out;
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    static double variance(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return s / v.length;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
