package org.fluorite.flow;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.fluorite.core.json.Json;

/**
 * One step in the analysis history of a data block: which node did it ({@code nodeId}, the stable
 * id of its factory, e.g. "data.SpliceArrays"; "" for operations logged by scripts), the
 * operation's name as Mesmerize logs it (e.g. "splice_arrays") and its parameters
 * (JSON-compatible: numbers, text, booleans, lists, maps).
 */
public record HistoryOperation(String nodeId, String name, Map<String, Object> parameters) {

    @SuppressWarnings("unchecked")
    public HistoryOperation {
        Objects.requireNonNull(name, "name");
        nodeId = nodeId == null ? "" : nodeId;
        parameters = java.util.Collections.unmodifiableMap(
                (Map<String, Object>) normalized(Json.checkValue(parameters == null ? Map.of() : parameters)));
    }

    /** Whole numbers as Long, others as Double, so that a history equals itself read back from JSON. */
    private static Object normalized(Object v) {
        if (v instanceof Byte || v instanceof Short || v instanceof Integer || v instanceof java.math.BigInteger) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float || v instanceof java.math.BigDecimal) {
            return ((Number) v).doubleValue();
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), normalized(x)));
            return java.util.Collections.unmodifiableMap(out);
        }
        if (v instanceof java.util.List<?> l) {
            return l.stream().map(HistoryOperation::normalized).toList();
        }
        return v;
    }

    public static HistoryOperation of(String nodeId, String name, Map<String, ?> parameters) {
        return new HistoryOperation(nodeId, name, new LinkedHashMap<>(parameters));
    }

    /** {@code {"name": ..., "node": ..., "parameters": {...}}}, the form stored in files. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("node", nodeId);
        m.put("parameters", parameters);
        return m;
    }

    /** The inverse of {@link #toMap()}. */
    @SuppressWarnings("unchecked")
    public static HistoryOperation fromMap(Map<String, ?> m) {
        Object params = m.get("parameters");
        return new HistoryOperation(m.get("node") == null ? "" : String.valueOf(m.get("node")), String.valueOf(m.get("name")),
                params instanceof Map<?, ?> p ? (Map<String, Object>) p : Map.of());
    }
}
