package org.fluorite.roi.traces;

import java.util.Arrays;

/**
 * dF/F0 of intensity traces: {@code (F(t) - F0(t)) / F0(t)}, with F0 from a {@link Baseline}.
 * The result is dimensionless (0.5 means 50 % above baseline). Where F0 is 0 or NaN the result
 * is NaN, so files and plots never see infinities.
 */
public final class DeltaF {

    private DeltaF() {
    }

    /**
     * dF/F0 of one trace.
     *
     * @throws IllegalArgumentException when a frame range baseline lies outside the trace
     */
    public static double[] of(double[] trace, Baseline baseline) {
        double[] f0 = baseline(trace, baseline);
        double[] out = new double[trace.length];
        for (int t = 0; t < trace.length; t++) {
            out[t] = f0[t] == 0 || Double.isNaN(f0[t]) ? Double.NaN : (trace[t] - f0[t]) / f0[t];
        }
        return out;
    }

    /** dF/F0 of every trace ({@code traces[roi][frame]}). */
    public static double[][] of(double[][] traces, Baseline baseline) {
        double[][] out = new double[traces.length][];
        for (int r = 0; r < traces.length; r++) {
            out[r] = of(traces[r], baseline);
        }
        return out;
    }

    /** F0 of every frame of {@code trace}, in the trace's units. */
    public static double[] baseline(double[] trace, Baseline baseline) {
        return switch (baseline) {
            case Baseline.Percentile p -> slidingPercentile(trace, p);
            case Baseline.FrameRange r -> {
                if (r.toFrame() > trace.length) {
                    throw new IllegalArgumentException("The baseline frames " + r.fromFrame() + ":" + r.toFrame()
                            + " lie outside the " + trace.length + " frames of the trace");
                }
                double sum = 0;
                int n = 0;
                for (int t = r.fromFrame(); t < r.toFrame(); t++) {
                    if (!Double.isNaN(trace[t])) {
                        sum += trace[t];
                        n++;
                    }
                }
                double[] f0 = new double[trace.length];
                Arrays.fill(f0, n == 0 ? Double.NaN : sum / n);
                yield f0;
            }
        };
    }

    /**
     * Sliding percentile: the window's values are kept sorted, one value entering and one leaving
     * per frame, so a window of N frames costs O(N) per frame at worst.
     */
    private static double[] slidingPercentile(double[] trace, Baseline.Percentile p) {
        int n = trace.length;
        int before = p.window() == Baseline.Window.CENTRED ? (p.windowFrames() - 1) / 2 : p.windowFrames() - 1;
        int after = p.window() == Baseline.Window.CENTRED ? p.windowFrames() / 2 : 0;
        double[] out = new double[n];
        double[] sorted = new double[Math.min(n, p.windowFrames())];
        int size = 0;
        int lo = 0; // first frame in the window
        int hi = 0; // one past the last frame in the window
        for (int t = 0; t < n; t++) {
            int wantLo = Math.max(0, t - before);
            int wantHi = (int) Math.min(n, (long) t + after + 1);
            while (lo < wantLo) { // leave before entering, so the buffer never holds more than N values
                size = remove(sorted, size, trace[lo++]);
            }
            while (hi < wantHi) {
                size = insert(sorted, size, trace[hi++]);
            }
            out[t] = percentile(sorted, size, p.percentile());
        }
        return out;
    }

    private static int insert(double[] sorted, int size, double v) {
        if (Double.isNaN(v)) {
            return size;
        }
        int at = Arrays.binarySearch(sorted, 0, size, v);
        if (at < 0) {
            at = -at - 1;
        }
        System.arraycopy(sorted, at, sorted, at + 1, size - at);
        sorted[at] = v;
        return size + 1;
    }

    private static int remove(double[] sorted, int size, double v) {
        if (Double.isNaN(v)) {
            return size;
        }
        int at = Arrays.binarySearch(sorted, 0, size, v);
        System.arraycopy(sorted, at + 1, sorted, at, size - at - 1);
        return size - 1;
    }

    /** Linear interpolation between closest ranks (numpy's default); NaN for no values. */
    static double percentile(double[] sorted, int size, double percentile) {
        if (size == 0) {
            return Double.NaN;
        }
        double rank = percentile / 100.0 * (size - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(size - 1, below + 1);
        double frac = rank - below;
        return sorted[below] + (sorted[above] - sorted[below]) * frac;
    }
}
