package org.fluorite.viewer.ui;

import java.util.Locale;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Calibration;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.Plane;

/**
 * Text of the pixel read-out, e.g. {@code "x=12 y=5 (1.920 µm, 0.800 µm) value=4093"}: pixel
 * column and row, the physical position when X and Y are calibrated (metres shown in µm), and
 * the value of each shown channel ({@code value=10 | 250} in composite mode).
 */
final class Readout {

    private Readout() {
    }

    static String format(Image image, int x, int y, Plane[] planes) {
        StringBuilder b = new StringBuilder();
        b.append("x=").append(x).append(" y=").append(y);
        Calibration cx = image.calibration(Axis.X);
        Calibration cy = image.calibration(Axis.Y);
        if (cx.isCalibrated() || cy.isCalibrated()) {
            b.append(" (").append(physical(cx, x)).append(", ").append(physical(cy, y)).append(')');
        }
        b.append(" value=");
        for (int i = 0; i < planes.length; i++) {
            if (i > 0) {
                b.append(" | ");
            }
            Plane p = planes[i];
            b.append(x < p.width() && y < p.height() ? value(p.get(x, y), p.type().isFloatingPoint()) : "?");
        }
        return b.toString();
    }

    /** Physical coordinate of sample {@code index}: metres in µm with 3 decimals, other units as given. */
    static String physical(Calibration c, int index) {
        if (!c.isCalibrated()) {
            return index + " px";
        }
        double v = c.position(index);
        if (c.unit().equals("m")) {
            return String.format(Locale.ROOT, "%.3f µm", v * 1e6);
        }
        return String.format(Locale.ROOT, "%.4g %s", v, c.unit());
    }

    /** Integer values as integers; floating point with four decimals (or scientific when large or tiny). */
    static String value(double v, boolean floating) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (!floating) {
            return Long.toString((long) v);
        }
        double a = Math.abs(v);
        if (a != 0 && (a >= 1e6 || a < 1e-3)) {
            return String.format(Locale.ROOT, "%.4e", v);
        }
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
