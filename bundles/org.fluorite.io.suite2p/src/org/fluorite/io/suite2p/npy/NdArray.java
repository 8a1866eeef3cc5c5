package org.fluorite.io.suite2p.npy;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * An N-dimensional numpy array in memory, read from a .npy file or a numpy pickle. Values are
 * kept flat in storage order ({@link #isFortranOrder()} tells which) in a Java array chosen by
 * the element type: {@code float[]} for float32, {@code double[]} for float64, {@code long[]}
 * for every integer type (uint64 values above 2^63 wrap), {@code boolean[]} for bool and
 * {@code Object[]} for object arrays (their elements converted as {@link NumpyPickle} does).
 */
public final class NdArray {

    private final DType dtype;
    private final long[] shape;
    private final boolean fortranOrder;
    private final Object data;

    NdArray(DType dtype, long[] shape, boolean fortranOrder, Object data) {
        this.dtype = dtype;
        this.shape = shape.clone();
        this.fortranOrder = fortranOrder;
        this.data = data;
        long n = java.lang.reflect.Array.getLength(data);
        if (n != size(shape)) {
            throw new IllegalArgumentException("Array of shape " + Arrays.toString(shape) + " needs " + size(shape)
                    + " values, got " + n);
        }
    }

    /** Elements of a shape, or -1 when the product overflows or a length is negative. */
    public static long size(long[] shape) {
        long n = 1;
        for (long s : shape) {
            if (s < 0) {
                return -1;
            }
            try {
                n = Math.multiplyExact(n, s);
            } catch (ArithmeticException e) {
                return -1;
            }
        }
        return n;
    }

    /** Decodes {@code count} values of {@code type} from {@code bytes} (not for object types). */
    static Object decode(DType type, ByteBuffer bytes, int count) {
        ByteBuffer b = bytes.order(type.order());
        switch (type.kind()) {
            case 'f' -> {
                if (type.itemSize() == 4) {
                    float[] out = new float[count];
                    b.asFloatBuffer().get(out);
                    return out;
                }
                double[] out = new double[count];
                b.asDoubleBuffer().get(out);
                return out;
            }
            case 'b' -> {
                boolean[] out = new boolean[count];
                for (int i = 0; i < count; i++) {
                    out[i] = b.get(b.position() + i) != 0;
                }
                return out;
            }
            case 'i', 'u' -> {
                long[] out = new long[count];
                int at = b.position();
                boolean unsigned = type.kind() == 'u';
                for (int i = 0; i < count; i++) {
                    out[i] = switch (type.itemSize()) {
                        case 1 -> unsigned ? b.get(at + i) & 0xFF : b.get(at + i);
                        case 2 -> unsigned ? b.getShort(at + 2 * i) & 0xFFFF : b.getShort(at + 2 * i);
                        case 4 -> unsigned ? b.getInt(at + 4 * i) & 0xFFFFFFFFL : b.getInt(at + 4 * i);
                        default -> b.getLong(at + 8 * i);
                    };
                }
                return out;
            }
            default -> throw new IllegalArgumentException("Object arrays are not stored as raw bytes");
        }
    }

    public DType dtype() {
        return dtype;
    }

    /** Lengths per axis (a copy); empty for a 0-d array. */
    public long[] shape() {
        return shape.clone();
    }

    public int ndim() {
        return shape.length;
    }

    public long size() {
        return size(shape);
    }

    /** True when the values are stored column-major (first index fastest). */
    public boolean isFortranOrder() {
        return fortranOrder;
    }

    /** The flat backing array in storage order (shared, not copied). */
    public Object data() {
        return data;
    }

    /** Storage position of the element at {@code index} (one index per axis). */
    public int offset(long... index) {
        if (index.length != shape.length) {
            throw new IllegalArgumentException("Array of " + shape.length + " dimensions needs as many indices, got "
                    + index.length);
        }
        long at = 0;
        long stride = 1;
        for (int k = 0; k < shape.length; k++) {
            int axis = fortranOrder ? k : shape.length - 1 - k;
            if (index[axis] < 0 || index[axis] >= shape[axis]) {
                throw new IndexOutOfBoundsException("Index " + index[axis] + " outside axis " + axis + " of length " + shape[axis]);
            }
            at += index[axis] * stride;
            stride *= shape[axis];
        }
        return (int) at;
    }

    /** Numeric value at a storage position; booleans give 0 or 1. */
    public double getFlat(int i) {
        return switch (data) {
            case double[] a -> a[i];
            case float[] a -> a[i];
            case long[] a -> a[i];
            case boolean[] a -> a[i] ? 1 : 0;
            case Object[] a when a[i] instanceof Number n -> n.doubleValue();
            default -> throw new IllegalStateException("Element " + i + " of a " + dtype.label() + " array is not a number");
        };
    }

    /** Numeric value at {@code index} (one index per axis). */
    public double get(long... index) {
        return getFlat(offset(index));
    }

    /** Element of an object array at {@code index}. */
    public Object getObject(long... index) {
        if (!(data instanceof Object[] a)) {
            throw new IllegalStateException("A " + dtype.label() + " array holds no objects");
        }
        return a[offset(index)];
    }

    /** All values in storage order as doubles (a copy). */
    public double[] toDoubles() {
        int n = (int) size();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = getFlat(i);
        }
        return out;
    }

    /** The elements of a 1-d object array, or of any array flattened in storage order. */
    public List<Object> objects() {
        if (!(data instanceof Object[] a)) {
            throw new IllegalStateException("A " + dtype.label() + " array holds no objects");
        }
        return Arrays.asList(a);
    }

    /** A 2-d numeric array as rows: {@code rows()[i][j]} is element (i, j). */
    public double[][] rows() {
        if (shape.length != 2) {
            throw new IllegalStateException("A " + shape.length + "-d array has no rows and columns");
        }
        int r = (int) shape[0];
        int c = (int) shape[1];
        double[][] out = new double[r][c];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                out[i][j] = getFlat(fortranOrder ? j * r + i : i * c + j);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "NdArray[" + dtype.label() + " " + Arrays.toString(shape) + (fortranOrder ? " F" : "") + "]";
    }
}
