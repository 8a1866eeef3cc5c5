package org.fluorite.io.tiff.internal;

import java.util.Locale;

/** Conversion of the unit names found in TIFF metadata (ImageJ, OME) to SI factors. */
public final class Units {

    private Units() {
    }

    /**
     * Metres per {@code unit} ("micron", "um", "µm", "nm", "mm", "cm", "m", "Å", ...), or NaN when
     * the unit is not a length (e.g. "pixel") or unknown.
     */
    public static double metresPer(String unit) {
        if (unit == null) {
            return Double.NaN;
        }
        String u = unit.trim().replace("\\u00B5", "µ").replace("\\u00b5", "µ").replace('\u03BC', 'µ')
                .toLowerCase(Locale.ROOT);
        return switch (u) {
            case "m", "meter", "meters", "metre", "metres" -> 1;
            case "cm", "centimeter", "centimeters", "centimetre", "centimetres" -> 1e-2;
            case "mm", "millimeter", "millimeters", "millimetre", "millimetres" -> 1e-3;
            case "µm", "um", "micron", "microns", "micrometer", "micrometers", "micrometre", "micrometres" -> 1e-6;
            case "nm", "nanometer", "nanometers", "nanometre", "nanometres" -> 1e-9;
            case "pm", "picometer", "picometers", "picometre", "picometres" -> 1e-12;
            case "å", "angstrom", "angstroms", "ångström" -> 1e-10;
            case "inch", "inches", "in" -> 0.0254;
            default -> Double.NaN;
        };
    }

    /** Seconds per {@code unit} ("s", "sec", "ms", "min", "h", ...), or NaN when unknown. */
    public static double secondsPer(String unit) {
        if (unit == null) {
            return Double.NaN;
        }
        String u = unit.trim().replace("\\u00B5", "µ").replace("\\u00b5", "µ").replace('\u03BC', 'µ')
                .toLowerCase(Locale.ROOT);
        return switch (u) {
            case "s", "sec", "secs", "second", "seconds" -> 1;
            case "ms", "msec", "millisecond", "milliseconds" -> 1e-3;
            case "µs", "us", "usec", "microsecond", "microseconds" -> 1e-6;
            case "ns", "nsec", "nanosecond", "nanoseconds" -> 1e-9;
            case "min", "mins", "minute", "minutes" -> 60;
            case "h", "hr", "hrs", "hour", "hours" -> 3600;
            default -> Double.NaN;
        };
    }

    /** Parses a number, or NaN. */
    public static double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    /** True for a finite positive number: a usable calibration step. */
    public static boolean positive(double v) {
        return v > 0 && !Double.isInfinite(v);
    }
}
