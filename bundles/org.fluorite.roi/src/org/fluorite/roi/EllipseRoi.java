package org.fluorite.roi;

/**
 * An ellipse with centre, semi-axes and rotation. An axis-aligned one (angle 0) drawn in a
 * bounding box is ImageJ's "oval".
 *
 * @param angle rotation of the {@code radiusX} axis from the x axis, radians, counter-clockwise on screen
 */
public record EllipseRoi(RoiProperties properties, double centreX, double centreY, double radiusX, double radiusY,
        double angle) implements Roi {

    /** The oval inscribed in a bounding box. */
    public static EllipseRoi oval(RoiProperties properties, double left, double top, double width, double height) {
        return new EllipseRoi(properties, left + width / 2, top + height / 2, width / 2, height / 2, 0);
    }

    @Override
    public String type() {
        return angle == 0 ? "oval" : "ellipse";
    }

    @Override
    public Bounds bounds() {
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        double hw = Math.sqrt(radiusX * radiusX * c * c + radiusY * radiusY * s * s);
        double hh = Math.sqrt(radiusX * radiusX * s * s + radiusY * radiusY * c * c);
        return new Bounds(centreX - hw, centreY - hh, 2 * hw, 2 * hh);
    }
}
