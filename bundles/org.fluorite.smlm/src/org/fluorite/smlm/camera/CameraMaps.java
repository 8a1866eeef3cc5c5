package org.fluorite.smlm.camera;

import java.io.IOException;

import org.fluorite.core.image.Image;
import org.fluorite.core.image.Plane;

/**
 * Per-pixel sCMOS calibration maps, row-major, each of {@code width * height} values or null when
 * absent: dark (mean dark value in ADU, replaces the uniform AD offset), variance (read-noise
 * variance in ADU², measured on dark frames) and flat (multiplicative gain correction,
 * dimensionless, 1 = nominal pixel).
 */
public record CameraMaps(int width, int height, float[] dark, float[] variance, float[] flat) {

    public CameraMaps {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("sCMOS maps need a positive size, got " + width + "x" + height);
        }
        long n = (long) width * height;
        check("dark", dark, n);
        check("variance", variance, n);
        check("flat-field", flat, n);
        if (variance != null) {
            for (float v : variance) {
                if (!(v >= 0) || !Float.isFinite(v)) {
                    throw new IllegalArgumentException("sCMOS variance map values must be finite and not negative, found " + v);
                }
            }
        }
        if (flat != null) {
            for (float v : flat) {
                if (!(v > 0) || !Float.isFinite(v)) {
                    throw new IllegalArgumentException("sCMOS flat-field map values must be finite and positive, found " + v);
                }
            }
        }
    }

    private static void check(String what, float[] map, long n) {
        if (map != null && map.length != n) {
            throw new IllegalArgumentException("The sCMOS " + what + " map has " + map.length + " values, " + n + " needed");
        }
    }

    /**
     * Maps read from the first plane of images (any pixel type), each image may be null; at least
     * one must be given and all must have the same size.
     */
    public static CameraMaps fromImages(Image dark, Image variance, Image flat) throws IOException {
        Image any = dark != null ? dark : variance != null ? variance : flat;
        if (any == null) {
            throw new IllegalArgumentException("sCMOS maps need at least one of the dark, variance and flat-field images");
        }
        int w = any.width();
        int h = any.height();
        return new CameraMaps(w, h, read(dark, "dark", w, h), read(variance, "variance", w, h), read(flat, "flat-field", w, h));
    }

    private static float[] read(Image image, String what, int w, int h) throws IOException {
        if (image == null) {
            return null;
        }
        if (image.width() != w || image.height() != h) {
            throw new IllegalArgumentException("The sCMOS " + what + " map '" + image.name() + "' is " + image.width() + "x"
                    + image.height() + " pixels, the other maps " + w + "x" + h);
        }
        Plane p = image.planeAt(0);
        float[] out = new float[p.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) p.get(i);
        }
        return out;
    }
}
