package org.fluorite.viewer.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.fluorite.core.display.Contrast;
import org.fluorite.core.display.Histogram;
import org.fluorite.core.display.LookupTable;

/**
 * A small histogram of the current plane (log-scaled counts, over the plane's own value range)
 * with the display range drawn as two vertical lines joined by a ramp, and the lookup table as a
 * colour strip underneath.
 */
final class HistogramCanvas extends Canvas {

    private static final int STRIP = 6;

    private Histogram histogram;
    private Contrast range;
    private LookupTable lut = LookupTable.GREY;
    private Image strip;

    HistogramCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        addListener(SWT.Paint, e -> paint(e.gc));
        addListener(SWT.Dispose, e -> disposeStrip());
    }

    private void disposeStrip() {
        if (strip != null) {
            strip.dispose();
            strip = null;
        }
    }

    void setHistogram(Histogram histogram) {
        this.histogram = histogram;
        redraw();
    }

    Histogram getHistogram() {
        return histogram;
    }

    void setRange(Contrast range) {
        this.range = range;
        redraw();
    }

    void setLut(LookupTable lut) {
        if (!lut.equals(this.lut)) {
            this.lut = lut;
            disposeStrip();
        }
        redraw();
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        return new Point(wHint == SWT.DEFAULT ? 200 : wHint, hHint == SWT.DEFAULT ? 70 : hHint);
    }

    private void paint(GC gc) {
        Rectangle r = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(r);
        int plotHeight = r.height - STRIP - 1;
        if (r.width < 4 || plotHeight < 4) {
            return;
        }
        // lookup table strip: a 256x1 picture stretched to the width
        if (strip == null) {
            ImageData d = new ImageData(LookupTable.SIZE, 1, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
            d.setPixels(0, 0, LookupTable.SIZE, lut.toArray(), 0);
            strip = new Image(getDisplay(), d);
        }
        gc.setInterpolation(SWT.NONE);
        gc.drawImage(strip, 0, 0, LookupTable.SIZE, 1, 0, r.height - STRIP, r.width, STRIP);
        if (histogram == null || histogram.bins() == 0) {
            return;
        }
        long max = histogram.maxCount();
        double logMax = Math.log1p(max);
        int bins = histogram.bins();
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        for (int x = 0; x < r.width; x++) {
            int b0 = (int) ((long) x * bins / r.width);
            int b1 = Math.max(b0 + 1, (int) ((long) (x + 1) * bins / r.width));
            long c = 0;
            for (int b = b0; b < b1 && b < bins; b++) {
                c = Math.max(c, histogram.count(b));
            }
            if (c > 0 && logMax > 0) {
                int h = (int) Math.round(Math.log1p(c) / logMax * (plotHeight - 2));
                gc.drawLine(x, plotHeight, x, plotHeight - Math.max(1, h));
            }
        }
        if (range == null || !(histogram.max() > histogram.min())) {
            return;
        }
        double span = histogram.max() - histogram.min();
        int xMin = (int) Math.round((range.min() - histogram.min()) / span * (r.width - 1));
        int xMax = (int) Math.round((range.max() - histogram.min()) / span * (r.width - 1));
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_RED));
        gc.setLineWidth(1);
        gc.drawLine(xMin, 0, xMin, plotHeight);
        gc.drawLine(xMax, 0, xMax, plotHeight);
        gc.drawLine(xMin, plotHeight, xMax, 0);
    }
}
