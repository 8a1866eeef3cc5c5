package org.fluorite.flow.ui;

import org.fluorite.flow.ui.NodeLayout.Point;

/**
 * The curve of a connection: a cubic Bezier leaving the output terminal to the right and entering
 * the input terminal from the left, so wires read left to right even when they run backwards.
 */
public final class WireRoute {

    /** Points used to draw and hit-test a wire. */
    public static final int SAMPLES = 32;

    private WireRoute() {
    }

    /** The four Bezier control points from {@code from} (an output) to {@code to} (an input), canvas units. */
    public static Point[] controls(Point from, Point to) {
        double dx = Math.max(40, Math.abs(to.x() - from.x()) / 2);
        return new Point[] {from, new Point(from.x() + dx, from.y()), new Point(to.x() - dx, to.y()), to};
    }

    /** {@link #SAMPLES} + 1 points along the curve, from {@code from} to {@code to}. */
    public static Point[] polyline(Point from, Point to) {
        Point[] c = controls(from, to);
        Point[] out = new Point[SAMPLES + 1];
        for (int i = 0; i <= SAMPLES; i++) {
            double t = (double) i / SAMPLES;
            double u = 1 - t;
            double a = u * u * u;
            double b = 3 * u * u * t;
            double d = 3 * u * t * t;
            double e = t * t * t;
            out[i] = new Point(a * c[0].x() + b * c[1].x() + d * c[2].x() + e * c[3].x(),
                    a * c[0].y() + b * c[1].y() + d * c[2].y() + e * c[3].y());
        }
        return out;
    }

    /** Shortest distance from point p to the wire, canvas units. */
    public static double distance(Point from, Point to, Point p) {
        Point[] line = polyline(from, to);
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i + 1 < line.length; i++) {
            best = Math.min(best, segmentDistance(line[i], line[i + 1], p));
        }
        return best;
    }

    static double segmentDistance(Point a, Point b, Point p) {
        double vx = b.x() - a.x();
        double vy = b.y() - a.y();
        double len2 = vx * vx + vy * vy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * vx + (p.y() - a.y()) * vy) / len2));
        return Math.hypot(a.x() + t * vx - p.x(), a.y() + t * vy - p.y());
    }
}
