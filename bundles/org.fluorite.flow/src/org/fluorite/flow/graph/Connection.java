package org.fluorite.flow.graph;

import java.util.Objects;

/** A wire from an output terminal of one node to an input terminal of another, by node id and terminal name. */
public record Connection(String fromNode, String fromPort, String toNode, String toPort) {

    public Connection {
        Objects.requireNonNull(fromNode, "fromNode");
        Objects.requireNonNull(fromPort, "fromPort");
        Objects.requireNonNull(toNode, "toNode");
        Objects.requireNonNull(toPort, "toPort");
    }

    @Override
    public String toString() {
        return fromNode + "." + fromPort + " -> " + toNode + "." + toPort;
    }
}
