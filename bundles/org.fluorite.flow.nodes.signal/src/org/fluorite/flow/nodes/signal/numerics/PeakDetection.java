package org.fluorite.flow.nodes.signal.numerics;

/**
 * Peak and base detection from the zero crossings of a trace's first derivative, as the seed's
 * PeakDetect node describes it:
 * <ol>
 * <li>a peak is a sample i where {@code sign(d1[i+1]) - sign(d1[i]) < 0}, a base one where it is
 * {@code > 0};</li>
 * <li>peaks whose normalised value is below {@code amplThrAbs} are dropped, and so are peaks where
 * the gradient of the derivative is above {@code slopeThr} (not sharp enough);</li>
 * <li>with fictional bases, a base is added at 0 before a leading peak and at n-1 after a trailing
 * one;</li>
 * <li>each peak flanked by bases is moved to the maximum of the curve between them (left base
 * included, right base excluded), and dropped when the mean of its rise and fall amplitudes is not
 * above {@code amplThrRel};</li>
 * <li>bases with no peak on either side are dropped (first and last event kept).</li>
 * </ol>
 * Where the seed's code differed from its description (it searched the whole curve for the window's
 * maximum value, and reused the first pass's row numbers in the second) Fluorite follows the
 * description. Ties between a peak and a base at one sample keep the peak first.
 */
public final class PeakDetection {

    /**
     * @param slopeThr largest allowed gradient of the derivative at a peak (signal per sample^2)
     * @param amplThrAbs smallest normalised value at a peak (0..1)
     * @param amplThrRel smallest mean of rise and fall amplitude (signal units)
     * @param fictionalBases add bases at the ends when the first or last peak has none
     */
    public record Parameters(double slopeThr, double amplThrAbs, double amplThrRel, boolean fictionalBases) {
        /** Mesmerize's defaults: all thresholds 0, fictional bases on. */
        public static final Parameters DEFAULTS = new Parameters(0, 0, 0, true);
    }

    private PeakDetection() {
    }

    /**
     * @param derivative first derivative of the (filtered, normalised) trace
     * @param curve the trace on which peaks are placed and measured
     * @param normalized the trace normalised to 0..1, for the absolute threshold
     */
    public static PeaksBases detect(double[] derivative, double[] curve, double[] normalized, Parameters p) {
        int n = derivative.length;
        if (curve.length != n || normalized.length != n) {
            throw new IllegalArgumentException("derivative, curve and normalized trace differ in length: " + n + ", "
                    + curve.length + ", " + normalized.length);
        }
        if (n < 2) {
            return PeaksBases.EMPTY;
        }
        double[] d2 = Gradient.of(derivative);
        // primitive buffers: at most one event per sample, plus two fictional bases
        int[] peaks = new int[n];
        int[] bases = new int[n + 2];
        int np = 0;
        int nb = 1;
        for (int i = 0; i < n - 1; i++) {
            double sc = Math.signum(derivative[i + 1]) - Math.signum(derivative[i]);
            if (sc < 0) {
                if (!(normalized[i] < p.amplThrAbs()) && !(d2[i] > p.slopeThr())) {
                    peaks[np++] = i;
                }
            } else if (sc > 0) {
                bases[nb++] = i;
            }
        }
        if (np == 0) {
            return PeaksBases.EMPTY;
        }
        // bases[0] is a free slot for a fictional base at 0
        int first = 1;
        if (p.fictionalBases()) {
            if (nb == 1) {
                bases[nb++] = 0;
                bases[nb++] = n - 1;
            } else {
                if (bases[1] > peaks[0]) {
                    bases[0] = 0;
                    first = 0;
                }
                if (bases[nb - 1] < peaks[np - 1]) {
                    bases[nb++] = n - 1;
                }
            }
        }
        // merge in index order, peaks first on ties
        int total = np + nb - first;
        int[] ev = new int[total];
        boolean[] pk = new boolean[total];
        for (int i = 0, a = 0, b = first; i < total; i++) {
            boolean takePeak = b >= nb || (a < np && peaks[a] <= bases[b]);
            ev[i] = takePeak ? peaks[a++] : bases[b++];
            pk[i] = takePeak;
        }
        boolean[] keep = new boolean[total];
        java.util.Arrays.fill(keep, true);
        for (int i = 1; i < total - 1; i++) {
            if (pk[i] && !pk[i - 1] && !pk[i + 1]) {
                int left = ev[i - 1];
                int right = ev[i + 1];
                int best = left;
                for (int j = left + 1; j < right; j++) {
                    if (curve[j] > curve[best]) {
                        best = j;
                    }
                }
                double rise = curve[best] - curve[left];
                double fall = curve[best] - curve[right];
                if ((rise + fall) / 2 > p.amplThrRel()) {
                    ev[i] = best;
                } else {
                    keep[i] = false;
                }
            }
        }
        int[] ev2 = compact(ev, keep);
        boolean[] pk2 = compact(pk, keep);
        int m = ev2.length;
        boolean[] keep2 = new boolean[m];
        java.util.Arrays.fill(keep2, true);
        for (int i = 1; i < m - 1; i++) {
            if (!pk2[i] && !pk2[i - 1] && !pk2[i + 1]) {
                keep2[i] = false;
            }
        }
        return new PeaksBases(compact(ev2, keep2), compact(pk2, keep2));
    }

    private static int[] compact(int[] v, boolean[] keep) {
        int c = 0;
        for (boolean k : keep) {
            c += k ? 1 : 0;
        }
        int[] out = new int[c];
        for (int i = 0, j = 0; i < v.length; i++) {
            if (keep[i]) {
                out[j++] = v[i];
            }
        }
        return out;
    }

    private static boolean[] compact(boolean[] v, boolean[] keep) {
        int c = 0;
        for (boolean k : keep) {
            c += k ? 1 : 0;
        }
        boolean[] out = new boolean[c];
        for (int i = 0, j = 0; i < v.length; i++) {
            if (keep[i]) {
                out[j++] = v[i];
            }
        }
        return out;
    }
}
