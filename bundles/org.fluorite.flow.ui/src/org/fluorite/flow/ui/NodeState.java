package org.fluorite.flow.ui;

import org.fluorite.flow.graph.NodeStatus;

/** How the editor colours a node. */
public enum NodeState {
    /** Its settings or inputs changed since its last run (or it never ran). */
    STALE,
    /** Queued or running in the current run. */
    RUNNING,
    /** Its outputs are up to date. */
    OK,
    /** It failed: red, its error as tooltip and in the side panel. */
    FAILED,
    /** Not run because an input failed or is missing. */
    BLOCKED,
    /** The run was cancelled before it finished. */
    CANCELLED;

    /** The state shown for an engine status. */
    public static NodeState of(NodeStatus status) {
        return switch (status) {
            case OK -> OK;
            case ERROR -> FAILED;
            case BLOCKED -> BLOCKED;
            case CANCELLED -> CANCELLED;
            case NOT_RUN -> STALE;
        };
    }
}
