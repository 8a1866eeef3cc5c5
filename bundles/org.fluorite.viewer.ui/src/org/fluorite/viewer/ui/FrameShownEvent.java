package org.fluorite.viewer.ui;

import java.util.Map;

import org.fluorite.core.image.Axis;

/**
 * What the viewer has just drawn.
 *
 * @param sequence   number of the request that produced it (increases with each request)
 * @param position   index along each plane axis of the shown image (C is the active channel)
 * @param mode       single channel or composite
 * @param projection true when the shown image is a projection result, not the image given to
 *                   {@link ImageViewer#setImage}
 */
public record FrameShownEvent(long sequence, Map<Axis, Long> position, ChannelMode mode, boolean projection) {

    public FrameShownEvent {
        position = Map.copyOf(position);
    }

    /** Index along {@code axis}, 0 when the image has no such axis. */
    public long index(Axis axis) {
        return position.getOrDefault(axis, 0L);
    }
}
