package org.fluorite.flow.ui;

import java.util.List;

import org.fluorite.flow.graph.Connection;
import org.fluorite.flow.graph.FlowNode;
import org.fluorite.flow.graph.Flowchart;
import org.fluorite.flow.ui.NodeLayout.Point;

/**
 * Finds what is under a screen point: terminals first (they overlap box edges), then boxes
 * (the topmost, i.e. last drawn, wins), then wires. Tolerances are in screen pixels so that
 * terminals stay easy to grab at any zoom.
 */
public final class HitTester {

    /** How far from a terminal's centre a press still grabs it, screen pixels. */
    public static final double TERMINAL_TOLERANCE = 8;
    /** How far from a wire a press still grabs it, screen pixels. */
    public static final double WIRE_TOLERANCE = 5;

    private HitTester() {
    }

    /** What is at screen point (sx, sy) of a chart seen through {@code view}. */
    public static Hit hit(Flowchart chart, ViewTransform view, double sx, double sy) {
        Point p = new Point(view.toCanvasX(sx), view.toCanvasY(sy));
        double terminal = TERMINAL_TOLERANCE / view.zoom();
        List<FlowNode> nodes = chart.nodes();
        for (int k = nodes.size() - 1; k >= 0; k--) {
            FlowNode n = nodes.get(k);
            for (int i = 0; i < n.factory().outputs().size(); i++) {
                if (NodeLayout.output(n, i).distance(p) <= terminal) {
                    return new Hit(Hit.Kind.OUTPUT, n.id(), n.factory().outputs().get(i).name(), null);
                }
            }
            for (int i = 0; i < n.factory().inputs().size(); i++) {
                if (NodeLayout.input(n, i).distance(p) <= terminal) {
                    return new Hit(Hit.Kind.INPUT, n.id(), n.factory().inputs().get(i).name(), null);
                }
            }
        }
        for (int k = nodes.size() - 1; k >= 0; k--) {
            if (NodeLayout.contains(nodes.get(k), p.x(), p.y())) {
                return new Hit(Hit.Kind.NODE, nodes.get(k).id(), null, null);
            }
        }
        double wire = WIRE_TOLERANCE / view.zoom();
        for (Connection c : chart.connections()) {
            Point[] ends = ends(chart, c);
            if (ends != null && WireRoute.distance(ends[0], ends[1], p) <= wire) {
                return new Hit(Hit.Kind.WIRE, null, null, c);
            }
        }
        return Hit.NONE;
    }

    /** The canvas points where a wire leaves its output and enters its input, or null for a dangling wire. */
    public static Point[] ends(Flowchart chart, Connection c) {
        FlowNode from = chart.node(c.fromNode()).orElse(null);
        FlowNode to = chart.node(c.toNode()).orElse(null);
        if (from == null || to == null) {
            return null;
        }
        return new Point[] {NodeLayout.output(from, c.fromPort()), NodeLayout.input(to, c.toPort())};
    }
}
