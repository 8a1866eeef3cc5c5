package org.fluorite.flow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.fluorite.core.json.Json;

/**
 * The analysis log of a {@link Transmission}: for each data block (the UUID in the
 * {@code _BLOCK_} column) the ordered operations that made its rows what they are, with their
 * parameters. Immutable; adding an operation returns a new trace sharing the other blocks' lists.
 */
public final class HistoryTrace {

    public static final HistoryTrace EMPTY = new HistoryTrace(Map.of());

    private final Map<UUID, List<HistoryOperation>> blocks;

    private HistoryTrace(Map<UUID, List<HistoryOperation>> blocks) {
        this.blocks = Collections.unmodifiableMap(blocks);
    }

    /** A trace of these blocks, in the map's order. */
    public static HistoryTrace of(Map<UUID, List<HistoryOperation>> blocks) {
        Map<UUID, List<HistoryOperation>> copy = new LinkedHashMap<>();
        blocks.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return new HistoryTrace(copy);
    }

    /** The block ids, in the order they were created or merged. */
    public Set<UUID> blocks() {
        return blocks.keySet();
    }

    public boolean hasBlock(UUID block) {
        return blocks.containsKey(block);
    }

    /** The operations of a block, oldest first. */
    public List<HistoryOperation> history(UUID block) {
        List<HistoryOperation> h = blocks.get(block);
        if (h == null) {
            throw new IllegalArgumentException("No data block " + block + " in this history (blocks: " + blocks.keySet() + ")");
        }
        return h;
    }

    /** The operation names of a block, oldest first (Mesmerize's get_operations_list). */
    public List<String> operationNames(UUID block) {
        return history(block).stream().map(HistoryOperation::name).toList();
    }

    /** The parameters of the last operation of that name in a block, if any. */
    public Optional<Map<String, Object>> parameters(UUID block, String operation) {
        List<HistoryOperation> h = history(block);
        for (int i = h.size() - 1; i >= 0; i--) {
            if (h.get(i).name().equals(operation)) {
                return Optional.of(h.get(i).parameters());
            }
        }
        return Optional.empty();
    }

    /** A trace with a new block that starts with the given operations. */
    public HistoryTrace withBlock(UUID block, List<HistoryOperation> operations) {
        Map<UUID, List<HistoryOperation>> copy = new LinkedHashMap<>(blocks);
        copy.put(block, List.copyOf(operations));
        return new HistoryTrace(copy);
    }

    /** A trace where {@code operation} is appended to the given block. */
    public HistoryTrace withOperation(UUID block, HistoryOperation operation) {
        List<HistoryOperation> h = new ArrayList<>(history(block));
        h.add(operation);
        Map<UUID, List<HistoryOperation>> copy = new LinkedHashMap<>(blocks);
        copy.put(block, List.copyOf(h));
        return new HistoryTrace(copy);
    }

    /** A trace where {@code operation} is appended to every block (Mesmerize's data_block_id='all'). */
    public HistoryTrace withOperationForAll(HistoryOperation operation) {
        Map<UUID, List<HistoryOperation>> copy = new LinkedHashMap<>();
        blocks.forEach((k, v) -> {
            List<HistoryOperation> h = new ArrayList<>(v);
            h.add(operation);
            copy.put(k, List.copyOf(h));
        });
        return new HistoryTrace(copy);
    }

    /** A trace with only the given blocks (the others are dropped), order kept. */
    public HistoryTrace retain(Collection<UUID> keep) {
        Map<UUID, List<HistoryOperation>> copy = new LinkedHashMap<>();
        blocks.forEach((k, v) -> {
            if (keep.contains(k)) {
                copy.put(k, v);
            }
        });
        return new HistoryTrace(copy);
    }

    /**
     * Both traces' blocks. A block present in both must have the same history in both.
     *
     * @throws IllegalArgumentException naming a block whose histories differ (see
     *                                  {@link Transmission#merge} for how merging avoids that)
     */
    public HistoryTrace merge(HistoryTrace other) {
        Map<UUID, List<HistoryOperation>> copy = new LinkedHashMap<>(blocks);
        other.blocks.forEach((k, v) -> {
            List<HistoryOperation> mine = copy.putIfAbsent(k, v);
            if (mine != null && !mine.equals(v)) {
                throw new IllegalArgumentException("Data block " + k + " has different histories in the merged transmissions");
            }
        });
        return new HistoryTrace(copy);
    }

    /** {@code {"<uuid>": [{"name","node","parameters"}, ...], ...}}: the form stored in files. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        blocks.forEach((k, v) -> m.put(k.toString(), v.stream().map(HistoryOperation::toMap).toList()));
        return m;
    }

    public String toJson() {
        return Json.write(toMap());
    }

    /** The inverse of {@link #toJson()}. */
    @SuppressWarnings("unchecked")
    public static HistoryTrace fromJson(String json) {
        Object parsed = Json.parse(json);
        if (!(parsed instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("A history trace is a JSON object of data blocks");
        }
        Map<UUID, List<HistoryOperation>> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            List<HistoryOperation> ops = new ArrayList<>();
            if (!(e.getValue() instanceof List<?> list)) {
                throw new IllegalArgumentException("Data block " + e.getKey() + ": operations must be a JSON list");
            }
            for (Object o : list) {
                if (!(o instanceof Map<?, ?> om)) {
                    throw new IllegalArgumentException("Data block " + e.getKey() + ": an operation must be a JSON object");
                }
                ops.add(HistoryOperation.fromMap((Map<String, ?>) om));
            }
            out.put(UUID.fromString(String.valueOf(e.getKey())), List.copyOf(ops));
        }
        return new HistoryTrace(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HistoryTrace h && h.blocks.equals(blocks);
    }

    @Override
    public int hashCode() {
        return blocks.hashCode();
    }

    @Override
    public String toString() {
        return "HistoryTrace" + blocks.keySet();
    }
}
