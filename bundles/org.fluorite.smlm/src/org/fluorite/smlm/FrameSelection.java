package org.fluorite.smlm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;

/**
 * Which planes of an image are the frames to localize: one channel (and one focal plane) over
 * time. Indices here are 0-based; users see them counted from 1, as the viewer shows them.
 *
 * <ul>
 * <li>An image with a T axis: the frames are its T axis at the chosen channel (when it has a C
 * axis) and the chosen Z plane (when it has a Z axis).</li>
 * <li>An image without T but with one plane axis only (a Z stack, as a TIFF without metadata is
 * often read, or a C stack): those planes are the frames; channel and Z must then be the first.</li>
 * <li>An image without T with both C and Z: the chosen channel's Z planes are the frames.</li>
 * </ul>
 *
 * @param channel 0-based channel index (0 for images without a C axis)
 * @param z       0-based Z index (0 for images without a Z axis, or whose Z axis is the frame axis)
 */
public record FrameSelection(long channel, long z) {

    /** The first channel and first Z plane: what a stack without those axes needs. */
    public static final FrameSelection FIRST = new FrameSelection(0, 0);

    /**
     * The axis whose planes are the frames: T; else Z (a stack read without time metadata); else
     * another plane axis that is not C; null when each channel is a single plane (a CYX image is
     * one frame in several colours, never a time series of its channels).
     */
    public static Axis frameAxis(Image image) {
        List<Axis> axes = image.planeAxes();
        if (axes.contains(Axis.T)) {
            return Axis.T;
        }
        if (axes.contains(Axis.Z)) {
            return Axis.Z;
        }
        for (int i = axes.size() - 1; i >= 0; i--) {
            if (axes.get(i) != Axis.C) {
                return axes.get(i);
            }
        }
        return null;
    }

    /** Whether the channel is chosen (the image has a C axis that is not its frame axis). */
    public static boolean choosesChannel(Image image) {
        return image.has(Axis.C) && frameAxis(image) != Axis.C;
    }

    /** Whether the Z plane is chosen (the image has a Z axis that is not its frame axis). */
    public static boolean choosesZ(Image image) {
        return image.has(Axis.Z) && frameAxis(image) != Axis.Z;
    }

    /**
     * The view of {@code image} whose planes are the frames (no pixels are read).
     *
     * @throws IllegalArgumentException naming the image when the channel or Z plane is outside it,
     *                                  or one is chosen that the image does not have
     */
    public Image frames(Image image) {
        Image view = image;
        view = select(view, image, Axis.C, channel, choosesChannel(image), "channel");
        view = select(view, image, Axis.Z, z, choosesZ(image), "Z plane");
        for (Axis a : view.planeAxes()) {
            if (a != frameAxis(image)) {
                // an axis other than T, C or Z cannot occur; keep its first plane rather than mix them
                view = view.at(a, 0);
            }
        }
        return view;
    }

    private static Image select(Image view, Image image, Axis axis, long index, boolean chosen, String what) {
        if (chosen) {
            if (index < 0 || index >= image.length(axis)) {
                throw new IllegalArgumentException(what + " " + (index + 1) + " is outside '" + image.name() + "', which has "
                        + image.length(axis) + " (" + what + "s 1 to " + image.length(axis) + ")");
            }
            return view.at(axis, index);
        }
        if (index != 0) {
            String why = image.has(axis)
                    ? "its " + image.length(axis) + " " + axis.code() + " planes are the frames (it has no T axis)"
                    : "it has no " + axis.code() + " axis";
            throw new IllegalArgumentException(what + " " + (index + 1) + " is outside '" + image.name() + "': " + why);
        }
        return view;
    }

    /**
     * The selection in words for status lines, counted from 1: "channel 2", "channel 2, Z 3", "Z 3",
     * or "" when the image has neither axis to choose from.
     */
    public String label(Image image) {
        StringBuilder b = new StringBuilder();
        if (choosesChannel(image)) {
            b.append("channel ").append(channel + 1);
        }
        if (choosesZ(image)) {
            b.append(b.isEmpty() ? "" : ", ").append("Z ").append(z + 1);
        }
        return b.toString();
    }

    /**
     * What was localized, JSON-compatible: {@code channel} and {@code z} counted from 1 (present
     * when chosen), {@code channels}, and {@code frameAxis} (the axis letter, "" for one plane).
     */
    public Map<String, Object> toMetadata(Image image) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("channel", channel + 1);
        m.put("channels", choosesChannel(image) ? image.length(Axis.C) : 1L);
        if (choosesZ(image)) {
            m.put("z", z + 1);
        }
        Axis f = frameAxis(image);
        m.put("frameAxis", f == null ? "" : String.valueOf(f.code()));
        return m;
    }
}
