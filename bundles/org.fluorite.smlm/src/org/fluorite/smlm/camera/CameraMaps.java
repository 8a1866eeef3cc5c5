package org.fluorite.smlm.camera;

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
}
