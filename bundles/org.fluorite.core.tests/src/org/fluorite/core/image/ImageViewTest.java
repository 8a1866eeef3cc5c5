package org.fluorite.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Views of an image (slice, at, region) must read the right planes and shift calibration origins. */
class ImageViewTest {

    private static final int W = 4;
    private static final int H = 3;

    /** T=3, Z=2 planes of 4x3 uint16; pixel (x, y) of storage plane k holds k * 100 + y * 10 + x. */
    private static Image movie() {
        List<Plane> planes = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            Plane p = Plane.allocate(PixelType.UINT16, W, H);
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    p.set(y * W + x, k * 100 + y * 10 + x);
                }
            }
            planes.add(p);
        }
        return Image.create("movie", new ArrayPlaneSource(planes), "TZYX", 3, 2, H, W)
                .withCalibration(Axis.T, Calibration.seconds(0.5))
                .withCalibration(Axis.Z, Calibration.metres(2e-6))
                .withCalibration(Axis.X, Calibration.metres(0.1e-6))
                .withCalibration(Axis.Y, Calibration.metres(0.2e-6));
    }

    /** The storage plane a plane came from, read off its first pixel. */
    private static int storageIndex(Plane p) {
        return (int) p.get(0) / 100;
    }

    @Test
    void planesAreIndexedSlowestAxisFirst() throws IOException {
        Image img = movie();
        assertEquals("TZYX", img.axesString());
        assertEquals(List.of(Axis.T, Axis.Z), img.planeAxes());
        assertEquals(6, img.planeCount());
        assertEquals(1, img.length(Axis.C));
        assertEquals(3, storageIndex(img.plane(1, 1)));
        assertEquals(4, storageIndex(img.plane(Map.of(Axis.T, 2L))));
        assertEquals(5, storageIndex(img.planeAt(5)));
        assertEquals(223, img.plane(1, 0).get(3, 2), 0);
        assertEquals(6L * W * H * 2, img.sizeInBytes());
        assertThrows(IndexOutOfBoundsException.class, () -> img.plane(3, 0));
        assertThrows(IllegalArgumentException.class, () -> img.plane(1));
        assertThrows(IndexOutOfBoundsException.class, () -> img.planeAt(6));
    }

    @Test
    void sliceReadsTheRangeAndShiftsTheOrigin() throws IOException {
        Image s = movie().slice(Axis.T, 1, 3);
        assertEquals(2, s.length(Axis.T));
        assertEquals(2, s.length(Axis.Z));
        assertEquals(2, storageIndex(s.plane(0, 0)));
        assertEquals(5, storageIndex(s.plane(1, 1)));
        assertEquals(5, storageIndex(s.planeAt(3)));
        assertEquals(0.5, s.calibration(Axis.T).origin(), 1e-12);
        assertEquals(0.5, s.calibration(Axis.T).size(), 0);
        assertEquals(0.0, s.calibration(Axis.Z).origin(), 0);
        Image z = movie().slice(Axis.Z, 1, 2);
        assertEquals(1, z.length(Axis.Z));
        assertEquals(3, storageIndex(z.plane(1, 0)));
        assertEquals(2e-6, z.calibration(Axis.Z).origin(), 1e-18);
        assertThrows(IndexOutOfBoundsException.class, () -> movie().slice(Axis.T, 2, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> movie().slice(Axis.T, 0, 4));
        assertThrows(IllegalArgumentException.class, () -> movie().slice(Axis.X, 0, 1));
    }

    @Test
    void atRemovesTheAxisAndItsCalibration() throws IOException {
        Image z1 = movie().at(Axis.Z, 1);
        assertEquals("TYX", z1.axesString());
        assertEquals(3, z1.planeCount());
        assertEquals(1, storageIndex(z1.plane(0)));
        assertEquals(5, storageIndex(z1.plane(2)));
        assertFalse(z1.calibration(Axis.Z).isCalibrated());
        assertEquals(0.5, z1.calibration(Axis.T).size(), 0);
        Image single = movie().at(Axis.T, 2).at(Axis.Z, 0);
        assertEquals("YX", single.axesString());
        assertEquals(4, storageIndex(single.plane()));
        Image sliceThenAt = movie().slice(Axis.T, 1, 3).at(Axis.T, 1);
        assertEquals(4, storageIndex(sliceThenAt.plane(0)));
        assertEquals(5, storageIndex(sliceThenAt.plane(1)));
        assertThrows(IndexOutOfBoundsException.class, () -> movie().at(Axis.Z, 2));
    }

    @Test
    void regionCropsEveryPlaneAndMovesXYOrigins() throws IOException {
        Image r = movie().region(new Region(1, 1, 2, 2));
        assertEquals(2, r.width());
        assertEquals(2, r.height());
        assertEquals(2, r.shape()[3]);
        Plane p = r.plane(2, 1);
        assertEquals(511, p.get(0, 0), 0);
        assertEquals(512, p.get(1, 0), 0);
        assertEquals(522, p.get(1, 1), 0);
        assertEquals(0.1e-6, r.calibration(Axis.X).origin(), 1e-18);
        assertEquals(0.2e-6, r.calibration(Axis.Y).origin(), 1e-18);
        // a region of a region is relative to the first one
        Image rr = r.region(new Region(1, 0, 1, 2));
        assertEquals(512, rr.plane(2, 1).get(0, 0), 0);
        assertEquals(0.2e-6, rr.calibration(Axis.X).origin(), 1e-18);
        Image combined = movie().slice(Axis.T, 1, 3).at(Axis.Z, 1).region(new Region(3, 2, 1, 1));
        assertEquals(523, combined.plane(1).get(0), 0);
        assertThrows(IllegalArgumentException.class, () -> movie().region(new Region(3, 0, 2, 1)));
        assertThrows(IllegalArgumentException.class, () -> movie().region(new Region(0, 0, 0, 1)));
    }

    @Test
    void createChecksShapeAgainstStorage() {
        ArrayPlaneSource src = new ArrayPlaneSource(List.of(Plane.allocate(PixelType.UINT8, 4, 3),
                Plane.allocate(PixelType.UINT8, 4, 3)));
        assertThrows(IllegalArgumentException.class, () -> Image.create("x", src, "TYX", 3, 3, 4));
        assertThrows(IllegalArgumentException.class, () -> Image.create("x", src, "TYX", 2, 4, 3));
        assertThrows(IllegalArgumentException.class, () -> Image.create("x", src, "TXY", 2, 3, 4));
        assertThrows(IllegalArgumentException.class, () -> Image.create("x", src, "TTYX", 1, 2, 3, 4));
        Image ok = Image.create("x", src, "tyx", 2, 3, 4);
        assertEquals("TYX", ok.axesString());
        assertTrue(ok.toString().contains("T=2"), ok.toString());
    }

    @Test
    void withAxesKeepsOnlyCalibrationsOfMatchingUnits() {
        Image zAsT = movie().withAxes("ZTYX");
        assertEquals(3, zAsT.length(Axis.Z));
        assertFalse(zAsT.calibration(Axis.Z).isCalibrated(), "seconds cannot calibrate Z");
        assertFalse(zAsT.calibration(Axis.T).isCalibrated(), "metres cannot calibrate T");
        assertEquals(0.1e-6, zAsT.calibration(Axis.X).size(), 0);
        assertThrows(IllegalArgumentException.class, () -> movie().withAxes("TYX"));
    }
}
