package org.fluorite.roi;

/** Axis-aligned bounding box in pixel coordinates (x to the right, y down). */
public record Bounds(double left, double top, double width, double height) {

    public double right() {
        return left + width;
    }

    public double bottom() {
        return top + height;
    }

    /** The smallest box holding all the points. */
    public static Bounds of(double[] xs, double[] ys) {
        if (xs.length == 0) {
            return new Bounds(0, 0, 0, 0);
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            minX = Math.min(minX, xs[i]);
            maxX = Math.max(maxX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        return new Bounds(minX, minY, maxX - minX, maxY - minY);
    }
}
