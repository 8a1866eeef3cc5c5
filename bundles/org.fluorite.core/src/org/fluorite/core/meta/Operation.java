package org.fluorite.core.meta;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.fluorite.core.json.Json;

/**
 * One step in the history of a piece of data: what was done ({@code name}, a stable id such as
 * "import.tiff" or "motion.rigid"), with which parameters, when, and by which tool version.
 */
public record Operation(String name, Map<String, Object> parameters, Instant time, String tool) {

    public Operation {
        Objects.requireNonNull(name, "name");
        LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
        if (parameters != null) {
            parameters.forEach((k, v) -> copy.put(k, Json.checkValue(v)));
        }
        parameters = Collections.unmodifiableMap(copy);
        time = time == null ? Instant.now() : time;
        tool = tool == null ? "" : tool;
    }

    public static Operation of(String name, Map<String, ?> parameters) {
        return new Operation(name, parameters == null ? null : new LinkedHashMap<>(parameters), Instant.now(), "fluorite");
    }

    Map<String, Object> toMap() {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("operation", name);
        m.put("parameters", parameters);
        m.put("time", time.toString());
        m.put("tool", tool);
        return m;
    }

    static Operation fromMap(Map<?, ?> m) {
        Object params = m.get("parameters");
        LinkedHashMap<String, Object> p = new LinkedHashMap<>();
        if (params instanceof Map<?, ?> pm) {
            pm.forEach((k, v) -> p.put(String.valueOf(k), v));
        }
        Object time = m.get("time");
        Object tool = m.get("tool");
        Object name = m.get("operation");
        if (name == null) {
            throw new IllegalArgumentException("A provenance entry needs an 'operation' name");
        }
        return new Operation(String.valueOf(name), p, time == null ? null : Instant.parse(String.valueOf(time)),
                tool == null ? null : String.valueOf(tool));
    }
}
