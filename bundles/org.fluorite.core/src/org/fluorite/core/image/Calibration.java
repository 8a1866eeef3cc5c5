package org.fluorite.core.image;

/**
 * Physical size of one step along an axis, in SI units: metres for X, Y and Z, seconds for T.
 *
 * @param size   step between two neighbouring samples, in {@code unit}; 1 when uncalibrated
 * @param unit   SI unit of {@code size} ("m", "s"), or "" when the file gives no calibration
 * @param origin position of the first sample, in {@code unit}
 */
public record Calibration(double size, String unit, double origin) {

    /** No physical calibration: one pixel per step. */
    public static final Calibration NONE = new Calibration(1, "", 0);

    public Calibration {
        if (!(size > 0) || Double.isInfinite(size)) {
            throw new IllegalArgumentException("Calibration step must be a positive finite number, was " + size);
        }
        unit = unit == null ? "" : unit;
    }

    public Calibration(double size, String unit) {
        this(size, unit, 0);
    }

    /** Metres per pixel. */
    public static Calibration metres(double sizeMetres) {
        return new Calibration(sizeMetres, "m", 0);
    }

    /** Seconds per frame. */
    public static Calibration seconds(double sizeSeconds) {
        return new Calibration(sizeSeconds, "s", 0);
    }

    public boolean isCalibrated() {
        return !unit.isEmpty();
    }

    /** Physical coordinate of sample {@code index}. */
    public double position(double index) {
        return origin + index * size;
    }
}
