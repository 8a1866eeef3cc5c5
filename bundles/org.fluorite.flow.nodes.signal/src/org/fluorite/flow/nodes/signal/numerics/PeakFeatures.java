package org.fluorite.flow.nodes.signal.numerics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The seed's peak features ({@code _pf_*} columns) of every peak flanked by a base on each side.
 * With p the peak, l and r its bases and {@code c = curve[l:r]} (right base excluded):
 * amplitudes {@code curve[p] - curve[l]}, {@code curve[p] - curve[r]}, {@code curve[p] - mean(curve[l],
 * curve[r])}, {@code curve[p]}; areas by Simpson's rule ({@code scipy.integrate.simpson}, unit
 * spacing, current SciPy's end correction for an even number of samples) of c and of c - min(c), in
 * signal x samples; slopes {@code |curve[l] - curve[p]| / |p - l|} and {@code |curve[r] - curve[p]| /
 * |p - r|} in signal per sample; duration {@code r - l} samples.
 */
public final class PeakFeatures {

    /** One peak's features; indices in samples of the parent curve. */
    public record Peak(int peakIndex, int leftBaseIndex, int rightBaseIndex, double amplRelLeftBase,
            double amplRelRightBase, double amplRelBaseMean, double amplRelZero, double areaRelZero, double areaRelMin,
            double risingSlopeAvg, double fallingSlopeAvg, int durationBase, double[] peakCurve) {
    }

    /** Features of the flanked peaks, and the event indices of peaks that were skipped and why. */
    public record Result(List<Peak> peaks, List<String> skipped) {
    }

    private PeakFeatures() {
    }

    public static Result compute(double[] curve, PeaksBases pb) {
        List<Peak> out = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int maxIx = curve.length - 1;
        for (int i = 0; i < pb.size(); i++) {
            if (!pb.isPeak(i)) {
                continue;
            }
            int p = pb.event(i);
            if (i == 0 || i == pb.size() - 1 || pb.isPeak(i - 1) || pb.isPeak(i + 1)) {
                skipped.add("peak at sample " + p + " is not flanked by bases on both sides");
                continue;
            }
            int l = pb.event(i - 1);
            int r = pb.event(i + 1);
            if (l > maxIx || r > maxIx || p > maxIx || l < 0 || p < 0 || r < 0) {
                skipped.add("peak at sample " + p + " or one of its bases lies outside the curve (" + curve.length
                        + " samples)");
                continue;
            }
            double[] c = Arrays.copyOfRange(curve, l, Math.max(l, r));
            double min = Double.POSITIVE_INFINITY;
            for (double v : c) {
                min = Math.min(min, v);
            }
            double[] shifted = new double[c.length];
            for (int k = 0; k < c.length; k++) {
                shifted[k] = c[k] - min;
            }
            out.add(new Peak(p, l, r, curve[p] - curve[l], curve[p] - curve[r], curve[p] - (curve[l] + curve[r]) / 2,
                    curve[p], simpson(c), c.length == 0 ? 0 : simpson(shifted),
                    Math.abs(curve[l] - curve[p]) / Math.abs(p - l), Math.abs(curve[r] - curve[p]) / Math.abs(p - r),
                    c.length, c));
        }
        return new Result(out, skipped);
    }

    /** {@code scipy.integrate.simpson(y)} with unit spacing, in signal x samples (0 for fewer than 2 samples). */
    public static double simpson(double[] y) {
        int n = y.length;
        if (n == 0) {
            return 0;
        }
        if (n % 2 == 1) {
            return basic(y, n - 2);
        }
        if (n == 2) {
            return 0.5 * (y[0] + y[1]);
        }
        double result = basic(y, n - 3);
        return result + 5.0 / 12.0 * y[n - 1] + 2.0 / 3.0 * y[n - 2] - 1.0 / 12.0 * y[n - 3];
    }

    private static double basic(double[] y, int stop) {
        double s = 0;
        for (int i = 0; i < stop; i += 2) {
            s += y[i] + 4.0 * y[i + 1] + y[i + 2];
        }
        return s / 3.0;
    }
}
