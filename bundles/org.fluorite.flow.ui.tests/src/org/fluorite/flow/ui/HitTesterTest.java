package org.fluorite.flow.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.fluorite.flow.graph.Connection;
import org.fluorite.flow.graph.Flowchart;
import org.fluorite.flow.ui.NodeLayout.Point;
import org.junit.jupiter.api.Test;

/**
 * Hit-testing on a chart Source.0 at (0, 0) -> Scale.0 at (300, 0): the Source output is at
 * canvas (150, 31) (width 150, header 22, half a row of 18), the Scale input at (300, 31), both
 * boxes 46 units high.
 */
class HitTesterTest {

    private static Flowchart chart() {
        Flowchart c = new Flowchart();
        c.add(new UiTestNodes.Source(), null, 0, 0);
        c.add(new UiTestNodes.Scale(), null, 300, 0);
        c.connect("Source.0", "Out", "Scale.0", "In");
        return c;
    }

    @Test
    void layoutOfTerminals() {
        Flowchart c = chart();
        assertEquals(new Point(150, 31), NodeLayout.output(c.node("Source.0").orElseThrow(), "Out"));
        assertEquals(new Point(300, 31), NodeLayout.input(c.node("Scale.0").orElseThrow(), "In"));
        assertEquals(46, NodeLayout.height(c.node("Scale.0").orElseThrow()));
    }

    @Test
    void terminalsNodesWiresAndNothingAtZoomOne() {
        Flowchart c = chart();
        ViewTransform v = new ViewTransform();
        assertEquals(new Hit(Hit.Kind.OUTPUT, "Source.0", "Out", null), HitTester.hit(c, v, 152, 33));
        assertEquals(new Hit(Hit.Kind.INPUT, "Scale.0", "In", null), HitTester.hit(c, v, 297, 30));
        assertEquals(new Hit(Hit.Kind.NODE, "Scale.0", null, null), HitTester.hit(c, v, 380, 10));
        // the wire's midpoint: by symmetry of the Bezier, (225, 31)
        Hit wire = HitTester.hit(c, v, 225, 33);
        assertEquals(Hit.Kind.WIRE, wire.kind());
        assertEquals(new Connection("Source.0", "Out", "Scale.0", "In"), wire.connection());
        assertEquals(Hit.NONE, HitTester.hit(c, v, 225, 80));
        assertEquals(Hit.NONE, HitTester.hit(c, v, 500, 10));
    }

    @Test
    void hitsFollowZoomAndPan() {
        Flowchart c = chart();
        ViewTransform v = new ViewTransform();
        v.zoomAt(2, 0, 0);
        v.pan(100, 50);
        // Scale.0 input at canvas (300, 31) is at screen (700, 112)
        assertEquals(new Hit(Hit.Kind.INPUT, "Scale.0", "In", null), HitTester.hit(c, v, 705, 115));
        assertEquals(Hit.Kind.NODE, HitTester.hit(c, v, 750, 140).kind());
        // left of the box, 20 px from the input and 17 px above the wire
        assertEquals(Hit.Kind.NONE, HitTester.hit(c, v, 690, 95).kind());
        assertNull(HitTester.hit(c, v, 10, 10).node());
    }

    @Test
    void wireDistanceIsZeroOnTheEndsAndTheCurveIsSymmetric() {
        Point a = new Point(0, 0);
        Point b = new Point(200, 100);
        assertEquals(0, WireRoute.distance(a, b, a), 1e-12);
        assertEquals(0, WireRoute.distance(a, b, b), 1e-12);
        Point[] line = WireRoute.polyline(a, b);
        assertEquals(WireRoute.SAMPLES + 1, line.length);
        assertEquals(100, line[WireRoute.SAMPLES / 2].x(), 1e-9);
        assertEquals(50, line[WireRoute.SAMPLES / 2].y(), 1e-9);
        // control points leave the output to the right and enter the input from the left
        Point[] ctl = WireRoute.controls(a, b);
        assertEquals(100, ctl[1].x(), 1e-12);
        assertEquals(100, ctl[2].x(), 1e-12);
    }
}
