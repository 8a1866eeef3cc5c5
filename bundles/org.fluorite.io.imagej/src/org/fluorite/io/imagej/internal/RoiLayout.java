package org.fluorite.io.imagej.internal;

/**
 * Byte offsets and codes of the ImageJ ROI file: a 64-byte big-endian header starting with
 * "Iout", the coordinates, then a 64-byte second header (position, name, stroke width as a float,
 * properties, point counters) followed by the name's UTF-16 characters.
 */
final class RoiLayout {

    static final int HEADER_SIZE = 64;
    static final int HEADER2_SIZE = 64;
    /** Version written by Fluorite (ImageJ 1.52 layout: header2 with c, z, t and counters). */
    static final int VERSION = 228;

    // header
    static final int VERSION_OFFSET = 4;
    static final int TYPE = 6;
    static final int TOP = 8;
    static final int LEFT = 10;
    static final int BOTTOM = 12;
    static final int RIGHT = 14;
    static final int N_COORDINATES = 16;
    /** Line ends, ellipse axis ends, rotated rectangle centre line; x, y, width, height of sub-pixel rectangles. */
    static final int X1 = 18;
    static final int Y1 = 22;
    static final int X2 = 26;
    static final int Y2 = 30;
    /** Vertex count of ROIs with more than 65535 vertices (when the short count is 0). */
    static final int SIZE = 18;
    static final int STROKE_WIDTH = 34;
    static final int SHAPE_ROI_SIZE = 36;
    static final int STROKE_COLOR = 40;
    static final int FILL_COLOR = 44;
    static final int SUBTYPE = 48;
    static final int OPTIONS = 50;
    static final int ARROW_STYLE = 52;
    /** Ellipse aspect ratio or rotated rectangle width (float). */
    static final int FLOAT_PARAM = 52;
    static final int ARROW_HEAD_SIZE = 53;
    static final int ROUNDED_RECT_ARC_SIZE = 54;
    static final int POSITION = 56;
    static final int HEADER2_OFFSET = 60;
    static final int COORDINATES = 64;

    // header2, relative to its start
    static final int C_POSITION = 4;
    static final int Z_POSITION = 8;
    static final int T_POSITION = 12;
    static final int NAME_OFFSET = 16;
    static final int NAME_LENGTH = 20;
    static final int OVERLAY_LABEL_COLOR = 24;
    static final int OVERLAY_FONT_SIZE = 28;
    static final int GROUP = 30;
    static final int IMAGE_OPACITY = 31;
    static final int IMAGE_SIZE = 32;
    static final int FLOAT_STROKE_WIDTH = 36;
    static final int ROI_PROPS_OFFSET = 40;
    static final int ROI_PROPS_LENGTH = 44;
    static final int COUNTERS_OFFSET = 48;

    // types
    static final int POLYGON = 0;
    static final int RECT = 1;
    static final int OVAL = 2;
    static final int LINE = 3;
    static final int FREELINE = 4;
    static final int POLYLINE = 5;
    static final int NO_ROI = 6;
    static final int FREEHAND = 7;
    static final int TRACED = 8;
    static final int ANGLE = 9;
    static final int POINT = 10;

    // subtypes
    static final int TEXT = 1;
    static final int ARROW = 2;
    static final int ELLIPSE = 3;
    static final int IMAGE = 4;
    static final int ROTATED_RECT = 5;

    // options
    static final int SPLINE_FIT = 1;
    static final int SUB_PIXEL_RESOLUTION = 128;

    // path segments of composite (shape) ROIs, stored as floats
    static final int SEG_MOVETO = 0;
    static final int SEG_LINETO = 1;
    static final int SEG_QUADTO = 2;
    static final int SEG_CUBICTO = 3;
    static final int SEG_CLOSE = 4;

    /** Attribute names under which ImageJ-only values are kept in {@code RoiProperties.attributes()}. */
    static final String ATTR_OPTIONS = "imagej.options";
    static final String ATTR_STROKE_COLOR = "imagej.strokeColor";
    static final String ATTR_FILL_COLOR = "imagej.fillColor";
    static final String ATTR_POSITION = "imagej.position";
    static final String ATTR_GROUP = "imagej.group";
    static final String ATTR_PROPERTIES = "imagej.properties";
    static final String ATTR_ARROW_STYLE = "imagej.arrowStyle";
    static final String ATTR_ARROW_HEAD_SIZE = "imagej.arrowHeadSize";
    static final String ATTR_SUBTYPE = "imagej.subtype";
    /** Counter (0-255) of each point of a multi-point ROI. */
    static final String ATTR_COUNTERS = "counters";
    /** Stack position of each point of a multi-point ROI (ImageJ stores it beside the counter). */
    static final String ATTR_POINT_POSITIONS = "pointPositions";

    private RoiLayout() {
    }
}
