package org.fluorite.core.image;

import java.util.Objects;

/**
 * One 2-D block of pixels (rows of {@code width} values, row-major) in memory, in its own pixel
 * type. The backing array is {@code byte[]} for 8-bit, {@code short[]} for 16-bit, {@code int[]}
 * for 32-bit integers, {@code float[]} and {@code double[]} for floating point types. Unsigned
 * values are stored in the signed Java type of the same width and read back with
 * {@link #get(int)}.
 */
public final class Plane {
    private final PixelType type;
    private final int width;
    private final int height;
    private final Object data;

    public Plane(PixelType type, int width, int height, Object data) {
        this.type = Objects.requireNonNull(type);
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("Negative plane size " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.data = Objects.requireNonNull(data);
        int length = java.lang.reflect.Array.getLength(data);
        if (length != (long) width * height) {
            throw new IllegalArgumentException("Plane of " + width + "x" + height + " needs " + (long) width * height
                    + " values, array has " + length);
        }
        Class<?> expected = arrayClass(type);
        if (data.getClass() != expected) {
            throw new IllegalArgumentException("A " + type.label() + " plane needs a " + expected.getSimpleName()
                    + ", got " + data.getClass().getSimpleName());
        }
    }

    /** A zero-filled plane. Fails cleanly (no attempt to allocate) when the size cannot fit an array. */
    public static Plane allocate(PixelType type, int width, int height) {
        long n = (long) width * height;
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("A plane of " + width + "x" + height + " pixels is too large to hold in memory");
        }
        int size = (int) n;
        Object data = switch (type) {
            case UINT8, INT8 -> new byte[size];
            case UINT16, INT16 -> new short[size];
            case UINT32, INT32 -> new int[size];
            case FLOAT32 -> new float[size];
            case FLOAT64 -> new double[size];
        };
        return new Plane(type, width, height, data);
    }

    static Class<?> arrayClass(PixelType type) {
        return switch (type) {
            case UINT8, INT8 -> byte[].class;
            case UINT16, INT16 -> short[].class;
            case UINT32, INT32 -> int[].class;
            case FLOAT32 -> float[].class;
            case FLOAT64 -> double[].class;
        };
    }

    public PixelType type() {
        return type;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The backing array; see the class comment for its type. Shared, not copied. */
    public Object data() {
        return data;
    }

    public int size() {
        return width * height;
    }

    /** Value of the pixel at column {@code x}, row {@code y}. */
    public double get(int x, int y) {
        return get(y * width + x);
    }

    /** Value of the pixel at flat index {@code i} (row-major). */
    public double get(int i) {
        return switch (type) {
            case UINT8 -> ((byte[]) data)[i] & 0xFF;
            case INT8 -> ((byte[]) data)[i];
            case UINT16 -> ((short[]) data)[i] & 0xFFFF;
            case INT16 -> ((short[]) data)[i];
            case UINT32 -> ((int[]) data)[i] & 0xFFFFFFFFL;
            case INT32 -> ((int[]) data)[i];
            case FLOAT32 -> ((float[]) data)[i];
            case FLOAT64 -> ((double[]) data)[i];
        };
    }

    /** Stores {@code value} at flat index {@code i}, rounded and clamped for integer types. */
    public void set(int i, double value) {
        switch (type) {
            case UINT8, INT8 -> ((byte[]) data)[i] = (byte) clampRound(value);
            case UINT16, INT16 -> ((short[]) data)[i] = (short) clampRound(value);
            case UINT32, INT32 -> ((int[]) data)[i] = (int) clampRound(value);
            case FLOAT32 -> ((float[]) data)[i] = (float) value;
            case FLOAT64 -> ((double[]) data)[i] = value;
        }
    }

    private long clampRound(double value) {
        if (Double.isNaN(value)) {
            return 0;
        }
        double v = Math.rint(value);
        v = Math.max(type.minValue(), Math.min(type.maxValue(), v));
        return (long) v;
    }

    /** All values as doubles, row-major (a copy). */
    public double[] toDoubles() {
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = get(i);
        }
        return out;
    }

    /** All values as floats, row-major (a copy unless the plane already is float32). */
    public float[] toFloats() {
        if (type == PixelType.FLOAT32) {
            return (float[]) data;
        }
        float[] out = new float[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) get(i);
        }
        return out;
    }

    /** A copy of the given rectangle. */
    public Plane crop(Region region) {
        if (!region.fitsIn(width, height)) {
            throw new IllegalArgumentException("Region " + region + " lies outside a " + width + "x" + height + " plane");
        }
        Plane out = allocate(type, region.width(), region.height());
        for (int row = 0; row < region.height(); row++) {
            System.arraycopy(data, (region.y() + row) * width + region.x(), out.data, row * region.width(), region.width());
        }
        return out;
    }

    /** Smallest and largest finite value, or {NaN, NaN} for an empty or all-NaN plane. */
    public double[] minMax() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0, n = size(); i < n; i++) {
            double v = get(i);
            if (v < min) {
                min = v;
            }
            if (v > max) {
                max = v;
            }
        }
        return min > max ? new double[] {Double.NaN, Double.NaN} : new double[] {min, max};
    }
}
