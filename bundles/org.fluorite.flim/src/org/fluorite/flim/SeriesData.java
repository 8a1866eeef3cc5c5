package org.fluorite.flim;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.image.Image;
import org.fluorite.core.image.Plane;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.meta.Provenance;
import org.fluorite.io.flimage.FlimageWriter;

/**
 * The fluorescence images of a series held as float32 arrays, with each image's time (seconds) and
 * root attributes, as the engine works on them. Built from an imported flimage series (a TYX
 * image whose metadata holds {@code series.times} and {@code series.attributes}).
 *
 * @param width image width in pixels
 * @param height image height in pixels
 * @param frames the images in row-major order
 * @param times each image's {@code time} attribute in seconds (NaN where missing)
 * @param attributes each image's root attributes (pixel size in m, time in s, identifier, ...)
 * @param provenance the history of the series as imported (import.flimage with the file)
 */
public record SeriesData(int width, int height, List<float[]> frames, double[] times, List<Map<String, Object>> attributes,
        Provenance provenance) {

    /** Largest series read into memory, in pixels over all images (2 GB of float32). */
    public static final long MAX_PIXELS = 1L << 29;

    /**
     * Reads every plane of a series image (TYX, or a single YX image).
     *
     * @throws IOException when a plane cannot be read or the series is too large to hold
     */
    public static SeriesData of(Image image) throws IOException {
        long count = image.planeCount();
        long pixels = count * image.width() * image.height();
        if (pixels > MAX_PIXELS) {
            throw new IOException(image.name() + ": " + count + " images of " + image.width() + " x " + image.height()
                    + " pixels are too many to correct in memory");
        }
        List<float[]> frames = new ArrayList<>();
        for (long p = 0; p < count; p++) {
            frames.add(image.planeAt(p).toFloats());
        }
        double[] times = new double[(int) count];
        java.util.Arrays.fill(times, Double.NaN);
        if (image.metadata().get("series.times") instanceof List<?> list) {
            for (int i = 0; i < Math.min(list.size(), times.length); i++) {
                if (list.get(i) instanceof Number n) {
                    times[i] = n.doubleValue();
                }
            }
        } else if (count == 1) {
            times[0] = image.metadata().number("time").orElse(Double.NaN);
        }
        List<Map<String, Object>> attributes = new ArrayList<>();
        Object a = image.metadata().get("series.attributes");
        for (int i = 0; i < count; i++) {
            Map<String, Object> m = new LinkedHashMap<>();
            if (a instanceof List<?> list && i < list.size() && list.get(i) instanceof Map<?, ?> map) {
                map.forEach((k, v) -> m.put(String.valueOf(k), v));
            }
            attributes.add(m);
        }
        return new SeriesData(image.width(), image.height(), frames, times, attributes, image.provenance());
    }

    /** @return the images' times, refusing a series where any image has none */
    public double[] requireTimes(String file) {
        for (int i = 0; i < times.length; i++) {
            if (!Double.isFinite(times[i])) {
                throw new IllegalArgumentException(file + ": image " + i + " has no 'time' attribute (seconds)");
            }
        }
        return times.clone();
    }

    /**
     * The given images as FLImages for {@link FlimageWriter}, with this series' attributes and no
     * background (the images are already background-corrected).
     */
    public List<FlimageWriter.FlImage> toFlImages(List<float[]> images) {
        List<FlimageWriter.FlImage> out = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            Plane plane = new Plane(PixelType.FLOAT32, width, height, images.get(i));
            Map<String, Object> attrs = new LinkedHashMap<>();
            attributes.get(i).forEach((k, v) -> {
                if (FlimageWriter.META_KEYS.contains(k) && v != null) {
                    attrs.put(k, v);
                }
            });
            if (Double.isFinite(times[i])) {
                attrs.put("time", times[i]);
            }
            out.add(new FlimageWriter.FlImage(plane, null, attrs));
        }
        return out;
    }
}
