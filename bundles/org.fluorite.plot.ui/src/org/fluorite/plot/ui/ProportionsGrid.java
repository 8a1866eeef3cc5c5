package org.fluorite.plot.ui;

import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.fluorite.plot.Colormap;
import org.fluorite.plot.DataRef;
import org.fluorite.plot.Proportions;
import org.fluorite.plot.Scale;

/** Proportions as a heatmap: one cell per (X category, counted category), viridis, value written in the cell. */
public final class ProportionsGrid implements PlotDisplay {

    private static final int LEFT = 100;
    private static final int TOP = 10;
    private static final int BOTTOM = 30;
    private static final int RIGHT = 10;

    private final Canvas canvas;
    private final Proportions model;

    public ProportionsGrid(Composite parent, Proportions model) {
        this.model = model;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc));
    }

    @Override
    public Control control() {
        return canvas;
    }

    private Rectangle area() {
        Rectangle c = canvas.getClientArea();
        return new Rectangle(LEFT, TOP, Math.max(1, c.width - LEFT - RIGHT), Math.max(1, c.height - TOP - BOTTOM));
    }

    @Override
    public Optional<DataRef> pick(int x, int y) {
        Rectangle a = area();
        if (!a.contains(x, y) || model.xLevels().isEmpty() || model.yLevels().isEmpty()) {
            return Optional.empty();
        }
        int i = (y - a.y) * model.xLevels().size() / a.height;
        int j = (x - a.x) * model.yLevels().size() / a.width;
        String column = model.settings().swapXY() ? model.settings().xColumn() : model.settings().yColumn();
        var cats = org.fluorite.plot.Categories.of(model.source(), column);
        return model.rowsOf(i).stream().filter(r -> cats.levelOf(cats.label(r)) == j).findFirst()
                .map(r -> DataRef.of(model.source(), r));
    }

    private void paint(GC gc) {
        Rectangle a = area();
        int nx = model.xLevels().size();
        int ny = model.yLevels().size();
        if (nx == 0 || ny == 0) {
            gc.drawText("No rows to count", a.x, a.y, true);
            return;
        }
        double max = 0;
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                max = Math.max(max, model.value(i, j));
            }
        }
        Colormap map = Colormap.byName("viridis");
        for (int i = 0; i < nx; i++) {
            int y0 = a.y + i * a.height / nx;
            int y1 = a.y + (i + 1) * a.height / nx;
            gc.drawText(model.xLevels().get(i), 4, (y0 + y1) / 2 - 7, true);
            for (int j = 0; j < ny; j++) {
                int x0 = a.x + j * a.width / ny;
                int x1 = a.x + (j + 1) * a.width / ny;
                int rgb = map.rgb(model.value(i, j), 0, max);
                gc.setBackground(Colors.of(rgb));
                gc.fillRectangle(x0, y0, x1 - x0, y1 - y0);
                boolean light = ((rgb >> 8) & 0xff) > 140;
                gc.setForeground(canvas.getDisplay().getSystemColor(light ? SWT.COLOR_BLACK : SWT.COLOR_WHITE));
                gc.drawText(Scale.label(model.value(i, j)), x0 + 4, (y0 + y1) / 2 - 7, true);
            }
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        for (int j = 0; j < ny; j++) {
            gc.drawText(model.yLevels().get(j), a.x + j * a.width / ny + 4, a.y + a.height + 6, true);
        }
    }
}
