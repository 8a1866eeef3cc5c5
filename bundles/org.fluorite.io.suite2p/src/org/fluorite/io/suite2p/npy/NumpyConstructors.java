package org.fluorite.io.suite2p.npy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

import net.razorvine.pickle.PickleException;
import net.razorvine.pickle.Unpickler;

/**
 * Pyrolite constructors for the numpy globals of array pickles: {@code _reconstruct} makes an
 * empty {@link PickledArray} that the BUILD state (version, shape, dtype, Fortran flag, raw bytes
 * or object list) fills; {@code dtype} makes a {@link PickledDType}; {@code scalar} decodes one
 * value. Sizes in a BUILD state are checked against the bytes actually present.
 */
final class NumpyConstructors {

    private static boolean registered;

    private NumpyConstructors() {
    }

    /** Registers the constructors with Pyrolite once (Pyrolite keeps them in a global table). */
    static synchronized void register() {
        if (registered) {
            return;
        }
        for (String core : List.of("numpy.core.multiarray", "numpy._core.multiarray")) {
            Unpickler.registerConstructor(core, "_reconstruct", args -> new PickledArray());
            Unpickler.registerConstructor(core, "scalar", NumpyConstructors::scalar);
        }
        for (String numeric : List.of("numpy.core.numeric", "numpy._core.numeric")) {
            Unpickler.registerConstructor(numeric, "_frombuffer", NumpyConstructors::fromBuffer);
        }
        Unpickler.registerConstructor("numpy", "ndarray", args -> new Marker());
        Unpickler.registerConstructor("numpy", "dtype", NumpyConstructors::dtype);
        registered = true;
    }

    /** Stands for the numpy.ndarray class where a pickle passes it as an argument. */
    static final class Marker {
    }

    /** Protocol 5 arrays: _frombuffer(buffer, dtype, shape, order). */
    private static Object fromBuffer(Object[] args) {
        if (args.length != 4 || !(args[1] instanceof PickledDType t) || !(args[2] instanceof Object[] dims)) {
            throw new PickleException("numpy _frombuffer needs a buffer, a dtype, a shape and an order");
        }
        PickledArray a = new PickledArray();
        a.__setstate__(new Object[] {1, dims, t, "F".equals(args[3]), args[0]});
        return a;
    }

    private static Object dtype(Object[] args) {
        if (args.length < 1 || !(args[0] instanceof String name)) {
            throw new PickleException("numpy.dtype needs a type name");
        }
        return new PickledDType(name);
    }

    private static Object scalar(Object[] args) {
        if (args.length != 2 || !(args[0] instanceof PickledDType t)) {
            throw new PickleException("numpy scalar needs a dtype and its bytes");
        }
        byte[] raw = bytes(args[1]);
        DType type = t.type();
        if (type.isObject() || raw.length != type.itemSize()) {
            throw new PickleException("numpy scalar of " + type.label() + " has " + raw.length + " bytes");
        }
        Object v = NdArray.decode(type, ByteBuffer.wrap(raw), 1);
        return switch (v) {
            case float[] a -> (double) a[0];
            case double[] a -> a[0];
            case long[] a -> a[0];
            case boolean[] a -> a[0];
            default -> throw new PickleException("numpy scalar of unexpected type");
        };
    }

    private static byte[] bytes(Object o) {
        if (o instanceof byte[] b) {
            return b;
        }
        if (o instanceof String s) {
            // protocol 2 pickles from Python 3 carry bytes as latin-1 text
            return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        throw new PickleException("expected bytes, got " + (o == null ? "None" : o.getClass().getSimpleName()));
    }

    /** A numpy dtype under construction: its name, then its byte order from the BUILD state. */
    public static final class PickledDType {
        private final String name;
        private ByteOrder order = ByteOrder.LITTLE_ENDIAN;

        PickledDType(String name) {
            this.name = name;
            type();
        }

        /** Called by Pyrolite for BUILD: (version, byte order, ...). */
        public void __setstate__(Object[] state) {
            if (state.length > 1 && state[1] instanceof String s) {
                order = ">".equals(s) ? ByteOrder.BIG_ENDIAN : "<".equals(s) ? ByteOrder.LITTLE_ENDIAN : order;
            }
            if (state.length > 3 && state[3] != null) {
                throw new PickleException("structured numpy types are not supported");
            }
        }

        DType type() {
            try {
                return DType.parse(name, order);
            } catch (IllegalArgumentException e) {
                throw new PickleException(e.getMessage());
            }
        }
    }

    /** A numpy array under construction, filled by its BUILD state. */
    public static final class PickledArray {
        private NdArray array;

        /** Called by Pyrolite for BUILD: (version, shape, dtype, is_fortran, data). */
        public void __setstate__(Object[] state) {
            if (state.length != 5 || !(state[1] instanceof Object[] dims) || !(state[2] instanceof PickledDType t)) {
                throw new PickleException("unexpected numpy array state");
            }
            long[] shape = new long[dims.length];
            for (int i = 0; i < dims.length; i++) {
                if (!(dims[i] instanceof Number n)) {
                    throw new PickleException("numpy array shape is not a tuple of numbers");
                }
                shape[i] = n.longValue();
            }
            long size = NdArray.size(shape);
            boolean fortran = Boolean.TRUE.equals(state[3]);
            DType type = t.type();
            if (type.isObject()) {
                if (!(state[4] instanceof List<?> items) || items.size() != size) {
                    throw new PickleException("numpy object array of " + size + " elements has another number of items");
                }
                array = new NdArray(type, shape, fortran, items.toArray());
                return;
            }
            byte[] raw = bytes(state[4]);
            if (size < 0 || size * type.itemSize() != raw.length) {
                throw new PickleException("numpy array of shape " + java.util.Arrays.toString(shape) + " (" + type.label()
                        + ") has " + raw.length + " bytes of data");
            }
            array = new NdArray(type, shape, fortran, NdArray.decode(type, ByteBuffer.wrap(raw), (int) size));
        }

        NdArray toArray() {
            if (array == null) {
                throw new IllegalStateException("a numpy array without its data");
            }
            return array;
        }
    }
}
