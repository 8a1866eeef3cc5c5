package org.fluorite.io.imagej.internal;

import static org.fluorite.io.imagej.internal.RoiLayout.*;

import java.util.ArrayList;
import java.util.List;

import org.fluorite.roi.CompositeRoi;
import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiProperties;
import org.fluorite.roi.VertexRoi;

/**
 * Reads ImageJ's composite (shape) ROIs: after the header, a list of floats holding path segments
 * (a segment code, then its points in absolute pixel coordinates). Each sub-path becomes a
 * polygon part; quadratic and cubic curves are flattened into straight pieces.
 */
final class CompositeDecoder {

    private CompositeDecoder() {
    }

    static Roi decode(RoiBytes b, RoiProperties props, List<String> notes, int curveSteps) throws RoiFormatException {
        int count = b.s32(SHAPE_ROI_SIZE);
        if (count < 0 || (long) COORDINATES + 4L * count > b.length()) {
            throw new RoiFormatException("its composite shape claims " + count + " numbers, more than its " + b.length()
                    + " bytes hold");
        }
        if (b.u8(TYPE) != RECT) {
            throw new RoiFormatException("a composite ROI must have type 1 (rectangle), this one has " + b.u8(TYPE));
        }
        List<Roi> parts = new ArrayList<>();
        List<double[]> path = new ArrayList<>();
        double[] last = {0, 0};
        boolean curves = false;
        int i = 0;
        while (i < count) {
            float code = b.f32(COORDINATES + 4 * i);
            int segment = (int) code;
            if (segment != code) {
                throw new RoiFormatException("composite path holds an unknown segment code " + code + " at number " + i);
            }
            int points = switch (segment) {
                case SEG_MOVETO, SEG_LINETO -> 1;
                case SEG_QUADTO -> 2;
                case SEG_CUBICTO -> 3;
                case SEG_CLOSE -> 0;
                default -> throw new RoiFormatException("composite path holds an unknown segment code " + segment
                        + " at number " + i);
            };
            if (i + 1 + 2 * points > count) {
                throw new RoiFormatException("composite path ends in the middle of a segment");
            }
            double[] p = new double[2 * points];
            for (int k = 0; k < p.length; k++) {
                p[k] = b.f32(COORDINATES + 4 * (i + 1 + k));
                if (!Double.isFinite(p[k])) {
                    throw new RoiFormatException("composite path holds a coordinate that is not a finite number");
                }
            }
            switch (segment) {
                case SEG_MOVETO -> {
                    finish(path, parts);
                    path.add(new double[] {p[0], p[1]});
                }
                case SEG_LINETO -> path.add(new double[] {p[0], p[1]});
                case SEG_QUADTO, SEG_CUBICTO -> {
                    curves = true;
                    flatten(last, p, curveSteps, path);
                }
                default -> finish(path, parts);
            }
            if (points > 0) {
                last = new double[] {p[p.length - 2], p[p.length - 1]};
            }
            i += 1 + 2 * points;
        }
        finish(path, parts);
        if (curves) {
            notes.add("ROI '" + props.name() + "': curved path segments were approximated by " + curveSteps
                    + " straight pieces each");
        }
        return new CompositeRoi(props, parts);
    }

    private static void finish(List<double[]> path, List<Roi> parts) {
        if (path.isEmpty()) {
            return;
        }
        double[] xs = new double[path.size()];
        double[] ys = new double[path.size()];
        for (int k = 0; k < xs.length; k++) {
            xs[k] = path.get(k)[0];
            ys[k] = path.get(k)[1];
        }
        parts.add(new VertexRoi(RoiProperties.named(""), VertexRoi.Shape.POLYGON, xs, ys));
        path.clear();
    }

    /** Bezier curve from {@code start} through the control points {@code p} (2 or 3 points). */
    private static void flatten(double[] start, double[] p, int steps, List<double[]> path) {
        int n = p.length / 2;
        for (int s = 1; s <= steps; s++) {
            double t = (double) s / steps;
            double u = 1 - t;
            double x;
            double y;
            if (n == 2) {
                x = u * u * start[0] + 2 * u * t * p[0] + t * t * p[2];
                y = u * u * start[1] + 2 * u * t * p[1] + t * t * p[3];
            } else {
                x = u * u * u * start[0] + 3 * u * u * t * p[0] + 3 * u * t * t * p[2] + t * t * t * p[4];
                y = u * u * u * start[1] + 3 * u * u * t * p[1] + 3 * u * t * t * p[3] + t * t * t * p[5];
            }
            path.add(new double[] {x, y});
        }
    }
}
