package org.fluorite.io.imagej.internal;

import static org.fluorite.io.imagej.internal.RoiLayout.*;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.fluorite.roi.RoiProperties;

/** The two headers of a ROI being written, filled in by {@link RoiEncoder}. */
final class Header {

    final RoiProperties props;
    final int type;
    int subtype;
    int options;
    int top;
    int left;
    int bottom;
    int right;
    int n;
    int arc;
    int shapeSize;
    /** x1, y1, x2, y2 (or left, top, width, height of sub-pixel boxes); null when unused. */
    float[] floats;
    float floatParam;

    Header(RoiProperties props, int type) {
        this.props = props;
        this.type = type;
        Map<String, Object> a = props.attributes();
        this.options = a.get(ATTR_OPTIONS) instanceof Number o ? o.intValue() & ~SUB_PIXEL_RESOLUTION : 0;
        this.subtype = a.get(ATTR_SUBTYPE) instanceof Number s ? s.intValue() : 0;
    }

    void bounds(double l, double t, double r, double b) throws RoiFormatException {
        for (double v : new double[] {l, t, r, b}) {
            if (!(Math.abs(v) <= Short.MAX_VALUE)) {
                throw new RoiFormatException("ROI '" + props.name() + "' reaches coordinate " + v
                        + ", beyond the +-32767 pixels an ImageJ ROI file can hold");
            }
        }
        left = (int) l;
        top = (int) t;
        right = (int) Math.max(l, r);
        bottom = (int) Math.max(t, b);
    }

    /** The whole file: header, {@code body} (coordinates or path), header2, name, properties, counters. */
    byte[] write(byte[] body) {
        Map<String, Object> a = props.attributes();
        String properties = a.get(ATTR_PROPERTIES) instanceof String s ? s : "";
        int[] counters = ints(a.get(ATTR_COUNTERS));
        int[] positions = ints(a.get(ATTR_POINT_POSITIONS));
        boolean withCounters = type == POINT && counters.length == n && n > 0;
        int header2 = HEADER_SIZE + body.length;
        int nameOffset = header2 + HEADER2_SIZE;
        int propsOffset = nameOffset + 2 * props.name().length();
        int countersOffset = propsOffset + 2 * properties.length();
        int size = countersOffset + (withCounters ? 4 * n : 0);
        ByteBuffer out = ByteBuffer.allocate(size);
        out.put("Iout".getBytes(StandardCharsets.US_ASCII));
        out.putShort(VERSION_OFFSET, (short) VERSION);
        out.put(TYPE, (byte) type);
        out.putShort(TOP, (short) top);
        out.putShort(LEFT, (short) left);
        out.putShort(BOTTOM, (short) bottom);
        out.putShort(RIGHT, (short) right);
        out.putShort(N_COORDINATES, (short) n);
        if (floats != null) {
            for (int i = 0; i < 4; i++) {
                out.putFloat(X1 + 4 * i, floats[i]);
            }
        }
        double stroke = props.strokeWidth();
        out.putShort(STROKE_WIDTH, (short) Math.min(Short.MAX_VALUE, Math.round(stroke)));
        out.putInt(SHAPE_ROI_SIZE, shapeSize);
        out.putInt(STROKE_COLOR, strokeColor());
        out.putInt(FILL_COLOR, a.get(ATTR_FILL_COLOR) instanceof Number f ? (int) f.longValue() : 0);
        out.putShort(SUBTYPE, (short) subtype);
        out.putShort(OPTIONS, (short) options);
        if (subtype == ELLIPSE || subtype == ROTATED_RECT) {
            out.putFloat(FLOAT_PARAM, floatParam);
        } else {
            out.put(ARROW_STYLE, (byte) (a.get(ATTR_ARROW_STYLE) instanceof Number s ? s.intValue() : 0));
            out.put(ARROW_HEAD_SIZE, (byte) (a.get(ATTR_ARROW_HEAD_SIZE) instanceof Number s ? s.intValue() : 0));
            out.putShort(ROUNDED_RECT_ARC_SIZE, (short) arc);
        }
        out.putInt(POSITION, a.get(ATTR_POSITION) instanceof Number p ? p.intValue() : 0);
        out.putInt(HEADER2_OFFSET, header2);
        out.put(COORDINATES, body);
        out.putInt(header2 + C_POSITION, props.channel());
        out.putInt(header2 + Z_POSITION, props.slice());
        out.putInt(header2 + T_POSITION, props.frame());
        out.putInt(header2 + NAME_OFFSET, props.name().isEmpty() ? 0 : nameOffset);
        out.putInt(header2 + NAME_LENGTH, props.name().length());
        out.put(header2 + GROUP, (byte) (a.get(ATTR_GROUP) instanceof Number g ? g.intValue() : 0));
        out.putFloat(header2 + FLOAT_STROKE_WIDTH, stroke == Math.rint(stroke) ? 0f : (float) stroke);
        out.putInt(header2 + ROI_PROPS_OFFSET, properties.isEmpty() ? 0 : propsOffset);
        out.putInt(header2 + ROI_PROPS_LENGTH, properties.length());
        out.putInt(header2 + COUNTERS_OFFSET, withCounters ? countersOffset : 0);
        for (int i = 0; i < props.name().length(); i++) {
            out.putChar(nameOffset + 2 * i, props.name().charAt(i));
        }
        for (int i = 0; i < properties.length(); i++) {
            out.putChar(propsOffset + 2 * i, properties.charAt(i));
        }
        if (withCounters) {
            for (int i = 0; i < n; i++) {
                int position = positions.length == n ? positions[i] : 0;
                out.putInt(countersOffset + 4 * i, (position << 8) | (counters[i] & 0xFF));
            }
        }
        return out.array();
    }

    private int strokeColor() {
        if (props.colour() == -1) {
            return 0;
        }
        if (props.attributes().get(ATTR_STROKE_COLOR) instanceof Number argb
                && ((int) argb.longValue() & 0xFFFFFF) == (props.colour() & 0xFFFFFF)) {
            return (int) argb.longValue();
        }
        return 0xFF000000 | (props.colour() & 0xFFFFFF);
    }

    private static int[] ints(Object value) {
        if (value instanceof List<?> list) {
            int[] out = new int[list.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = list.get(i) instanceof Number num ? num.intValue() : 0;
            }
            return out;
        }
        return new int[0];
    }
}
