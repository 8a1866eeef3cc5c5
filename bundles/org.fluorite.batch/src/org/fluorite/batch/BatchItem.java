package org.fluorite.batch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.fluorite.core.json.Json;

/**
 * One unit of work in a {@link Batch}, as stored in its {@code item.json}. Immutable: the
 * {@code with...} methods return changed copies.
 *
 * @param uuid           stable identity; also the name of the item's folder
 * @param kind           the {@link BatchItemKind#id()} that knows how to run it, e.g. "motion-correct"
 * @param name           the user's name for it
 * @param parameters     the kind's parameters (JSON-compatible values)
 * @param inputs         input references: absolute file paths (later also project sample ids)
 * @param state          where it stands
 * @param created        when it was added
 * @param started        when a worker started it (null before)
 * @param finished       when it reached a final state (null before)
 * @param exitCode       the worker's exit status when known, else null
 * @param error          for failed or aborted items, what happened in one line; else null
 * @param outputs        file names in the item's outputs/ folder, once done
 * @param execution      how it is being run: executor id ("local", "slurm"), process id or SLURM
 *                       job id, host; empty when not submitted
 * @param abortRequested true once the user asked to abort it (honoured by whoever runs it)
 */
public record BatchItem(String uuid, String kind, String name, Map<String, Object> parameters, List<String> inputs,
        ItemState state, Instant created, Instant started, Instant finished, Integer exitCode, String error,
        List<String> outputs, Execution execution, boolean abortRequested) {

    /**
     * How an item is being run.
     *
     * @param executor     "local" or "slurm"
     * @param jobId        the process id (local) or the SLURM job id ("1234" or "1234_2" for an array task)
     * @param processStart for a local process, its start time (guards against a reused process id); else null
     * @param host         the machine the process runs on (local) or null
     */
    public record Execution(String executor, String jobId, String processStart, String host) {
        public static final Execution NONE = new Execution(null, null, null, null);

        Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("executor", executor);
            m.put("jobId", jobId);
            m.put("processStart", processStart);
            m.put("host", host);
            return m;
        }

        static Execution fromJson(Object o) {
            if (!(o instanceof Map<?, ?> m)) {
                return NONE;
            }
            return new Execution(str(m.get("executor")), str(m.get("jobId")), str(m.get("processStart")), str(m.get("host")));
        }

        public boolean isEmpty() {
            return executor == null && jobId == null;
        }
    }

    public BatchItem {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        name = name == null ? kind : name;
        @SuppressWarnings("unchecked")
        Map<String, Object> p = parameters == null ? Map.of() : (Map<String, Object>) Json.checkValue(parameters);
        parameters = java.util.Collections.unmodifiableMap(p);
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        outputs = outputs == null ? List.of() : List.copyOf(outputs);
        execution = execution == null ? Execution.NONE : execution;
    }

    /** A new queued item with a random uuid. */
    public static BatchItem create(String kind, String name, Map<String, Object> parameters, List<String> inputs) {
        return new BatchItem(UUID.randomUUID().toString(), kind, name, parameters, inputs, ItemState.QUEUED, Instant.now(), null,
                null, null, null, List.of(), Execution.NONE, false);
    }

    public BatchItem withState(ItemState newState) {
        Instant fin = newState.isFinal() ? (finished != null && state.isFinal() ? finished : Instant.now()) : null;
        Instant st = newState == ItemState.QUEUED ? null : started;
        return new BatchItem(uuid, kind, name, parameters, inputs, newState, created, st, fin, exitCode, error, outputs, execution,
                abortRequested);
    }

    /** Marked running now, by {@code execution}. */
    public BatchItem started(Execution how) {
        return new BatchItem(uuid, kind, name, parameters, inputs, ItemState.RUNNING, created, Instant.now(), null, null, null,
                List.of(), how, abortRequested);
    }

    public BatchItem withExecution(Execution how) {
        return new BatchItem(uuid, kind, name, parameters, inputs, state, created, started, finished, exitCode, error, outputs, how,
                abortRequested);
    }

    /** A final state with the exit status and (for failures) the reason. */
    public BatchItem finished(ItemState finalState, Integer exit, String message) {
        BatchItem b = withState(finalState);
        return new BatchItem(uuid, kind, name, parameters, inputs, finalState, created, started, b.finished, exit, message, outputs,
                execution, abortRequested);
    }

    public BatchItem withOutputs(List<String> files) {
        return new BatchItem(uuid, kind, name, parameters, inputs, state, created, started, finished, exitCode, error, files, execution,
                abortRequested);
    }

    public BatchItem withAbortRequested(boolean requested) {
        return new BatchItem(uuid, kind, name, parameters, inputs, state, created, started, finished, exitCode, error, outputs, execution,
                requested);
    }

    /** Back to queued for another run: times, exit status, error, outputs and execution cleared. */
    public BatchItem requeued() {
        return new BatchItem(uuid, kind, name, parameters, inputs, ItemState.QUEUED, created, null, null, null, null, List.of(),
                Execution.NONE, false);
    }

    /** The content of item.json. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("uuid", uuid);
        m.put("kind", kind);
        m.put("name", name);
        m.put("parameters", parameters);
        m.put("inputs", inputs);
        m.put("state", state.label());
        m.put("created", time(created));
        m.put("started", time(started));
        m.put("finished", time(finished));
        m.put("exitCode", exitCode);
        m.put("error", error);
        m.put("outputs", outputs);
        m.put("execution", execution.isEmpty() ? null : execution.toJson());
        m.put("abortRequested", abortRequested);
        return m;
    }

    /**
     * Reads the content of item.json.
     *
     * @throws IllegalArgumentException naming the field that is missing or wrong
     */
    @SuppressWarnings("unchecked")
    public static BatchItem fromJson(Object json) {
        if (!(json instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("an item must be a JSON object");
        }
        String uuid = required(m, "uuid");
        String kind = required(m, "kind");
        Object params = m.get("parameters");
        if (params != null && !(params instanceof Map)) {
            throw new IllegalArgumentException("'parameters' must be an object");
        }
        ItemState state = ItemState.fromLabel(required(m, "state"));
        Object exit = m.get("exitCode");
        return new BatchItem(uuid, kind, str(m.get("name")), (Map<String, Object>) params, strings(m, "inputs"), state,
                instant(m, "created"), instant(m, "started"), instant(m, "finished"),
                exit instanceof Number n ? Integer.valueOf(n.intValue()) : null, str(m.get("error")), strings(m, "outputs"),
                Execution.fromJson(m.get("execution")), Boolean.TRUE.equals(m.get("abortRequested")));
    }

    private static String required(Map<?, ?> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException("'" + key + "' is missing or not a text");
        }
        return s;
    }

    private static List<String> strings(Map<?, ?> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> l)) {
            throw new IllegalArgumentException("'" + key + "' must be a list of texts");
        }
        List<String> out = new ArrayList<>();
        for (Object o : l) {
            out.add(String.valueOf(o));
        }
        return out;
    }

    private static Instant instant(Map<?, ?> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            return null;
        }
        try {
            return Instant.parse(String.valueOf(v));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + key + "' is not a time (" + v + ")");
        }
    }

    private static String time(Instant t) {
        return t == null ? null : t.toString();
    }

    static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }
}
