package org.fluorite.kymo;

import java.util.LinkedHashMap;
import java.util.Map;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Calibration;
import org.fluorite.core.image.Image;

/**
 * The calibration of a kymograph image written into its metadata, so that it survives a TIFF
 * export: the TIFF writer keeps a position calibration in metres (pixels per micron in
 * YResolution) but has no place for seconds along X or kilobase pairs along Y, while it writes
 * the image metadata as the {@code fluorite.metadata} line of the ImageJ description, which the
 * TIFF importer reads back into the image metadata.
 *
 * <p>Entries: {@value #KEY} = {"x": {"axis": "time", "size": line time, "unit": "s", "origin":
 * seconds of the first line since the kymograph's time origin}, "y": {"axis": "position",
 * "size": µm or kbp per pixel, "unit": "um" or "kbp", "origin": position of pixel 0 in that
 * unit}}, and pylake's TIFF keys "Line time (s)", "Start pixel timestamp (ns)" and "Stop pixel
 * timestamp (ns)".
 */
public final class KymoCalibration {

    /** Metadata key of the axis calibrations. */
    public static final String KEY = "kymograph_calibration";
    /** pylake's TIFF metadata key for the line time in seconds. */
    public static final String LINE_TIME = "Line time (s)";
    /** pylake's TIFF metadata key for the first sample of the first line, ns since the epoch. */
    public static final String START_PIXEL = "Start pixel timestamp (ns)";
    /** pylake's TIFF metadata key for the end of the last line (one sample past it), ns since the epoch. */
    public static final String STOP_PIXEL = "Stop pixel timestamp (ns)";

    private KymoCalibration() {
    }

    /** The metadata entries describing the calibration of {@code k}'s image (not for an empty kymograph). */
    static Map<String, Object> entries(Kymograph k, double firstLineSeconds) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("axis", "time");
        x.put("size", k.lineTimeSeconds());
        x.put("unit", "s");
        x.put("origin", firstLineSeconds);
        Map<String, Object> y = new LinkedHashMap<>();
        y.put("axis", "position");
        y.put("size", k.pixelSize());
        y.put("unit", k.positionUnit().label());
        y.put("origin", k.positionUnit() == PositionUnit.UM ? k.positionOffsetUm() : 0.0);
        Map<String, Object> cal = new LinkedHashMap<>();
        cal.put("x", x);
        cal.put("y", y);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(KEY, cal);
        m.put(LINE_TIME, k.lineTimeSeconds());
        long[] starts = k.lineTimestampsNs();
        long[] stops = k.lineStopTimestampsNs();
        m.put(START_PIXEL, starts[0]);
        m.put(STOP_PIXEL, stops[stops.length - 1]);
        return m;
    }

    /**
     * {@code image} with the X (seconds) and Y (metres, or kbp) calibrations its metadata records
     * under {@value #KEY}, e.g. a kymograph TIFF read back by the TIFF importer; the image
     * unchanged when the entry is missing or unusable.
     */
    public static Image restore(Image image) {
        if (!(image.metadata().asMap().get(KEY) instanceof Map<?, ?> cal)) {
            return image;
        }
        Image out = image;
        Calibration x = axis(cal.get("x"));
        if (x != null && "s".equals(x.unit()) && out.has(Axis.X)) {
            out = out.withCalibration(Axis.X, x);
        }
        Calibration y = axis(cal.get("y"));
        if (y != null && out.has(Axis.Y)) {
            out = out.withCalibration(Axis.Y, "um".equals(y.unit())
                    ? new Calibration(y.size() * 1e-6, "m", y.origin() * 1e-6) : y);
        }
        return out;
    }

    private static Calibration axis(Object entry) {
        if (!(entry instanceof Map<?, ?> m) || !(m.get("size") instanceof Number size) || !(m.get("unit") instanceof String unit)) {
            return null;
        }
        double origin = m.get("origin") instanceof Number o ? o.doubleValue() : 0;
        double step = size.doubleValue();
        if (!(step > 0) || Double.isInfinite(step) || !Double.isFinite(origin)) {
            return null;
        }
        return new Calibration(step, unit, origin);
    }
}
