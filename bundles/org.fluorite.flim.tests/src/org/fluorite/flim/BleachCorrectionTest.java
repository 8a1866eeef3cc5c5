package org.fluorite.flim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class BleachCorrectionTest {

    /** A 128 x 128 series of 100 images 0.5 s apart, cell peak 200 counts bleaching at 0.05 /s, noise sigma 5 counts: a realistic widefield series. */
    private static SimulatedSeries realistic(long seed) {
        return new SimulatedSeries(128, 128, 100, 0.5, 100, 150, 0.05, 50, 5, seed);
    }

    @Test
    void fittedRateWithinOnePercentAtRealisticNoise() {
        for (long seed = 1; seed <= 5; seed++) {
            SimulatedSeries s = realistic(seed);
            BleachCorrection.Result r = BleachCorrection.compute(s.frames, s.width, s.height, s.times, 20);
            assertEquals(0.05, r.fit().rate(), 0.0005, "seed " + seed);
            assertEquals(100, r.background(), 0.5, "the border holds only background");
            double cellSum = s.profileMean * s.width * s.height;
            assertEquals(150 * cellSum, r.fit().amplitude(), 0.02 * 150 * cellSum);
            assertEquals(50 * cellSum, r.fit().offset(), 0.05 * 50 * cellSum);
            assertEquals(100, r.trace().length);
            assertEquals(r.fit().value(s.times[7]), r.decay()[7], 1e-12);
            assertArrayEquals(s.times, r.times(), 0);
        }
    }

    @Test
    void flimageTraceOfPositivePixelsIsBiasedByNoise() {
        SimulatedSeries s = realistic(1);
        BleachCorrection.Result r = BleachCorrection.compute(s.frames, s.width, s.height, s.times, 20,
                BleachCorrection.Trace.POSITIVE_SUM);
        // measured 0.05058: the clipped noise bends the trace (1.2 %)
        assertEquals(0.05, r.fit().rate(), 0.0015);
        double positiveNoise = s.width * s.height * 5 / Math.sqrt(2 * Math.PI);
        assertTrue(r.fit().offset() > 0.5 * positiveNoise, "the positive half of the noise is in the offset: " + r.fit().offset());
    }

    @Test
    void correctedSeriesHasAFlatTrace() {
        SimulatedSeries s = realistic(11);
        BleachCorrection.Result r = BleachCorrection.compute(s.frames, s.width, s.height, s.times, 20);
        List<float[]> corrected = BleachCorrection.apply(s.frames, r);
        double first = mean(corrected.get(0)), last = mean(corrected.get(99));
        // the cell keeps its first-image brightness; only noise remains
        assertEquals(first, last, 0.01 * first);
        assertEquals(r.decay()[0] / (s.width * s.height), first, 0.05 * first);
        // the correction of one series applied to another (flimage's flscorr)
        List<float[]> twice = new ArrayList<>(Collections.nCopies(100, s.frames.get(0)));
        List<float[]> scaled = BleachCorrection.apply(twice, r);
        assertEquals((s.frames.get(0)[0] - r.background()) * r.factor(99), scaled.get(99)[0], 1e-3);
        assertTrue(r.factor(99) > 1.5, "late images are brightened: " + r.factor(99));
    }

    @Test
    void badStartsStillConverge() {
        double[] t = new double[40];
        double[] y = new double[40];
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < t.length; i++) {
            t[i] = 1000 + 0.25 * i; // absolute times far from zero
            y[i] = 80 * Math.exp(-0.2 * (t[i] - 1000)) + 20 + 0.2 * random.nextGaussian();
        }
        for (double[] start : new double[][] { { -1e6, 500, 1e9 }, { 0, 0, 0 }, { 1, -3, -100 }, { Double.NaN, 1, 1 } }) {
            DecayFit fit = DecayFit.fit(t, y, start);
            assertEquals(0.2, fit.rate(), 0.002);
            assertEquals(20, fit.offset(), 0.5);
            assertEquals(80, fit.value(1000) - fit.offset(), 1);
            assertTrue(fit.rms() < 0.3, "rms " + fit.rms());
        }
    }

    @Test
    void flatSeriesHasRateZeroAndFactorsOne() {
        List<float[]> frames = new ArrayList<>();
        double[] times = { 0, 1, 2, 3 };
        for (int i = 0; i < 4; i++) {
            float[] f = new float[50 * 50];
            java.util.Arrays.fill(f, 27f);
            for (int y = 0; y < 50; y++) {
                for (int x = 0; x < 50; x++) {
                    if (x < 5 || y < 5 || x >= 45 || y >= 45) {
                        f[y * 50 + x] = 7f;
                    }
                }
            }
            frames.add(f);
        }
        BleachCorrection.Result r = BleachCorrection.compute(frames, 50, 50, times, 5);
        assertEquals(0, r.fit().rate());
        assertEquals(0, r.fit().amplitude());
        assertEquals(7, r.background());
        assertEquals(1600 * 20.0, r.fit().offset(), 1e-6);
        assertEquals(1, r.factor(3), 1e-12);
        assertEquals(20, BleachCorrection.apply(frames, r).get(3)[25 * 50 + 25], 1e-6);
    }

    @Test
    void seriesWithNothingAboveBackgroundIsRefused() {
        List<float[]> frames = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            float[] f = new float[30 * 30];
            java.util.Arrays.fill(f, 7f);
            frames.add(f);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BleachCorrection.compute(frames, 30, 30, new double[] { 0, 1, 2, 3 }, 5));
        assertTrue(e.getMessage().contains("cannot be bleach-corrected"), e.getMessage());
    }

    @Test
    void refusesWhatCannotBeFitted() {
        SimulatedSeries s = realistic(2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BleachCorrection.compute(s.frames.subList(0, 2), s.width, s.height, new double[] { 0, 1 }, 20));
        assertTrue(e.getMessage().contains("at least 3"), e.getMessage());
        double[] same = new double[100];
        e = assertThrows(IllegalArgumentException.class, () -> BleachCorrection.compute(s.frames, s.width, s.height, same, 20));
        assertTrue(e.getMessage().contains("same time"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> BleachCorrection.compute(s.frames, s.width, s.height, s.times, 0));
        assertTrue(e.getMessage().contains("border_px"), e.getMessage());
    }

    @Test
    void borderMeanUsesOnlyTheBorder() {
        // 6 x 4 image, border 1: the 16 edge pixels are 2, the inner 4 x 2 pixels 1000
        float[] f = new float[24];
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 6; x++) {
                f[y * 6 + x] = (x == 0 || y == 0 || x == 5 || y == 3) ? 2 : 1000;
            }
        }
        assertEquals(2, BleachCorrection.borderMean(List.of(f), 6, 4, 1));
        // a border of half the image or more covers all of it: (16 * 2 + 8 * 1000) / 24
        assertEquals((16 * 2 + 8 * 1000) / 24.0, BleachCorrection.borderMean(List.of(f), 6, 4, 3), 1e-12);
        // the mean of each image's border mean
        float[] g = new float[24];
        java.util.Arrays.fill(g, 4f);
        assertEquals(3, BleachCorrection.borderMean(List.of(f, g), 6, 4, 1), 1e-12);
    }

    private static double mean(float[] f) {
        double s = 0;
        for (float v : f) {
            s += v;
        }
        return s / f.length;
    }
}
