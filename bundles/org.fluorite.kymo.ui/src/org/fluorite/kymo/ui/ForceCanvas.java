package org.fluorite.kymo.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.fluorite.kymo.ForceTrace;

/** A force trace averaged per kymograph line, drawn on the kymograph's time axis (same margins). */
public class ForceCanvas extends Canvas {

    private ForceTrace trace;
    private double startSeconds;
    private double durationSeconds = 1;
    private String message = "No force channel chosen";

    public ForceCanvas(Composite parent, int style) {
        super(parent, style | SWT.DOUBLE_BUFFERED);
        addPaintListener(e -> paint(e.gc));
    }

    /**
     * Shows {@code trace} on the kymograph's time axis: from {@code startSeconds} (seconds since its
     * time origin, as the trace's times) over {@code durationSeconds}.
     */
    public void setTrace(ForceTrace trace, double startSeconds, double durationSeconds) {
        this.trace = trace;
        this.startSeconds = startSeconds;
        this.durationSeconds = durationSeconds;
        redraw();
    }

    public ForceTrace trace() {
        return trace;
    }

    /** Text shown instead of a trace. */
    public void setMessage(String message) {
        this.trace = null;
        this.message = message;
        redraw();
    }

    private void paint(GC gc) {
        Rectangle client = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(client);
        Rectangle r = PlotFrame.inner(client);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        if (trace == null || trace.size() == 0) {
            gc.drawString(message, r.x + 4, r.y + 4, true);
            return;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : trace.values()) {
            if (!Double.isNaN(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (!(hi >= lo)) {
            gc.drawString(trace.channel() + ": no samples in the kymograph's lines", r.x + 4, r.y + 4, true);
            return;
        }
        if (hi == lo) {
            hi = lo + 1;
            lo = lo - 1;
        }
        gc.drawRectangle(r.x - 1, r.y - 1, r.width + 1, r.height + 1);
        for (double v : KymoRendering.ticks(lo, hi, Math.max(2, r.height / 30))) {
            int y = r.y + r.height - (int) Math.round((v - lo) / (hi - lo) * r.height);
            gc.drawLine(r.x - 5, y, r.x - 1, y);
            String s = KymoRendering.label(v);
            gc.drawString(s, r.x - 8 - gc.textExtent(s).x, y - gc.textExtent(s).y / 2, true);
        }
        String label = trace.channel() + " (" + trace.unit() + ")" + (trace.downsampled() ? ", low frequency" : "");
        gc.drawString(label, r.x + 4, r.y + 2, true);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        gc.setLineWidth(2);
        int px = -1;
        int py = -1;
        double[] t = trace.timesSeconds();
        double[] v = trace.values();
        for (int i = 0; i < v.length; i++) {
            if (Double.isNaN(v[i])) {
                px = -1;
                continue;
            }
            int x = PlotFrame.x(r, t[i] - startSeconds, durationSeconds);
            int y = r.y + r.height - (int) Math.round((v[i] - lo) / (hi - lo) * r.height);
            if (px >= 0) {
                gc.drawLine(px, py, x, y);
            }
            px = x;
            py = y;
        }
        gc.setLineWidth(1);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        for (double s : KymoRendering.ticks(startSeconds, startSeconds + durationSeconds, Math.max(2, r.width / 90))) {
            int x = PlotFrame.x(r, s - startSeconds, durationSeconds);
            gc.drawLine(x, r.y + r.height, x, r.y + r.height + 4);
            String text = KymoRendering.label(s);
            gc.drawString(text, x - gc.textExtent(text).x / 2, r.y + r.height + 5, true);
        }
    }
}
