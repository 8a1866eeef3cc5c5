package org.fluorite.io.suite2p.npy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fluorite.io.ImportException;

import net.razorvine.pickle.Unpickler;
import net.razorvine.pickle.objects.ClassDict;

/**
 * Unpickles numpy data (the object arrays of .npy files, e.g. suite2p's stat.npy and ops.npy) into
 * plain Java values: dicts become {@code Map<String, Object>} (keys sorted), lists and tuples
 * {@code List<Object>}, numpy arrays {@link NdArray}, numpy scalars {@code Double}, {@code Long}
 * or {@code Boolean}, datetimes ISO-8601 text.
 *
 * <p>Safety: the stream is first checked by {@link PickleScanner} (allowed opcodes and globals
 * only, every length within the data), then unpickled with Pyrolite, whose numpy constructors
 * are registered here ({@link NumpyConstructors}); nested structures deeper than
 * {@value #MAX_DEPTH} levels are refused. No Java class is ever instantiated by name.
 */
public final class NumpyPickle {

    /** Deepest nesting of containers accepted. */
    public static final int MAX_DEPTH = 64;

    static {
        NumpyConstructors.register();
    }

    private NumpyPickle() {
    }

    /**
     * Unpickles {@code data}.
     *
     * @param file for error messages
     * @throws ImportException naming the file when the pickle is damaged or refers to anything but
     *                         numpy arrays and plain values
     */
    public static Object load(byte[] data, Path file) throws ImportException {
        try {
            PickleScanner.check(data, 0);
        } catch (IllegalArgumentException e) {
            throw new ImportException(file, "holds a pickle Fluorite does not read: " + e.getMessage());
        }
        Object raw;
        try {
            Unpickler u = new Unpickler();
            raw = u.loads(data);
            u.close();
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new ImportException(file, "holds a damaged pickle: " + e, e);
        }
        try {
            return new Converter(Math.max(1_000_000L, 8L * data.length)).convert(raw, 0);
        } catch (IllegalArgumentException | IllegalStateException | StackOverflowError e) {
            throw new ImportException(file, "holds a pickle with unusable content: " + e.getMessage(), e);
        }
    }

    /**
     * Turns Pyrolite's objects into plain values, counting every value made: shared parts of a
     * pickle (memo references) are copied each time they appear, so a small stream could
     * otherwise expand without bound.
     */
    private static final class Converter {
        private final long maxValues;
        private long values;

        Converter(long maxValues) {
            this.maxValues = maxValues;
        }

        private Object convert(Object o, int depth) {
            if (++values > maxValues) {
                throw new IllegalArgumentException("the pickle expands to more than " + maxValues
                        + " values (shared parts repeated over and over)");
            }
            if (depth > MAX_DEPTH) {
                throw new IllegalArgumentException("the data is nested more than " + MAX_DEPTH + " levels deep");
            }
            if (o == null || o instanceof String || o instanceof Boolean || o instanceof Double || o instanceof Long
                    || o instanceof Integer) {
                return o instanceof Integer i ? Long.valueOf(i) : o;
            }
            if (o instanceof java.math.BigInteger big) {
                return big.bitLength() < 64 ? (Object) big.longValue() : big.doubleValue();
            }
            if (o instanceof Number n) {
                return n.doubleValue();
            }
            if (o instanceof NumpyConstructors.PickledArray a) {
                NdArray array = a.toArray();
                if (array.data() instanceof Object[] items) {
                    Object[] converted = new Object[items.length];
                    for (int i = 0; i < items.length; i++) {
                        converted[i] = convert(items[i], depth + 1);
                    }
                    return new NdArray(array.dtype(), array.shape(), array.isFortranOrder(), converted);
                }
                return array;
            }
            if (o instanceof ClassDict cd) {
                throw new IllegalArgumentException("the pickle holds a Python object of class " + cd.getClassName());
            }
            if (o instanceof NumpyConstructors.PickledDType || o instanceof NumpyConstructors.Marker) {
                throw new IllegalArgumentException("the pickle holds a bare numpy type object");
            }
            if (o instanceof Map<?, ?> m) {
                Map<String, Object> out = new TreeMap<>();
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    out.put(String.valueOf(convert(e.getKey(), depth + 1)), convert(e.getValue(), depth + 1));
                }
                return new LinkedHashMap<>(out);
            }
            if (o instanceof Object[] tuple) {
                return convertAll(Arrays.asList(tuple), depth);
            }
            if (o instanceof Iterable<?> it) {
                List<Object> items = new ArrayList<>();
                it.forEach(items::add);
                return convertAll(items, depth);
            }
            if (o instanceof byte[] bytes) {
                return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
            }
            if (o instanceof Calendar c) {
                return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(c.toInstant().atZone(ZoneOffset.UTC).toLocalDateTime());
            }
            return String.valueOf(o);
        }

        private List<Object> convertAll(List<?> items, int depth) {
            List<Object> out = new ArrayList<>(items.size());
            for (Object item : items) {
                out.add(convert(item, depth + 1));
            }
            return out;
        }
    }
}
