package org.fluorite.roi.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.fluorite.roi.Bounds;
import org.fluorite.roi.CompositeRoi;
import org.fluorite.roi.EllipseRoi;
import org.fluorite.roi.MaskRoi;
import org.fluorite.roi.RectangleRoi;
import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiProperties;
import org.fluorite.roi.RotatedRectangleRoi;
import org.fluorite.roi.VertexRoi;
import org.junit.jupiter.api.Test;

/** Hit tests, vertex insertion and moves, translation and outlines, against shapes worked out by hand. */
class RoiGeometryTest {

    private static final RoiProperties P = RoiProperties.named("r");

    /** A 10 x 10 square with corners (10,10) and (20,20), vertices clockwise on screen. */
    static VertexRoi square() {
        return new VertexRoi(P, VertexRoi.Shape.POLYGON, new double[] {10, 20, 20, 10}, new double[] {10, 10, 20, 20});
    }

    @Test
    void polygonInsideAndOutside() {
        VertexRoi sq = square();
        assertTrue(RoiGeometry.contains(sq, 15, 15, 0));
        assertTrue(RoiGeometry.contains(sq, 10.5, 19.5, 0));
        assertFalse(RoiGeometry.contains(sq, 9.9, 15, 0));
        assertFalse(RoiGeometry.contains(sq, 15, 20.1, 0));
        // a concave "L": the notch (15..20, 10..15) is outside
        VertexRoi l = new VertexRoi(P, VertexRoi.Shape.POLYGON, new double[] {10, 15, 15, 20, 20, 10},
                new double[] {10, 10, 15, 15, 20, 20});
        assertTrue(RoiGeometry.contains(l, 12, 12, 0));
        assertFalse(RoiGeometry.contains(l, 17, 12, 0));
        assertTrue(RoiGeometry.contains(l, 17, 17, 0));
    }

    @Test
    void openShapesAreHitNearTheirLine() {
        VertexRoi line = new VertexRoi(P, VertexRoi.Shape.LINE, new double[] {0, 10}, new double[] {0, 0});
        assertTrue(RoiGeometry.contains(line, 5, 0.9, 1));
        assertFalse(RoiGeometry.contains(line, 5, 1.1, 1));
        assertFalse(RoiGeometry.contains(line, 11.2, 0, 1));
    }

    @Test
    void ellipseHitTestFollowsItsRotation() {
        EllipseRoi flat = new EllipseRoi(P, 50, 50, 20, 5, 0);
        assertTrue(RoiGeometry.contains(flat, 69, 50, 0));
        assertFalse(RoiGeometry.contains(flat, 50, 56, 0));
        // turned a quarter turn counter-clockwise on screen: the long axis now points up (y decreasing)
        EllipseRoi upright = new EllipseRoi(P, 50, 50, 20, 5, Math.PI / 2);
        assertTrue(RoiGeometry.contains(upright, 50, 31, 0));
        assertTrue(RoiGeometry.contains(upright, 50, 69, 0));
        assertFalse(RoiGeometry.contains(upright, 69, 50, 0));
        // 45 degrees counter-clockwise on screen: the long axis runs towards the top right
        EllipseRoi diagonal = new EllipseRoi(P, 0, 0, 10, 1, Math.PI / 4);
        assertTrue(RoiGeometry.contains(diagonal, 6, -6, 0));
        assertFalse(RoiGeometry.contains(diagonal, 6, 6, 0));
        assertFalse(RoiGeometry.contains(new EllipseRoi(P, 0, 0, 0, 5, 0), 0, 0, 0), "degenerate ellipse");
    }

