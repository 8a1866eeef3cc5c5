package org.fluorite.flow.ui;

import java.util.List;

import org.fluorite.flow.graph.FlowNode;
import org.fluorite.flow.node.PortSpec;

/**
 * Where a node's box and terminals are, in canvas units: the box's top-left corner is the node's
 * position, inputs sit on its left edge and outputs on its right edge, one row each below the
 * title. Pure geometry, shared by drawing and hit-testing.
 */
public final class NodeLayout {

    /** Box width, canvas units. */
    public static final double WIDTH = 150;
    /** Title bar height, canvas units. */
    public static final double HEADER = 22;
    /** Height of one terminal row, canvas units. */
    public static final double ROW = 18;
    /** Space below the last terminal row, canvas units. */
    public static final double FOOTER = 6;
    /** Radius of a terminal's dot, canvas units. */
    public static final double TERMINAL_RADIUS = 5;

    private NodeLayout() {
    }

    /** A point in canvas units. */
    public record Point(double x, double y) {
        public double distance(Point o) {
            return Math.hypot(x - o.x, y - o.y);
        }
    }

    /** The box height of a node with these terminals, canvas units. */
    public static double height(FlowNode n) {
        int rows = Math.max(1, Math.max(n.factory().inputs().size(), n.factory().outputs().size()));
        return HEADER + rows * ROW + FOOTER;
    }

    /** Centre of the input terminal {@code index}. */
    public static Point input(FlowNode n, int index) {
        return new Point(n.x(), n.y() + HEADER + ROW * (index + 0.5));
    }

    /** Centre of the output terminal {@code index}. */
    public static Point output(FlowNode n, int index) {
        return new Point(n.x() + WIDTH, n.y() + HEADER + ROW * (index + 0.5));
    }

    /** Centre of the named input terminal (the node's left edge when there is no such terminal). */
    public static Point input(FlowNode n, String port) {
        return input(n, Math.max(0, n.inputIndex(port)));
    }

    /** Centre of the named output terminal. */
    public static Point output(FlowNode n, String port) {
        return output(n, Math.max(0, n.outputIndex(port)));
    }

    /** True when the canvas point lies inside the node's box. */
    public static boolean contains(FlowNode n, double x, double y) {
        return x >= n.x() && x <= n.x() + WIDTH && y >= n.y() && y <= n.y() + height(n);
    }

    /** The node's input terminals (for drawing labels). */
    public static List<PortSpec> inputs(FlowNode n) {
        return n.factory().inputs();
    }

    /** The node's output terminals. */
    public static List<PortSpec> outputs(FlowNode n) {
        return n.factory().outputs();
    }
}
