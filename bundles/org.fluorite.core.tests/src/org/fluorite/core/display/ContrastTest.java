package org.fluorite.core.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.junit.jupiter.api.Test;

class ContrastTest {

    /** A 100x100 uint16 plane holding each value 0..9999 once, in shuffled order. */
    private static Plane shuffledRamp() {
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < 10000; i++) {
            values.add(i);
        }
        Collections.shuffle(values, new Random(42));
        short[] data = new short[10000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (short) (int) values.get(i);
        }
        return new Plane(PixelType.UINT16, 100, 100, data);
    }

    @Test
    void autoContrastSaturatesHalfTheShareAtEachEnd() {
        // 0.35 % of 10000 pixels = 35; floor(17.5) = 17 may saturate at each end
        assertEquals(new Contrast(17, 9982), Contrast.auto(shuffledRamp()));
        // 1 % -> 50 at each end
        assertEquals(new Contrast(50, 9949), Contrast.auto(shuffledRamp(), 1.0));
        // 0 % -> the plain minimum and maximum
        assertEquals(new Contrast(0, 9999), Contrast.auto(shuffledRamp(), 0));
    }

    @Test
    void autoContrastOnRepeatedValuesPicksOrderStatistics() {
        byte[] data = new byte[1024];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i / 4);
        }
        Plane p = new Plane(PixelType.UINT8, 256, 4, data);
        // k = floor(1024 * 0.35 / 200) = 1: the second smallest value is still 0
        assertEquals(new Contrast(0, 255), Contrast.auto(p));
        // k = floor(1024 * 1 / 200) = 5: the sixth smallest value is 1, the sixth largest 254
        assertEquals(new Contrast(1, 254), Contrast.auto(p, 1.0));
    }

    @Test
    void autoContrastHandlesUnsignedValuesAboveShortMax() {
        short[] data = new short[200];
        for (int i = 0; i < data.length; i++) {
            data[i] = (short) (40000 + i * 100);
        }
        Plane p = new Plane(PixelType.UINT16, 20, 10, data);
        // k = floor(200 * 1 / 200) = 1: second smallest 40100, second largest 40000 + 198 * 100
        assertEquals(new Contrast(40100, 59800), Contrast.auto(p, 1.0));
    }

    @Test
    void autoContrastIgnoresNaN() {
        float[] clean = new float[1000];
        float[] withNaN = new float[1300];
        for (int i = 0; i < clean.length; i++) {
            clean[i] = i;
            withNaN[i] = i;
        }
        for (int i = clean.length; i < withNaN.length; i++) {
            withNaN[i] = Float.NaN;
        }
        Contrast a = Contrast.auto(new Plane(PixelType.FLOAT32, 1000, 1, clean), 2.0);
        Contrast b = Contrast.auto(new Plane(PixelType.FLOAT32, 1300, 1, withNaN), 2.0);
        assertEquals(a, b, "NaN pixels neither count nor shift the percentiles");
        // k = floor(1000 * 2 / 200) = 10: the 11th smallest value is 10, the 11th largest 989;
        // float planes get 65536 bins, so the result is within one bin width outside of those
        double bin = 999.0 / 65536;
        assertTrue(a.min() <= 10 && a.min() > 10 - bin, "min " + a.min());
        assertTrue(a.max() >= 989 && a.max() < 989 + bin, "max " + a.max());
    }

    @Test
    void constantAndEmptyPlanesFallBack() {
        Plane constant = new Plane(PixelType.UINT16, 3, 1, new short[] {7, 7, 7});
        assertEquals(new Contrast(7, 7), Contrast.auto(constant));
        Plane nan = new Plane(PixelType.FLOAT64, 2, 1, new double[] {Double.NaN, Double.NaN});
        assertEquals(new Contrast(0, 1), Contrast.auto(nan));
        assertEquals(new Contrast(0, 65535), Contrast.fullRange(PixelType.UINT16));
        assertEquals(new Contrast(-128, 127), Contrast.fullRange(PixelType.INT8));
        assertEquals(new Contrast(0, 1), Contrast.fullRange(PixelType.FLOAT32));
    }

    @Test
    void indexCutsTheRangeIn256EqualSteps() {
        Contrast c = new Contrast(0, 100);
        assertEquals(0, c.index(-5));
        assertEquals(0, c.index(0));
        assertEquals(128, c.index(50));
        assertEquals(2, c.index(1));
        assertEquals(255, c.index(99.7));
        assertEquals(255, c.index(100));
        assertEquals(255, c.index(1e9));
        assertEquals(-1, c.index(Double.NaN));
        Contrast identity = new Contrast(0, 255);
        for (int v = 0; v < 256; v++) {
            assertEquals(v, identity.index(v), "0..255 maps value to itself");
        }
        Contrast flat = new Contrast(10, 10);
        assertEquals(255, flat.index(10));
        assertEquals(0, flat.index(9.99));
    }

    @Test
    void rejectsInvertedOrNonFiniteRanges() {
        assertThrows(IllegalArgumentException.class, () -> new Contrast(5, 4));
        assertThrows(IllegalArgumentException.class, () -> new Contrast(Double.NaN, 4));
        assertThrows(IllegalArgumentException.class, () -> new Contrast(0, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> Contrast.auto(shuffledRamp(), 100));
    }
}
