package org.fluorite.io.imagej.internal;

import static org.fluorite.io.imagej.internal.RoiLayout.*;

import java.nio.ByteBuffer;
import java.util.ArrayList;
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

/**
 * Encodes a Fluorite ROI in ImageJ's ROI layout (version 228), so that ImageJ and Fiji open it:
 * integer coordinates when every coordinate is whole, sub-pixel floats otherwise; name, position,
 * stroke and point counters in the second header. Masks cannot be written (ImageJ has no weighted
 * pixel ROI).
 */
public final class RoiEncoder {

    /** Vertices written for an ellipse, for programs that read only the outline. */
    static final int ELLIPSE_VERTICES = 72;

    private RoiEncoder() {
    }

    /** Bytes of one .roi file. */
    public static byte[] encode(Roi roi) throws RoiFormatException {
        return switch (roi) {
            case VertexRoi v -> v.shape() == VertexRoi.Shape.LINE && v.vertexCount() == 2 ? line(v) : vertices(v);
            case RectangleRoi r -> box(r.properties(), RECT, r.left(), r.top(), r.width(), r.height(), r.arcSize());
            case EllipseRoi e -> e.angle() == 0 ? ovalOrEllipse(e) : ellipse(e);
            case RotatedRectangleRoi r -> rotated(r);
            case CompositeRoi c -> composite(c);
            case MaskRoi m -> throw new RoiFormatException("ROI '" + m.name()
                    + "' is a pixel mask, which an ImageJ ROI file cannot hold");
        };
    }

    private static byte[] ovalOrEllipse(EllipseRoi e) throws RoiFormatException {
        Bounds b = e.bounds();
        return box(e.properties(), OVAL, b.left(), b.top(), b.width(), b.height(), 0);
    }

    private static byte[] box(RoiProperties p, int type, double left, double top, double width, double height, double arc)
            throws RoiFormatException {
        Header h = new Header(p, type);
        boolean whole = whole(left) && whole(top) && whole(width) && whole(height);
        h.bounds(Math.floor(left), Math.floor(top), Math.ceil(left + width), Math.ceil(top + height));
        if (!whole) {
            h.options |= SUB_PIXEL_RESOLUTION;
            h.floats = new float[] {(float) left, (float) top, (float) width, (float) height};
        }
        h.arc = (int) Math.round(arc);
        return h.write(new byte[0]);
    }

    private static byte[] line(VertexRoi v) throws RoiFormatException {
        double[] xs = v.xs();
        double[] ys = v.ys();
        Header h = new Header(v.properties(), LINE);
        h.bounds(Math.floor(Math.min(xs[0], xs[1])), Math.floor(Math.min(ys[0], ys[1])), Math.ceil(Math.max(xs[0], xs[1])),
                Math.ceil(Math.max(ys[0], ys[1])));
        h.floats = new float[] {(float) xs[0], (float) ys[0], (float) xs[1], (float) ys[1]};
        return h.write(new byte[0]);
    }

    private static byte[] vertices(VertexRoi v) throws RoiFormatException {
        int type = switch (v.shape()) {
            case POLYGON -> POLYGON;
            case FREEHAND -> FREEHAND;
            case TRACED -> TRACED;
            case LINE, POLYLINE -> POLYLINE;
            case FREELINE -> FREELINE;
            case ANGLE -> ANGLE;
            case POINT -> POINT;
        };
        Header h = new Header(v.properties(), type);
        return h.write(coordinates(h, v.xs(), v.ys(), false));
    }

    private static byte[] ellipse(EllipseRoi e) throws RoiFormatException {
        boolean xMajor = e.radiusX() >= e.radiusY();
        double major = xMajor ? e.radiusX() : e.radiusY();
        double minor = xMajor ? e.radiusY() : e.radiusX();
        double angle = xMajor ? e.angle() : e.angle() + Math.PI / 2;
        double dx = major * Math.cos(angle);
        double dy = -major * Math.sin(angle);
        Header h = new Header(e.properties(), FREEHAND);
        h.subtype = ELLIPSE;
        h.floats = new float[] {(float) (e.centreX() - dx), (float) (e.centreY() - dy), (float) (e.centreX() + dx),
                (float) (e.centreY() + dy)};
        h.floatParam = (float) (major == 0 ? 1 : minor / major);
        double[] xs = new double[ELLIPSE_VERTICES];
        double[] ys = new double[ELLIPSE_VERTICES];
        double cos = Math.cos(e.angle());
        double sin = Math.sin(e.angle());
        for (int i = 0; i < xs.length; i++) {
            double t = 2 * Math.PI * i / xs.length;
            double u = e.radiusX() * Math.cos(t);
            double w = e.radiusY() * Math.sin(t);
            xs[i] = e.centreX() + u * cos + w * sin;
            ys[i] = e.centreY() - u * sin + w * cos;
        }
        return h.write(coordinates(h, xs, ys, true));
    }

