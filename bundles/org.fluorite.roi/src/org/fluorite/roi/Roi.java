package org.fluorite.roi;

/**
 * A region of interest on an image. Coordinates are in pixels of the image, x to the right and
 * y down, with (0,0) the top-left corner of the top-left pixel (ImageJ's convention).
 * Implementations are immutable records.
 */
public sealed interface Roi permits VertexRoi, RectangleRoi, RotatedRectangleRoi, EllipseRoi, MaskRoi,
        CompositeRoi {

    RoiProperties properties();

    /** A stable word for the shape: "polygon", "rectangle", "rotated-rectangle", "oval", "ellipse", "mask", ... */
    String type();

    Bounds bounds();

    default String name() {
        return properties().name();
    }
}
