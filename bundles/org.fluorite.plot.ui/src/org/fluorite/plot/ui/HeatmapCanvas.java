package org.fluorite.plot.ui;

import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.fluorite.plot.DataRef;
import org.fluorite.plot.Heatmap;

/**
 * Draws a {@link Heatmap} on a plain canvas: the cells as an image (one pixel per sample, scaled
 * to the plot area without smoothing), the category bar on the left and the row legend on the
 * right. Clicking a line picks its row.
 */
public final class HeatmapCanvas implements PlotDisplay {

    /** Width of the category bar left of the cells, pixels. */
    static final int BAR = 12;
    static final int LEFT = 20;
    static final int RIGHT = 130;
    static final int TOP = 10;
    static final int BOTTOM = 10;

    private final Canvas canvas;
    private final Heatmap model;
    private int selectedLine = -1;
    /** The cells drawn once and kept (a large heatmap is millions of pixels). */
    private Image cellsImage;

    public HeatmapCanvas(Composite parent, Heatmap model) {
        this.model = model;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.Dispose, e -> {
            if (cellsImage != null) {
                cellsImage.dispose();
            }
        });
    }

    @Override
    public Control control() {
        return canvas;
    }

    /** The cell area in canvas pixels. */
    public Rectangle cellArea() {
        Rectangle c = canvas.getClientArea();
        return new Rectangle(LEFT + BAR, TOP, Math.max(1, c.width - LEFT - BAR - RIGHT), Math.max(1, c.height - TOP - BOTTOM));
    }

    /** The heatmap line under canvas pixel row {@code y}, or -1. */
    public int lineAt(int y) {
        Rectangle a = cellArea();
        if (y < a.y || y >= a.y + a.height || model.lineCount() == 0) {
            return -1;
        }
        return Math.min(model.lineCount() - 1, (int) ((long) (y - a.y) * model.lineCount() / a.height));
    }

    @Override
    public Optional<DataRef> pick(int x, int y) {
        Rectangle a = cellArea();
        int line = x >= LEFT && x < a.x + a.width ? lineAt(y) : -1;
        if (line < 0) {
            return Optional.empty();
        }
        selectedLine = line;
        canvas.redraw();
        return Optional.of(model.marks().get(line));
    }

    /** The cells as an image, one pixel per sample and line. */
    ImageData cells() {
        int w = Math.max(1, model.columnCount());
        int h = Math.max(1, model.lineCount());
        ImageData d = new ImageData(w, h, 24, new PaletteData(0xff0000, 0xff00, 0xff));
        byte[] bytes = d.data;
        for (int y = 0; y < model.lineCount(); y++) {
            int o = y * d.bytesPerLine;
            for (int x = 0; x < w; x++, o += 3) {
                int rgb = model.rgb(y, x);
                bytes[o] = (byte) (rgb >> 16);
                bytes[o + 1] = (byte) (rgb >> 8);
                bytes[o + 2] = (byte) rgb;
            }
        }
        return d;
    }

    private void paint(GC gc) {
        Rectangle a = cellArea();
        if (model.lineCount() == 0) {
            gc.drawText("No rows to draw", a.x + 4, a.y + 4, true);
            return;
        }
        if (cellsImage == null) {
            cellsImage = new Image(canvas.getDisplay(), cells());
        }
        gc.setInterpolation(SWT.NONE);
        gc.setAntialias(SWT.OFF);
        Rectangle b = cellsImage.getBounds();
        gc.drawImage(cellsImage, 0, 0, b.width, b.height, a.x, a.y, a.width, a.height);
        for (Heatmap.LegendSpan span : model.legend()) {
            int y0 = a.y + (int) ((long) span.first() * a.height / model.lineCount());
            int y1 = a.y + (int) ((long) (span.last() + 1) * a.height / model.lineCount());
            gc.setBackground(Colors.of(span.rgb()));
            gc.fillRectangle(LEFT, y0, BAR - 2, y1 - y0);
        }
        int ly = a.y;
        for (Heatmap.LegendSpan span : model.legend()) {
            gc.setBackground(Colors.of(span.rgb()));
            gc.fillRectangle(a.x + a.width + 10, ly + 2, 10, 10);
            gc.drawText(span.label(), a.x + a.width + 24, ly, true);
            ly += 16;
        }
        drawColourScale(gc, a.x + a.width + 10, ly + 10, Math.min(160, Math.max(40, a.y + a.height - ly - 30)));
        if (selectedLine >= 0) {
            int y0 = a.y + (int) ((long) selectedLine * a.height / model.lineCount());
            int y1 = a.y + (int) ((long) (selectedLine + 1) * a.height / model.lineCount());
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_RED));
            gc.drawRectangle(a.x, y0, a.width - 1, Math.max(1, y1 - y0 - 1));
        }
    }

    /** The colormap from maximum (top) to minimum (bottom), 12 pixels wide, with the two values. */
    private void drawColourScale(GC gc, int x, int y, int height) {
        for (int i = 0; i < height; i++) {
            double f = 1 - i / (double) Math.max(1, height - 1);
            gc.setForeground(Colors.of(model.colormap().rgb(f, 0, 1)));
            gc.drawLine(x, y + i, x + 11, y + i);
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawText(org.fluorite.plot.Scale.label(model.max()), x + 16, y - 6, true);
        gc.drawText(org.fluorite.plot.Scale.label(model.min()), x + 16, y + height - 10, true);
    }
}
