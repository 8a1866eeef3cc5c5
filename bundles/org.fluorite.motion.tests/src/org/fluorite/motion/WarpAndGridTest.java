package org.fluorite.motion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Shift application, patch layout and the smooth shift field, against values worked out by hand. */
class WarpAndGridTest {

    private static float[] ramp(int w, int h) {
        float[] v = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                v[y * w + x] = 3 * x + 5 * y + 0.25f * x * x;
            }
        }
        return v;
    }

    @Test
    void integerShiftMovesPixelsExactly() {
        int w = 9;
        int h = 7;
        float[] src = ramp(w, h);
        float[] dst = new float[w * h];
        Warp.translate(src, w, h, 2, -1, BorderMode.NAN, dst, new float[w * h]);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float v = dst[y * w + x];
                if (x < 2 || y == h - 1) {
                    assertTrue(Float.isNaN(v), "outside at " + x + "," + y);
                } else {
                    assertEquals(src[(y + 1) * w + x - 2], v, 1e-4, "at " + x + "," + y);
                }
            }
        }
    }

    @Test
    void subPixelShiftOfAQuadraticIsExactInside() {
        // Keys' cubic reproduces polynomials up to degree two
        int w = 16;
        int h = 12;
        float[] src = ramp(w, h);
        float[] dst = new float[w * h];
        double sx = 0.3;
        double sy = -1.6;
        Warp.translate(src, w, h, sx, sy, BorderMode.NAN, dst, new float[w * h]);
        for (int y = 2; y < h - 4; y++) {
            for (int x = 3; x < w - 3; x++) {
                double px = x - sx;
                double py = y - sy;
                double expected = 3 * px + 5 * py + 0.25 * px * px;
                assertEquals(expected, dst[y * w + x], 1e-3, "at " + x + "," + y);
            }
        }
        // one column on the left has no data (x - 0.3 < 0), two rows at the bottom (y + 1.6 > 11)
        assertTrue(Float.isNaN(dst[5 * w]));
        assertTrue(!Float.isNaN(dst[5 * w + 1]));
        assertTrue(Float.isNaN(dst[(h - 1) * w + 5]) && Float.isNaN(dst[(h - 2) * w + 5]));
        assertTrue(!Float.isNaN(dst[(h - 3) * w + 5]));
    }

    @Test
    void borderModesFillTheUncoveredPixels() {
        int w = 8;
        int h = 8;
        float[] src = ramp(w, h);
        float[] copy = new float[w * h];
        float[] zero = new float[w * h];
        Warp.translate(src, w, h, -2, 0, BorderMode.COPY, copy, new float[w * h]);
        Warp.translate(src, w, h, -2, 0, BorderMode.ZERO, zero, new float[w * h]);
        for (int y = 0; y < h; y++) {
            assertEquals(src[y * w + w - 1], copy[y * w + w - 1], 1e-4, "copy repeats the edge pixel");
            assertEquals(0f, zero[y * w + w - 1]);
            assertEquals(0f, zero[y * w + w - 2]);
            assertEquals(src[y * w + 7], zero[y * w + 5], 1e-4);
        }
    }

    @Test
    void constantFieldWarpEqualsTranslation() {
        int w = 20;
        int h = 16;
        float[] src = ramp(w, h);
        PatchGrid cols = PatchGrid.along(w, 8, 4);
        PatchGrid rows = PatchGrid.along(h, 8, 4);
        int n = cols.count() * rows.count();
        double[] sx = new double[n];
        double[] sy = new double[n];
        java.util.Arrays.fill(sx, 1.25);
        java.util.Arrays.fill(sy, -0.5);
        ShiftField field = new ShiftField(cols, rows, sx, sy, 4, w, h);
        float[] warped = new float[w * h];
        float[] moved = new float[w * h];
        Warp.warp(src, w, h, field, BorderMode.NAN, warped);
        Warp.translate(src, w, h, 1.25, -0.5, BorderMode.NAN, moved, new float[w * h]);
        for (int i = 0; i < warped.length; i++) {
            if (Float.isNaN(moved[i])) {
                assertTrue(Float.isNaN(warped[i]), "pixel " + i);
            } else {
                assertEquals(moved[i], warped[i], 1e-3, "pixel " + i);
            }
        }
    }

    @Test
    void fieldInterpolatesLinearlyVaryingShiftsExactlyBetweenCentres() {
        int w = 100;
        int h = 40;
        PatchGrid cols = PatchGrid.along(w, 30, 10);
        PatchGrid rows = PatchGrid.along(h, 40, 0);
        assertArrayEquals(new int[] {0, 30, 60}, cols.starts());
        assertEquals(1, rows.count());
        double[] sx = new double[3];
        double[] sy = new double[3];
        for (int c = 0; c < 3; c++) {
            sx[c] = 0.1 * cols.centre(c);
            sy[c] = -1;
        }
        ShiftField field = new ShiftField(cols, rows, sx, sy, 4, w, h);
        float[] fx = new float[w];
        float[] fy = new float[w];
        field.row(10, fx, fy);
        for (int x = 0; x < w; x++) {
            double clamped = Math.max(cols.centre(0), Math.min(cols.centre(2), x));
            assertEquals(0.1 * clamped, fx[x], 1e-4, "x shift at column " + x);
            assertEquals(-1, fy[x], 1e-6);
        }
    }

    @Test
    void patchLayoutFollowsStridesAndOverlaps() {
        PatchGrid g = PatchGrid.along(512, 96, 32);
        assertEquals(128, g.size());
        assertArrayEquals(new int[] {0, 96, 192, 288, 384}, g.starts());
        assertEquals(63.5, g.centre(0));
        PatchGrid uneven = PatchGrid.along(300, 96, 32);
        assertArrayEquals(new int[] {0, 96, 172}, uneven.starts(), "the last patch ends at the frame edge");
        PatchGrid whole = PatchGrid.along(100, 96, 32);
        assertEquals(100, whole.size());
        assertArrayEquals(new int[] {0}, whole.starts());
    }

    @Test
    void shiftsCsvNumbersAreShortAndExact() {
        assertEquals("1.25", ShiftsCsv.format(1.25));
        assertEquals("-3", ShiftsCsv.format(-3.0));
        assertEquals("0", ShiftsCsv.format(-0.00001));
        assertEquals("0.1235", ShiftsCsv.format(0.12345678));
    }
}
