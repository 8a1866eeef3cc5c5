package org.fluorite.flow.graph;

/** The state of a node after a run or a validation. */
public enum NodeStatus {
    /** Not run yet (or its settings changed since). */
    NOT_RUN,
    /** Ran (or was validated) without error; its outputs are cached. */
    OK,
    /** Failed: the node is shown red with its error; the rest of the graph carries on. */
    ERROR,
    /** Not run because an input it needs failed or was not run. */
    BLOCKED,
    /** Stopped because the run was cancelled. */
    CANCELLED
}
