package org.fluorite.smlm.ui;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.fluorite.smlm.FrameLocalizer;
import org.fluorite.smlm.LocalizationTable;
import org.fluorite.smlm.detect.Candidate;
import org.fluorite.viewer.ui.ImageOverlay;
import org.fluorite.viewer.ui.ImageTransform;

/**
 * Draws the result of "Test" over the frame it was made on: each candidate as a yellow square
 * around its pixel, each fit as a red circle of one sigma around the fitted centre with a cross at
 * the centre (image coordinates, the first pixel spanning 0 to 1). Nothing is drawn on other frames.
 */
public final class LocalizationOverlay implements ImageOverlay {

    private final LongSupplier currentPlane;
    private volatile FrameLocalizer.Result result;

    /** @param currentPlane the plane index (in storage order) the viewer shows */
    public LocalizationOverlay(LongSupplier currentPlane) {
        this.currentPlane = currentPlane;
    }

    public void setResult(FrameLocalizer.Result result) {
        this.result = result;
    }

    public FrameLocalizer.Result result() {
        return result;
    }

    @Override
    public void paint(GC gc, ImageTransform t) {
        FrameLocalizer.Result r = result;
        if (r == null || r.frame() != currentPlane.getAsLong()) {
            return;
        }
        Color yellow = gc.getDevice().getSystemColor(SWT.COLOR_YELLOW);
        Color red = gc.getDevice().getSystemColor(SWT.COLOR_RED);
        gc.setLineWidth(1);
        gc.setForeground(yellow);
        List<Candidate> candidates = r.candidates();
        for (Candidate c : candidates) {
            int x0 = (int) Math.round(t.toScreenX(c.x() - 1));
            int y0 = (int) Math.round(t.toScreenY(c.y() - 1));
            int x1 = (int) Math.round(t.toScreenX(c.x() + 2));
            int y1 = (int) Math.round(t.toScreenY(c.y() + 2));
            gc.drawRectangle(x0, y0, x1 - x0, y1 - y0);
        }
        gc.setForeground(red);
        gc.setLineWidth(2);
        for (LocalizationTable.Row row : r.localizations()) {
            double cx = t.toScreenX(row.fit().x());
            double cy = t.toScreenY(row.fit().y());
            double rad = Math.max(3, row.fit().sigma() * t.zoom());
            gc.drawOval((int) Math.round(cx - rad), (int) Math.round(cy - rad), (int) Math.round(2 * rad), (int) Math.round(2 * rad));
            gc.drawLine((int) cx - 3, (int) cy, (int) cx + 3, (int) cy);
            gc.drawLine((int) cx, (int) cy - 3, (int) cx, (int) cy + 3);
        }
    }
}
