package org.fluorite.io.hdf5;

import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jhdf.api.Attribute;
import io.jhdf.api.Node;
import io.jhdf.object.datatype.EnumDataType;
import io.jhdf.object.datatype.VariableLength;
import io.jhdf.object.datatype.StringData;

/**
 * HDF5 attributes as JSON-compatible values (String, Long, Double, Boolean, List, Map, null) for
 * {@link org.fluorite.core.meta.Metadata} and the HDF5 tree. Scalars become single values, arrays
 * nested lists, compound values maps, h5py booleans Booleans, 64-bit unsigned integers Long or
 * (beyond its range) Double. Attributes with more than a given number of values are summarised
 * as {@code {"dtype", "shape", "first": [...], "truncated": true}}.
 *
 * <p>Call these inside {@link Hdf5File#call} so that a damaged attribute fails cleanly.
 */
public final class Hdf5Attributes {

    /** Attributes larger than this are not read, only described (bytes). */
    public static final long MAX_READ_BYTES = 16L << 20;

    private Hdf5Attributes() {
    }

    /**
     * All attributes of a node: in creation order when the file tracks it, else by name with
     * numbers in names compared as numbers ("FIELD_2" before "FIELD_10"). An attribute that cannot be read
     * becomes {@code {"error": "..."}} so that one bad attribute does not hide the others.
     *
     * @param maxValues arrays with more values are truncated to their first {@code maxValues}
     * @param fileLength length of the file in bytes, an upper bound on a readable attribute
     */
    public static Map<String, Object> of(Node node, int maxValues, long fileLength) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map.Entry<String, Attribute>> entries = new ArrayList<>(node.getAttributes().entrySet());
        if (!node.isAttributeCreationOrderTracked()) {
            entries.sort((a, b) -> naturalCompare(a.getKey(), b.getKey()));
        }
        for (Map.Entry<String, Attribute> e : entries) {
            Object value;
            try {
                value = value(e.getValue(), maxValues, fileLength);
            } catch (RuntimeException ex) {
                value = Map.of("error", ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage());
            }
            out.put(e.getKey(), value);
        }
        return out;
    }

    /** Compares names with digit runs compared by value. */
    static int naturalCompare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                String da = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String db = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = da.length() != db.length() ? Integer.compare(da.length(), db.length()) : da.compareTo(db);
                if (c != 0) {
                    return c;
                }
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** One attribute as a JSON-compatible value (see the class comment). */
    public static Object value(Attribute attribute, int maxValues, long fileLength) {
        if (attribute.isEmpty()) {
            return null;
        }
        long count = attribute.getSize();
        boolean variable = attribute.getDataType() instanceof VariableLength;
        long bytes = attribute.getSizeInBytes();
        if (bytes > MAX_READ_BYTES || (!variable && bytes > fileLength) || count < 0) {
            return summary(attribute, List.of(), "not read: " + bytes + " bytes");
        }
        Object data = attribute.getData();
        if (attribute.isScalar()) {
            return scalar(data, attribute);
        }
        if (count > maxValues) {
            List<Object> first = new ArrayList<>();
            flatten(data, first, maxValues, attribute);
            return summary(attribute, first, null);
        }
        return toJson(data, attribute);
    }

    private static Map<String, Object> summary(Attribute attribute, List<Object> first, String note) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dtype", Hdf5Types.label(attribute.getDataType()));
        List<Long> shape = new ArrayList<>();
        for (long d : attribute.getDimensionsAsLong()) {
            shape.add(d);
        }
        m.put("shape", shape);
        if (note != null) {
            m.put("note", note);
        } else {
            m.put("first", first);
        }
        m.put("truncated", true);
        return m;
    }

    /** Converts what jHDF returned for a dataset or attribute (arrays, maps, boxed values) to JSON values. */
    public static Object toJson(Object data, Attribute context) {
        if (data == null) {
            return null;
        }
        if (data.getClass().isArray()) {
            int n = Array.getLength(data);
            List<Object> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(toJson(Array.get(data, i), context));
            }
            return out;
        }
        if (data instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), toJson(v, context)));
            return out;
        }
        return scalar(data, context);
    }

    private static void flatten(Object data, List<Object> out, int max, Attribute context) {
        if (out.size() >= max) {
            return;
        }
        if (data != null && data.getClass().isArray()) {
            int n = Array.getLength(data);
            for (int i = 0; i < n && out.size() < max; i++) {
                flatten(Array.get(data, i), out, max, context);
            }
        } else {
            out.add(toJson(data, context));
        }
    }

    private static Object scalar(Object v, Attribute context) {
        if (v == null || v instanceof Boolean || v instanceof Long || v instanceof Double) {
            return v;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            // whole numbers as Long, as the JSON reader gives them back
            return ((Number) v).longValue();
        }
        if (v instanceof String s) {
            if (context != null && isBooleanEnum(context)) {
                return "TRUE".equals(s);
            }
            return s;
        }
        if (v instanceof Float f) {
            // the float's shortest decimal, not its binary expansion as a double
            return Double.valueOf(Float.toString(f));
        }
        if (v instanceof BigInteger b) {
            return b.bitLength() < 64 ? (Object) b.longValue() : (Object) b.doubleValue();
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof Character c) {
            return c.toString();
        }
        if (v instanceof Map<?, ?> || v.getClass().isArray()) {
            return toJson(v, context);
        }
        return String.valueOf(v);
    }

    private static boolean isBooleanEnum(Attribute attribute) {
        if (attribute.getDataType() instanceof EnumDataType e) {
            Map<Integer, String> mapping = e.getEnumMapping();
            return mapping.size() == 2 && "FALSE".equals(mapping.get(0)) && "TRUE".equals(mapping.get(1));
        }
        return false;
    }

    /**
     * The attribute {@code name} of {@code node} as a number: a numeric scalar or a numeric
     * array of one value. NaN when the attribute is absent, empty, not numeric, holds several
     * values or is larger than {@link #MAX_READ_BYTES}.
     */
    public static double number(Node node, String name) {
        Attribute a = node.getAttribute(name);
        if (a == null || a.isEmpty() || a.getSizeInBytes() > MAX_READ_BYTES) {
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

    /**
     * The attribute {@code name} of {@code node} as text: strings as they are, other values as
     * their JSON-compatible form ({@link #toJson}) written out. Null when the attribute is
     * absent, empty or larger than {@link #MAX_READ_BYTES}.
     */
    public static String text(Node node, String name) {
        Attribute a = node.getAttribute(name);
        if (a == null || a.isEmpty() || a.getSizeInBytes() > MAX_READ_BYTES) {
            return null;
        }
        Object v = a.getData();
        return v == null ? null : String.valueOf(toJson(v, a));
    }

    /** True when the attribute holds text (fixed or variable length). */
    public static boolean isText(Attribute attribute) {
        return attribute.getDataType() instanceof StringData
                || (attribute.getDataType() instanceof VariableLength v && v.isVariableLengthString());
    }
}
