package org.fluorite.flow.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.fluorite.flow.graph.Connection;
import org.fluorite.flow.graph.FlowNode;
import org.fluorite.flow.graph.Flowchart;
import org.fluorite.flow.node.NodeFactory;
import org.fluorite.flow.ui.NodeLayout.Point;

/**
 * The flowchart editor's interaction logic, free of SWT: mouse presses, drags and releases in
 * screen pixels, wheel zoom, delete, add; it edits the {@link Flowchart} and the
 * {@link ViewTransform} and tells listeners which nodes became stale. The SWT canvas only
 * forwards events here and draws the result, so every gesture is unit-testable.
 */
public final class EditorController {

    /** Mouse buttons as SWT numbers them. */
    public static final int LEFT = 1;
    public static final int MIDDLE = 2;

    /** Hears edits: the nodes whose results are out of date now (empty after a mere move). */
    public interface EditListener {
        void edited(Set<String> staleNodes);
    }

    private enum Mode {
        IDLE, MOVE, PAN, WIRE
    }

    private Flowchart chart;
    private final ViewTransform view = new ViewTransform();
    private final List<EditListener> editListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> selectionListeners = new CopyOnWriteArrayList<>();
    private Consumer<String> status = s -> {
    };
    private String selectedNode;
    private Connection selectedWire;
    private Mode mode = Mode.IDLE;
    private double lastX;
    private double lastY;
    private double grabDx;
    private double grabDy;
    private String wireFromNode;
    private String wireFromPort;
    private Connection detached;

    public EditorController(Flowchart chart) {
        this.chart = chart;
    }

    public Flowchart flowchart() {
        return chart;
    }

    /** Shows another flowchart (New, Open): selection and view start afresh. */
    public void setFlowchart(Flowchart newChart) {
        this.chart = newChart;
        mode = Mode.IDLE;
        selectedWire = null;
        view.reset();
        select(null);
        fire(new LinkedHashSet<>(newChart.topologicalOrder()));
    }

    public ViewTransform view() {
        return view;
    }

    public void setStatusListener(Consumer<String> listener) {
        this.status = listener;
    }

    public void addEditListener(EditListener l) {
        editListeners.add(l);
    }

    public void addSelectionListener(Runnable l) {
        selectionListeners.add(l);
    }

    /** The selected node's id, or null. */
    public String selectedNode() {
        return selectedNode;
    }

    /** The selected wire, or null. */
    public Connection selectedWire() {
        return selectedWire;
    }

    public void select(String nodeId) {
        boolean changed = !java.util.Objects.equals(nodeId, selectedNode);
        selectedNode = nodeId;
        if (nodeId != null) {
            selectedWire = null;
        }
        if (changed) {
            selectionListeners.forEach(Runnable::run);
        }
    }

    /** While a wire is dragged: where it starts (canvas units), else null. */
    public Point wireStart() {
        if (mode != Mode.WIRE) {
            return null;
        }
        return chart.node(wireFromNode).map(n -> NodeLayout.output(n, wireFromPort)).orElse(null);
    }

    /** While a wire is dragged over an input terminal: that terminal, else null. */
    public Hit wireTarget() {
        if (mode != Mode.WIRE) {
            return null;
        }
        Hit hit = HitTester.hit(chart, view, lastX, lastY);
        return hit.kind() == Hit.Kind.INPUT ? hit : null;
    }

    /**
     * Why the dragged wire could not be dropped on input {@code port} of {@code node} (different
     * types, the input already taken, a cycle), or null when it can.
     */
    public String wireProblem(String node, String port) {
        FlowNode from = chart.node(wireFromNode).orElse(null);
        FlowNode to = chart.node(node).orElse(null);
        if (from == null || to == null || from.outputIndex(wireFromPort) < 0 || to.inputIndex(port) < 0) {
            return "unknown terminal";
        }
        var out = from.factory().outputs().get(from.outputIndex(wireFromPort));
        var in = to.factory().inputs().get(to.inputIndex(port));
        if (!in.type().accepts(out.type())) {
            return "the types differ (" + out.type().id() + " to " + in.type().id() + ")";
        }
        if (!in.multiple() && !chart.into(node, port).isEmpty()) {
            return "the input is already connected";
        }
        if (node.equals(wireFromNode) || chart.downstream(node).contains(wireFromNode)) {
            return "it would make a cycle";
        }
        return null;
    }

    /** While a wire is dragged: the pointer (canvas units). */
    public Point pointer() {
        return new Point(view.toCanvasX(lastX), view.toCanvasY(lastY));
    }

