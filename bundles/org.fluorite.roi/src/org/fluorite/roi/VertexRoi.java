package org.fluorite.roi;

/**
 * A ROI given by its vertices: closed shapes (polygon, freehand, traced) and open ones (line,
 * polyline, freeline, angle) and point sets.
 */
public record VertexRoi(RoiProperties properties, Shape shape, double[] xs, double[] ys) implements Roi {

    /** How the vertices are joined. */
    public enum Shape {
        POLYGON(true), FREEHAND(true), TRACED(true), LINE(false), POLYLINE(false), FREELINE(false), ANGLE(false),
        POINT(false);

        private final boolean closed;

        Shape(boolean closed) {
            this.closed = closed;
        }

        /** True for shapes with an inside (the last vertex joins the first). */
        public boolean isClosed() {
            return closed;
        }
    }

    public VertexRoi {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("A ROI needs as many x as y coordinates (" + xs.length + " vs " + ys.length + ")");
        }
        xs = xs.clone();
        ys = ys.clone();
    }

    public int vertexCount() {
        return xs.length;
    }

    @Override
    public double[] xs() {
        return xs.clone();
    }

    @Override
    public double[] ys() {
        return ys.clone();
    }

    @Override
    public String type() {
        return shape.name().toLowerCase();
    }

    @Override
    public Bounds bounds() {
        return Bounds.of(xs, ys);
    }

    /** Equal when shape, properties and every coordinate are equal (arrays compared by content). */
    @Override
    public boolean equals(Object o) {
        return o instanceof VertexRoi v && v.shape == shape && v.properties.equals(properties)
                && java.util.Arrays.equals(v.xs, xs) && java.util.Arrays.equals(v.ys, ys);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(properties, shape, java.util.Arrays.hashCode(xs), java.util.Arrays.hashCode(ys));
    }

    @Override
    public String toString() {
        return "VertexRoi[" + properties.name() + ", " + type() + ", " + xs.length + " vertices]";
    }
}
