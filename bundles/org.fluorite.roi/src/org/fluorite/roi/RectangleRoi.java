package org.fluorite.roi;

/** An axis-aligned rectangle, optionally with rounded corners ({@code arcSize} pixels). */
public record RectangleRoi(RoiProperties properties, double left, double top, double width, double height, double arcSize)
        implements Roi {

    @Override
    public String type() {
        return "rectangle";
    }

    @Override
    public Bounds bounds() {
        return new Bounds(left, top, width, height);
    }
}
