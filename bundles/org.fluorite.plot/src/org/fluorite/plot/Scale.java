package org.fluorite.plot;

import java.util.Locale;

/**
 * Maps data values to pixels along one axis, linear or base-10 logarithmic. Non-positive values
 * have no place on a logarithmic axis and map to NaN.
 *
 * @param min smallest value shown (> 0 for log axes)
 * @param max largest value shown
 * @param from pixel of {@code min}
 * @param to pixel of {@code max}
 * @param log base-10 logarithmic when true
 */
public record Scale(double min, double max, double from, double to, boolean log) {

    /** A scale covering the finite (and, for log axes, positive) values with 5 % padding. */
    public static Scale covering(double[] values, double from, double to, boolean log) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v) && (!log || v > 0)) {
                double t = log ? Math.log10(v) : v;
                lo = Math.min(lo, t);
                hi = Math.max(hi, t);
            }
        }
        if (lo > hi) {
            lo = 0;
            hi = 1;
        } else if (lo == hi) {
            lo -= 0.5;
            hi += 0.5;
        }
        double pad = (hi - lo) * 0.05;
        lo -= pad;
        hi += pad;
        return log ? new Scale(Math.pow(10, lo), Math.pow(10, hi), from, to, true) : new Scale(lo, hi, from, to, false);
    }

    /** Pixel of value {@code v} (NaN when {@code v} cannot be shown). */
    public double map(double v) {
        if (log) {
            if (!(v > 0)) {
                return Double.NaN;
            }
            return from + (Math.log10(v) - Math.log10(min)) / (Math.log10(max) - Math.log10(min)) * (to - from);
        }
        return from + (v - min) / (max - min) * (to - from);
    }

    /** About five round tick values inside the range (powers of ten for log axes). */
    public double[] ticks() {
        if (log) {
            int a = (int) Math.ceil(Math.log10(min));
            int b = (int) Math.floor(Math.log10(max));
            double[] t = new double[Math.max(0, b - a + 1)];
            for (int i = 0; i < t.length; i++) {
                t[i] = Math.pow(10, a + i);
            }
            return t;
        }
        double raw = (max - min) / 5;
        double step = Math.pow(10, Math.floor(Math.log10(raw)));
        if (raw / step >= 5) {
            step *= 5;
        } else if (raw / step >= 2) {
            step *= 2;
        }
        double first = Math.ceil(min / step) * step;
        int n = (int) Math.floor((max - first) / step) + 1;
        double[] t = new double[Math.max(0, Math.min(n, 50))];
        for (int i = 0; i < t.length; i++) {
            t[i] = first + i * step;
        }
        return t;
    }

    /** Short text of a tick value. */
    public static String label(double v) {
        if (v != 0 && (Math.abs(v) >= 1e5 || Math.abs(v) < 1e-3)) {
            return String.format(Locale.ROOT, "%.1e", v);
        }
        String s = String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
