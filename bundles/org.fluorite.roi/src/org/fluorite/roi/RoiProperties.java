package org.fluorite.roi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.fluorite.core.json.Json;

/**
 * What every ROI carries beside its shape: a name, a display colour, tags keyed by the project's
 * ROI type columns ("untagged" when absent), and the channel, slice and frame it belongs to
 * (1-based as ImageJ counts them; 0 means all), and format-specific attributes a file stored with
 * the ROI (JSON-compatible values, e.g. ImageJ's fill colour or the counter of each point) so
 * that a ROI read from a file can be written back without loss.
 *
 * @param colour      0xRRGGBB, or -1 for the viewer's default colour
 * @param strokeWidth line width in pixels for drawing (0 = thinnest)
 * @param attributes  further values the source file stored with the ROI, keyed by name
 */
public record RoiProperties(String name, int colour, double strokeWidth, Map<String, String> tags, int channel, int slice,
        int frame, Map<String, Object> attributes) {

    /** The tag value of a ROI type column that was never set. */
    public static final String UNTAGGED = "untagged";

    public RoiProperties {
        name = name == null ? "" : name;
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags == null ? Map.of() : tags));
        LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
        if (attributes != null) {
            attributes.forEach((k, v) -> copy.put(Objects.requireNonNull(k), canonical(Json.checkValue(v))));
        }
        attributes = Collections.unmodifiableMap(copy);
    }

    /**
     * Whole numbers as Long and other numbers as Double, in lists and maps too, so that a ROI read
     * from a file equals the same ROI read back from JSON or a project (which cannot tell an int
     * from a long).
     */
    private static Object canonical(Object v) {
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof java.util.List<?> list) {
            return list.stream().map(RoiProperties::canonical).toList();
        }
        if (v instanceof Map<?, ?> map) {
            LinkedHashMap<String, Object> m = new LinkedHashMap<>();
            map.forEach((k, x) -> m.put(String.valueOf(k), canonical(x)));
            return Collections.unmodifiableMap(m);
        }
        return v;
    }

    /** Properties without format-specific attributes. */
    public RoiProperties(String name, int colour, double strokeWidth, Map<String, String> tags, int channel, int slice,
            int frame) {
        this(name, colour, strokeWidth, tags, channel, slice, frame, Map.of());
    }

    public static RoiProperties named(String name) {
        return new RoiProperties(name, -1, 0, Map.of(), 0, 0, 0);
    }

    /** The tag of a ROI type column, {@value #UNTAGGED} when not set. */
    public String tag(String column) {
        return tags.getOrDefault(column, UNTAGGED);
    }

    public RoiProperties withName(String newName) {
        return new RoiProperties(newName, colour, strokeWidth, tags, channel, slice, frame, attributes);
    }

    public RoiProperties withColour(int newColour) {
        return new RoiProperties(name, newColour, strokeWidth, tags, channel, slice, frame, attributes);
    }

    public RoiProperties withTag(String column, String value) {
        Map<String, String> copy = new LinkedHashMap<>(tags);
        copy.put(Objects.requireNonNull(column), Objects.requireNonNull(value));
        return new RoiProperties(name, colour, strokeWidth, copy, channel, slice, frame, attributes);
    }

    public RoiProperties withPosition(int newChannel, int newSlice, int newFrame) {
        return new RoiProperties(name, colour, strokeWidth, tags, newChannel, newSlice, newFrame, attributes);
    }

    public RoiProperties withStrokeWidth(double newStrokeWidth) {
        return new RoiProperties(name, colour, newStrokeWidth, tags, channel, slice, frame, attributes);
    }

    /** A copy with the attribute {@code key} set to a JSON-compatible value (null removes it). */
    public RoiProperties withAttribute(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(attributes);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(Objects.requireNonNull(key), value);
        }
        return new RoiProperties(name, colour, strokeWidth, tags, channel, slice, frame, copy);
    }
}
