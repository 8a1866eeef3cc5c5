package org.fluorite.io.imagej.internal;

import static org.fluorite.io.imagej.internal.RoiLayout.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.roi.EllipseRoi;
import org.fluorite.roi.RectangleRoi;
import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiProperties;
import org.fluorite.roi.RotatedRectangleRoi;
import org.fluorite.roi.VertexRoi;

/**
 * Decodes the bytes of one ImageJ ROI into the Fluorite ROI model. Every count and offset read
 * from the bytes is checked against their length before anything is allocated.
 */
public final class RoiDecoder {

    /** A decoded ROI, the format version it was written with, and remarks for the user. */
    public record Decoded(Roi roi, int version, List<String> notes) {
    }

    private static final int CURVE_STEPS = 8;

    private final RoiBytes b;
    private final String defaultName;
    private final List<String> notes = new ArrayList<>();

    private RoiDecoder(byte[] data, String defaultName) {
        this.b = new RoiBytes(data);
        this.defaultName = defaultName;
    }

    /**
     * Decodes one ROI.
     *
     * @param defaultName name used when the ROI stores none (ImageJ uses the file or entry name)
     */
    public static Decoded decode(byte[] data, String defaultName) throws RoiFormatException {
        return new RoiDecoder(data, defaultName).decode();
    }

    /** True when the bytes start with the ImageJ ROI magic "Iout". */
    public static boolean hasMagic(byte[] head) {
        return head != null && head.length >= 4 && head[0] == 'I' && head[1] == 'o' && head[2] == 'u' && head[3] == 't';
    }

    private Decoded decode() throws RoiFormatException {
        if (b.length() < HEADER_SIZE) {
            throw new RoiFormatException("too short for an ImageJ ROI (" + b.length() + " bytes, the header alone is 64)");
        }
        if (b.u8(0) != 'I' || b.u8(1) != 'o' || b.u8(2) != 'u' || b.u8(3) != 't') {
            throw new RoiFormatException("not an ImageJ ROI (does not start with \"Iout\")");
        }
        int version = b.s16(VERSION_OFFSET);
        int type = b.u8(TYPE);
        int subtype = b.s16(SUBTYPE);
        int options = b.u16(OPTIONS);
        RoiProperties props = properties(version, options, subtype);
        Roi roi;
        if (b.s32(SHAPE_ROI_SIZE) != 0) {
            roi = CompositeDecoder.decode(b, props, notes, CURVE_STEPS);
        } else {
            roi = switch (type) {
                case RECT -> rectangle(props, version, options);
                case OVAL -> oval(props, version, options);
                case LINE -> line(props, subtype);
                case POLYGON, FREEHAND, TRACED, POLYLINE, FREELINE, ANGLE, POINT -> vertices(props, version, type, subtype,
                        options);
                case NO_ROI -> throw new RoiFormatException("holds no ROI (type 6, \"no ROI\")");
                default -> throw new RoiFormatException("unknown ROI type " + type);
            };
        }
        if (subtype == TEXT || subtype == IMAGE) {
            notes.add("ROI '" + roi.name() + "' is an ImageJ " + (subtype == TEXT ? "text" : "image")
                    + " overlay; only its outline was read");
        }
        return new Decoded(roi, version, List.copyOf(notes));
    }

