package org.fluorite.flow.ui;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.fluorite.flow.graph.NodeResult;

/**
 * The state and message of every node as the editor shows them; written by the run job's thread,
 * read by the UI thread. Nodes not known here are {@link NodeState#STALE}.
 */
public final class RunStates {

    private record Entry(NodeState state, String message) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public NodeState state(String nodeId) {
        Entry e = entries.get(nodeId);
        return e == null ? NodeState.STALE : e.state;
    }

    /** The error of a failed or blocked node, warnings of a node that ran, "" otherwise. */
    public String message(String nodeId) {
        Entry e = entries.get(nodeId);
        return e == null ? "" : e.message;
    }

    public void set(String nodeId, NodeState state, String message) {
        entries.put(nodeId, new Entry(state, message == null ? "" : message));
    }

    /** Records a node's result from the engine: errors, or for a node that ran its rows, time (s) and warnings. */
    public void set(NodeResult r) {
        String message;
        if (!r.error().isEmpty()) {
            message = r.error();
        } else {
            String done = r.fromCache() ? "up to date" : String.format(java.util.Locale.ROOT, "ran in %.3f s", r.seconds());
            message = (r.rows() >= 0 ? r.rows() + " rows, " : "") + done
                    + (r.warnings().isEmpty() ? "" : "\n" + String.join("\n", r.warnings()));
        }
        set(r.nodeId(), NodeState.of(r.status()), message);
    }

    /** Marks nodes as changed (they run again on the next run). */
    public void markStale(Collection<String> nodeIds) {
        nodeIds.forEach(id -> set(id, NodeState.STALE, ""));
    }

    public void forget(String nodeId) {
        entries.remove(nodeId);
    }

    public void clear() {
        entries.clear();
    }
}
