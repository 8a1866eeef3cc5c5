package org.fluorite.core.display;

import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;

/**
 * Counts of the values of a plane in {@code bins} equal bins between {@code min} and
 * {@code max} (both inclusive: a value equal to {@code max} falls in the last bin). Values
 * outside the range are counted apart as below or above; NaN values are counted apart and never
 * binned. Immutable.
 */
public final class Histogram {

    private final double min;
    private final double max;
    private final long[] counts;
    private final long below;
    private final long above;
    private final long nan;

    private Histogram(double min, double max, long[] counts, long below, long above, long nan) {
        this.min = min;
        this.max = max;
        this.counts = counts;
        this.below = below;
        this.above = above;
        this.nan = nan;
    }

    /**
     * The histogram of {@code plane} in {@code bins} bins over [{@code min}, {@code max}].
     *
     * @throws IllegalArgumentException when bins &lt; 1 or the range is empty or not finite
     */
    public static Histogram of(Plane plane, int bins, double min, double max) {
        if (bins < 1) {
            throw new IllegalArgumentException("A histogram needs at least one bin, got " + bins);
        }
        if (!(max >= min) || Double.isInfinite(min) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("Bad histogram range " + min + " .. " + max);
        }
        long[] counts = new long[bins];
        long below = 0;
        long above = 0;
        long nan = 0;
        double scale = max > min ? bins / (max - min) : 0;
        for (int i = 0, n = plane.size(); i < n; i++) {
            double v = plane.get(i);
            if (v != v) {
                nan++;
            } else if (v < min) {
                below++;
            } else if (v > max) {
                above++;
            } else {
                int b = (int) ((v - min) * scale);
                counts[b >= bins ? bins - 1 : b]++;
            }
        }
        return new Histogram(min, max, counts, below, above, nan);
    }

    /** The histogram over the plane's own finite range, or all-empty for an all-NaN plane. */
    public static Histogram of(Plane plane, int bins) {
        double[] mm = finiteMinMax(plane);
        if (Double.isNaN(mm[0])) {
            return new Histogram(0, 0, new long[bins], 0, 0, plane.size());
        }
        return of(plane, bins, mm[0], mm[1]);
    }

    /**
     * For integer pixel types: one bin per integer value over the plane's range when that range
     * has at most {@code maxBins} values, so percentiles come out exact; else {@code maxBins} bins.
     * Floating point planes always get {@code maxBins} bins.
     */
    static Histogram exact(Plane plane, int maxBins) {
        double[] mm = finiteMinMax(plane);
        if (Double.isNaN(mm[0])) {
            return new Histogram(0, 0, new long[1], 0, 0, plane.size());
        }
        PixelType t = plane.type();
        if (!t.isFloatingPoint() && mm[1] - mm[0] + 1 <= maxBins) {
            int bins = (int) (mm[1] - mm[0] + 1);
            // bins of width 1 centred on the integers: [v - 0.5, v + 0.5)
            return of(plane, bins, mm[0] - 0.5, mm[1] + 0.5);
        }
        return of(plane, maxBins, mm[0], mm[1]);
    }

    /** Smallest and largest finite value, or {NaN, NaN} when there is none. */
    public static double[] finiteMinMax(Plane plane) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        boolean floating = plane.type().isFloatingPoint();
        for (int i = 0, n = plane.size(); i < n; i++) {
            double v = plane.get(i);
            if (floating && (v != v || Double.isInfinite(v))) {
                continue;
            }
            if (v < lo) {
                lo = v;
            }
            if (v > hi) {
                hi = v;
            }
        }
        return lo > hi ? new double[] {Double.NaN, Double.NaN} : new double[] {lo, hi};
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public int bins() {
        return counts.length;
    }

    public long count(int bin) {
        return counts[bin];
    }

    /** All counts (a copy). */
    public long[] counts() {
        return counts.clone();
    }

    /** Width of one bin in pixel-value units. */
    public double binWidth() {
        return (max - min) / counts.length;
    }

    /** Lower edge of {@code bin}. */
    public double binStart(int bin) {
        return min + bin * binWidth();
    }

    /** Centre of {@code bin}. */
    public double binCentre(int bin) {
        return min + (bin + 0.5) * binWidth();
    }

    /** The largest count of any bin (0 when empty). */
    public long maxCount() {
        long m = 0;
        for (long c : counts) {
            m = Math.max(m, c);
        }
        return m;
    }

    /** Values binned (inside the range, not NaN). */
    public long total() {
        long t = 0;
        for (long c : counts) {
            t += c;
        }
        return t;
    }

    public long below() {
        return below;
    }

    public long above() {
        return above;
    }

    public long nanCount() {
        return nan;
    }
}