    private RoiProperties properties(int version, int options, int subtype) throws RoiFormatException {
        String name = defaultName == null ? "" : defaultName;
        int channel = 0;
        int slice = 0;
        int frame = 0;
        double strokeWidth = b.s16(STROKE_WIDTH);
        Map<String, Object> attributes = new LinkedHashMap<>();
        int otherOptions = options & ~SUB_PIXEL_RESOLUTION;
        if (otherOptions != 0) {
            attributes.put(ATTR_OPTIONS, otherOptions);
        }
        int stroke = b.s32(STROKE_COLOR);
        int colour = stroke == 0 ? -1 : stroke & 0xFFFFFF;
        if (stroke != 0 && (stroke >>> 24) != 0xFF) {
            attributes.put(ATTR_STROKE_COLOR, Integer.toUnsignedLong(stroke));
        }
        int fill = b.s32(FILL_COLOR);
        if (fill != 0) {
            attributes.put(ATTR_FILL_COLOR, Integer.toUnsignedLong(fill));
        }
        if (subtype != 0 && subtype != ELLIPSE && subtype != ROTATED_RECT) {
            attributes.put(ATTR_SUBTYPE, subtype);
        }
        if (subtype == ARROW) {
            attributes.put(ATTR_ARROW_STYLE, b.u8(ARROW_STYLE));
            attributes.put(ATTR_ARROW_HEAD_SIZE, b.u8(ARROW_HEAD_SIZE));
        }
        int position = b.s32(POSITION);
        int h2 = b.s32(HEADER2_OFFSET);
        if (h2 > 0 && b.has(h2, HEADER2_SIZE)) {
            channel = Math.max(0, b.s32(h2 + C_POSITION));
            slice = Math.max(0, b.s32(h2 + Z_POSITION));
            frame = Math.max(0, b.s32(h2 + T_POSITION));
            int nameOffset = b.s32(h2 + NAME_OFFSET);
            int nameLength = b.s32(h2 + NAME_LENGTH);
            if (nameOffset > 0 && nameLength > 0) {
                if (!b.has(nameOffset, nameLength * 2) || nameLength > b.length() / 2) {
                    throw new RoiFormatException("its name (" + nameLength + " characters at byte " + nameOffset
                            + ") lies outside the " + b.length() + " bytes");
                }
                name = b.chars(nameOffset, nameLength);
            }
            float floatStroke = b.f32(h2 + FLOAT_STROKE_WIDTH);
            if (floatStroke > 0 && Float.isFinite(floatStroke)) {
                strokeWidth = floatStroke;
            }
            int group = b.u8(h2 + GROUP);
            if (group != 0) {
                attributes.put(ATTR_GROUP, group);
            }
            int propsOffset = b.s32(h2 + ROI_PROPS_OFFSET);
            int propsLength = b.s32(h2 + ROI_PROPS_LENGTH);
            if (propsOffset > 0 && propsLength > 0 && propsLength <= b.length() / 2 && b.has(propsOffset, propsLength * 2)) {
                attributes.put(ATTR_PROPERTIES, b.chars(propsOffset, propsLength));
            }
        }
        if (position != 0) {
            attributes.put(ATTR_POSITION, position);
        }
        return new RoiProperties(name, colour, Math.max(0, strokeWidth), Map.of(), channel, slice, frame, attributes);
    }

    private boolean subPixel(int version, int options, int minVersion) {
        return version >= minVersion && (options & SUB_PIXEL_RESOLUTION) != 0;
    }

    private Roi rectangle(RoiProperties props, int version, int options) throws RoiFormatException {
        double arc = b.s16(ROUNDED_RECT_ARC_SIZE);
        double[] box = box(version, options);
        return new RectangleRoi(props, box[0], box[1], box[2], box[3], Math.max(0, arc));
    }

    private Roi oval(RoiProperties props, int version, int options) throws RoiFormatException {
        double[] box = box(version, options);
        return EllipseRoi.oval(props, box[0], box[1], box[2], box[3]);
    }

    /** {left, top, width, height}: floats of sub-pixel ROIs, else the integer header bounds. */
    private double[] box(int version, int options) throws RoiFormatException {
        if (subPixel(version, options, 223)) {
            double[] f = {b.f32(X1), b.f32(Y1), b.f32(X2), b.f32(Y2)};
            if (finite(f) && f[2] >= 0 && f[3] >= 0) {
                return f;
            }
        }
        int top = b.coordinate(TOP);
        int left = b.coordinate(LEFT);
        int bottom = b.coordinate(BOTTOM);
        int right = b.coordinate(RIGHT);
        if (right < left || bottom < top) {
            throw new RoiFormatException("its bounds are inverted (left " + left + ", right " + right + ", top " + top
                    + ", bottom " + bottom + ")");
        }
        return new double[] {left, top, right - left, bottom - top};
    }

