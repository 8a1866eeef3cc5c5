package org.fluorite.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Masks against pixel counts worked out by hand, and the description for {@code info --json}. */
class RoiMasksTest {

    @Test
    void integerRectangleCoversItsPixels() {
        boolean[][] m = RoiMasks.mask(new RectangleRoi(RoiProperties.named("r"), 4, 5, 8, 3, 0), 20, 10);
        assertEquals(24, RoiMasks.count(m));
        assertTrue(m[5][4] && m[7][11]);
        assertFalse(m[4][4] || m[5][3] || m[8][4] || m[5][12]);
    }

    @Test
    void triangleTakesPixelCentresInside() {
        // right triangle (0,0) (10,0) (0,10): centre (x+0.5, y+0.5) inside when x + y + 1 < 10 (45 pixels), and the
        // 10 centres exactly on the hypotenuse count too, as it is a right edge (ImageJ's rule)
        VertexRoi t = new VertexRoi(RoiProperties.named("t"), VertexRoi.Shape.POLYGON, new double[] {0, 10, 0},
                new double[] {0, 0, 10});
        boolean[][] m = RoiMasks.mask(t, 12, 12);
        assertEquals(55, RoiMasks.count(m));
        assertTrue(m[0][8]);
        assertTrue(m[0][9], "centre (9.5, 0.5) lies on the hypotenuse, a right edge");
        assertFalse(m[0][10]);
        assertFalse(m[9][1], "centre (1.5, 9.5) lies beyond the hypotenuse");
    }

    @Test
    void circleAreaIsCloseToPiRSquared() {
        EllipseRoi c = new EllipseRoi(RoiProperties.named("c"), 50, 50, 20, 20, 0);
        assertEquals(Math.PI * 400, RoiMasks.count(RoiMasks.mask(c, 100, 100)), 20);
        EllipseRoi tilted = new EllipseRoi(RoiProperties.named("e"), 50, 50, 30, 10, Math.PI / 6);
        assertEquals(Math.PI * 300, RoiMasks.count(RoiMasks.mask(tilted, 100, 100)), 20);
    }

    @Test
    void donutCountsOddCoverage() {
        CompositeRoi donut = new CompositeRoi(RoiProperties.named("donut"), List.of(
                new RectangleRoi(RoiProperties.named(""), 0, 0, 10, 10, 0),
                new RectangleRoi(RoiProperties.named(""), 3, 3, 4, 4, 0)));
        assertEquals(84, RoiMasks.count(RoiMasks.mask(donut, 20, 20)));
    }

    @Test
    void clippingAndRefusals() {
        RectangleRoi half = new RectangleRoi(RoiProperties.named("half"), 15, 0, 10, 2, 0);
        assertEquals(10, RoiMasks.count(RoiMasks.mask(half, 20, 20)), "clipped at the right edge");
        RectangleRoi left = new RectangleRoi(RoiProperties.named("gone"), -10, 0, 5, 5, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RoiMasks.mask(left, 20, 20));
        assertTrue(e.getMessage().contains("'gone'") && e.getMessage().contains("left of the image"));
        EllipseRoi tiny = new EllipseRoi(RoiProperties.named("tiny"), 5.1, 5.1, 0.1, 0.05, 0.3);
        e = assertThrows(IllegalArgumentException.class, () -> RoiMasks.mask(tiny, 20, 20));
        assertTrue(e.getMessage().contains("covers no pixel centre"));
        VertexRoi line = new VertexRoi(RoiProperties.named("l"), VertexRoi.Shape.LINE, new double[] {1, 5}, new double[] {1, 5});
        assertThrows(IllegalArgumentException.class, () -> RoiMasks.mask(line, 20, 20));
        MaskRoi asMask = RoiMasks.toMaskRoi(half, 20, 20);
        assertEquals(10, asMask.pixelCount());
        assertEquals(new Bounds(15, 0, 5, 2), asMask.bounds());
    }

    @Test
    void describeListsEveryRoi() {
        RoiSet set = new RoiSet("s", List.of(new RectangleRoi(RoiProperties.named("box"), 43, 19, 43, 36, 0),
                new VertexRoi(RoiProperties.named("p"), VertexRoi.Shape.POLYLINE, new double[] {1, 4, 2},
                        new double[] {0.5, 2, 3}),
                new RotatedRectangleRoi(RoiProperties.named("rot"), 0, 0, 10, 0, 4))).withImageSize(100, 80);
        Map<String, Object> d = set.describe();
        assertEquals(3, d.get("roiCount"));
        assertEquals(100, d.get("imageWidth"));
        List<?> rois = (List<?>) d.get("rois");
        assertEquals(Map.of("name", "box", "type", "rectangle", "left", 43L, "top", 19L, "width", 43L, "height", 36L,
                "points", 4), rois.get(0));
        assertEquals(Map.of("name", "p", "type", "polyline", "left", 1L, "top", 0.5, "width", 3L, "height", 2.5, "points", 3),
                rois.get(1));
        assertEquals(Map.of("name", "rot", "type", "rotated-rectangle", "left", 0L, "top", -2L, "width", 10L, "height", 4L,
                "points", 4), rois.get(2));
    }
}
