package org.fluorite.roi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What every ROI carries beside its shape: a name, a display colour, tags keyed by the project's
 * ROI type columns ("untagged" when absent), and the channel, slice and frame it belongs to
 * (1-based as ImageJ counts them; 0 means all).
 *
 * @param colour      0xRRGGBB, or -1 for the viewer's default colour
 * @param strokeWidth line width in pixels for drawing (0 = thinnest)
 */
public record RoiProperties(String name, int colour, double strokeWidth, Map<String, String> tags, int channel, int slice,
        int frame) {

    /** The tag value of a ROI type column that was never set. */
    public static final String UNTAGGED = "untagged";

    public RoiProperties {
        name = name == null ? "" : name;
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags == null ? Map.of() : tags));
    }

    public static RoiProperties named(String name) {
        return new RoiProperties(name, -1, 0, Map.of(), 0, 0, 0);
    }

    /** The tag of a ROI type column, {@value #UNTAGGED} when not set. */
    public String tag(String column) {
        return tags.getOrDefault(column, UNTAGGED);
    }

    public RoiProperties withName(String newName) {
        return new RoiProperties(newName, colour, strokeWidth, tags, channel, slice, frame);
    }

    public RoiProperties withColour(int newColour) {
        return new RoiProperties(name, newColour, strokeWidth, tags, channel, slice, frame);
    }

    public RoiProperties withTag(String column, String value) {
        Map<String, String> copy = new LinkedHashMap<>(tags);
        copy.put(Objects.requireNonNull(column), Objects.requireNonNull(value));
        return new RoiProperties(name, colour, strokeWidth, copy, channel, slice, frame);
    }

    public RoiProperties withPosition(int newChannel, int newSlice, int newFrame) {
        return new RoiProperties(name, colour, strokeWidth, tags, newChannel, newSlice, newFrame);
    }
}
