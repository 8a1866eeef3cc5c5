package org.fluorite.core.image;

/**
 * The named axes an image can have. Every image has {@link #Y} and {@link #X} as its two fastest
 * axes; {@link #Z}, {@link #C} and {@link #T} are optional.
 */
public enum Axis {
    /** Time: frames of a movie. Calibrated in seconds. */
    T('T', "s"),
    /** Focal plane. Calibrated in metres. */
    Z('Z', "m"),
    /** Channel (wavelength or detector). Not calibrated. */
    C('C', ""),
    /** Rows. Calibrated in metres. */
    Y('Y', "m"),
    /** Columns. Calibrated in metres. */
    X('X', "m");

    private final char code;
    private final String siUnit;

    Axis(char code, String siUnit) {
        this.code = code;
        this.siUnit = siUnit;
    }

    public char code() {
        return code;
    }

    /** The SI unit a calibration of this axis is expressed in ("m", "s" or "" for none). */
    public String siUnit() {
        return siUnit;
    }

    public boolean isSpatial() {
        return this == X || this == Y || this == Z;
    }

    /** Parses one axis letter, case-insensitive. */
    public static Axis of(char c) {
        char u = Character.toUpperCase(c);
        for (Axis a : values()) {
            if (a.code == u) {
                return a;
            }
        }
        throw new IllegalArgumentException("Unknown axis '" + c + "': use X, Y, Z, C or T");
    }
}