    /**
     * A mouse press at screen (sx, sy). The middle button, or the left one with the pan key
     * (space) held, starts panning; the left button on an output starts a wire, on a connected
     * input picks up that wire's end, on a node selects and starts moving it, on a wire selects it.
     */
    public void mouseDown(int button, double sx, double sy, boolean panKey) {
        lastX = sx;
        lastY = sy;
        if (button == MIDDLE || (button == LEFT && panKey)) {
            mode = Mode.PAN;
            return;
        }
        if (button != LEFT) {
            return;
        }
        Hit hit = HitTester.hit(chart, view, sx, sy);
        switch (hit.kind()) {
            case OUTPUT -> startWire(hit.node(), hit.port(), null);
            case INPUT -> {
                List<Connection> wires = chart.into(hit.node(), hit.port());
                if (wires.isEmpty()) {
                    status.accept("Drag from an output terminal to this input to connect it");
                    select(hit.node());
                } else {
                    Connection c = wires.get(wires.size() - 1);
                    disconnect(c);
                    startWire(c.fromNode(), c.fromPort(), c);
                }
            }
            case NODE -> {
                FlowNode n = chart.node(hit.node()).orElseThrow();
                select(n.id());
                grabDx = view.toCanvasX(sx) - n.x();
                grabDy = view.toCanvasY(sy) - n.y();
                mode = Mode.MOVE;
            }
            case WIRE -> {
                select(null);
                selectedWire = hit.connection();
            }
            case NONE -> {
                select(null);
                selectedWire = null;
            }
        }
    }

    private void startWire(String node, String port, Connection picked) {
        mode = Mode.WIRE;
        wireFromNode = node;
        wireFromPort = port;
        detached = picked;
    }

    /** The pointer moved to (sx, sy) with a button held. */
    public void mouseMove(double sx, double sy) {
        double dx = sx - lastX;
        double dy = sy - lastY;
        lastX = sx;
        lastY = sy;
        switch (mode) {
            case PAN -> view.pan(dx, dy);
            case MOVE -> chart.move(selectedNode, view.toCanvasX(sx) - grabDx, view.toCanvasY(sy) - grabDy);
            default -> {
            }
        }
    }

    /**
     * A release at (sx, sy): a wire dropped on an input connects (refused with a status message
     * when the types differ, the input is taken or a cycle would form); dropped elsewhere, a wire
     * picked up from an input stays disconnected.
     */
    public void mouseUp(int button, double sx, double sy) {
        mouseMove(sx, sy);
        if (mode == Mode.WIRE) {
            Hit hit = HitTester.hit(chart, view, sx, sy);
            if (hit.kind() == Hit.Kind.INPUT) {
                connect(wireFromNode, wireFromPort, hit.node(), hit.port());
            } else if (detached != null) {
                status.accept("Disconnected " + detached);
            } else {
                status.accept("Drop the wire on an input terminal to connect");
            }
        }
        mode = Mode.IDLE;
        detached = null;
    }

    /** True while a button drag is in progress. */
    public boolean dragging() {
        return mode != Mode.IDLE;
    }

    /** Wheel zoom at the pointer: each notch (count = +-1) zooms by 15 %. */
    public void wheel(int count, double sx, double sy) {
        view.zoomAt(Math.pow(1.15, count), sx, sy);
    }

    public void resetView() {
        view.reset();
    }

    /** Connects two terminals; returns false and reports the reason as status when refused. */
    public boolean connect(String fromNode, String fromPort, String toNode, String toPort) {
        try {
            Connection c = chart.connect(fromNode, fromPort, toNode, toPort);
            status.accept("Connected " + c);
            fire(chart.downstream(toNode));
            return true;
        } catch (IllegalArgumentException e) {
            status.accept(e.getMessage());
            return false;
        }
    }

    public void disconnect(Connection c) {
        Set<String> stale = chart.node(c.toNode()).isPresent() ? chart.downstream(c.toNode()) : Set.of();
        chart.disconnect(c);
        if (c.equals(selectedWire)) {
            selectedWire = null;
        }
        status.accept("Disconnected " + c);
        fire(stale);
    }

    /** Adds a node of {@code factory} with its default settings at screen point (sx, sy) and selects it. */
    public FlowNode addNode(NodeFactory factory, double sx, double sy) {
        FlowNode n = chart.add(factory, null, view.toCanvasX(sx), view.toCanvasY(sy));
        select(n.id());
        status.accept("Added " + n.id());
        fire(Set.of(n.id()));
        return n;
    }

    /** Removes a node and its wires; what it fed becomes stale. */
    public void removeNode(String nodeId) {
        Set<String> stale = new LinkedHashSet<>(chart.downstream(nodeId));
        stale.remove(nodeId);
        chart.remove(nodeId);
        if (nodeId.equals(selectedNode)) {
            select(null);
        }
        status.accept("Removed " + nodeId);
        fire(stale);
    }

    /** The Delete key: removes the selected node or wire. */
    public void deleteSelection() {
        if (selectedNode != null) {
            removeNode(selectedNode);
        } else if (selectedWire != null) {
            disconnect(selectedWire);
        }
    }

    /** New settings for a node from its form: it and its downstream become stale. */
    public void setSettings(String nodeId, Record settings) {
        chart.setSettings(nodeId, settings);
        fire(chart.downstream(nodeId));
    }

    private void fire(Set<String> stale) {
        editListeners.forEach(l -> l.edited(stale));
    }
}
