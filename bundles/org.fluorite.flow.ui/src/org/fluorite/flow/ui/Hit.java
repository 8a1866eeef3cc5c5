package org.fluorite.flow.ui;

import org.fluorite.flow.graph.Connection;

/**
 * What lies under a point of the editor.
 *
 * @param kind       nothing, a node's box, an input or output terminal, or a wire
 * @param node       the node's id (null for NONE and WIRE)
 * @param port       the terminal's name (INPUT and OUTPUT only)
 * @param connection the wire (WIRE only)
 */
public record Hit(Kind kind, String node, String port, Connection connection) {

    /** The kinds of things under the pointer. */
    public enum Kind {
        NONE, NODE, INPUT, OUTPUT, WIRE
    }

    public static final Hit NONE = new Hit(Kind.NONE, null, null, null);
}
