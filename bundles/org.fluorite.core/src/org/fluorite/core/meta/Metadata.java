package org.fluorite.core.meta;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.fluorite.core.json.Json;

/**
 * Everything a file says about its data, as an ordered map of JSON-compatible values (String,
 * Number, Boolean, List, Map, null), immutable. Keys are kept as the file spells them. The
 * calcium-imaging minimal keys {@code origin}, {@code fps} and {@code date} have typed accessors.
 */
public final class Metadata {

    public static final Metadata EMPTY = new Metadata(Map.of());

    /** Where the recording comes from (microscope or acquisition software). */
    public static final String ORIGIN = "origin";
    /** Sampling rate in Hz (volumes per second for 3-D movies). */
    public static final String FPS = "fps";
    /** Acquisition date and time as "YYYYMMDD_HHMMSS". */
    public static final String DATE = "date";

    private final Map<String, Object> values;

    private Metadata(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Metadata of(Map<String, ?> values) {
        LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, Json.checkValue(v)));
        return new Metadata(copy);
    }

    /** All entries in file order. */
    public Map<String, Object> asMap() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public Object get(String key) {
        return values.get(key);
    }

    public Optional<String> string(String key) {
        Object v = values.get(key);
        return v == null ? Optional.empty() : Optional.of(String.valueOf(v));
    }

    /** The value as a number, also when stored as numeric text. */
    public OptionalDouble number(String key) {
        Object v = values.get(key);
        if (v instanceof Number n) {
            return OptionalDouble.of(n.doubleValue());
        }
        if (v instanceof String s) {
            try {
                return OptionalDouble.of(Double.parseDouble(s.trim()));
            } catch (NumberFormatException e) {
                return OptionalDouble.empty();
            }
        }
        return OptionalDouble.empty();
    }

    public Optional<String> origin() {
        return string(ORIGIN);
    }

    public OptionalDouble fps() {
        return number(FPS);
    }

    public Optional<String> date() {
        return string(DATE);
    }

    /** A copy with {@code key} set (null removes it). */
    public Metadata with(String key, Object value) {
        LinkedHashMap<String, Object> copy = new LinkedHashMap<>(values);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, Json.checkValue(value));
        }
        return new Metadata(copy);
    }

    /** A copy with every entry of {@code other} added, replacing equal keys. */
    public Metadata withAll(Map<String, ?> other) {
        LinkedHashMap<String, Object> copy = new LinkedHashMap<>(values);
        other.forEach((k, v) -> copy.put(k, Json.checkValue(v)));
        return new Metadata(copy);
    }

    public String toJson() {
        return Json.write(values);
    }

    public static Metadata fromJson(String json) {
        Object parsed = Json.parse(json);
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("Metadata JSON must be an object");
        }
        LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), v));
        return new Metadata(copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Metadata m && m.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return toJson();
    }
}
