package org.fluorite.flow.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.fluorite.flow.node.NodeFactory;
import org.fluorite.flow.node.PortSpec;

/**
 * A dataflow graph: nodes and the typed connections between their terminals. Every change is
 * checked (terminal names, types, one wire per single input, no cycles) and refused with a clear
 * message, so a flowchart is always runnable in topological order. Changing a node's settings or
 * its incoming wires raises its {@link FlowNode#revision()}, which is how {@link FlowEngine} knows
 * what to re-run. Thread-safe; listeners hear about every change (the editor redraws).
 */
public final class Flowchart {

    private final Map<String, FlowNode> nodes = new LinkedHashMap<>();
    private final List<Connection> connections = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** Adds a node of this factory with a fresh id ("Name.N") and returns it. */
    public FlowNode add(NodeFactory factory, Record settings, double x, double y) {
        synchronized (this) {
            int n = 0;
            String id;
            do {
                id = factory.name() + "." + n++;
            } while (nodes.containsKey(id));
            return addWithId(id, factory, settings, x, y);
        }
    }

    /** Adds a node with a given id (from a saved flowchart); the id must be free. */
    public FlowNode addWithId(String id, NodeFactory factory, Record settings, double x, double y) {
        FlowNode node;
        synchronized (this) {
            if (nodes.containsKey(id)) {
                throw new IllegalArgumentException("There is already a node '" + id + "'");
            }
            if (settings != null && !factory.defaultSettings().getClass().isInstance(settings)) {
                throw new IllegalArgumentException("Node " + id + " takes " + factory.defaultSettings().getClass().getSimpleName());
            }
            node = new FlowNode(id, factory, settings, x, y);
            nodes.put(id, node);
        }
        changed();
        return node;
    }

    /** Removes a node and its wires; the nodes it fed become stale. */
    public void remove(String nodeId) {
        synchronized (this) {
            require(nodeId);
            for (Connection c : List.copyOf(connections)) {
                if (c.fromNode().equals(nodeId) || c.toNode().equals(nodeId)) {
                    connections.remove(c);
                    if (!c.toNode().equals(nodeId)) {
                        nodes.get(c.toNode()).touch();
                    }
                }
            }
            nodes.remove(nodeId);
        }
        changed();
    }

    /**
     * Wires an output to an input.
     *
     * @throws IllegalArgumentException for an unknown node or terminal, incompatible types, a
     *                                  second wire into a single input, or a cycle
     */
    public Connection connect(String fromNode, String fromPort, String toNode, String toPort) {
        Connection c = new Connection(fromNode, fromPort, toNode, toPort);
        synchronized (this) {
            FlowNode from = require(fromNode);
            FlowNode to = require(toNode);
            PortSpec out = from.output(fromPort);
            PortSpec in = to.input(toPort);
            if (!in.type().accepts(out.type())) {
                throw new IllegalArgumentException("Cannot connect " + fromNode + "." + fromPort + " (" + out.type().id() + ") to "
                        + toNode + "." + toPort + " (" + in.type().id() + "): the types differ");
            }
            if (connections.contains(c)) {
                throw new IllegalArgumentException("Already connected: " + c);
            }
            if (!in.multiple() && connections.stream().anyMatch(x -> x.toNode().equals(toNode) && x.toPort().equals(toPort))) {
                throw new IllegalArgumentException("Input " + toNode + "." + toPort + " is already connected; disconnect it first");
            }
            if (fromNode.equals(toNode) || reachable(toNode, fromNode)) {
                throw new IllegalArgumentException("Connecting " + c + " would make a cycle");
            }
            connections.add(c);
            to.touch();
        }
        changed();
        return c;
    }

    /** Removes a wire (nothing happens when it does not exist). */
    public void disconnect(Connection c) {
        boolean removed;
        synchronized (this) {
            removed = connections.remove(c);
            if (removed && nodes.containsKey(c.toNode())) {
                nodes.get(c.toNode()).touch();
            }
        }
        if (removed) {
            changed();
        }
    }

    /** New settings for a node (checked to be of its factory's settings type); it and its downstream re-run. */
    public void setSettings(String nodeId, Record settings) {
        synchronized (this) {
            FlowNode n = require(nodeId);
            if (!n.factory().defaultSettings().getClass().isInstance(settings)) {
                throw new IllegalArgumentException("Node " + nodeId + " takes " + n.factory().defaultSettings().getClass().getSimpleName());
            }
            n.setSettings(settings);
        }
        changed();
    }

    /**
     * Marks a node as changed although its settings are the same (LoadProjDF's "Update": the
     * project changed), so the next run executes it and what is downstream.
     */
    public void invalidate(String nodeId) {
        synchronized (this) {
            require(nodeId).touch();
        }
        changed();
    }

    /** Moves a node in the editor (does not make anything re-run). */
    public void move(String nodeId, double x, double y) {
        require(nodeId).moveTo(x, y);
        changed();
    }

    public synchronized List<FlowNode> nodes() {
        return List.copyOf(nodes.values());
    }

    public synchronized Optional<FlowNode> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public synchronized List<Connection> connections() {
        return List.copyOf(connections);
    }

    /** The wires into a node's terminal, in the order they were made. */
    public synchronized List<Connection> into(String nodeId, String port) {
        return connections.stream().filter(c -> c.toNode().equals(nodeId) && c.toPort().equals(port)).toList();
    }

    /** The nodes directly upstream of a node. */
    public synchronized Set<String> predecessors(String nodeId) {
        Set<String> out = new LinkedHashSet<>();
        connections.stream().filter(c -> c.toNode().equals(nodeId)).forEach(c -> out.add(c.fromNode()));
        return out;
    }

    /** The node and every node downstream of it. */
    public synchronized Set<String> downstream(String nodeId) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(nodeId));
        while (!todo.isEmpty()) {
            String n = todo.pop();
            if (seen.add(n)) {
                connections.stream().filter(c -> c.fromNode().equals(n)).forEach(c -> todo.push(c.toNode()));
            }
        }
        return seen;
    }

    /** Node ids in an order where every node comes after the nodes it depends on. */
    public synchronized List<String> topologicalOrder() {
        Map<String, Integer> indegree = new HashMap<>();
        nodes.keySet().forEach(n -> indegree.put(n, 0));
        for (Connection c : connections) {
            indegree.merge(c.toNode(), 1, Integer::sum);
        }
        List<String> out = new ArrayList<>();
        Deque<String> ready = new ArrayDeque<>();
        nodes.keySet().stream().filter(n -> indegree.get(n) == 0).forEach(ready::add);
        while (!ready.isEmpty()) {
            String n = ready.poll();
            out.add(n);
            for (Connection c : connections) {
                if (c.fromNode().equals(n) && indegree.merge(c.toNode(), -1, Integer::sum) == 0) {
                    ready.add(c.toNode());
                }
            }
        }
        return out;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private boolean reachable(String from, String target) {
        return downstream(from).contains(target);
    }

    private FlowNode require(String id) {
        synchronized (this) {
            FlowNode n = nodes.get(id);
            if (n == null) {
                throw new IllegalArgumentException("There is no node '" + id + "' in this flowchart");
            }
            return n;
        }
    }

    private void changed() {
        for (Runnable r : listeners) {
            r.run();
        }
    }
}