    private Roi line(RoiProperties props, int subtype) throws RoiFormatException {
        double[] f = {b.f32(X1), b.f32(Y1), b.f32(X2), b.f32(Y2)};
        if (!finite(f)) {
            throw new RoiFormatException("its line ends are not finite numbers");
        }
        return new VertexRoi(props, VertexRoi.Shape.LINE, new double[] {f[0], f[2]}, new double[] {f[1], f[3]});
    }

    private Roi vertices(RoiProperties props, int version, int type, int subtype, int options) throws RoiFormatException {
        if (subtype == ELLIPSE) {
            double[] f = {b.f32(X1), b.f32(Y1), b.f32(X2), b.f32(Y2), b.f32(FLOAT_PARAM)};
            if (!finite(f) || f[4] <= 0) {
                throw new RoiFormatException("its ellipse parameters are not valid numbers");
            }
            double cx = (f[0] + f[2]) / 2;
            double cy = (f[1] + f[3]) / 2;
            double major = Math.hypot(f[2] - f[0], f[3] - f[1]) / 2;
            double angle = Math.atan2(-(f[3] - f[1]), f[2] - f[0]);
            return new EllipseRoi(props, cx, cy, major, major * f[4], angle);
        }
        if (subtype == ROTATED_RECT) {
            double[] f = {b.f32(X1), b.f32(Y1), b.f32(X2), b.f32(Y2), b.f32(FLOAT_PARAM)};
            if (!finite(f) || f[4] < 0) {
                throw new RoiFormatException("its rotated rectangle parameters are not valid numbers");
            }
            return new RotatedRectangleRoi(props, f[0], f[1], f[2], f[3], f[4]);
        }
        int n = b.u16(N_COORDINATES);
        if (n == 0 && version >= 228) {
            n = Math.max(0, b.s32(SIZE));
        }
        boolean sub = subPixel(version, options, 222);
        long needed = COORDINATES + (long) n * (sub ? 12 : 4);
        if (needed > b.length()) {
            throw new RoiFormatException("it claims " + n + " vertices, which need " + needed + " bytes, but has " + b.length());
        }
        int left = b.coordinate(LEFT);
        int top = b.coordinate(TOP);
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            if (sub) {
                xs[i] = b.f32(COORDINATES + 4 * n + 4 * i);
                ys[i] = b.f32(COORDINATES + 8 * n + 4 * i);
            } else {
                xs[i] = left + b.coordinate(COORDINATES + 2 * i);
                ys[i] = top + b.coordinate(COORDINATES + 2 * n + 2 * i);
            }
            if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
                throw new RoiFormatException("vertex " + i + " is not a finite number");
            }
        }
        VertexRoi.Shape shape = switch (type) {
            case POLYGON -> VertexRoi.Shape.POLYGON;
            case FREEHAND -> VertexRoi.Shape.FREEHAND;
            case TRACED -> VertexRoi.Shape.TRACED;
            case POLYLINE -> VertexRoi.Shape.POLYLINE;
            case FREELINE -> VertexRoi.Shape.FREELINE;
            case ANGLE -> VertexRoi.Shape.ANGLE;
            default -> VertexRoi.Shape.POINT;
        };
        if (shape == VertexRoi.Shape.POINT) {
            props = counters(props, n);
        }
        return new VertexRoi(props, shape, xs, ys);
    }

    /** The counter and stack position of each point, from the counters block of header2. */
    private RoiProperties counters(RoiProperties props, int n) throws RoiFormatException {
        int h2 = b.s32(HEADER2_OFFSET);
        if (h2 <= 0 || !b.has(h2, HEADER2_SIZE)) {
            return props;
        }
        int offset = b.s32(h2 + COUNTERS_OFFSET);
        if (offset <= 0 || !b.has(offset, 4 * n)) {
            return props;
        }
        int[] counters = new int[n];
        int[] positions = new int[n];
        for (int i = 0; i < n; i++) {
            int v = b.s32(offset + 4 * i);
            counters[i] = v & 0xFF;
            positions[i] = v >>> 8;
        }
        return props.withAttribute(ATTR_COUNTERS, counters).withAttribute(ATTR_POINT_POSITIONS, positions);
    }

    private static boolean finite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
