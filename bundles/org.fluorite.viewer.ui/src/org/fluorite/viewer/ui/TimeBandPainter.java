package org.fluorite.viewer.ui;

import java.util.List;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.fluorite.core.display.TimeBand;

/**
 * Draws {@link TimeBand}s (e.g. stimulus periods) as coloured bands along a time axis: on the
 * viewer's time slider and under trace plots, so both show the same colours at the same frames.
 */
public final class TimeBandPainter {

    private TimeBandPainter() {
    }

    /**
     * Fills one rectangle per band inside {@code area}, mapping frame {@code firstFrame} to the
     * area's left edge and {@code lastFrame} to its right edge (frames may be fractional).
     */
    public static void paint(GC gc, List<TimeBand> bands, Rectangle area, double firstFrame, double lastFrame) {
        if (bands == null || bands.isEmpty() || area.width <= 0 || !(lastFrame > firstFrame)) {
            return;
        }
        for (TimeBand b : bands) {
            int x0 = xOf(b.startFrame(), area, firstFrame, lastFrame);
            int x1 = xOf(b.endFrame(), area, firstFrame, lastFrame);
            x0 = Math.max(area.x, x0);
            x1 = Math.min(area.x + area.width, Math.max(x1, x0 + 1));
            if (x1 <= x0) {
                continue;
            }
            Color c = new Color(gc.getDevice(), rgb(b.rgb()));
            try {
                gc.setBackground(c);
                gc.fillRectangle(x0, area.y, x1 - x0, area.height);
            } finally {
                c.dispose();
            }
        }
    }

    /** Screen x of {@code frame} in {@code area}. */
    public static int xOf(double frame, Rectangle area, double firstFrame, double lastFrame) {
        return area.x + (int) Math.round((frame - firstFrame) / (lastFrame - firstFrame) * area.width);
    }

    /** The band under {@code frame}, or null; the last one drawn wins where bands overlap. */
    public static TimeBand bandAt(List<TimeBand> bands, double frame) {
        TimeBand hit = null;
        for (TimeBand b : bands) {
            if (frame >= b.startFrame() && frame < b.endFrame()) {
                hit = b;
            }
        }
        return hit;
    }

    static RGB rgb(int rgb) {
        return new RGB(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }
}
