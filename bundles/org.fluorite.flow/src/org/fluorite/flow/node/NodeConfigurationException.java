package org.fluorite.flow.node;

/**
 * A node cannot work with its inputs or settings (a missing column, a wrong terminal type, a
 * setting out of range). The message is shown on the node as it is: say what is wrong and what
 * to change.
 */
public class NodeConfigurationException extends Exception {
    private static final long serialVersionUID = 1L;

    public NodeConfigurationException(String message) {
        super(message);
    }
}
