package org.fluorite.core.image;

/**
 * Storage type of one pixel. Signed and unsigned integers are kept apart so that a 16-bit camera
 * value of 60000 is never read back as a negative number.
 */
public enum PixelType {
    UINT8(1, false, false, "uint8"),
    INT8(1, true, false, "int8"),
    UINT16(2, false, false, "uint16"),
    INT16(2, true, false, "int16"),
    UINT32(4, false, false, "uint32"),
    INT32(4, true, false, "int32"),
    FLOAT32(4, true, true, "float32"),
    FLOAT64(8, true, true, "float64");

    private final int bytes;
    private final boolean signed;
    private final boolean floating;
    private final String label;

    PixelType(int bytes, boolean signed, boolean floating, String label) {
        this.bytes = bytes;
        this.signed = signed;
        this.floating = floating;
        this.label = label;
    }

    /** Bytes one pixel takes in memory. */
    public int bytes() {
        return bytes;
    }

    public boolean isSigned() {
        return signed;
    }

    public boolean isFloatingPoint() {
        return floating;
    }

    /** The numpy-style name (uint16, float32, ...), used in JSON and on screen. */
    public String label() {
        return label;
    }

    /** Smallest value the type can hold (for floating point types, the most negative finite value). */
    public double minValue() {
        return switch (this) {
            case UINT8, UINT16, UINT32 -> 0;
            case INT8 -> Byte.MIN_VALUE;
            case INT16 -> Short.MIN_VALUE;
            case INT32 -> Integer.MIN_VALUE;
            case FLOAT32 -> -Float.MAX_VALUE;
            case FLOAT64 -> -Double.MAX_VALUE;
        };
    }

    /** Largest value the type can hold. */
    public double maxValue() {
        return switch (this) {
            case UINT8 -> 255;
            case INT8 -> Byte.MAX_VALUE;
            case UINT16 -> 65535;
            case INT16 -> Short.MAX_VALUE;
            case UINT32 -> 4294967295.0;
            case INT32 -> Integer.MAX_VALUE;
            case FLOAT32 -> Float.MAX_VALUE;
            case FLOAT64 -> Double.MAX_VALUE;
        };
    }

    /** Looks a type up by its label ("uint16"), case-insensitive. */
    public static PixelType fromLabel(String label) {
        for (PixelType t : values()) {
            if (t.label.equalsIgnoreCase(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("Unknown pixel type '" + label + "'");
    }
}
