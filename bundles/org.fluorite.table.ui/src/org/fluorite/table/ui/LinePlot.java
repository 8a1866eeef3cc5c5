package org.fluorite.table.ui;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A line plot of y against x drawn on a canvas: axes with tick labels at nice steps, axis titles
 * and the line. Long series are drawn as the minimum and maximum per pixel column, so a million
 * points draw as fast as a thousand and no spike is lost. Non-finite values break the line.
 */
public class LinePlot extends Canvas {

    private static final int MARGIN_LEFT = 70;
    private static final int MARGIN_BOTTOM = 42;
    private static final int MARGIN_TOP = 22;
    private static final int MARGIN_RIGHT = 16;

    private double[] xs = new double[0];
    private double[] ys = new double[0];
    /** A second curve over the same x values (e.g. a fit over the data), or null. */
    private double[] ys2;
    private String xTitle = "";
    private String yTitle = "";
    private double[] xRange = {0, 1};
    private double[] yRange = {0, 1};
    /** Shown ranges: the data ranges with a margin so the line does not run along the frame. */
    private double[] xView = {0, 1};
    private double[] yView = {0, 1};

    public LinePlot(Composite parent, int style) {
        super(parent, style | SWT.DOUBLE_BUFFERED);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        addPaintListener(e -> paint(e.gc));
    }

    /** Plots {@code y} against {@code x} (same length, x in increasing order for a line that reads left to right). */
    public void setData(double[] x, double[] y, String xLabel, String yLabel) {
        setData(x, y, null, xLabel, yLabel);
    }

    /**
     * Plots {@code y} and, in a second colour, {@code y2} (or nothing when null) against {@code x};
     * the y axis covers both.
     */
    public void setData(double[] x, double[] y, double[] y2, String xLabel, String yLabel) {
        if (x.length != y.length || (y2 != null && y2.length != x.length)) {
            throw new IllegalArgumentException("x has " + x.length + " values, y " + y.length + (y2 == null ? "" : ", y2 " + y2.length));
        }
        xs = x;
        ys = y;
        ys2 = y2;
        xTitle = xLabel == null ? "" : xLabel;
        yTitle = yLabel == null ? "" : yLabel;
        xRange = range(x);
        yRange = range(y);
        if (y2 != null) {
            double[] r2 = range(y2);
            yRange = new double[] {Math.min(yRange[0], r2[0]), Math.max(yRange[1], r2[1])};
        }
        xView = padded(xRange);
        yView = padded(yRange);
        redraw();
    }

    /** Data range of the x axis: {min, max}. */
    public double[] xRange() {
        return xRange.clone();
    }

    /** Data range of the y axis: {min, max}. */
    public double[] yRange() {
        return yRange.clone();
    }

    public int pointCount() {
        return xs.length;
    }

    /** True when a second curve is drawn. */
    public boolean hasSecondCurve() {
        return ys2 != null;
    }

    /** The y-axis tick labels currently drawn, bottom to top (for tests and accessibility). */
    public List<String> yTickLabels() {
        double step = Ticks.step(yView[0], yView[1], 6);
        return Ticks.values(yView[0], yView[1], 6).stream().map(v -> Ticks.label(v, step)).toList();
    }

    /** The x-axis tick labels currently drawn, left to right. */
    public List<String> xTickLabels() {
        double step = Ticks.step(xView[0], xView[1], 8);
        return Ticks.values(xView[0], xView[1], 8).stream().map(v -> Ticks.label(v, step)).toList();
    }

    private static double[] padded(double[] r) {
        double pad = (r[1] - r[0]) * 0.04;
        return new double[] {r[0] - pad, r[1] + pad};
    }

