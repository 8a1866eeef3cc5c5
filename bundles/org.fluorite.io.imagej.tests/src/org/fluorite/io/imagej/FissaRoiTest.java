package org.fluorite.io.imagej;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.fluorite.roi.EllipseRoi;
import org.fluorite.roi.RectangleRoi;
import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiMasks;
import org.fluorite.roi.RoiSet;
import org.fluorite.roi.RotatedRectangleRoi;
import org.fluorite.roi.VertexRoi;
import org.fluorite.testing.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * fissa's ROI fixtures: outlines against their (N, 3) x, y, z arrays; ovals and ellipses
 * rasterised with {@link RoiMasks} against their boolean masks (axes z, x, y, cropped at the
 * ROI's right and bottom); ROIs wholly off the image and a tiny ellipse refused.
 */
class FissaRoiTest {

    /** Big enough for every fixture, so nothing is clipped. */
    private static final int IMAGE = 64;

    @ParameterizedTest
    @ValueSource(strings = {"all", "brush", "composite-rectangle", "freehand", "freeline", "polygon",
            "polygon-left", "polygon-top", "polygon-right", "polygon-bottom", "polygon-right-offscreen",
            "polygon-bottom-offscreen", "polyline", "rectangle", "rectangle-rotated", "rectangle-rounded",
            "wand"})
    void outlinesMatch(String name) throws IOException {
        Npy expected = Npy.read(TestData.file("fissa/rois/" + name + ".npy"));
        double[][] xy = outline(RoiTestSupport.read("fissa/rois/" + name + ".roi"));
        assertEquals(expected.shape()[0], xy[0].length, name + ": vertices");
        for (int i = 0; i < xy[0].length; i++) {
            assertEquals(expected.get(i, 0), xy[0][i], 1e-5, name + " x[" + i + "]");
            assertEquals(expected.get(i, 1), xy[1][i], 1e-5, name + " y[" + i + "]");
            assertEquals(0, expected.get(i, 2), name + " z[" + i + "]");
        }
    }

    /**
     * Two fixtures store sub-pixel coordinates that disagree with their integer coordinates; fissa's
     * arrays hold the integer ones, ImageJ (and Fluorite) use the sub-pixel ones when the header's
     * sub-pixel flag is set. The sub-pixel values are asserted, and the arrays within the
     * difference between the two blocks.
     */
    @Test
    void subPixelCoordinatesWinOverIntegerOnes() throws IOException {
        VertexRoi points = assertInstanceOf(VertexRoi.class, RoiTestSupport.read("fissa/rois/multipoint.roi"));
        assertArrayEquals(new double[] {4.25, 5.09375, 6.28125, 10.03125, 11.03125, 11.0625, 11.09375, 3.9375}, points.xs());
        assertArrayEquals(new double[] {7.03125, 6.0, 5.0, 5.1875, 5.90625, 7.0625, 7.9375, 7.9375}, points.ys());
        VertexRoi spline = assertInstanceOf(VertexRoi.class, RoiTestSupport.read("fissa/rois/polygon-spline.roi"));
        assertArrayEquals(new double[] {6, 9, 10, 11, 12, 4, 5, 6, 6}, spline.xs());
        assertArrayEquals(new double[] {5, 5, 6, 6, 8, 8, 6, 6, 5}, spline.ys());
        assertEquals(1L, spline.properties().attributes().get("imagej.options"), "spline fit flag kept");
        Npy npy = Npy.read(TestData.file("fissa/rois/polygon-spline.npy"));
        for (int i = 0; i < 9; i++) {
            assertEquals(spline.xs()[i] - 1, npy.get(i, 0), "fissa's integer x[" + i + "] is one pixel less");
            assertEquals(spline.ys()[i] - 1, npy.get(i, 1), "fissa's integer y[" + i + "] is one pixel less");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"oval-center", "oval-full", "oval-left", "oval-top", "oval-right", "oval-bottom",
            "oval-right-offscreen", "oval-bottom-offscreen", "ellipse-center", "ellipse-left", "ellipse-top", "ellipse-right",
            "ellipse-bottom", "ellipse-right-offscreen", "ellipse-bottom-offscreen"})
    void masksMatch(String name) throws IOException {
        Npy expected = Npy.read(TestData.file("fissa/rois/" + name + ".npy"));
        Roi roi = RoiTestSupport.read("fissa/rois/" + name + ".roi");
        assertInstanceOf(EllipseRoi.class, roi);
        boolean[][] mask = RoiMasks.mask(roi, IMAGE, IMAGE);
        int nx = expected.shape()[1];
        int ny = expected.shape()[2];
        int set = 0;
        for (int y = 0; y < IMAGE; y++) {
            for (int x = 0; x < IMAGE; x++) {
                boolean want = x < nx && y < ny && expected.get(0, x, y) != 0;
                assertEquals(want, mask[y][x], name + " pixel x=" + x + " y=" + y);
                set += want ? 1 : 0;
            }
        }
        assertEquals(set, RoiMasks.count(mask), name + ": pixel count");
        assertTrue(set > 0);
    }

    @Test
    void ovalCentreShape() throws IOException {
        Npy expected = Npy.read(TestData.file("fissa/rois/oval-center.npy"));
        assertArrayEquals(new int[] {1, 11, 6}, expected.shape());
        assertEquals(20, RoiMasks.count(RoiMasks.mask(RoiTestSupport.read("fissa/rois/oval-center.roi"), IMAGE, IMAGE)));
    }

    @Test
    void rightAndBottomAreClippedToTheImage() throws IOException {
        Roi oval = RoiTestSupport.read("fissa/rois/oval-right-offscreen.roi");
        boolean[][] full = RoiMasks.mask(oval, IMAGE, IMAGE);
        boolean[][] clipped = RoiMasks.mask(oval, 20, 10);
        int inside = 0;
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 20; x++) {
                assertEquals(full[y][x], clipped[y][x]);
                inside += full[y][x] ? 1 : 0;
            }
        }
        assertEquals(inside, RoiMasks.count(clipped));
        assertTrue(inside < RoiMasks.count(full), "part of the oval lies right of a 20-pixel-wide image");
    }

    @ParameterizedTest
    @ValueSource(strings = {"polygon-left-offscreen", "polygon-top-offscreen", "oval-left-offscreen", "oval-top-offscreen",
            "ellipse-left-offscreen", "ellipse-top-offscreen", "ellipse-tiny"})
    void refused(String name) throws IOException {
        Roi roi = RoiTestSupport.read("fissa/rois/" + name + ".roi");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RoiMasks.mask(roi, IMAGE, IMAGE));
        assertTrue(e.getMessage().contains("'" + roi.name() + "'"), e.getMessage());
        assertTrue(e.getMessage().contains(name.endsWith("tiny") ? "covers no pixel"
                : name.contains("left") ? "left of the image" : "above the image"), e.getMessage());
    }

    @Test
    void roiSetZip() throws IOException {
        RoiSet set = RoiTestSupport.readSet("fissa/RoiSet.zip");
        assertEquals(2, set.size());
        double[][][] expected = {{{39, 60, 48}, {62, 45, 71}}, {{72, 78, 100}, {107, 130, 110}}};
        for (int i = 0; i < 2; i++) {
            VertexRoi v = assertInstanceOf(VertexRoi.class, set.rois().get(i));
            assertEquals("polygon", v.type());
            assertArrayEquals(expected[i][0], v.xs());
            assertArrayEquals(expected[i][1], v.ys());
            // on fissa's (176, 156) image both lie inside
            assertTrue(RoiMasks.count(RoiMasks.mask(v, 156, 176)) > 100);
        }
        RoiSet b = RoiTestSupport.readSet("fissa/b/rois.zip");
        assertEquals(List.of(7, 10), b.rois().stream().map(r -> ((VertexRoi) r).vertexCount()).toList());
        assertEquals(b.rois().get(0), RoiTestSupport.read("fissa/b/rois/03.roi"));
        assertEquals(b.rois().get(1), RoiTestSupport.read("fissa/b/rois/04.roi"));
    }

    /** fissa's outline of a ROI: vertices, rectangle corners from the top-left clockwise, rotated corners. */
    private static double[][] outline(Roi roi) {
        return switch (roi) {
            case VertexRoi v -> new double[][] {v.xs(), v.ys()};
            case RectangleRoi r -> new double[][] {{r.left(), r.left() + r.width(), r.left() + r.width(), r.left()},
                    {r.top(), r.top(), r.top() + r.height(), r.top() + r.height()}};
            case RotatedRectangleRoi r -> r.corners();
            default -> throw new AssertionError("no outline for " + roi.type());
        };
    }
}
