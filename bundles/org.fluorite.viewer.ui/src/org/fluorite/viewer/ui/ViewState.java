package org.fluorite.viewer.ui;

import java.util.EnumMap;
import java.util.Map;

import org.fluorite.core.display.Contrast;
import org.fluorite.core.display.LookupTable;
import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;

/**
 * What the viewer shows of one image: the position along each plane axis, the channel mode, and
 * the display range and lookup table of every channel. Mutable; owned by the UI thread.
 */
final class ViewState {

    final Image image;
    /** Identifies this image in the loader's caches. */
    final int generation;
    final EnumMap<Axis, Long> position = new EnumMap<>(Axis.class);
    /** Per channel; null until auto contrast has been computed from a plane. */
    final Contrast[] contrasts;
    final LookupTable[] luts;
    ChannelMode mode;
    int active;

    private ViewState(Image image, int generation, LookupTable[] luts) {
        this.image = image;
        this.generation = generation;
        int n = (int) image.length(Axis.C);
        this.contrasts = new Contrast[n];
        this.luts = luts;
    }

    /**
     * The starting state for {@code image}: first plane, auto contrast, composite when there are
     * several channels. When {@code from} is given (the image a projection came from), the
     * position along shared axes, the channel mode and the active channel are carried over.
     */
    static ViewState initial(Image image, int generation, ViewState from, LookupTable[] luts) {
        ViewState s = new ViewState(image, generation, luts);
        for (Axis a : image.planeAxes()) {
            long i = from == null ? 0 : Math.min(from.index(a), image.length(a) - 1);
            s.position.put(a, i);
        }
        int n = s.channels();
        s.mode = n < 2 ? ChannelMode.SINGLE : from != null ? from.mode : ChannelMode.COMPOSITE;
        s.active = from != null && from.active < n ? from.active : 0;
        return s;
    }

    int channels() {
        return contrasts.length;
    }

    long index(Axis axis) {
        if (axis == Axis.C) {
            return active;
        }
        return position.getOrDefault(axis, 0L);
    }

    /** T if it has more than one sample, else Z if it has, else null. */
    Axis frameAxis() {
        if (image.length(Axis.T) > 1) {
            return Axis.T;
        }
        return image.length(Axis.Z) > 1 ? Axis.Z : null;
    }

    /** The position with C set to the active channel (when the image has C). */
    Map<Axis, Long> positionWithChannel() {
        EnumMap<Axis, Long> p = new EnumMap<>(position);
        if (image.has(Axis.C)) {
            p.put(Axis.C, (long) active);
        }
        return p;
    }
}
