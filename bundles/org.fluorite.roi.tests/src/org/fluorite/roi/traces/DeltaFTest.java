package org.fluorite.roi.traces;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.fluorite.roi.traces.Baseline.Percentile;
import org.fluorite.roi.traces.Baseline.Window;
import org.junit.jupiter.api.Test;

/** Baselines and dF/F0 worked out by hand, and the sliding percentile against sorting each window. */
class DeltaFTest {

    @Test
    void frameRangeBaselineIsTheMeanOfThoseFrames() {
        double[] dff = DeltaF.of(new double[] {2, 4, 6, 8}, new Baseline.FrameRange(0, 2));
        // F0 = (2 + 4) / 2 = 3
        assertArrayEquals(new double[] {-1.0 / 3, 1.0 / 3, 1.0, 5.0 / 3}, dff, 1e-15);
    }

    @Test
    void centredMedianWindowOfThree() {
        double[] trace = {1, 5, 2, 8, 3};
        // windows {1,5} {1,5,2} {5,2,8} {2,8,3} {8,3}: medians 3, 2, 5, 3, 5.5
        assertArrayEquals(new double[] {3, 2, 5, 3, 5.5}, DeltaF.baseline(trace, Percentile.centred(50, 3)), 0);
    }

    @Test
    void trailingMinimumWindowOfTwo() {
        double[] trace = {1, 5, 2, 8, 3};
        // windows {1} {1,5} {5,2} {2,8} {8,3}: minima 1, 1, 2, 2, 3
        assertArrayEquals(new double[] {1, 1, 2, 2, 3},
                DeltaF.baseline(trace, new Percentile(0, 2, Window.TRAILING)), 0);
    }

    @Test
    void percentilesInterpolateBetweenRanks() {
        double[] ramp = new double[10];
        for (int i = 0; i < 10; i++) {
            ramp[i] = i;
        }
        // frame 5, centred window of 5: frames 3..7, rank 0.1 * 4 = 0.4 -> 3.4
        assertEquals(3.4, DeltaF.baseline(ramp, Percentile.centred(10, 5))[5], 1e-12);
        // even window of 4 centred on frame 5: frames 4..7 (one more after), 90th: rank 2.7 -> 6.7
        assertEquals(6.7, DeltaF.baseline(ramp, Percentile.centred(90, 4))[5], 1e-12);
        assertEquals(9, DeltaF.baseline(ramp, Percentile.centred(100, 1))[9], 0);
    }

    @Test
    void aTransientAboveARestingLevelGivesItsRelativeHeight() {
        double[] trace = new double[100];
        Arrays.fill(trace, 100);
        for (int t = 50; t < 60; t++) {
            trace[t] = 150;
        }
        // every centred window of 21 frames holds at least 11 resting frames, so its 10th percentile is 100
        double[] dff = DeltaF.of(trace, Percentile.centred(10, 21));
        for (int t = 0; t < 100; t++) {
            assertEquals(t >= 50 && t < 60 ? 0.5 : 0.0, dff[t], 1e-15, "frame " + t);
        }
    }

    @Test
    void slidingPercentileEqualsSortingEveryWindow() {
        Random random = new Random(3);
        double[] trace = new double[257];
        for (int i = 0; i < trace.length; i++) {
            trace[i] = random.nextInt(50) + random.nextGaussian();
        }
        trace[40] = Double.NaN;
        for (int window : new int[] {1, 2, 7, 30, 300}) {
            for (Window position : Window.values()) {
                for (double p : new double[] {0, 8, 10, 50, 99.5, 100}) {
                    double[] fast = DeltaF.baseline(trace, new Percentile(p, window, position));
                    for (int t = 0; t < trace.length; t++) {
                        int lo = position == Window.CENTRED ? t - (window - 1) / 2 : t - window + 1;
                        int hi = position == Window.CENTRED ? t + window / 2 : t;
                        double[] w = Arrays.stream(trace, Math.max(0, lo), Math.min(trace.length, hi + 1))
                                .filter(v -> !Double.isNaN(v)).sorted().toArray();
                        if (w.length == 0) {
                            assertTrue(Double.isNaN(fast[t]), "a window of only NaN has no percentile");
                            continue;
                        }
                        double rank = p / 100 * (w.length - 1);
                        int below = (int) Math.floor(rank);
                        double expected = w[below] + (w[Math.min(w.length - 1, below + 1)] - w[below]) * (rank - below);
                        assertEquals(expected, fast[t], 1e-12, "window " + window + " " + position + " p" + p + " frame " + t);
                    }
                }
            }
        }
    }

    @Test
    void zeroOrMissingBaselineGivesNaN() {
        double[] dff = DeltaF.of(new double[] {0, 0, 5}, new Baseline.FrameRange(0, 2));
        assertTrue(Arrays.stream(dff).allMatch(Double::isNaN), Arrays.toString(dff));
        double[] nan = DeltaF.of(new double[] {Double.NaN, Double.NaN, 5}, new Baseline.FrameRange(0, 2));
        assertTrue(Double.isNaN(nan[2]));
        double[] constant = DeltaF.of(new double[] {7, 7, 7, 7}, Percentile.centred(10, 3));
        assertArrayEquals(new double[] {0, 0, 0, 0}, constant, 0);
    }

    @Test
    void badParametersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Percentile.centred(101, 3));
        assertThrows(IllegalArgumentException.class, () -> Percentile.centred(-1, 3));
        assertThrows(IllegalArgumentException.class, () -> Percentile.centred(Double.NaN, 3));
        assertThrows(IllegalArgumentException.class, () -> Percentile.centred(10, 0));
        assertThrows(IllegalArgumentException.class, () -> new Baseline.FrameRange(5, 5));
        assertThrows(IllegalArgumentException.class, () -> new Baseline.FrameRange(-1, 5));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DeltaF.of(new double[] {1, 2, 3}, new Baseline.FrameRange(0, 10)));
        assertTrue(e.getMessage().contains("3 frames"), e.getMessage());
    }
}
