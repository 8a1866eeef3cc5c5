package org.fluorite.roi;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fluorite.core.json.Json;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.meta.Provenance;

/**
 * The complete, documented JSON form of ROIs and ROI sets, for the project store and saved
 * sessions: unlike an ImageJ zip it keeps weighted masks, tags and every attribute. The layout is
 * a contract; any program can read it (Python: {@code json.load}). Version 1:
 *
 * <pre>
 * {
 *   "format": "fluorite.rois",          always this word
 *   "version": 1,                        layout version; readers refuse newer ones
 *   "name": "cells",                     name of the set
 *   "imageWidth": 512, "imageHeight": 512,   size in pixels of the image the ROIs belong to, or both null
 *   "metadata": {...},                   what the source file said (any JSON values)
 *   "provenance": [{"operation", "parameters", "time" (ISO-8601 instant), "tool"}, ...],   oldest first
 *   "rois": [ROI, ...]
 * }
 * </pre>
 *
 * Each ROI is an object with the same property fields whatever its shape:
 *
 * <pre>
 *   "type":        "polygon" | "freehand" | "traced" | "line" | "polyline" | "freeline" | "angle" | "point"
 *                  | "rectangle" | "rotated-rectangle" | "ellipse" | "mask" | "composite"
 *   "name":        string
 *   "colour":      "#RRGGBB", or null for the viewer's default colour
 *   "strokeWidth": line width for drawing, pixels (0 = thinnest)
 *   "tags":        {"ROI type column": "tag", ...}; a column not listed is "untagged"
 *   "attributes":  {name: any JSON value}, values another file format stored with the ROI
 *   "position":    {"channel": c, "slice": z, "frame": t}, 1-based, 0 = all
 * </pre>
 *
 * and the fields of its shape, coordinates in pixels of the image (x to the right, y down, (0,0)
 * the top-left corner of the top-left pixel):
 *
 * <ul>
 * <li>vertex shapes (polygon ... point): {@code "x": [...], "y": [...]}, vertices in order, equal
 * lengths; the closed ones (polygon, freehand, traced) join the last vertex to the first;</li>
 * <li>rectangle: {@code "left", "top", "width", "height", "arcSize"} (corner rounding diameter, 0 =
 * square corners);</li>
 * <li>rotated-rectangle: {@code "x1", "y1", "x2", "y2"} (ends of the centre line) and
 * {@code "rectangleWidth"} (extent across it);</li>
 * <li>ellipse: {@code "centreX", "centreY", "radiusX", "radiusY"} and {@code "angle"} (radians,
 * rotation of the x radius from the x axis, counter-clockwise on screen);</li>
 * <li>mask: {@code "x", "y"} (integer pixel column and row) and {@code "weights"} (one float each),
 * equal lengths, e.g. suite2p's xpix, ypix, lam;</li>
 * <li>composite: {@code "parts": [ROI, ...]} (each a full ROI object; inside by the even-odd rule).</li>
 * </ul>
 *
 * Writing refuses what JSON cannot hold faithfully (NaN or infinite coordinates, a colour outside
 * 0..0xFFFFFF). Reading validates everything and throws {@link IllegalArgumentException} naming the
 * ROI (its index, and part index inside composites) and the problem: a missing or mistyped field,
 * unequal lengths, a number that is not finite or out of range, more than {@value #MAX_POINTS}
 * points in a ROI, more than {@value #MAX_ROIS} ROIs, composites nested deeper than
 * {@value #MAX_DEPTH}, an unknown type, another format or a newer version. Property fields may be
 * left out (defaults: empty name, null colour, 0, no tags, no attributes, position 0/0/0); shape
 * fields may not. JSON has one kind of number: attribute and metadata numbers read back as Long
 * when integral, else Double.
 */
public final class RoiJson {

    /** The value of the top-level "format" field. */
    public static final String FORMAT = "fluorite.rois";
    /** The layout version written, and the newest one read. */
    public static final int VERSION = 1;
    /** Most vertices or mask pixels in one ROI. */
    public static final int MAX_POINTS = 1 << 26;
    /** Most ROIs in one set. */
    public static final int MAX_ROIS = 10_000_000;
    /** Deepest nesting of composite ROIs. */
    public static final int MAX_DEPTH = 32;

    private RoiJson() {
    }

