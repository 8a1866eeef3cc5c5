package org.fluorite.roi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns ROIs into pixel masks on an image, with ImageJ's rasterisation rules, so that a ROI drawn
 * in ImageJ covers the same pixels here:
 * <ul>
 * <li>Polygons (polygon, freehand, traced, rectangles, rotated rectangles, composite paths): a pixel
 * belongs to the ROI when its centre lies inside the outline (even-odd rule). A centre exactly on
 * a left edge is outside and on a right edge inside; a centre exactly on a horizontal edge belongs
 * to the row below it (ImageJ's polygon filler).</li>
 * <li>Ovals and ellipses: a pixel belongs when its centre lies inside or on the ellipse (ImageJ's
 * OvalRoi mask).</li>
 * <li>Rounded rectangles: the centre inside the rectangle with its corners rounded by ellipses of
 * the arc size.</li>
 * <li>Points: the pixel holding each point. Lines have no inside and are refused.</li>
 * <li>Composites: a pixel belongs when it belongs to an odd number of parts.</li>
 * </ul>
 * A ROI reaching past the right or bottom edge is clipped to the image; one lying wholly left of or
 * above the image, or covering no pixel centre at all (e.g. a tiny ellipse), is refused with an
 * {@link IllegalArgumentException} naming it.
 */
public final class RoiMasks {

    /** ImageJ nudges edge crossings by this many pixels so that rounding is stable. */
    private static final double EDGE_NUDGE = 1e-8;

    private RoiMasks() {
    }

    /**
     * The pixels of {@code roi} on an image of the given size, as {@code mask[y][x]}.
     *
     * @param imageWidth  image width, pixels (at least 1)
     * @param imageHeight image height, pixels (at least 1)
     * @throws IllegalArgumentException when the ROI lies left of or above the image, covers no pixel
     *                                  centre, or has no inside (lines)
     */
    public static boolean[][] mask(Roi roi, int imageWidth, int imageHeight) {
        if (imageWidth < 1 || imageHeight < 1) {
            throw new IllegalArgumentException("An image of " + imageWidth + " x " + imageHeight + " pixels has no pixels");
        }
        Bounds b = roi.bounds();
        if (b.right() <= 0) {
            throw new IllegalArgumentException(describe(roi) + " lies entirely left of the image (right edge at x = "
                    + b.right() + ")");
        }
        if (b.bottom() <= 0) {
            throw new IllegalArgumentException(describe(roi) + " lies entirely above the image (bottom edge at y = "
                    + b.bottom() + ")");
        }
        boolean[][] mask = raw(roi, imageWidth, imageHeight);
        if (count(mask) == 0) {
            throw new IllegalArgumentException(describe(roi) + " covers no pixel centre of the " + imageWidth + " x "
                    + imageHeight + " image (too small, or outside it)");
        }
        return mask;
    }

    /** The pixels of {@code roi} as a {@link MaskRoi} of weight 1 with the ROI's properties. */
    public static MaskRoi toMaskRoi(Roi roi, int imageWidth, int imageHeight) {
        boolean[][] mask = mask(roi, imageWidth, imageHeight);
        int n = count(mask);
        int[] xs = new int[n];
        int[] ys = new int[n];
        float[] w = new float[n];
        int k = 0;
        for (int y = 0; y < mask.length; y++) {
            for (int x = 0; x < mask[y].length; x++) {
                if (mask[y][x]) {
                    xs[k] = x;
                    ys[k] = y;
                    w[k++] = 1f;
                }
            }
        }
        return new MaskRoi(roi.properties(), xs, ys, w);
    }

    /** Number of pixels set in a mask. */
    public static int count(boolean[][] mask) {
        int n = 0;
        for (boolean[] row : mask) {
            for (boolean v : row) {
                if (v) {
                    n++;
                }
            }
        }
        return n;
    }

    private static String describe(Roi roi) {
        return "ROI '" + roi.name() + "' (" + roi.type() + ")";
    }

    private static boolean[][] raw(Roi roi, int w, int h) {
        return switch (roi) {
            case VertexRoi v -> vertexMask(v, w, h);
            case RectangleRoi r -> r.arcSize() > 0 ? roundedRectangle(r, w, h)
                    : polygon(new double[] {r.left(), r.left() + r.width(), r.left() + r.width(), r.left()},
                            new double[] {r.top(), r.top(), r.top() + r.height(), r.top() + r.height()}, w, h);
            case RotatedRectangleRoi r -> {
                double[][] c = r.corners();
                yield polygon(c[0], c[1], w, h);
            }
            case EllipseRoi e -> ellipse(e, w, h);
            case MaskRoi m -> pixels(m, w, h);
            case CompositeRoi c -> {
                boolean[][] out = new boolean[h][w];
                for (Roi part : c.parts()) {
                    boolean[][] p = raw(part, w, h);
                    for (int y = 0; y < h; y++) {
                        for (int x = 0; x < w; x++) {
                            out[y][x] ^= p[y][x];
                        }
                    }
                }
                yield out;
            }
        };
    }

    private static boolean[][] vertexMask(VertexRoi v, int w, int h) {
        if (v.shape() == VertexRoi.Shape.POINT) {
            boolean[][] out = new boolean[h][w];
            double[] xs = v.xs();
            double[] ys = v.ys();
            for (int i = 0; i < xs.length; i++) {
                double x = Math.floor(xs[i]);
                double y = Math.floor(ys[i]);
                if (x >= 0 && y >= 0 && x < w && y < h) {
                    out[(int) y][(int) x] = true;
                }
            }
            return out;
        }
        if (!v.shape().isClosed()) {
            throw new IllegalArgumentException(describe(v) + " is a line and has no inside to make a mask of");
        }
        return polygon(v.xs(), v.ys(), w, h);
    }

    /** Scan-line fill of one closed polygon; see the class comment for the rules at edges. */
    static boolean[][] polygon(double[] xs, double[] ys, int w, int h) {
        boolean[][] out = new boolean[h][w];
        int n = xs.length;
        if (n < 3) {
            return out;
        }
        List<double[]> edges = new ArrayList<>(); // {firstRow, endRow, x at the first row's centre, dx per row}
        for (int i = 0; i < n; i++) {
            double xa = xs[i];
            double ya = ys[i];
            double xb = xs[(i + 1) % n];
            double yb = ys[(i + 1) % n];
            if (ya > yb) {
                double t = ya;
                ya = yb;
                yb = t;
                t = xa;
                xa = xb;
                xb = t;
            }
            // rows whose centre (y + 0.5) the edge spans, with the half-open rule at its ends
            double firstRow = Math.ceil(ya - 0.5);
            double endRow = Math.ceil(yb - 0.5);
            if (firstRow == endRow || endRow <= 0) {
                continue;
            }
            double slope = (xb - xa) / (yb - ya);
            edges.add(new double[] {firstRow, endRow, xa + (firstRow + 0.5 - ya) * slope + EDGE_NUDGE, slope});
        }
        double[] crossings = new double[edges.size()];
        for (int y = 0; y < h; y++) {
            int k = 0;
            for (double[] e : edges) {
                if (y >= e[0] && y < e[1]) {
                    crossings[k++] = e[2] + (y - e[0]) * e[3];
                }
            }
            if (k < 2) {
                continue;
            }
            Arrays.sort(crossings, 0, k);
            for (int i = 0; i + 1 < k; i += 2) {
                int from = clamp(Math.floor(crossings[i] + 0.5), w);
                int to = clamp(Math.floor(crossings[i + 1] + 0.5), w);
                for (int x = from; x < to; x++) {
                    out[y][x] = true;
                }
            }
        }
        return out;
    }

    private static int clamp(double v, int max) {
        return (int) Math.max(0, Math.min(max, v));
    }

    private static boolean[][] ellipse(EllipseRoi e, int w, int h) {
        boolean[][] out = new boolean[h][w];
        if (!(e.radiusX() > 0) || !(e.radiusY() > 0)) {
            return out;
        }
        double cos = Math.cos(e.angle());
        double sin = Math.sin(e.angle());
        Bounds b = e.bounds();
        int y0 = clamp(Math.floor(b.top()) - 1, h);
        int y1 = clamp(Math.ceil(b.bottom()) + 1, h);
        int x0 = clamp(Math.floor(b.left()) - 1, w);
        int x1 = clamp(Math.ceil(b.right()) + 1, w);
        for (int y = y0; y < y1; y++) {
            double dy = y + 0.5 - e.centreY();
            for (int x = x0; x < x1; x++) {
                double dx = x + 0.5 - e.centreX();
                // angle is counter-clockwise on screen, where y points down
                double u = (dx * cos - dy * sin) / e.radiusX();
                double v = (dx * sin + dy * cos) / e.radiusY();
                out[y][x] = u * u + v * v <= 1.0;
            }
        }
        return out;
    }

    private static boolean[][] roundedRectangle(RectangleRoi r, int w, int h) {
        boolean[][] out = new boolean[h][w];
        double rx = Math.min(r.arcSize(), r.width()) / 2;
        double ry = Math.min(r.arcSize(), r.height()) / 2;
        double left = r.left();
        double top = r.top();
        double right = left + r.width();
        double bottom = top + r.height();
        for (int y = clamp(Math.floor(top), h); y < clamp(Math.ceil(bottom), h); y++) {
            double py = y + 0.5;
            for (int x = clamp(Math.floor(left), w); x < clamp(Math.ceil(right), w); x++) {
                double px = x + 0.5;
                if (px <= left || px > right || py <= top || py > bottom) {
                    continue;
                }
                double cx = px < left + rx ? left + rx : px > right - rx ? right - rx : px;
                double cy = py < top + ry ? top + ry : py > bottom - ry ? bottom - ry : py;
                double dx = rx == 0 ? 0 : (px - cx) / rx;
                double dy = ry == 0 ? 0 : (py - cy) / ry;
                out[y][x] = dx * dx + dy * dy <= 1.0;
            }
        }
        return out;
    }

    private static boolean[][] pixels(MaskRoi m, int w, int h) {
        boolean[][] out = new boolean[h][w];
        int[] xs = m.xs();
        int[] ys = m.ys();
        float[] weights = m.weights();
        for (int i = 0; i < xs.length; i++) {
            if (xs[i] >= 0 && ys[i] >= 0 && xs[i] < w && ys[i] < h && weights[i] != 0) {
                out[ys[i]][xs[i]] = true;
            }
        }
        return out;
    }
}
