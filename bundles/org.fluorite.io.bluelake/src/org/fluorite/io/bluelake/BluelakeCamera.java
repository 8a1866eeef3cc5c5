package org.fluorite.io.bluelake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fluorite.core.image.Image;

/**
 * What a Bluelake camera TIFF (a C-Trap IRM or wide-field/TIRF export) says about its image, read
 * from the metadata the TIFF importer keeps: the JSON ImageDescription (under "description") and
 * the DateTime tag holding "start_ns:end_ns" (under "tiff").
 *
 * @param camera              camera name ("IRM", "WT", ...)
 * @param pixelSizeNm         "Pixel calibration (nm/pix)", NaN when absent
 * @param exposureMs          "Exposure time (ms)", NaN when absent
 * @param frameRateHz         "Framerate (Hz)", NaN when absent
 * @param roi                 "Region of interest (x, y, width, height)" in sensor pixels, empty when absent
 * @param alignmentRoi        "Alignment region of interest (x, y, width, height)", empty when absent
 * @param alignments          per colour channel ("Channel N alignment"), the 6 coefficients of the
 *                            affine alignment matrix in the order the file gives them (row-major
 *                            2 x 3: a, b, tx, c, d, ty), keyed by channel number
 * @param detectionWavelengths per channel, "Channel N detection wavelength (nm)" ("680/42", ...)
 * @param startNs             first exposure start in ns since the epoch, -1 when absent
 * @param endNs               end in ns since the epoch, -1 when absent
 * @param description         the whole JSON description
 */
public record BluelakeCamera(String camera, double pixelSizeNm, double exposureMs, double frameRateHz, List<Long> roi,
        List<Long> alignmentRoi, Map<Integer, double[]> alignments, Map<Integer, String> detectionWavelengths, long startNs,
        long endNs, Map<String, Object> description) {

    private static final Pattern ALIGNMENT = Pattern.compile("Channel (\\d+) alignment");
    private static final Pattern DETECTION = Pattern.compile("Channel (\\d+) detection wavelength \\(nm\\)");
    private static final Pattern TIMES = Pattern.compile("\\s*(\\d{1,19}):(\\d{1,19})\\s*");

    /**
     * The camera description of an image read from a Bluelake camera TIFF; empty when the image
     * has no Bluelake JSON description (no "Camera" or "Pixel calibration (nm/pix)" entry).
     */
    public static Optional<BluelakeCamera> of(Image image) {
        if (!(image.metadata().get("description") instanceof Map<?, ?> json)
                || !(json.containsKey("Camera") || json.containsKey("Pixel calibration (nm/pix)"))) {
            return Optional.empty();
        }
        Map<Integer, double[]> alignments = new TreeMap<>();
        Map<Integer, String> detection = new TreeMap<>();
        java.util.LinkedHashMap<String, Object> copy = new java.util.LinkedHashMap<>();
        for (Map.Entry<?, ?> e : json.entrySet()) {
            String key = String.valueOf(e.getKey());
            copy.put(key, e.getValue());
            Matcher a = ALIGNMENT.matcher(key);
            if (a.matches() && e.getValue() instanceof List<?> l && l.size() == 6) {
                double[] m = new double[6];
                for (int i = 0; i < 6; i++) {
                    m[i] = l.get(i) instanceof Number n ? n.doubleValue() : Double.NaN;
                }
                alignments.put(Integer.parseInt(a.group(1)), m);
            }
            Matcher d = DETECTION.matcher(key);
            if (d.matches() && e.getValue() != null) {
                detection.put(Integer.parseInt(d.group(1)), String.valueOf(e.getValue()));
            }
        }
        long start = -1;
        long end = -1;
        if (image.metadata().get("tiff") instanceof Map<?, ?> tags && tags.get("DateTime") instanceof String dt) {
            Matcher m = TIMES.matcher(dt);
            if (m.matches()) {
                try {
                    start = Long.parseLong(m.group(1));
                    end = Long.parseLong(m.group(2));
                } catch (NumberFormatException e) {
                    start = -1;
                    end = -1;
                }
            }
        }
        Object camera = json.get("Camera");
        return Optional.of(new BluelakeCamera(camera == null ? "" : camera.toString(), number(json, "Pixel calibration (nm/pix)"),
                number(json, "Exposure time (ms)"), number(json, "Framerate (Hz)"),
                longs(json.get("Region of interest (x, y, width, height)")),
                longs(json.get("Alignment region of interest (x, y, width, height)")), alignments, detection, start, end, copy));
    }

    public BluelakeCamera {
        roi = List.copyOf(roi);
        alignmentRoi = List.copyOf(alignmentRoi);
        TreeMap<Integer, double[]> a = new TreeMap<>();
        alignments.forEach((k, v) -> a.put(k, v.clone()));
        alignments = java.util.Collections.unmodifiableMap(a);
        detectionWavelengths = java.util.Collections.unmodifiableMap(new TreeMap<>(detectionWavelengths));
        description = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(description));
    }

    /** The 6 alignment coefficients of channel {@code channel} (a copy), if the file gives them. */
    public Optional<double[]> alignment(int channel) {
        double[] m = alignments.get(channel);
        return m == null ? Optional.empty() : Optional.of(m.clone());
    }

    /** Pixel size in metres, if known. */
    public OptionalDouble pixelSizeMetres() {
        return Double.isFinite(pixelSizeNm) ? OptionalDouble.of(pixelSizeNm * 1e-9) : OptionalDouble.empty();
    }

    /** end - start in seconds, NaN when unknown. */
    public double durationSeconds() {
        return startNs < 0 || endNs < 0 ? Double.NaN : (endNs - startNs) * 1e-9;
    }

    private static double number(Map<?, ?> json, String key) {
        return json.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static List<Long> longs(Object v) {
        List<Long> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Number n) {
                    out.add(n.longValue());
                }
            }
        }
        return out;
    }
}
