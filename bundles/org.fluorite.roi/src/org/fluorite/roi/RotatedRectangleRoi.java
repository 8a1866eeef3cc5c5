package org.fluorite.roi;

/**
 * A rectangle turned by any angle, given as ImageJ draws it: the centre line from
 * ({@code x1}, {@code y1}) to ({@code x2}, {@code y2}) and the width across that line, all in
 * pixels. Its corners lie half the width on either side of the line's ends.
 *
 * @param rectangleWidth extent across the centre line, pixels
 */
public record RotatedRectangleRoi(RoiProperties properties, double x1, double y1, double x2, double y2,
        double rectangleWidth) implements Roi {

    @Override
    public String type() {
        return "rotated-rectangle";
    }

    /** Length of the centre line, pixels. */
    public double length() {
        return Math.hypot(x2 - x1, y2 - y1);
    }

    /**
     * The four corners as {xs, ys}, in ImageJ's order: beside the first end on the left of the
     * centre line (seen from the first end, y down), beside the second end on the same side, then
     * the two on the other side, going round the rectangle.
     */
    public double[][] corners() {
        double length = length();
        double nx = length == 0 ? 0 : -(y2 - y1) / length * rectangleWidth / 2;
        double ny = length == 0 ? 0 : (x2 - x1) / length * rectangleWidth / 2;
        return new double[][] {{x1 - nx, x2 - nx, x2 + nx, x1 + nx}, {y1 - ny, y2 - ny, y2 + ny, y1 + ny}};
    }

    @Override
    public Bounds bounds() {
        double[][] c = corners();
        return Bounds.of(c[0], c[1]);
    }
}
