package org.fluorite.flow.graph;

import java.util.Objects;

import org.fluorite.flow.node.NodeFactory;
import org.fluorite.flow.node.PortSpec;

/**
 * A node placed in a {@link Flowchart}: its unique id in the chart (e.g. "TextFilter.1"), its
 * factory, its current settings, and its position in the editor (canvas units, zoom 1).
 * Settings and position change through the flowchart so that it can track what must re-run.
 */
public final class FlowNode {

    private final String id;
    private final NodeFactory factory;
    private volatile Record settings;
    private volatile double x;
    private volatile double y;
    private volatile long revision;

    FlowNode(String id, NodeFactory factory, Record settings, double x, double y) {
        this.id = Objects.requireNonNull(id, "id");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.settings = settings == null ? factory.defaultSettings() : settings;
        this.x = x;
        this.y = y;
    }

    public String id() {
        return id;
    }

    public NodeFactory factory() {
        return factory;
    }

    public Record settings() {
        return settings;
    }

    public double x() {
        return x;
    }

    public double y() {
        return y;
    }

    /** Grows whenever the settings or the incoming connections change (the engine re-runs the node then). */
    public long revision() {
        return revision;
    }

    void setSettings(Record s) {
        this.settings = s;
        revision++;
    }

    void touch() {
        revision++;
    }

    void moveTo(double nx, double ny) {
        this.x = nx;
        this.y = ny;
    }

    /** The index of the input terminal with this name, -1 when there is none. */
    public int inputIndex(String port) {
        for (int i = 0; i < factory.inputs().size(); i++) {
            if (factory.inputs().get(i).name().equals(port)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the output terminal with this name, -1 when there is none. */
    public int outputIndex(String port) {
        for (int i = 0; i < factory.outputs().size(); i++) {
            if (factory.outputs().get(i).name().equals(port)) {
                return i;
            }
        }
        return -1;
    }

    PortSpec input(String port) {
        int i = inputIndex(port);
        if (i < 0) {
            throw new IllegalArgumentException("Node " + id + " (" + factory.name() + ") has no input terminal '" + port + "'");
        }
        return factory.inputs().get(i);
    }

    PortSpec output(String port) {
        int i = outputIndex(port);
        if (i < 0) {
            throw new IllegalArgumentException("Node " + id + " (" + factory.name() + ") has no output terminal '" + port + "'");
        }
        return factory.outputs().get(i);
    }

    @Override
    public String toString() {
        return id + "[" + factory.id() + "]";
    }
}
