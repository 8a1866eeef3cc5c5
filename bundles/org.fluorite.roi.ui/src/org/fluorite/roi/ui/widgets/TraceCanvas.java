package org.fluorite.roi.ui.widgets;

import java.util.List;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.fluorite.core.display.TimeBand;
import org.fluorite.viewer.ui.TimeBandPainter;

/**
 * The live curve of the selected ROI: mean intensity (vertical, raw pixel values) over frames
 * (horizontal, from the first to the last frame), in the ROI's colour, with the shown frame
 * marked and stimulus {@link TimeBand}s as coloured bands under the curve. A click moves the
 * movie to the frame under the mouse.
 */
public final class TraceCanvas extends Canvas {

    /** Height in pixels of the band strip under the curve. */
    static final int BAND_HEIGHT = 8;
    private static final int MARGIN = 6;

    private double[] values = new double[0];
    private int rgb = 0xFFFFFF;
    private String title = "";
    private int currentFrame = -1;
    private List<TimeBand> bands = List.of();
    private IntConsumer frameClicked = f -> { };

    public TraceCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        addListener(SWT.Paint, e -> paint(e.gc));
        addListener(SWT.Resize, e -> redraw());
        addListener(SWT.MouseDown, e -> {
            int f = frameAt(e.x);
            if (e.button == 1 && f >= 0) {
                frameClicked.accept(f);
            }
        });
    }

    /** Shows {@code trace} (one value per frame) in colour {@code colour} (0xRRGGBB), titled {@code name}. */
    public void setTrace(double[] trace, int colour, String name) {
        values = trace == null ? new double[0] : trace.clone();
        rgb = colour;
        title = name == null ? "" : name;
        redraw();
    }

    /** The values shown, one per frame; empty when there is no curve. */
    public double[] trace() {
        return values.clone();
    }

    public String title() {
        return title;
    }

    public void setCurrentFrame(int frame) {
        if (frame != currentFrame) {
            currentFrame = frame;
            redraw();
        }
    }

    public void setTimeBands(List<TimeBand> newBands) {
        bands = newBands == null ? List.of() : List.copyOf(newBands);
        redraw();
    }

    public List<TimeBand> timeBands() {
        return bands;
    }

    public void setFrameClicked(IntConsumer listener) {
        frameClicked = listener;
    }

    /** The area the curve spans: frame 0 at its left edge, the last frame at its right edge. */
    Rectangle plotArea() {
        Rectangle r = getClientArea();
        int textHeight = 14;
        return new Rectangle(r.x + MARGIN, r.y + MARGIN + textHeight, Math.max(1, r.width - 2 * MARGIN),
                Math.max(1, r.height - 2 * MARGIN - textHeight - BAND_HEIGHT - 2));
    }

    /** The frame under canvas x, or -1 without a curve. */
    int frameAt(int x) {
        if (values.length == 0) {
            return -1;
        }
        Rectangle a = plotArea();
        double f = values.length == 1 ? 0 : (x - a.x) / (double) a.width * (values.length - 1);
        return (int) Math.max(0, Math.min(values.length - 1, Math.round(f)));
    }

    /** Canvas x of frame {@code frame}. */
    int xOf(double frame) {
        Rectangle a = plotArea();
        return values.length <= 1 ? a.x : a.x + (int) Math.round(frame / (values.length - 1) * a.width);
    }

    private void paint(GC gc) {
        Rectangle r = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.fillRectangle(r);
        Rectangle a = plotArea();
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_GRAY));
        if (values.length == 0) {
            gc.drawText("No ROI selected", r.x + MARGIN, r.y + MARGIN, true);
            return;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        Rectangle bandArea = new Rectangle(a.x, a.y + a.height + 2, a.width, BAND_HEIGHT);
        // same frame-to-x mapping as the curve
        TimeBandPainter.paint(gc, bands, bandArea, 0, Math.max(1, values.length - 1));
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_GRAY));
        gc.drawText(title + (min <= max ? String.format("   min %.4g  max %.4g", min, max) : "   no pixels inside the image"),
                r.x + MARGIN, r.y + 2, true);
        if (currentFrame >= 0 && currentFrame < values.length) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            int x = xOf(currentFrame);
            gc.drawLine(x, a.y, x, a.y + a.height);
        }
        if (!(min <= max)) {
            return;
        }
        double span = max > min ? max - min : 1;
        Color c = new Color(getDisplay(), new RGB(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF));
        try {
            gc.setForeground(c);
            gc.setLineWidth(2);
            gc.setAntialias(SWT.ON);
            int prevX = -1;
            int prevY = -1;
            for (int t = 0; t < values.length; t++) {
                if (!Double.isFinite(values[t])) {
                    prevX = -1;
                    continue;
                }
                int x = xOf(t);
                int y = a.y + a.height - (int) Math.round((values[t] - min) / span * a.height);
                if (prevX >= 0) {
                    gc.drawLine(prevX, prevY, x, y);
                } else if (values.length == 1) {
                    gc.drawLine(x, y, a.x + a.width, y);
                }
                prevX = x;
                prevY = y;
            }
        } finally {
            c.dispose();
        }
    }
}
