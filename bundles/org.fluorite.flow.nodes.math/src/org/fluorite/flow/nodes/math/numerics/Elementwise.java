package org.fluorite.flow.nodes.math.numerics;

import java.util.Locale;

/** Element-wise maps of the XpowerY, AbsoluteValue and LogTransform nodes (NumPy semantics). */
public final class Elementwise {

    /** The LogTransform choices, by the seed's names. */
    public enum LogKind {
        /** Base-10 logarithm; NaN below 0, -inf at 0 (numpy.log10). */
        LOG10,
        /** Natural logarithm (numpy.log). */
        LN,
        /** sign(x) * log10(|x| + 1): defined everywhere, 0 at 0. */
        MODLOG10,
        /** sign(x) * ln(|x| + 1). */
        MODLN;

        /** The kind for the seed's name ("log10", "ln", "modlog10", "modln"). */
        public static LogKind of(String name) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown log transform '" + name + "' (log10, ln, modlog10, modln)");
            }
        }

        /** The seed's name. */
        public String seedName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private Elementwise() {
    }

    /** numpy.power(x, y) for a real exponent (NaN for a negative base and a fractional exponent). */
    public static double[] power(double[] x, double y) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Math.pow(x[i], y);
        }
        return out;
    }

    public static double[] abs(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Math.abs(x[i]);
        }
        return out;
    }

    /**
     * The seed's transforms as its documentation writes them. (Its code computed modln as
     * sign(x) * (ln|x| + 1), -inf at 0; Fluorite follows the documented sign(x) * ln(|x| + 1).)
     */
    public static double[] log(double[] x, LogKind kind) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double v = x[i];
            out[i] = switch (kind) {
                case LOG10 -> Math.log10(v);
                case LN -> Math.log(v);
                case MODLOG10 -> Math.signum(v) * Math.log10(Math.abs(v) + 1);
                case MODLN -> Math.signum(v) * Math.log(Math.abs(v) + 1);
            };
        }
        return out;
    }
}
