package org.fluorite.smlm.camera;

import java.io.IOException;
import java.util.OptionalDouble;

import org.fluorite.core.image.Image;
import org.fluorite.core.image.Plane;

/**
 * Estimates the camera's AD offset from dark frames at the start of a recording (taken before the
 * laser is switched on), as PYME does. A frame counts as dark while its mean stays within the
 * spread of the first frame's mean; the recording must then get clearly brighter (by more than
 * {@link #MIN_STEP} of the dark level's read-out noise), otherwise there are no dark frames and
 * nothing is estimated.
 */
public final class DarkFrames {

    /** How many noise units (standard deviations of a pixel in the first frame) the first lit frame must rise by. */
    public static final double MIN_STEP = 1.0;
    /** At most this many frames from the start are looked at. */
    public static final int MAX_FRAMES = 100;

    private DarkFrames() {
    }

    /** The result: how many leading frames are dark and their mean value in ADU. */
    public record Estimate(int darkFrames, double adOffset) {
    }

    /**
     * The AD offset in ADU as the mean of the leading dark frames, or empty when the recording
     * does not start with dark frames followed by brighter ones.
     */
    public static OptionalDouble estimateAdOffset(Image stack) throws IOException {
        Estimate e = estimate(stack);
        return e == null ? OptionalDouble.empty() : OptionalDouble.of(e.adOffset());
    }

    /** The estimate, or null when there are no dark frames. */
    public static Estimate estimate(Image stack) throws IOException {
        long frames = Math.min(MAX_FRAMES, stack.planeCount());
        if (frames < 2) {
            return null;
        }
        Plane first = stack.planeAt(0);
        double[] ms = meanAndStd(first);
        double threshold = ms[0] + MIN_STEP * ms[1];
        double sum = ms[0];
        int dark = 1;
        for (long t = 1; t < frames; t++) {
            double m = meanAndStd(stack.planeAt(t))[0];
            if (m > threshold) {
                return new Estimate(dark, sum / dark);
            }
            sum += m;
            dark++;
        }
        return null;
    }

    private static double[] meanAndStd(Plane p) {
        int n = p.size();
        double s = 0;
        double s2 = 0;
        for (int i = 0; i < n; i++) {
            double v = p.get(i);
            s += v;
            s2 += v * v;
        }
        double mean = s / n;
        return new double[] {mean, Math.sqrt(Math.max(0, s2 / n - mean * mean))};
    }
}