    @Test
    void rectanglesMasksAndComposites() {
        RectangleRoi r = new RectangleRoi(P, 2, 3, 4, 5, 0);
        assertTrue(RoiGeometry.contains(r, 2, 3, 0));
        assertTrue(RoiGeometry.contains(r, 6, 8, 0));
        assertFalse(RoiGeometry.contains(r, 6.1, 8, 0));
        RotatedRectangleRoi rr = new RotatedRectangleRoi(P, 0, 0, 10, 10, 2);
        assertTrue(RoiGeometry.contains(rr, 5, 5, 0));
        assertFalse(RoiGeometry.contains(rr, 5, 7, 0));
        MaskRoi m = new MaskRoi(P, new int[] {3, 4}, new int[] {7, 7}, new float[] {1, 0.5f});
        assertTrue(RoiGeometry.contains(m, 3.2, 7.9, 0));
        assertTrue(RoiGeometry.contains(m, 4.99, 7.0, 0));
        assertFalse(RoiGeometry.contains(m, 5.0, 7.0, 0));
        // a donut: outer 0..10 square, inner 3..7 square
        RectangleRoi outer = new RectangleRoi(P, 0, 0, 10, 10, 0);
        RectangleRoi inner = new RectangleRoi(P, 3, 3, 4, 4, 0);
        CompositeRoi donut = new CompositeRoi(P, List.of(outer, inner));
        assertTrue(RoiGeometry.contains(donut, 1, 1, 0));
        assertFalse(RoiGeometry.contains(donut, 5, 5, 0));
    }

    @Test
    void nearestVertexAndEdge() {
        VertexRoi sq = square();
        assertEquals(2, RoiGeometry.nearestVertex(sq, 20.5, 19.6, 1));
        assertEquals(-1, RoiGeometry.nearestVertex(sq, 15, 15, 1));
        assertEquals(0, RoiGeometry.nearestEdge(sq, 15, 10.4, 0.5), "top edge");
        assertEquals(1, RoiGeometry.nearestEdge(sq, 19.7, 15, 0.5), "right edge");
        assertEquals(3, RoiGeometry.nearestEdge(sq, 10, 12, 0.5), "closing edge from the last vertex to the first");
        assertEquals(-1, RoiGeometry.nearestEdge(sq, 15, 15, 0.5));
        VertexRoi open = new VertexRoi(P, VertexRoi.Shape.POLYLINE, sq.xs(), sq.ys());
        assertEquals(-1, RoiGeometry.nearestEdge(open, 10, 12, 0.5), "an open line has no closing edge");
        assertEquals(5.0, RoiGeometry.segmentDistance(0, 0, 10, 0, 13, 4), 1e-12, "beyond the end: distance to the end point");
        assertEquals(4.0, RoiGeometry.segmentDistance(0, 0, 10, 0, 3, -4), 1e-12);
    }

    @Test
    void insertAndMoveVertices() {
        VertexRoi sq = square();
        VertexRoi inserted = RoiGeometry.insertVertex(sq, 1, 20, 15);
        assertArrayEquals(new double[] {10, 20, 20, 20, 10}, inserted.xs());
        assertArrayEquals(new double[] {10, 10, 15, 20, 20}, inserted.ys());
        VertexRoi closing = RoiGeometry.insertVertex(sq, 3, 10, 15);
        assertArrayEquals(new double[] {10, 20, 20, 10, 10}, closing.xs());
        assertArrayEquals(new double[] {10, 10, 20, 20, 15}, closing.ys());
        assertThrows(IndexOutOfBoundsException.class, () -> RoiGeometry.insertVertex(sq, 4, 0, 0));
        VertexRoi moved = RoiGeometry.moveVertex(sq, 2, 25.5, 22);
        assertArrayEquals(new double[] {10, 20, 25.5, 10}, moved.xs());
        assertArrayEquals(new double[] {10, 10, 22, 20}, moved.ys());
        assertArrayEquals(new double[] {10, 20, 20, 10}, sq.xs(), "the original is unchanged");
    }

