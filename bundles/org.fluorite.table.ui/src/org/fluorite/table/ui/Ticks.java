package org.fluorite.table.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * Tick positions of a plot axis at "nice" steps (1, 2 or 5 times a power of ten), and their
 * labels. Free of SWT.
 */
public final class Ticks {

    private Ticks() {
    }

    /** The nice step for about {@code target} ticks over [min, max]. */
    public static double step(double min, double max, int target) {
        double span = max - min;
        if (!(span > 0) || Double.isInfinite(span)) {
            return 1;
        }
        double raw = span / Math.max(1, target);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / power;
        double nice = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
        return nice * power;
    }

    /** Tick values inside [min, max] at the nice step for about {@code target} ticks. */
    public static List<Double> values(double min, double max, int target) {
        List<Double> out = new ArrayList<>();
        if (!(max >= min) || Double.isInfinite(max - min)) {
            return out;
        }
        if (max == min) {
            out.add(min);
            return out;
        }
        double step = step(min, max, target);
        double first = Math.ceil(min / step) * step;
        for (int i = 0; i < 1000; i++) {
            double v = first + i * step;
            if (v > max + step * 1e-9) {
                break;
            }
            out.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
        }
        return out;
    }

    /** Label of a tick: as few decimals as the step needs, scientific for very large or small values. */
    public static String label(double value, double step) {
        double a = Math.abs(value);
        if (a != 0 && (a >= 1e6 || a < 1e-3)) {
            return String.format(java.util.Locale.ROOT, "%.3g", value);
        }
        int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
        return String.format(java.util.Locale.ROOT, "%." + Math.min(decimals, 6) + "f", value);
    }
}
