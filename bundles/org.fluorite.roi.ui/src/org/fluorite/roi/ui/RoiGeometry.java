package org.fluorite.roi.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fluorite.roi.CompositeRoi;
import org.fluorite.roi.EllipseRoi;
import org.fluorite.roi.MaskRoi;
import org.fluorite.roi.RectangleRoi;
import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiProperties;
import org.fluorite.roi.RotatedRectangleRoi;
import org.fluorite.roi.VertexRoi;

/**
 * Geometry of editing ROIs by hand, in image pixel coordinates (x right, y down, (0,0) the top-left
 * corner of the top-left pixel): hit tests, vertex insertion and moves, translation of a whole ROI,
 * and the outlines the viewer draws. Tolerances are distances in image pixels.
 */
public final class RoiGeometry {

    /** Segments used to draw an ellipse. */
    static final int ELLIPSE_SEGMENTS = 72;

    private RoiGeometry() {
    }

    /** True when ({@code x}, {@code y}) lies inside {@code roi}, or within {@code tolerance} of an open shape's line. */
    public static boolean contains(Roi roi, double x, double y, double tolerance) {
        return switch (roi) {
            case VertexRoi v when v.shape().isClosed() && v.vertexCount() >= 3 -> insidePolygon(v.xs(), v.ys(), x, y);
            case VertexRoi v -> nearestEdge(v, x, y, tolerance) >= 0 || nearestVertex(v, x, y, tolerance) >= 0;
            case RectangleRoi r -> x >= r.left() && x <= r.left() + r.width() && y >= r.top() && y <= r.top() + r.height();
            case RotatedRectangleRoi r -> insidePolygon(r.corners()[0], r.corners()[1], x, y);
            case EllipseRoi e -> insideEllipse(e, x, y);
            case MaskRoi m -> maskContains(m, (int) Math.floor(x), (int) Math.floor(y));
            case CompositeRoi c -> c.parts().stream().filter(p -> contains(p, x, y, tolerance)).count() % 2 == 1;
        };
    }

