package org.fluorite.flow.graph;

import java.util.List;

import org.fluorite.flow.Transmission;

/**
 * What happened to one node in a run.
 *
 * @param nodeId    the node's id in the flowchart
 * @param status    OK, ERROR, BLOCKED, CANCELLED
 * @param error     the message shown on the node ("" when OK)
 * @param warnings  warnings the node reported
 * @param outputs   one value per output terminal (empty unless OK)
 * @param seconds   wall time of the node's execute, s (0 when cached or not run)
 * @param fromCache true when the outputs were the cached ones of an earlier run
 */
public record NodeResult(String nodeId, NodeStatus status, String error, List<String> warnings, List<Object> outputs,
        double seconds, boolean fromCache) {

    public NodeResult {
        error = error == null ? "" : error;
        warnings = List.copyOf(warnings);
        outputs = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(outputs));
    }

    static NodeResult failed(String nodeId, NodeStatus status, String error) {
        return new NodeResult(nodeId, status, error, List.of(), List.of(), 0, false);
    }

    /** Rows of the first output when it is a transmission, else -1. */
    public int rows() {
        return !outputs.isEmpty() && outputs.get(0) instanceof Transmission t ? t.rowCount() : -1;
    }

    /** The output on terminal {@code index} as a transmission. */
    public Transmission transmission(int index) {
        if (index >= outputs.size() || !(outputs.get(index) instanceof Transmission t)) {
            throw new IllegalStateException("Node " + nodeId + " has no transmission on output " + index + " (" + status
                    + (error.isEmpty() ? "" : ": " + error) + ")");
        }
        return t;
    }

    NodeResult cached() {
        return new NodeResult(nodeId, status, error, warnings, outputs, 0, true);
    }
}
