package org.fluorite.plot.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.fluorite.core.files.AtomicFile;
import org.fluorite.plot.PlotModel;

/** PNG (rendered from the control on screen), SVG and CSV (written from the model) exports. */
public final class PlotExports {

    private PlotExports() {
    }

    /** The control's pixels as image data, rendered off screen. */
    public static ImageData render(Control control) {
        Point size = control.getSize();
        Image img = new Image(control.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
        GC gc = new GC(img);
        try {
            control.print(gc);
        } finally {
            gc.dispose();
        }
        try {
            return img.getImageData();
        } finally {
            img.dispose();
        }
    }

    /** Writes the control's pixels as PNG (call on the UI thread). */
    public static void png(Control control, Path file) throws IOException {
        ImageData data = render(control);
        AtomicFile.replace(file, tmp -> {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {data};
            try {
                loader.save(tmp.toString(), SWT.IMAGE_PNG);
            } catch (org.eclipse.swt.SWTException e) {
                throw new IOException(file + ": cannot write PNG (" + e.getMessage() + ")", e);
            }
        });
    }

    /** Writes the model as SVG of {@code width} x {@code height} pixels. */
    public static void svg(PlotModel model, int width, int height, Path file) throws IOException {
        String text = model.toSvg(width, height);
        AtomicFile.replace(file, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
    }

    /** Writes the model's values as CSV. */
    public static void csv(PlotModel model, Path file) throws IOException {
        String text = model.toCsv();
        AtomicFile.replace(file, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
    }
}