    @Test
    void translateMovesEveryKindOfRoi() {
        List<Roi> rois = List.of(square(), new RectangleRoi(P, 1, 2, 3, 4, 0.5), new EllipseRoi(P, 5, 6, 3, 2, 0.3),
                new RotatedRectangleRoi(P, 0, 0, 4, 0, 2),
                new MaskRoi(P, new int[] {1, 2}, new int[] {1, 1}, new float[] {1, 1}),
                new CompositeRoi(P, List.of(new RectangleRoi(P, 0, 0, 2, 2, 0), square())));
        for (Roi roi : rois) {
            Bounds before = roi.bounds();
            Roi moved = RoiGeometry.translate(roi, 3, -2);
            Bounds after = moved.bounds();
            assertEquals(before.left() + 3, after.left(), 1e-9, roi.type());
            assertEquals(before.top() - 2, after.top(), 1e-9, roi.type());
            assertEquals(before.width(), after.width(), 1e-9, roi.type());
            assertEquals(before.height(), after.height(), 1e-9, roi.type());
            assertEquals(roi.properties(), moved.properties());
        }
        MaskRoi m = (MaskRoi) RoiGeometry.translate(rois.get(4), 1.6, 0.4);
        assertArrayEquals(new int[] {3, 4}, m.xs(), "masks move by whole pixels, rounded");
        assertArrayEquals(new int[] {1, 1}, m.ys());
    }

    @Test
    void withPropertiesKeepsTheShape() {
        RoiProperties tagged = P.withTag("cell_type", "soma");
        for (Roi roi : List.of(square(), new EllipseRoi(P, 5, 6, 3, 2, 0.3), new RectangleRoi(P, 1, 2, 3, 4, 0))) {
            Roi r = RoiGeometry.withProperties(roi, tagged);
            assertEquals("soma", r.properties().tag("cell_type"));
            assertEquals(roi.bounds(), r.bounds());
            assertEquals(roi.type(), r.type());
        }
    }

    @Test
    void ovalBetweenAnyTwoCorners() {
        EllipseRoi e = RoiGeometry.ovalBetween(P, 30, 20, 10, 40);
        assertEquals(20, e.centreX(), 0);
        assertEquals(30, e.centreY(), 0);
        assertEquals(10, e.radiusX(), 0);
        assertEquals(10, e.radiusY(), 0);
        assertEquals(0, e.angle(), 0);
    }

    @Test
    void outlines() {
        List<double[]> sq = RoiGeometry.outlines(square());
        assertEquals(1, sq.size());
        assertArrayEquals(new double[] {10, 10, 20, 10, 20, 20, 10, 20, 10, 10}, sq.get(0), "closed: back to the start");
        EllipseRoi e = new EllipseRoi(P, 7, 8, 6, 2, 0.7);
        double[] ring = RoiGeometry.outlines(e).get(0);
        assertEquals(2 * (RoiGeometry.ELLIPSE_SEGMENTS + 1), ring.length);
        double c = Math.cos(0.7);
        double s = Math.sin(0.7);
        for (int i = 0; i < ring.length; i += 2) {
            double dx = ring[i] - 7;
            double dy = ring[i + 1] - 8;
            double u = dx * c - dy * s;
            double v = dx * s + dy * c;
            assertEquals(1, u * u / 36 + v * v / 4, 1e-9, "every outline point lies on the ellipse");
        }
        // a 2 x 2 block of pixels has 8 pixel sides on its border; an L of 3 pixels has 8 as well
        MaskRoi block = new MaskRoi(P, new int[] {0, 1, 0, 1}, new int[] {0, 0, 1, 1}, new float[] {1, 1, 1, 1});
        assertEquals(8, RoiGeometry.outlines(block).size());
        MaskRoi ell = new MaskRoi(P, new int[] {0, 0, 1}, new int[] {0, 1, 1}, new float[] {1, 1, 1});
        List<double[]> sides = RoiGeometry.outlines(ell);
        assertEquals(8, sides.size());
        assertTrue(sides.stream().anyMatch(d -> java.util.Arrays.equals(d, new double[] {1, 0, 1, 1})),
                "the inner corner's side between (0,0) and the empty (1,0)");
    }
}