    /** The set as compact JSON text in the layout described above. */
    public static String write(RoiSet set) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format", FORMAT);
        out.put("version", VERSION);
        out.put("name", set.name());
        out.put("imageWidth", set.imageWidth().isPresent() ? (Object) set.imageWidth().getAsInt() : null);
        out.put("imageHeight", set.imageHeight().isPresent() ? (Object) set.imageHeight().getAsInt() : null);
        out.put("metadata", set.metadata().asMap());
        out.put("provenance", set.provenance().toList());
        List<Object> rois = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            Roi roi = set.rois().get(i);
            try {
                rois.add(toMap(roi));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("ROI " + i + " ('" + roi.name() + "'): " + e.getMessage(), e);
            }
        }
        out.put("rois", rois);
        return Json.write(out);
    }

    /**
     * Reads a set written by {@link #write} (or by any program following the layout).
     *
     * @throws IllegalArgumentException naming the ROI and the problem when the text is not a valid
     *                                  version-1 ROI set
     */
    public static RoiSet read(String json) {
        Object parsed;
        try {
            parsed = Json.parse(json);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ROI JSON: " + e.getMessage(), e);
        }
        if (!(parsed instanceof Map<?, ?> top)) {
            throw new IllegalArgumentException("ROI JSON: the top level must be an object with \"format\": \"" + FORMAT + "\"");
        }
        Fields f = new Fields(top, "ROI JSON");
        Object format = top.get("format");
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException("ROI JSON: \"format\" is " + describe(format) + ", not \"" + FORMAT + "\"");
        }
        long version = f.integer("version", Long.MIN_VALUE, Long.MAX_VALUE);
        if (version > VERSION) {
            throw new IllegalArgumentException("ROI JSON: version " + version + " is newer than this Fluorite reads (up to "
                    + VERSION + "); update Fluorite to read it");
        }
        if (version < 1) {
            throw new IllegalArgumentException("ROI JSON: version " + version + " does not exist (versions start at 1)");
        }
        String name = f.optionalString("name", "");
        Object w = top.get("imageWidth");
        Object h = top.get("imageHeight");
        if ((w == null) != (h == null)) {
            throw new IllegalArgumentException("ROI JSON: \"imageWidth\" and \"imageHeight\" must both be given or both null");
        }
        List<?> list = f.list("rois");
        if (list.size() > MAX_ROIS) {
            throw new IllegalArgumentException("ROI JSON: " + list.size() + " ROIs, more than the " + MAX_ROIS + " allowed");
        }
        List<Roi> rois = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            rois.add(fromMap(list.get(i), "ROI " + i, 0));
        }
        RoiSet set = new RoiSet(name, rois).withMetadata(metadata(top.get("metadata")))
                .withProvenance(provenance(top.get("provenance")));
        if (w != null) {
            set = set.withImageSize((int) f.integer("imageWidth", 0, Integer.MAX_VALUE),
                    (int) f.integer("imageHeight", 0, Integer.MAX_VALUE));
        }
        return set;
    }

    /** One ROI as the JSON object described above (maps keep the documented field order). */
    public static Map<String, Object> toMap(Roi roi) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", jsonType(roi));
        RoiProperties p = roi.properties();
        m.put("name", p.name());
        m.put("colour", colour(p.colour()));
        m.put("strokeWidth", finite("strokeWidth", p.strokeWidth()));
        m.put("tags", new LinkedHashMap<>(p.tags()));
        m.put("attributes", new LinkedHashMap<>(p.attributes()));
        Map<String, Object> position = new LinkedHashMap<>();
        position.put("channel", p.channel());
        position.put("slice", p.slice());
        position.put("frame", p.frame());
        m.put("position", position);
        switch (roi) {
            case VertexRoi v -> {
                m.put("x", finite("x", v.xs()));
                m.put("y", finite("y", v.ys()));
            }
            case RectangleRoi r -> {
                m.put("left", finite("left", r.left()));
                m.put("top", finite("top", r.top()));
                m.put("width", finite("width", r.width()));
                m.put("height", finite("height", r.height()));
                m.put("arcSize", finite("arcSize", r.arcSize()));
            }
            case RotatedRectangleRoi r -> {
                m.put("x1", finite("x1", r.x1()));
                m.put("y1", finite("y1", r.y1()));
                m.put("x2", finite("x2", r.x2()));
                m.put("y2", finite("y2", r.y2()));
                m.put("rectangleWidth", finite("rectangleWidth", r.rectangleWidth()));
            }
            case EllipseRoi e -> {
                m.put("centreX", finite("centreX", e.centreX()));
                m.put("centreY", finite("centreY", e.centreY()));
                m.put("radiusX", finite("radiusX", e.radiusX()));
                m.put("radiusY", finite("radiusY", e.radiusY()));
                m.put("angle", finite("angle", e.angle()));
            }
            case MaskRoi k -> {
                m.put("x", ints(k.xs()));
                m.put("y", ints(k.ys()));
                m.put("weights", weights(k.weights()));
            }
            case CompositeRoi c -> {
                List<Object> parts = new ArrayList<>();
                for (int i = 0; i < c.parts().size(); i++) {
                    try {
                        parts.add(toMap(c.parts().get(i)));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("part " + i + ": " + e.getMessage(), e);
                    }
                }
                m.put("parts", parts);
            }
        }
        return m;
    }

    /**
     * One ROI from its JSON object (as parsed by {@link Json#parse} or built by hand).
     *
     * @throws IllegalArgumentException naming the problem
     */
    public static Roi fromMap(Map<?, ?> map) {
        return fromMap(map, "ROI", 0);
    }

    /** The word written in "type": the vertex shape, or one word per ROI record. */
    private static String jsonType(Roi roi) {
        return switch (roi) {
            case VertexRoi v -> v.shape().name().toLowerCase(Locale.ROOT);
            case EllipseRoi e -> "ellipse";
            default -> roi.type();
        };
    }

    private static Roi fromMap(Object value, String where, int depth) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(where + ": must be an object, not " + describe(value));
        }
        Fields f = new Fields(map, where);
        Object typeValue = map.get("type");
        if (!(typeValue instanceof String type)) {
            throw new IllegalArgumentException(where + ": \"type\" must be a string, not " + describe(typeValue));
        }
        RoiProperties p = properties(f);
        return switch (type) {
            case "rectangle" -> new RectangleRoi(p, f.real("left"), f.real("top"), f.nonNegative("width"),
                    f.nonNegative("height"), f.nonNegative("arcSize"));
            case "rotated-rectangle" -> new RotatedRectangleRoi(p, f.real("x1"), f.real("y1"), f.real("x2"), f.real("y2"),
                    f.nonNegative("rectangleWidth"));
            case "ellipse" -> new EllipseRoi(p, f.real("centreX"), f.real("centreY"), f.nonNegative("radiusX"),
                    f.nonNegative("radiusY"), f.real("angle"));
            case "mask" -> mask(f, p);
            case "composite" -> composite(f, p, where, depth);
            default -> vertices(f, p, type);
        };
    }

    private static Roi vertices(Fields f, RoiProperties p, String type) {
        VertexRoi.Shape shape = null;
        for (VertexRoi.Shape s : VertexRoi.Shape.values()) {
            if (s.name().toLowerCase(Locale.ROOT).equals(type)) {
                shape = s;
            }
        }
        if (shape == null) {
            throw new IllegalArgumentException(f.where + ": unknown type \"" + type + "\" (known: polygon, freehand, traced, "
                    + "line, polyline, freeline, angle, point, rectangle, rotated-rectangle, ellipse, mask, composite)");
        }
        List<?> xs = f.points("x");
        List<?> ys = f.points("y");
        f.sameLength("x", xs, "y", ys);
        return new VertexRoi(p, shape, f.reals("x", xs), f.reals("y", ys));
    }

    private static Roi mask(Fields f, RoiProperties p) {
        List<?> xs = f.points("x");
        List<?> ys = f.points("y");
        List<?> ws = f.points("weights");
        f.sameLength("x", xs, "y", ys);
        f.sameLength("x", xs, "weights", ws);
        int[] x = new int[xs.size()];
        int[] y = new int[ys.size()];
        float[] w = new float[ws.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = (int) f.integerAt("x", i, xs.get(i), Integer.MIN_VALUE, Integer.MAX_VALUE);
            y[i] = (int) f.integerAt("y", i, ys.get(i), Integer.MIN_VALUE, Integer.MAX_VALUE);
            double v = f.realAt("weights", i, ws.get(i));
            w[i] = (float) v;
            if (Float.isInfinite(w[i])) {
                throw new IllegalArgumentException(f.where + ": \"weights\"[" + i + "] = " + v + " is beyond the float range");
            }
        }
        return new MaskRoi(p, x, y, w);
    }

    private static Roi composite(Fields f, RoiProperties p, String where, int depth) {
        if (depth >= MAX_DEPTH) {
            throw new IllegalArgumentException(where + ": composites nested deeper than " + MAX_DEPTH);
        }
        List<?> list = f.points("parts");
        List<Roi> parts = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            parts.add(fromMap(list.get(i), where + ", part " + i, depth + 1));
        }
        return new CompositeRoi(p, parts);
    }

    private static RoiProperties properties(Fields f) {
        String name = f.optionalString("name", "");
        int colour = -1;
        Object c = f.map.get("colour");
        if (c != null) {
            if (!(c instanceof String s) || !s.matches("#[0-9A-Fa-f]{6}")) {
                throw new IllegalArgumentException(f.where + ": \"colour\" must be \"#RRGGBB\" or null, not " + describe(c));
            }
            colour = Integer.parseInt(s.substring(1), 16);
        }
        double strokeWidth = f.map.get("strokeWidth") != null ? f.nonNegative("strokeWidth") : 0;
        Map<String, String> tags = new LinkedHashMap<>();
        f.optionalMap("tags").forEach((k, v) -> {
            if (!(v instanceof String s)) {
                throw new IllegalArgumentException(f.where + ": tag \"" + k + "\" must be a string, not " + describe(v));
            }
            tags.put(String.valueOf(k), s);
        });
        Map<String, Object> attributes = new LinkedHashMap<>();
        f.optionalMap("attributes").forEach((k, v) -> attributes.put(String.valueOf(k), v));
        int channel = 0;
        int slice = 0;
        int frame = 0;
        if (f.map.get("position") != null) {
            Fields pos = new Fields(f.optionalMap("position"), f.where + ", position");
            channel = pos.map.containsKey("channel") ? (int) pos.integer("channel", 0, Integer.MAX_VALUE) : 0;
            slice = pos.map.containsKey("slice") ? (int) pos.integer("slice", 0, Integer.MAX_VALUE) : 0;
            frame = pos.map.containsKey("frame") ? (int) pos.integer("frame", 0, Integer.MAX_VALUE) : 0;
        }
        return new RoiProperties(name, colour, strokeWidth, tags, channel, slice, frame, attributes);
    }

    private static Metadata metadata(Object value) {
        if (value == null) {
            return Metadata.EMPTY;
        }
        if (!(value instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("ROI JSON: \"metadata\" must be an object, not " + describe(value));
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        m.forEach((k, v) -> copy.put(String.valueOf(k), v));
        return Metadata.of(copy);
    }

    private static Provenance provenance(Object value) {
        if (value == null) {
            return Provenance.EMPTY;
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("ROI JSON: \"provenance\" must be a list, not " + describe(value));
        }
        List<Operation> ops = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String where = "ROI JSON: provenance entry " + i;
            if (!(list.get(i) instanceof Map<?, ?> m)) {
                throw new IllegalArgumentException(where + " must be an object, not " + describe(list.get(i)));
            }
            Fields f = new Fields(m, where);
            if (!(m.get("operation") instanceof String name)) {
                throw new IllegalArgumentException(where + ": \"operation\" must be a string, not "
                        + describe(m.get("operation")));
            }
            Map<String, Object> params = new LinkedHashMap<>();
            f.optionalMap("parameters").forEach((k, v) -> params.put(String.valueOf(k), v));
            Instant time = null;
            String timeText = f.optionalString("time", null);
            if (timeText != null) {
                try {
                    time = Instant.parse(timeText);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(where + ": \"time\" \"" + timeText + "\" is not an ISO-8601 instant", e);
                }
            }
            ops.add(new Operation(name, params, time, f.optionalString("tool", "")));
        }
        return Provenance.of(ops);
    }

    private static String colour(int rgb) {
        if (rgb == -1) {
            return null;
        }
        if (rgb < 0 || rgb > 0xFFFFFF) {
            throw new IllegalArgumentException("colour 0x" + Integer.toHexString(rgb) + " is not 0xRRGGBB or -1");
        }
        return String.format(Locale.ROOT, "#%06X", rgb);
    }

    private static double finite(String field, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("\"" + field + "\" is " + v + ", which JSON cannot hold");
        }
        return v;
    }

    private static List<Object> finite(String field, double[] values) {
        List<Object> out = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            out.add(finite(field + "[" + i + "]", values[i]));
        }
        return out;
    }

    private static List<Object> ints(int[] values) {
        List<Object> out = new ArrayList<>(values.length);
        for (int v : values) {
            out.add(v);
        }
        return out;
    }

    /** Weights as the shortest decimal that reads back as the same float (0.1, not 0.10000000149011612). */
    private static List<Object> weights(float[] values) {
        List<Object> out = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            float w = values[i];
            if (!Float.isFinite(w)) {
                throw new IllegalArgumentException("\"weights\"[" + i + "] is " + w + ", which JSON cannot hold");
            }
            double shortest = Double.parseDouble(Float.toString(w));
            out.add((float) shortest == w ? shortest : (double) w);
        }
        return out;
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return "\"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        return value instanceof Map ? "an object" : value instanceof List ? "a list" : value.getClass().getSimpleName();
    }

    /** Typed access to the fields of one JSON object, with errors that say where. */
    private record Fields(Map<?, ?> map, String where) {

        double real(String key) {
            if (!map.containsKey(key)) {
                throw new IllegalArgumentException(where + ": \"" + key + "\" is missing");
            }
            return realAt(key, -1, map.get(key));
        }

        double nonNegative(String key) {
            double v = real(key);
            if (v < 0) {
                throw new IllegalArgumentException(where + ": \"" + key + "\" is " + v + ", it must not be negative");
            }
            return v;
        }

        double realAt(String key, int index, Object value) {
            String name = "\"" + key + "\"" + (index >= 0 ? "[" + index + "]" : "");
            if (!(value instanceof Number n)) {
                throw new IllegalArgumentException(where + ": " + name + " must be a number, not " + describe(value));
            }
            double v = n.doubleValue();
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(where + ": " + name + " is " + v + ", not a finite number");
            }
            return v;
        }

        long integer(String key, long min, long max) {
            if (!map.containsKey(key)) {
                throw new IllegalArgumentException(where + ": \"" + key + "\" is missing");
            }
            return integerAt(key, -1, map.get(key), min, max);
        }

        long integerAt(String key, int index, Object value, long min, long max) {
            String name = "\"" + key + "\"" + (index >= 0 ? "[" + index + "]" : "");
            double d = realAt(key, index, value);
            long v = value instanceof Long l ? l : value instanceof Integer i ? i : (long) d;
            if (v != d || v < min || v > max) {
                throw new IllegalArgumentException(where + ": " + name + " is " + value + ", not a whole number from " + min
                        + " to " + max);
            }
            return v;
        }

        double[] reals(String key, List<?> values) {
            double[] out = new double[values.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = realAt(key, i, values.get(i));
            }
            return out;
        }

        List<?> list(String key) {
            Object v = map.get(key);
            if (!(v instanceof List<?> l)) {
                throw new IllegalArgumentException(where + ": \"" + key + "\" must be a list, not "
                        + (map.containsKey(key) ? describe(v) : "missing"));
            }
            return l;
        }

        /** A list of at most {@value RoiJson#MAX_POINTS} entries. */
        List<?> points(String key) {
            List<?> l = list(key);
            if (l.size() > MAX_POINTS) {
                throw new IllegalArgumentException(where + ": \"" + key + "\" has " + l.size() + " entries, more than the "
                        + MAX_POINTS + " allowed");
            }
            return l;
        }

        void sameLength(String keyA, List<?> a, String keyB, List<?> b) {
            if (a.size() != b.size()) {
                throw new IllegalArgumentException(where + ": \"" + keyA + "\" and \"" + keyB + "\" differ in length ("
                        + a.size() + " vs " + b.size() + ")");
            }
        }

        String optionalString(String key, String fallback) {
            Object v = map.get(key);
            if (v == null) {
                return fallback;
            }
            if (!(v instanceof String s)) {
                throw new IllegalArgumentException(where + ": \"" + key + "\" must be a string, not " + describe(v));
            }
            return s;
        }

        Map<?, ?> optionalMap(String key) {
            Object v = map.get(key);
            if (v == null) {
                return Map.of();
            }
            if (!(v instanceof Map<?, ?> m)) {
                throw new IllegalArgumentException(where + ": \"" + key + "\" must be an object, not " + describe(v));
            }
            return m;
        }
    }
}
