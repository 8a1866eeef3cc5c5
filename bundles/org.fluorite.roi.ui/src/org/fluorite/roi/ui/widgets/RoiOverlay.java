package org.fluorite.roi.ui.widgets;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.fluorite.roi.Roi;
import org.fluorite.roi.VertexRoi;
import org.fluorite.roi.ui.RoiEditor;
import org.fluorite.roi.ui.RoiGeometry;
import org.fluorite.roi.ui.RoiList;
import org.fluorite.viewer.ui.ImageOverlay;
import org.fluorite.viewer.ui.ImageTransform;
import org.fluorite.viewer.ui.OverlayMouseEvent;

/**
 * Draws the ROIs of a {@link RoiList} over the movie, each in its colour (the selected one thicker,
 * with its vertices marked), the draft of a ROI being drawn, and passes mouse events to a
 * {@link RoiEditor}. Page Up / Page Down select the previous / next ROI; Escape drops a draft.
 */
public final class RoiOverlay implements ImageOverlay {

    /** How close (screen pixels) the mouse must be to pick a vertex or an edge. */
    static final double PICK_PIXELS = 6;

    private final RoiList list;
    private final RoiEditor editor;
    private final Runnable repaint;

    /** @param repaint asks the viewer to repaint, e.g. while a draft grows */
    public RoiOverlay(RoiList list, RoiEditor editor, Runnable repaint) {
        this.list = list;
        this.editor = editor;
        this.repaint = repaint;
    }

    public RoiList list() {
        return list;
    }

    public RoiEditor editor() {
        return editor;
    }

    @Override
    public void paint(GC gc, ImageTransform t) {
        gc.setAntialias(SWT.OFF);
        gc.setLineStyle(SWT.LINE_SOLID);
        int selected = list.selectedIndex();
        for (int i = 0; i < list.size(); i++) {
            if (i != selected && list.isVisible(i)) {
                draw(gc, t, list.get(i), list.colourOf(i), 1, false);
            }
        }
        if (selected >= 0) {
            draw(gc, t, list.get(selected), list.colourOf(selected), 3, true);
        }
        drawDraft(gc, t);
    }

    private static void draw(GC gc, ImageTransform t, Roi roi, int rgb, int width, boolean handles) {
        Color c = new Color(gc.getDevice(), new RGB(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF));
        try {
            gc.setForeground(c);
            gc.setBackground(c);
            gc.setLineWidth(width);
            for (double[] line : RoiGeometry.outlines(roi)) {
                gc.drawPolyline(toScreen(line, t));
            }
            if (handles && roi instanceof VertexRoi v) {
                double[] xs = v.xs();
                double[] ys = v.ys();
                for (int i = 0; i < xs.length; i++) {
                    int sx = (int) Math.round(t.toScreenX(xs[i]));
                    int sy = (int) Math.round(t.toScreenY(ys[i]));
                    gc.fillRectangle(sx - 3, sy - 3, 7, 7);
                }
            }
        } finally {
            c.dispose();
        }
    }

    private void drawDraft(GC gc, ImageTransform t) {
        List<double[]> draft = editor.draftVertices();
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_YELLOW));
        gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_YELLOW));
        gc.setLineWidth(1);
        if (!draft.isEmpty()) {
            double[] line = new double[2 * draft.size()];
            for (int i = 0; i < draft.size(); i++) {
                line[2 * i] = draft.get(i)[0];
                line[2 * i + 1] = draft.get(i)[1];
            }
            gc.drawPolyline(toScreen(line, t));
            for (double[] p : draft) {
                gc.fillRectangle((int) Math.round(t.toScreenX(p[0])) - 2, (int) Math.round(t.toScreenY(p[1])) - 2, 5, 5);
            }
        }
        if (editor.draftEllipse() != null) {
            for (double[] line : RoiGeometry.outlines(editor.draftEllipse())) {
                gc.drawPolyline(toScreen(line, t));
            }
        }
    }

    /** Image-coordinate polyline to rounded screen coordinates. */
    static int[] toScreen(double[] line, ImageTransform t) {
        int[] out = new int[line.length];
        for (int i = 0; i < line.length; i += 2) {
            out[i] = (int) Math.round(t.toScreenX(line[i]));
            out[i + 1] = (int) Math.round(t.toScreenY(line[i + 1]));
        }
        return out;
    }

    @Override
    public boolean mouse(OverlayMouseEvent e) {
        double tolerance = e.transform().toImageDistance(PICK_PIXELS);
        boolean used = switch (e.kind()) {
            case PRESS -> e.button() == 1 && editor.press(e.x(), e.y(), tolerance);
            case DRAG -> editor.drag(e.x(), e.y());
            case RELEASE -> e.button() == 1 && editor.release(e.x(), e.y());
            case DOUBLE_CLICK -> e.button() == 1 && editor.doubleClick(e.x(), e.y(), tolerance);
            case MOVE -> false;
        };
        if (used) {
            repaint.run();
        }
        return used;
    }

    @Override
    public boolean key(int keyCode, char character) {
        switch (keyCode) {
            case SWT.PAGE_DOWN -> list.selectNext();
            case SWT.PAGE_UP -> list.selectPrevious();
            case SWT.ESC -> {
                editor.cancel();
                repaint.run();
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