    private static double[] range(double[] v) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            if (Double.isFinite(d)) {
                min = Math.min(min, d);
                max = Math.max(max, d);
            }
        }
        if (min > max) {
            return new double[] {0, 1};
        }
        if (min == max) {
            double pad = min == 0 ? 1 : Math.abs(min) * 0.05;
            return new double[] {min - pad, max + pad};
        }
        return new double[] {min, max};
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        int left = MARGIN_LEFT;
        int top = MARGIN_TOP;
        int width = area.width - MARGIN_LEFT - MARGIN_RIGHT;
        int height = area.height - MARGIN_TOP - MARGIN_BOTTOM;
        if (width < 10 || height < 10) {
            return;
        }
        gc.setAntialias(SWT.ON);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawRectangle(left, top, width, height);
        drawXTicks(gc, left, top, width, height);
        drawYTicks(gc, left, top, width, height);
        Point tx = gc.textExtent(xTitle);
        gc.drawText(xTitle, left + (width - tx.x) / 2, area.height - tx.y - 2, true);
        gc.drawText(yTitle, 4, 0, true);
        if (xs.length == 0) {
            gc.drawText("no data", left + 10, top + 10, true);
            return;
        }
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
        gc.setClipping(left + 1, top + 1, width - 1, height - 1);
        if (xs.length > 4L * width) {
            drawEnvelope(gc, ys, left, top, width, height);
        } else {
            drawLine(gc, ys, left, top, width, height);
        }
        if (ys2 != null) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_RED));
            if (xs.length > 4L * width) {
                drawEnvelope(gc, ys2, left, top, width, height);
            } else {
                drawLine(gc, ys2, left, top, width, height);
            }
        }
        gc.setClipping((Rectangle) null);
    }

    private int px(double x, int left, int width) {
        return left + (int) Math.round((x - xView[0]) / (xView[1] - xView[0]) * width);
    }

    private int py(double y, int top, int height) {
        return top + height - (int) Math.round((y - yView[0]) / (yView[1] - yView[0]) * height);
    }

    private void drawLine(GC gc, double[] ys, int left, int top, int width, int height) {
        int[] poly = new int[xs.length * 2];
        int n = 0;
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
                flush(gc, poly, n);
                n = 0;
                continue;
            }
            poly[n++] = px(xs[i], left, width);
            poly[n++] = py(ys[i], top, height);
        }
        flush(gc, poly, n);
    }

    private static void flush(GC gc, int[] poly, int n) {
        if (n >= 4) {
            gc.drawPolyline(java.util.Arrays.copyOf(poly, n));
        } else if (n == 2) {
            gc.drawPoint(poly[0], poly[1]);
        }
    }

    private void drawEnvelope(GC gc, double[] ys, int left, int top, int width, int height) {
        double[] lo = new double[width + 1];
        double[] hi = new double[width + 1];
        java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < xs.length; i++) {
            if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                int c = Math.max(0, Math.min(width, px(xs[i], 0, width)));
                lo[c] = Math.min(lo[c], ys[i]);
                hi[c] = Math.max(hi[c], ys[i]);
            }
        }
        for (int c = 0; c <= width; c++) {
            if (lo[c] <= hi[c]) {
                gc.drawLine(left + c, py(lo[c], top, height), left + c, py(hi[c], top, height));
            }
        }
    }

    private void drawXTicks(GC gc, int left, int top, int width, int height) {
        double step = Ticks.step(xView[0], xView[1], 8);
        for (double v : Ticks.values(xView[0], xView[1], 8)) {
            int x = px(v, left, width);
            gc.drawLine(x, top + height, x, top + height + 4);
            String label = Ticks.label(v, step);
            Point e = gc.textExtent(label);
            gc.drawText(label, x - e.x / 2, top + height + 6, true);
        }
    }

    private void drawYTicks(GC gc, int left, int top, int width, int height) {
        double step = Ticks.step(yView[0], yView[1], 6);
        for (double v : Ticks.values(yView[0], yView[1], 6)) {
            int y = py(v, top, height);
            gc.drawLine(left - 4, y, left, y);
            String label = Ticks.label(v, step);
            Point e = gc.textExtent(label);
            gc.drawText(label, left - 6 - e.x, y - e.y / 2, true);
        }
    }
}
