package org.fluorite.plot;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** The cells of a heatmap as a PNG, one pixel per sample and line (for SVG export of large heatmaps). */
final class HeatmapPng {

    private HeatmapPng() {
    }

    static byte[] encode(Heatmap h) {
        int w = Math.max(1, h.columnCount());
        int n = Math.max(1, h.lineCount());
        BufferedImage img = new BufferedImage(w, n, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[w];
        for (int y = 0; y < h.lineCount(); y++) {
            for (int x = 0; x < w; x++) {
                row[x] = h.rgb(y, x);
            }
            img.setRGB(0, y, w, 1, row, 0, w);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode the heatmap as PNG", e);
        }
        return out.toByteArray();
    }
}
