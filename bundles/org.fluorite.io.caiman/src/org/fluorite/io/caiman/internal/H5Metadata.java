package org.fluorite.io.caiman.internal;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

/**
 * Turns a group of small HDF5 datasets (CaImAn's parameters) into JSON-compatible metadata:
 * numbers, strings, short lists; larger arrays become a {"shape": [...]} note so the metadata
 * stays small. CaImAn writes Python's None as the text "NoneType", which becomes null.
 */
final class H5Metadata {

    /** Arrays with more values than this are summarised by their shape. */
    static final int MAX_LIST = 64;
    private static final int MAX_DEPTH = 6;

    private H5Metadata() {
    }

    static Map<String, Object> of(Group group) {
        return of(group, 0);
    }

    private static Map<String, Object> of(Group group, int depth) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (depth > MAX_DEPTH) {
            return out;
        }
        for (Map.Entry<String, Node> e : group.getChildren().entrySet()) {
            Node n = e.getValue();
            if (n instanceof Group g) {
                out.put(e.getKey(), of(g, depth + 1));
            } else if (n instanceof Dataset d) {
                out.put(e.getKey(), value(d));
            }
        }
        return out;
    }

    /** A small dataset's value as JSON (scalar, list), or its shape when large. */
    static Object value(Dataset d) {
        long size = d.getSize();
        if (d.isCompound() || size > MAX_LIST) {
            Map<String, Object> note = new LinkedHashMap<>();
            List<Long> shape = new ArrayList<>();
            for (long x : d.getDimensionsAsLong()) {
                shape.add(x);
            }
            note.put("shape", shape);
            return note;
        }
        if (d.isEmpty()) {
            return null;
        }
        return json(d.isScalar() ? d.getData() : d.getDataFlat());
    }

    static Object json(Object v) {
        if (v == null || v instanceof Boolean) {
            return v;
        }
        if (v instanceof String s) {
            return "NoneType".equals(s) ? null : s;
        }
        if (v instanceof Number n) {
            double x = n.doubleValue();
            return Double.isFinite(x) ? n : String.valueOf(x);
        }
        if (v.getClass().isArray()) {
            int len = Array.getLength(v);
            if (len == 1) {
                return json(Array.get(v, 0));
            }
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < len && i < MAX_LIST; i++) {
                list.add(json(Array.get(v, i)));
            }
            return list;
        }
        return String.valueOf(v);
    }
}
