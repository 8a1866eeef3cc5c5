package org.fluorite.kymo.ui;

import org.eclipse.swt.graphics.Rectangle;

/**
 * The data rectangle inside a canvas and the mapping of time (seconds since the kymograph's first
 * line; the axes add the first line's time since the time origin to their labels) to x, shared by the kymograph and the force plot under it so both align in time.
 */
public final class PlotFrame {

    /** Margins in pixels: left (room for position labels), right, top, bottom (time labels). */
    public static final int LEFT = 64;
    public static final int RIGHT = 12;
    public static final int TOP = 20;
    public static final int BOTTOM = 34;

    private PlotFrame() {
    }

    /** The data rectangle of a canvas of the given client area. */
    public static Rectangle inner(Rectangle client) {
        return new Rectangle(client.x + LEFT, client.y + TOP, Math.max(1, client.width - LEFT - RIGHT),
                Math.max(1, client.height - TOP - BOTTOM));
    }

    /** x of {@code seconds} when {@code durationSeconds} spans the data rectangle. */
    public static int x(Rectangle inner, double seconds, double durationSeconds) {
        return inner.x + (int) Math.round(seconds / durationSeconds * inner.width);
    }

    /** Seconds at screen x. */
    public static double seconds(Rectangle inner, int x, double durationSeconds) {
        return (x - inner.x) / (double) inner.width * durationSeconds;
    }
}
