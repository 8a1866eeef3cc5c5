package org.fluorite.flow.node;

/** The settings of a node that has none. */
public record NoSettings() {

    public static final NoSettings INSTANCE = new NoSettings();
}