    /** Even-odd rule. */
    static boolean insidePolygon(double[] xs, double[] ys, double x, double y) {
        boolean inside = false;
        for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
            if ((ys[i] > y) != (ys[j] > y) && x < (xs[j] - xs[i]) * (y - ys[i]) / (ys[j] - ys[i]) + xs[i]) {
                inside = !inside;
            }
        }
        return inside;
    }

    static boolean insideEllipse(EllipseRoi e, double x, double y) {
        if (e.radiusX() <= 0 || e.radiusY() <= 0) {
            return false;
        }
        double dx = x - e.centreX();
        double dy = y - e.centreY();
        // the angle is counter-clockwise on screen, where y points down
        double c = Math.cos(e.angle());
        double s = Math.sin(e.angle());
        double u = dx * c - dy * s;
        double v = dx * s + dy * c;
        return (u * u) / (e.radiusX() * e.radiusX()) + (v * v) / (e.radiusY() * e.radiusY()) <= 1;
    }

    private static boolean maskContains(MaskRoi m, int px, int py) {
        int[] xs = m.xs();
        int[] ys = m.ys();
        for (int i = 0; i < xs.length; i++) {
            if (xs[i] == px && ys[i] == py) {
                return true;
            }
        }
        return false;
    }

    /** Index of the vertex nearest to ({@code x}, {@code y}) within {@code tolerance}, or -1. */
    public static int nearestVertex(VertexRoi roi, double x, double y, double tolerance) {
        double[] xs = roi.xs();
        double[] ys = roi.ys();
        int best = -1;
        double bestDistance = tolerance;
        for (int i = 0; i < xs.length; i++) {
            double d = Math.hypot(xs[i] - x, ys[i] - y);
            if (d <= bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * The edge nearest to ({@code x}, {@code y}) within {@code tolerance}, or -1. Edge {@code i} joins
     * vertex {@code i} to vertex {@code i + 1} (for closed shapes the last edge joins the last vertex to the first).
     */
    public static int nearestEdge(VertexRoi roi, double x, double y, double tolerance) {
        double[] xs = roi.xs();
        double[] ys = roi.ys();
        int n = xs.length;
        int edges = roi.shape().isClosed() ? n : n - 1;
        int best = -1;
        double bestDistance = tolerance;
        for (int i = 0; i < edges && n >= 2; i++) {
            int j = (i + 1) % n;
            double d = segmentDistance(xs[i], ys[i], xs[j], ys[j], x, y);
            if (d <= bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Distance from point (px, py) to the segment from (x0, y0) to (x1, y1). */
    public static double segmentDistance(double x0, double y0, double x1, double y1, double px, double py) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / lengthSquared));
        return Math.hypot(x0 + t * dx - px, y0 + t * dy - py);
    }

    /** A copy of {@code roi} with a new vertex at ({@code x}, {@code y}) on edge {@code edge} (it becomes vertex {@code edge + 1}). */
    public static VertexRoi insertVertex(VertexRoi roi, int edge, double x, double y) {
        double[] xs = roi.xs();
        double[] ys = roi.ys();
        if (edge < 0 || edge >= xs.length) {
            throw new IndexOutOfBoundsException("No edge " + edge + " on a ROI with " + xs.length + " vertices");
        }
        double[] nx = new double[xs.length + 1];
        double[] ny = new double[ys.length + 1];
        System.arraycopy(xs, 0, nx, 0, edge + 1);
        System.arraycopy(ys, 0, ny, 0, edge + 1);
        nx[edge + 1] = x;
        ny[edge + 1] = y;
        System.arraycopy(xs, edge + 1, nx, edge + 2, xs.length - edge - 1);
        System.arraycopy(ys, edge + 1, ny, edge + 2, ys.length - edge - 1);
        return new VertexRoi(roi.properties(), roi.shape(), nx, ny);
    }

    /** A copy of {@code roi} with vertex {@code index} moved to ({@code x}, {@code y}). */
    public static VertexRoi moveVertex(VertexRoi roi, int index, double x, double y) {
        double[] xs = roi.xs();
        double[] ys = roi.ys();
        xs[index] = x;
        ys[index] = y;
        return new VertexRoi(roi.properties(), roi.shape(), xs, ys);
    }

    /** {@code roi} moved by ({@code dx}, {@code dy}) pixels; masks move by whole pixels (rounded). */
    public static Roi translate(Roi roi, double dx, double dy) {
        return switch (roi) {
            case VertexRoi v -> new VertexRoi(v.properties(), v.shape(), shift(v.xs(), dx), shift(v.ys(), dy));
            case RectangleRoi r -> new RectangleRoi(r.properties(), r.left() + dx, r.top() + dy, r.width(), r.height(),
                    r.arcSize());
            case RotatedRectangleRoi r -> new RotatedRectangleRoi(r.properties(), r.x1() + dx, r.y1() + dy, r.x2() + dx,
                    r.y2() + dy, r.rectangleWidth());
            case EllipseRoi e -> new EllipseRoi(e.properties(), e.centreX() + dx, e.centreY() + dy, e.radiusX(),
                    e.radiusY(), e.angle());
            case MaskRoi m -> new MaskRoi(m.properties(), shift(m.xs(), (int) Math.round(dx)),
                    shift(m.ys(), (int) Math.round(dy)), m.weights());
            case CompositeRoi c -> new CompositeRoi(c.properties(),
                    c.parts().stream().map(p -> translate(p, dx, dy)).toList());
        };
    }

    private static double[] shift(double[] values, double by) {
        double[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += by;
        }
        return out;
    }

    private static int[] shift(int[] values, int by) {
        int[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += by;
        }
        return out;
    }

    /** {@code roi} with other properties (name, colour, tags), same shape. */
    public static Roi withProperties(Roi roi, RoiProperties p) {
        return switch (roi) {
            case VertexRoi v -> new VertexRoi(p, v.shape(), v.xs(), v.ys());
            case RectangleRoi r -> new RectangleRoi(p, r.left(), r.top(), r.width(), r.height(), r.arcSize());
            case RotatedRectangleRoi r -> new RotatedRectangleRoi(p, r.x1(), r.y1(), r.x2(), r.y2(), r.rectangleWidth());
            case EllipseRoi e -> new EllipseRoi(p, e.centreX(), e.centreY(), e.radiusX(), e.radiusY(), e.angle());
            case MaskRoi m -> new MaskRoi(p, m.xs(), m.ys(), m.weights());
            case CompositeRoi c -> new CompositeRoi(p, c.parts());
        };
    }

    /** The oval inscribed in the box spanned by two corners given in any order. */
    public static EllipseRoi ovalBetween(RoiProperties p, double x0, double y0, double x1, double y1) {
        return EllipseRoi.oval(p, Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
    }

    /**
     * Outlines to draw for {@code roi}: each a flat array x0, y0, x1, y1, ... of a polyline in image
     * pixels, closed ones repeating their first point at the end. Masks give the borders of their
     * pixels, one two-point line per pixel side between a mask pixel and a non-mask pixel.
     */
    public static List<double[]> outlines(Roi roi) {
        List<double[]> out = new ArrayList<>();
        switch (roi) {
            case VertexRoi v -> out.add(polyline(v.xs(), v.ys(), v.shape().isClosed()));
            case RectangleRoi r -> out.add(polyline(new double[] {r.left(), r.left() + r.width(), r.left() + r.width(),
                r.left()}, new double[] {r.top(), r.top(), r.top() + r.height(), r.top() + r.height()}, true));
            case RotatedRectangleRoi r -> out.add(polyline(r.corners()[0], r.corners()[1], true));
            case EllipseRoi e -> out.add(ellipse(e));
            case MaskRoi m -> out.addAll(maskBorder(m));
            case CompositeRoi c -> c.parts().forEach(p -> out.addAll(outlines(p)));
        }
        return out;
    }

    private static double[] polyline(double[] xs, double[] ys, boolean closed) {
        int n = xs.length;
        int points = closed && n > 1 ? n + 1 : n;
        double[] out = new double[2 * points];
        for (int i = 0; i < points; i++) {
            out[2 * i] = xs[i % n];
            out[2 * i + 1] = ys[i % n];
        }
        return out;
    }

    private static double[] ellipse(EllipseRoi e) {
        double c = Math.cos(e.angle());
        double s = Math.sin(e.angle());
        double[] out = new double[2 * (ELLIPSE_SEGMENTS + 1)];
        for (int i = 0; i <= ELLIPSE_SEGMENTS; i++) {
            double a = 2 * Math.PI * i / ELLIPSE_SEGMENTS;
            double u = e.radiusX() * Math.cos(a);
            double v = e.radiusY() * Math.sin(a);
            out[2 * i] = e.centreX() + u * c + v * s;
            out[2 * i + 1] = e.centreY() - u * s + v * c;
        }
        return out;
    }

    /** Pixel sides between the mask and the outside, as two-point lines. */
    static List<double[]> maskBorder(MaskRoi m) {
        int[] xs = m.xs();
        int[] ys = m.ys();
        Set<Long> pixels = new HashSet<>();
        for (int i = 0; i < xs.length; i++) {
            pixels.add(key(xs[i], ys[i]));
        }
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            int x = xs[i];
            int y = ys[i];
            if (!pixels.contains(key(x - 1, y))) {
                out.add(new double[] {x, y, x, y + 1});
            }
            if (!pixels.contains(key(x + 1, y))) {
                out.add(new double[] {x + 1, y, x + 1, y + 1});
            }
            if (!pixels.contains(key(x, y - 1))) {
                out.add(new double[] {x, y, x + 1, y});
            }
            if (!pixels.contains(key(x, y + 1))) {
                out.add(new double[] {x, y + 1, x + 1, y + 1});
            }
        }
        return out;
    }

    private static long key(int x, int y) {
        return (long) x << 32 | (y & 0xFFFFFFFFL);
    }
}
