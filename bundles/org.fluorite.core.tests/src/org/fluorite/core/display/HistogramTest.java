package org.fluorite.core.display;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.junit.jupiter.api.Test;

class HistogramTest {

    @Test
    void binsAreEqualAndMaximumFallsInLastBin() {
        Plane p = new Plane(PixelType.FLOAT32, 14, 1,
                new float[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, -1, 11, Float.NaN});
        Histogram h = Histogram.of(p, 5, 0, 10);
        assertArrayEquals(new long[] {2, 2, 2, 2, 3}, h.counts());
        assertEquals(1, h.below());
        assertEquals(1, h.above());
        assertEquals(1, h.nanCount());
        assertEquals(11, h.total());
        assertEquals(3, h.maxCount());
        assertEquals(2.0, h.binWidth());
        assertEquals(4.0, h.binStart(2));
        assertEquals(5.0, h.binCentre(2));
    }

    @Test
    void unsignedSixteenBitValuesAboveShortMaxAreBinnedAsPositive() {
        Plane p = new Plane(PixelType.UINT16, 4, 1, new short[] {0, (short) 40000, (short) 65535, 100});
        Histogram h = Histogram.of(p, 4);
        assertEquals(0, h.min());
        assertEquals(65535, h.max());
        assertArrayEquals(new long[] {2, 0, 1, 1}, h.counts());
    }

    @Test
    void ownRangeIgnoresNaNAndInfinity() {
        Plane p = new Plane(PixelType.FLOAT64, 5, 1,
                new double[] {Double.NaN, 2, Double.POSITIVE_INFINITY, 6, Double.NEGATIVE_INFINITY});
        assertArrayEquals(new double[] {2, 6}, Histogram.finiteMinMax(p));
        Histogram h = Histogram.of(p, 2);
        assertArrayEquals(new long[] {1, 1}, h.counts());
        assertEquals(1, h.nanCount());
        Plane allNaN = new Plane(PixelType.FLOAT32, 2, 1, new float[] {Float.NaN, Float.NaN});
        Histogram e = Histogram.of(allNaN, 8);
        assertEquals(0, e.total());
        assertEquals(2, e.nanCount());
    }

    @Test
    void exactHistogramGivesOneBinPerIntegerValue() {
        Plane p = new Plane(PixelType.UINT16, 5, 1, new short[] {10, 11, 11, 14, 10});
        Histogram h = Histogram.exact(p, 65536);
        assertArrayEquals(new long[] {2, 2, 0, 0, 1}, h.counts());
        assertEquals(1.0, h.binWidth());
        assertEquals(10.0, h.binCentre(0));
        assertEquals(14.0, h.binCentre(4));
    }

    @Test
    void rejectsBadArguments() {
        Plane p = Plane.allocate(PixelType.UINT8, 2, 2);
        assertThrows(IllegalArgumentException.class, () -> Histogram.of(p, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Histogram.of(p, 4, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> Histogram.of(p, 4, 0, Double.POSITIVE_INFINITY));
    }
}
