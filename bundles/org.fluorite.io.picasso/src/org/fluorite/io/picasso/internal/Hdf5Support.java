package org.fluorite.io.picasso.internal;

import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.fluorite.io.ImportException;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Node;

/**
 * Small helpers around jHDF: opening a file with every failure turned into an
 * {@link ImportException} naming the file, and attributes as JSON-compatible values.
 */
public final class Hdf5Support {

    /** The eight bytes every HDF5 file (without user block) starts with. */
    private static final byte[] SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    /** Largest number of values one attribute may have before it is summarised instead of kept. */
    private static final int MAX_ATTRIBUTE_VALUES = 4096;

    private Hdf5Support() {
    }

    /** True when {@code head} starts with the HDF5 signature (at 0 or after a 512-byte user block). */
    public static boolean isHdf5(byte[] head) {
        return head != null && startsWith(head, 0);
    }

    private static boolean startsWith(byte[] head, int at) {
        if (head.length < at + SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (head[at + i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    /** Opens {@code file} with jHDF; any failure becomes an {@link ImportException} naming the file. */
    public static HdfFile open(Path file) throws ImportException {
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file, "file not found");
        }
        return call(file, "cannot be opened as HDF5", () -> new HdfFile(file));
    }

    /**
     * Runs {@code work}; jHDF reports damaged files with any kind of runtime exception and even
     * {@link StackOverflowError} (cyclic structures) or {@link OutOfMemoryError} (absurd sizes):
     * all become an {@link ImportException} naming the file.
     */
    public static <T> T call(Path file, String what, Callable<T> work) throws ImportException {
        try {
            return work.call();
        } catch (ImportException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new ImportException(file, what + ": " + describe(e), e);
        } catch (Exception e) {
            throw new ImportException(file, what + ": " + describe(e), e);
        }
    }

    private static String describe(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "the HDF5 structure is damaged (it refers to itself)";
        }
        if (e instanceof OutOfMemoryError) {
            return "a size in the file is too large to hold in memory";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** All attributes of {@code node} as JSON-compatible values, in file order. */
    public static Map<String, Object> attributes(Node node) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Attribute> e : node.getAttributes().entrySet()) {
            out.put(e.getKey(), value(e.getValue()));
        }
        return out;
    }

    /** One attribute as a String, Number, Boolean, List or null. */
    public static Object value(Attribute attribute) {
        if (attribute.isEmpty()) {
            return null;
        }
        if (attribute.getSize() > MAX_ATTRIBUTE_VALUES) {
            return "(" + attribute.getSize() + " values, not kept)";
        }
        return toJson(attribute.getData());
    }

    /** Converts jHDF data (boxed scalars, strings, arrays of any rank) to JSON-compatible values. */
    public static Object toJson(Object data) {
        if (data == null || data instanceof String || data instanceof Boolean) {
            return data;
        }
        if (data instanceof Float f) {
            return f.doubleValue();
        }
        if (data instanceof Number) {
            return data;
        }
        if (data instanceof Character c) {
            return String.valueOf(c);
        }
        if (data.getClass().isArray()) {
            int n = Array.getLength(data);
            List<Object> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(toJson(Array.get(data, i)));
            }
            return list;
        }
        if (data instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), toJson(v)));
            return out;
        }
        return String.valueOf(data);
    }

    /** The attribute as a number, or NaN when absent or not numeric. */
    public static double number(Node node, String name) {
        Attribute a = node.getAttribute(name);
        if (a == null || a.isEmpty()) {
            return Double.NaN;
        }
        Object v = a.getData();
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v != null && v.getClass().isArray() && Array.getLength(v) == 1 && Array.get(v, 0) instanceof Number n) {
            return n.doubleValue();
        }
        return Double.NaN;
    }

    /** The attribute as text, or null when absent. */
    public static String text(Node node, String name) {
        Attribute a = node.getAttribute(name);
        if (a == null || a.isEmpty()) {
            return null;
        }
        Object v = a.getData();
        return v == null ? null : String.valueOf(toJson(v));
    }
}
