package org.fluorite.io.bluelake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scan description of a Bluelake kymograph or confocal scan (its JSON "value0" document):
 * scan axes, pixel sizes, centre point, scan count, pixel dwell time.
 *
 * @param axes          scanned axes in the order the file lists them: the first is the fast axis
 * @param centerPointUm centre of the scan volume {x, y, z} in micrometres
 * @param scanCount     number of frames of a scan ("scan count"); kymographs write 0
 * @param pixelTimeMs   dwell time per pixel in milliseconds, NaN when absent
 * @param fluorescence  whether fluorescence was recorded
 * @param force         whether force was recorded
 */
public record ScanMetadata(List<ScanAxis> axes, double[] centerPointUm, long scanCount, double pixelTimeMs, boolean fluorescence,
        boolean force) {

    /**
     * One scanned axis.
     *
     * @param axis        physical axis: 0 = x, 1 = y, 2 = z
     * @param pixels      number of pixels along the axis
     * @param pixelSizeNm pixel size in nanometres
     * @param scanWidthUm scanned width in micrometres, NaN when absent
     * @param scanTimeMs  scan time in milliseconds, NaN when absent
     */
    public record ScanAxis(int axis, long pixels, double pixelSizeNm, double scanWidthUm, double scanTimeMs) {

        /** "x", "y" or "z". */
        public String axisName() {
            return switch (axis) {
                case 0 -> "x";
                case 1 -> "y";
                case 2 -> "z";
                default -> String.valueOf(axis);
            };
        }

        public double pixelSizeUm() {
            return pixelSizeNm / 1000;
        }
    }

    public ScanMetadata {
        axes = List.copyOf(axes);
        centerPointUm = centerPointUm.clone();
    }

    @Override
    public double[] centerPointUm() {
        return centerPointUm.clone();
    }

    /** The fast (first) axis, which a kymograph scans. */
    public ScanAxis fastAxis() {
        if (axes.isEmpty()) {
            throw new IllegalStateException("The scan has no axes");
        }
        return axes.get(0);
    }

    /**
     * Parses Bluelake's scan JSON (the document under "value0", or the document itself).
     *
     * @throws IllegalArgumentException naming the missing or malformed entry
     */
    public static ScanMetadata parse(Map<?, ?> json) {
        Map<?, ?> v = json.get("value0") instanceof Map<?, ?> inner ? inner : json;
        if (!(v.get("scan volume") instanceof Map<?, ?> volume)) {
            throw new IllegalArgumentException("the scan JSON has no 'scan volume'");
        }
        List<ScanAxis> axes = new ArrayList<>();
        if (volume.get("scan axes") instanceof List<?> list) {
            for (Object o : list) {
                if (!(o instanceof Map<?, ?> a)) {
                    throw new IllegalArgumentException("a scan axis is not a JSON object");
                }
                long n = (long) number(a, "num of pixels");
                if (n < 0 || n > 1 << 24) {
                    throw new IllegalArgumentException("a scan axis has " + n + " pixels");
                }
                axes.add(new ScanAxis((int) number(a, "axis"), n, number(a, "pixel size (nm)"), optional(a, "scan width (um)"),
                        optional(a, "scan time (ms)")));
            }
        } else {
            throw new IllegalArgumentException("the scan JSON has no 'scan axes' list");
        }
        double[] centre = {Double.NaN, Double.NaN, Double.NaN};
        if (volume.get("center point (um)") instanceof Map<?, ?> c) {
            centre = new double[] {optional(c, "x"), optional(c, "y"), optional(c, "z")};
        }
        double count = optional(v, "scan count");
        return new ScanMetadata(axes, centre, Double.isNaN(count) ? 0 : (long) count, optional(volume, "pixel time (ms)"),
                Boolean.TRUE.equals(v.get("fluorescence")), Boolean.TRUE.equals(v.get("force")));
    }

    private static double number(Map<?, ?> m, String key) {
        if (m.get(key) instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException("the scan JSON lacks the number '" + key + "'");
    }

    private static double optional(Map<?, ?> m, String key) {
        return m.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
