package org.fluorite.core.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fluorite.core.json.Json;

/**
 * The ordered operations that made a piece of data, oldest first. Immutable: {@link #then}
 * returns a longer history. Serialises to a JSON array of
 * {@code {"operation", "parameters", "time", "tool"}} objects.
 */
public final class Provenance {

    public static final Provenance EMPTY = new Provenance(List.of());

    private final List<Operation> operations;

    private Provenance(List<Operation> operations) {
        this.operations = List.copyOf(operations);
    }

    public static Provenance of(List<Operation> operations) {
        return new Provenance(operations);
    }

    public List<Operation> operations() {
        return operations;
    }

    public boolean isEmpty() {
        return operations.isEmpty();
    }

    /** This history followed by {@code operation}. */
    public Provenance then(Operation operation) {
        List<Operation> copy = new ArrayList<>(operations);
        copy.add(operation);
        return new Provenance(copy);
    }

    public List<Map<String, Object>> toList() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Operation op : operations) {
            out.add(op.toMap());
        }
        return out;
    }

    public String toJson() {
        return Json.write(toList());
    }

    public static Provenance fromJson(String json) {
        Object parsed = Json.parse(json);
        if (!(parsed instanceof List<?> list)) {
            throw new IllegalArgumentException("Provenance JSON must be an array");
        }
        List<Operation> ops = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> m)) {
                throw new IllegalArgumentException("Provenance entries must be objects");
            }
            ops.add(Operation.fromMap(m));
        }
        return new Provenance(ops);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Provenance p && p.operations.equals(operations);
    }

    @Override
    public int hashCode() {
        return operations.hashCode();
    }
}
