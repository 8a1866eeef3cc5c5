package org.fluorite.core.display;

import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;

/**
 * The display range of one channel: values at or below {@code min} show as the first colour of
 * the lookup table, values at or above {@code max} as the last, linear in between.
 *
 * @param min value shown as lookup entry 0
 * @param max value shown as lookup entry 255; never below {@code min}
 */
public record Contrast(double min, double max) {

    /** ImageJ's default share of saturated pixels for auto contrast, in percent (both tails together). */
    public static final double DEFAULT_SATURATED = 0.35;

    /** Bins used when a plane's values cannot each get their own bin. */
    static final int AUTO_BINS = 65536;

    public Contrast {
        if (Double.isNaN(min) || Double.isNaN(max) || Double.isInfinite(min) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("Display range must be finite: " + min + " .. " + max);
        }
        if (max < min) {
            throw new IllegalArgumentException("Display maximum " + max + " is below the minimum " + min);
        }
    }

    /** The whole range a pixel type can hold (for floating point, 0..1). */
    public static Contrast fullRange(PixelType type) {
        return type.isFloatingPoint() ? new Contrast(0, 1) : new Contrast(type.minValue(), type.maxValue());
    }

    /** The plane's own finite minimum and maximum (0..1 for an all-NaN plane). */
    public static Contrast minMax(Plane plane) {
        double[] mm = Histogram.finiteMinMax(plane);
        return Double.isNaN(mm[0]) ? new Contrast(0, 1) : new Contrast(mm[0], mm[1]);
    }

    /** {@link #auto(Plane, double)} with {@link #DEFAULT_SATURATED}. */
    public static Contrast auto(Plane plane) {
        return auto(plane, DEFAULT_SATURATED);
    }

    /**
     * Auto contrast from a plane's histogram: the range that leaves {@code saturatedPercent} of
     * the (non-NaN, finite) pixels outside, half of them below and half above. With N pixels,
     * k = floor(N * saturatedPercent / 200) pixels are allowed at each end: the minimum is the
     * (k+1)-th smallest value and the maximum the (k+1)-th largest.
     *
     * <p>Integer planes whose value range fits in 65536 values are binned one bin per value, so the
     * result is exactly those order statistics. Other planes use 65536 bins over their range and
     * the result is the lower edge of the low bin and the upper edge of the high bin. When the
     * percentiles meet (nearly constant image), the plane's full min..max range is used.
     */
    public static Contrast auto(Plane plane, double saturatedPercent) {
        if (!(saturatedPercent >= 0) || saturatedPercent >= 100) {
            throw new IllegalArgumentException("Saturated share must be in [0, 100) percent, was " + saturatedPercent);
        }
        Histogram h = Histogram.exact(plane, AUTO_BINS);
        long n = h.total();
        if (n == 0) {
            return new Contrast(0, 1);
        }
        boolean perValue = !plane.type().isFloatingPoint() && h.binWidth() == 1.0;
        long k = (long) Math.floor(n * saturatedPercent / 200.0);
        int bins = h.bins();
        int lowBin = 0;
        long seen = 0;
        for (int b = 0; b < bins; b++) {
            seen += h.count(b);
            if (seen > k) {
                lowBin = b;
                break;
            }
        }
        int highBin = bins - 1;
        seen = 0;
        for (int b = bins - 1; b >= 0; b--) {
            seen += h.count(b);
            if (seen > k) {
                highBin = b;
                break;
            }
        }
        double lo = perValue ? h.binCentre(lowBin) : h.binStart(lowBin);
        double hi = perValue ? h.binCentre(highBin) : h.binStart(highBin) + h.binWidth();
        if (!(hi > lo)) {
            return minMax(plane);
        }
        return new Contrast(lo, hi);
    }

    /** Width of the range. */
    public double width() {
        return max - min;
    }

    /**
     * The lookup-table index (0..255) of {@code value}: the range is cut into 256 equal steps, so
     * {@code min} maps to 0 and {@code max} to 255. NaN maps to -1 (drawn black by the renderer).
     * When min equals max, values at or above it map to 255 and values below to 0.
     */
    public int index(double value) {
        if (value != value) {
            return -1;
        }
        double w = max - min;
        if (w <= 0) {
            return value >= max ? 255 : 0;
        }
        double f = (value - min) * (256.0 / w);
        if (f <= 0) {
            return 0;
        }
        return f >= 255 ? 255 : (int) f;
    }

    @Override
    public String toString() {
        return "Contrast[" + min + " .. " + max + "]";
    }
}
