package org.fluorite.plot.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.fluorite.core.image.Plane;
import org.fluorite.plot.SampleSnapshot;
import org.fluorite.roi.MaskRoi;

/**
 * A sample's projection in grey (its minimum black, maximum white), fitted to the canvas keeping
 * the aspect ratio, with the traced ROI's pixels tinted red.
 */
public final class ProjectionCanvas {

    /** Colour of ROI pixels blended over the grey image (0xRRGGBB). */
    public static final int ROI_RGB = 0xff3030;

    private final Canvas canvas;
    private SampleSnapshot snapshot;
    private String message = "Click a point or a heatmap row";

    public ProjectionCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        canvas.addPaintListener(e -> paint(e.gc));
    }

    public Canvas control() {
        return canvas;
    }

    public void show(SampleSnapshot s, String text) {
        snapshot = s;
        message = text;
        canvas.redraw();
    }

    /** The projection with the ROI tinted, one pixel per image pixel. */
    public static ImageData pixels(SampleSnapshot s) {
        Plane p = s.plane();
        double[] mm = p.minMax();
        double range = mm[1] > mm[0] ? mm[1] - mm[0] : 1;
        ImageData d = new ImageData(p.width(), p.height(), 24, new PaletteData(0xff0000, 0xff00, 0xff));
        for (int y = 0; y < p.height(); y++) {
            for (int x = 0; x < p.width(); x++) {
                int g = (int) Math.round((p.get(x, y) - mm[0]) / range * 255);
                g = Math.max(0, Math.min(255, g));
                d.setPixel(x, y, (g << 16) | (g << 8) | g);
            }
        }
        MaskRoi roi = s.roi();
        if (roi != null) {
            for (int i = 0; i < roi.pixelCount(); i++) {
                int x = roi.xs()[i];
                int y = roi.ys()[i];
                if (x >= 0 && y >= 0 && x < p.width() && y < p.height()) {
                    int g = d.getPixel(x, y) & 0xff;
                    int r = (g + 2 * ((ROI_RGB >> 16) & 0xff)) / 3;
                    int gg = (g + 2 * ((ROI_RGB >> 8) & 0xff)) / 3;
                    int b = (g + 2 * (ROI_RGB & 0xff)) / 3;
                    d.setPixel(x, y, (r << 16) | (gg << 8) | b);
                }
            }
        }
        return d;
    }

    private void paint(GC gc) {
        Rectangle c = canvas.getClientArea();
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        if (snapshot == null) {
            gc.drawText(message, 6, 6, true);
            return;
        }
        ImageData d = pixels(snapshot);
        double scale = Math.min((c.width - 4) / (double) d.width, (c.height - 24) / (double) d.height);
        int w = Math.max(1, (int) (d.width * scale));
        int h = Math.max(1, (int) (d.height * scale));
        Image img = new Image(canvas.getDisplay(), d);
        try {
            gc.setInterpolation(SWT.NONE);
            gc.drawImage(img, 0, 0, d.width, d.height, (c.width - w) / 2, 20, w, h);
        } finally {
            img.dispose();
        }
        gc.drawText(message, 6, 2, true);
    }
}
