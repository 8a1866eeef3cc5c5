package org.fluorite.io.bluelake.internal;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;

/** Conversions of jHDF values to JSON-compatible Java values and flat numeric arrays. */
public final class H5Values {

    /** Longest attribute array kept in metadata. */
    private static final int MAX_LIST = 256;

    private H5Values() {
    }

    /** All attributes of a node, in file order. */
    public static Map<String, Object> attributes(Node node) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Attribute> e : node.getAttributes().entrySet()) {
            Attribute a = e.getValue();
            out.put(e.getKey(), a.isEmpty() ? null : json(a.isScalar() ? a.getData() : flatten(a.getData())));
        }
        return out;
    }

    /** A JSON-compatible form of a jHDF value (numbers, text, lists; byte arrays as text). */
    public static Object json(Object v) {
        if (v == null || v instanceof Boolean || v instanceof String) {
            return v;
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? n : String.valueOf(d);
        }
        if (v instanceof byte[] bytes) {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
        if (v.getClass().isArray()) {
            int n = Array.getLength(v);
            if (n == 1) {
                return json(Array.get(v, 0));
            }
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < n && i < MAX_LIST; i++) {
                list.add(json(Array.get(v, i)));
            }
            return list;
        }
        return String.valueOf(v);
    }

    /** A multi-dimensional Java array flattened into a 1-d list of its leaves (other values unchanged). */
    static Object flatten(Object v) {
        if (v == null || !v.getClass().isArray() || !v.getClass().getComponentType().isArray()) {
            return v;
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0, n = Array.getLength(v); i < n && out.size() < MAX_LIST; i++) {
            Object inner = flatten(Array.get(v, i));
            if (inner != null && inner.getClass().isArray()) {
                for (int j = 0, m = Array.getLength(inner); j < m; j++) {
                    out.add(Array.get(inner, j));
                }
            } else {
                out.add(inner);
            }
        }
        return out.toArray();
    }

    /** A numeric attribute as a long, or {@code otherwise}. */
    public static long longAttribute(Map<String, Object> attributes, String key, long otherwise) {
        return attributes.get(key) instanceof Number n ? n.longValue() : otherwise;
    }

    /** A numeric attribute as a double, or NaN. */
    public static double doubleAttribute(Map<String, Object> attributes, String key) {
        return attributes.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** A 1-d numeric Java array (any primitive or boxed type) as doubles. */
    public static double[] doubles(Object array) {
        if (array instanceof double[] d) {
            return d;
        }
        int n = Array.getLength(array);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            Object o = Array.get(array, i);
            out[i] = o instanceof Number num ? num.doubleValue() : o instanceof Boolean b && b ? 1 : 0;
        }
        return out;
    }

    /** A 1-d integer Java array (any primitive or boxed type) as longs. */
    public static long[] longs(Object array) {
        if (array instanceof long[] l) {
            return l;
        }
        int n = Array.getLength(array);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            Object o = Array.get(array, i);
            out[i] = o instanceof Number num ? num.longValue() : 0;
        }
        return out;
    }

    /** Text of a scalar string dataset, or null. */
    public static String text(Dataset d) {
        if (d.isCompound() || d.getSize() > 1) {
            return null;
        }
        Object v = d.getData();
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof String[] a && a.length == 1) {
            return a[0];
        }
        return null;
    }
}