    private static byte[] rotated(RotatedRectangleRoi r) throws RoiFormatException {
        Header h = new Header(r.properties(), FREEHAND);
        h.subtype = ROTATED_RECT;
        h.floats = new float[] {(float) r.x1(), (float) r.y1(), (float) r.x2(), (float) r.y2()};
        h.floatParam = (float) r.rectangleWidth();
        double[][] c = r.corners();
        return h.write(coordinates(h, c[0], c[1], true));
    }

    private static byte[] composite(CompositeRoi c) throws RoiFormatException {
        List<Float> path = new ArrayList<>();
        for (Roi part : c.parts()) {
            double[][] outline = outline(part, c.name());
            for (int i = 0; i < outline[0].length; i++) {
                path.add((float) (i == 0 ? SEG_MOVETO : SEG_LINETO));
                path.add((float) outline[0][i]);
                path.add((float) outline[1][i]);
            }
            path.add((float) SEG_CLOSE);
        }
        Header h = new Header(c.properties(), RECT);
        Bounds b = c.bounds();
        h.bounds(Math.floor(b.left()), Math.floor(b.top()), Math.ceil(b.right()), Math.ceil(b.bottom()));
        h.shapeSize = path.size();
        ByteBuffer out = ByteBuffer.allocate(4 * path.size());
        for (float f : path) {
            out.putFloat(f);
        }
        return h.write(out.array());
    }

    /** The outline of a composite's part as {xs, ys}. */
    private static double[][] outline(Roi part, String owner) throws RoiFormatException {
        return switch (part) {
            case VertexRoi v -> new double[][] {v.xs(), v.ys()};
            case RectangleRoi r -> new double[][] {{r.left(), r.left() + r.width(), r.left() + r.width(), r.left()},
                    {r.top(), r.top(), r.top() + r.height(), r.top() + r.height()}};
            case RotatedRectangleRoi r -> r.corners();
            case EllipseRoi e -> {
                byte[] bytes = ellipse(e);
                int n = ELLIPSE_VERTICES;
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                double[] xs = new double[n];
                double[] ys = new double[n];
                for (int i = 0; i < n; i++) {
                    xs[i] = buf.getFloat(COORDINATES + 4 * n + 4 * i);
                    ys[i] = buf.getFloat(COORDINATES + 8 * n + 4 * i);
                }
                yield new double[][] {xs, ys};
            }
            case CompositeRoi c -> throw new RoiFormatException("composite ROI '" + owner
                    + "' holds another composite, which ImageJ cannot store");
            case MaskRoi m -> throw new RoiFormatException("composite ROI '" + owner
                    + "' holds a pixel mask, which ImageJ cannot store");
        };
    }

    /** Integer and, when needed, float coordinates after the header; sets bounds and count. */
    private static byte[] coordinates(Header h, double[] xs, double[] ys, boolean forceFloats) throws RoiFormatException {
        int n = xs.length;
        if (n > 0xFFFF) {
            throw new RoiFormatException("ROI '" + h.props.name() + "' has " + n + " vertices; Fluorite writes at most 65535");
        }
        Bounds b = Bounds.of(xs, ys);
        double left = Math.floor(b.left());
        double top = Math.floor(b.top());
        h.bounds(left, top, Math.ceil(b.right()), Math.ceil(b.bottom()));
        boolean floats = forceFloats;
        for (int i = 0; i < n && !floats; i++) {
            floats = !whole(xs[i]) || !whole(ys[i]) || xs[i] - left > Short.MAX_VALUE || ys[i] - top > Short.MAX_VALUE;
        }
        h.n = n;
        ByteBuffer out = ByteBuffer.allocate(n * (floats ? 12 : 4));
        for (int i = 0; i < n; i++) {
            out.putShort(2 * i, (short) Math.min(Short.MAX_VALUE, Math.floor(xs[i] - left)));
            out.putShort(2 * n + 2 * i, (short) Math.min(Short.MAX_VALUE, Math.floor(ys[i] - top)));
            if (floats) {
                out.putFloat(4 * n + 4 * i, (float) xs[i]);
                out.putFloat(8 * n + 4 * i, (float) ys[i]);
            }
        }
        if (floats) {
            h.options |= SUB_PIXEL_RESOLUTION;
        }
        return out.array();
    }

    static boolean whole(double v) {
        return v == Math.rint(v) && Math.abs(v) <= Short.MAX_VALUE;
    }
}
