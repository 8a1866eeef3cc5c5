package org.fluorite.flow.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.graph.Connection;
import org.fluorite.flow.graph.FlowEngine;
import org.fluorite.flow.graph.Flowchart;
import org.fluorite.flow.graph.FlowchartJson;
import org.fluorite.flow.graph.NodeResult;
import org.fluorite.flow.graph.NodeStatus;
import org.fluorite.flow.node.NodeRegistry;

/**
 * The flowchart editor: a tool row (Run, Auto-run, Reset View), the canvas, the selected node's
 * panel and a status line. Every edit marks the affected nodes stale and, with Auto-run on,
 * re-runs them in the background; New, Open and Save work on JSON flowchart files.
 */
public final class FlowEditor {

    /** Delay between an edit and the automatic run, ms (typing in a setting does not start a run per key). */
    static final long AUTO_RUN_DELAY_MS = 300;

    private final NodeRegistry registry;
    private final Supplier<Path> project;
    private final Composite body;
    private final RunStates states = new RunStates();
    private final EditorController controller;
    private final FlowchartCanvas canvas;
    private final NodePanel panel;
    private final Label status;
    private final Button autoRun;
    private FlowRunner runner;
    private Path runProject;
    private Path file;
    private final Runnable chartListener;

    /**
     * @param registry the installed nodes (palette and loading)
     * @param project  the open project's directory, or null when none (node runs and file dialogs)
     */
    public FlowEditor(Composite parent, NodeRegistry registry, Supplier<Path> project) {
        this.registry = registry;
        this.project = project;
        body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        Composite tools = new Composite(body, SWT.NONE);
        tools.setLayout(new org.eclipse.swt.layout.RowLayout());
        Button run = new Button(tools, SWT.PUSH);
        run.setText("Run");
        run.setToolTipText("Runs the nodes whose results are out of date");
        run.addListener(SWT.Selection, e -> run(0));
        Button stop = new Button(tools, SWT.PUSH);
        stop.setText("Stop");
        stop.setToolTipText("Cancels the running flowchart");
        stop.addListener(SWT.Selection, e -> runner.cancel());
        autoRun = new Button(tools, SWT.CHECK);
        autoRun.setText("Auto-run");
        autoRun.setToolTipText("Re-run what is downstream after every change");
        autoRun.setSelection(true);
        Button reset = new Button(tools, SWT.PUSH);
        reset.setText("Reset View");
        reset.addListener(SWT.Selection, e -> resetView());
        SashForm sash = new SashForm(body, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        controller = new EditorController(new Flowchart());
        canvas = new FlowchartCanvas(sash, controller, states, registry::factories);
        panel = new NodePanel(sash, controller::setSettings, this::view);
        sash.setWeights(7, 3);
        status = new Label(body, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        controller.setStatusListener(this::setStatus);
        controller.addSelectionListener(() -> panel.show(selected(), states));
        controller.addEditListener(this::edited);
        chartListener = canvas::refresh;
        attach(controller.flowchart());
    }

    private void attach(Flowchart chart) {
        if (runner != null) {
            runner.cancel();
        }
        chart.addListener(chartListener);
        runProject = project.get();
        runner = new FlowRunner(new FlowEngine(chart, runProject, 2, true), states, this::runStatesChanged);
    }

    /** Runs what is out of date after {@code delayMs}; a project opened since the last run is used (every node re-runs then). */
    public void run(long delayMs) {
        if (!java.util.Objects.equals(project.get(), runProject)) {
            runner.cancel();
            states.clear();
            attach(controller.flowchart());
        }
        runner.schedule(delayMs);
    }

    private void runStatesChanged() {
        canvas.refresh();
        if (!body.isDisposed()) {
            body.getDisplay().asyncExec(() -> {
                if (!body.isDisposed()) {
                    panel.refreshState(states);
                }
            });
        }
    }

    private void edited(Set<String> stale) {
        states.markStale(stale);
        canvas.control().redraw();
        panel.refreshState(states);
        if (autoRun.getSelection() && !stale.isEmpty()) {
            run(AUTO_RUN_DELAY_MS);
        }
    }

    private org.fluorite.flow.graph.FlowNode selected() {
        String id = controller.selectedNode();
        return id == null ? null : controller.flowchart().node(id).orElse(null);
    }

    /** Opens ViewTransmission, ViewHistory or the Peak Editor on a node's output. */
    private void view(String nodeId, NodePanel.View view) {
        Optional<Transmission> t = output(nodeId);
        if (t.isEmpty()) {
            setStatus(nodeId + " has no data to show yet (" + states.state(nodeId).name().toLowerCase() + ")");
            return;
        }
        switch (view) {
            case TABLE -> TransmissionView.open(body.getShell(), "ViewTransmission: " + nodeId, t.get(), true);
            case HISTORY -> TransmissionView.open(body.getShell(), "ViewHistory: " + nodeId, t.get(), false);
            case PEAKS -> {
                if (!t.get().frame().has(org.fluorite.flow.nodes.signal.nodes.PeakDetectFactory.PEAKS_BASES)) {
                    setStatus(nodeId + " gives no peaks_bases column: the Peak Editor works on PeakDetect's output");
                    return;
                }
                PeakEditor.open(body.getShell(), nodeId, t.get(), project.get());
            }
        }
    }

    /**
     * The transmission a node gives (its first transmission output), or for a node without
     * outputs (Save) the one it receives.
     */
    public Optional<Transmission> output(String nodeId) {
        Optional<NodeResult> r = runner.engine().result(nodeId);
        if (r.isPresent() && r.get().status() == NodeStatus.OK) {
            for (Object o : r.get().outputs()) {
                if (o instanceof Transmission t) {
                    return Optional.of(t);
                }
            }
        }
        for (Connection c : controller.flowchart().connections()) {
            if (c.toNode().equals(nodeId) && (r.isEmpty() || r.get().outputs().isEmpty())) {
                Optional<NodeResult> up = runner.engine().result(c.fromNode());
                int oi = controller.flowchart().node(c.fromNode()).map(n -> n.outputIndex(c.fromPort())).orElse(-1);
                if (up.isPresent() && up.get().status() == NodeStatus.OK && oi >= 0 && oi < up.get().outputs().size()
                        && up.get().outputs().get(oi) instanceof Transmission t) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    private void setStatus(String text) {
        if (!status.isDisposed()) {
            status.setText(text == null ? "" : text);
        }
    }

    /** Zoom 1, no pan. */
    public void resetView() {
        controller.resetView();
        canvas.control().redraw();
    }

    /** File > New Flowchart: an empty chart. */
    public void newFlowchart() {
        show(new Flowchart(), null);
        setStatus("New flowchart");
    }

    /** File > Open Flowchart. */
    public void open(Path path) throws IOException {
        Flowchart chart = FlowchartJson.load(path, registry::factory);
        show(chart, path);
        setStatus("Opened " + path);
    }

    /** File > Save Flowchart: the JSON with every node's settings. */
    public void save(Path path) throws IOException {
        Path target = FlowchartFiles.withExtension(path);
        FlowchartJson.save(controller.flowchart(), target);
        file = target;
        setStatus("Saved " + target);
    }

    private void show(Flowchart chart, Path path) {
        controller.flowchart().removeListener(chartListener);
        states.clear();
        file = path;
        attach(chart);
        controller.setFlowchart(chart);
        panel.show(null, states);
        canvas.control().redraw();
    }

    /** The file the chart was opened from or last saved to, or null. */
    public Path file() {
        return file;
    }

    /** The folder the Open and Save dialogs start in (the project's flowcharts/), or null. */
    public Path folder() {
        return FlowchartFiles.folder(project.get());
    }

    public Composite control() {
        return body;
    }

    public EditorController controller() {
        return controller;
    }

    public FlowchartCanvas canvas() {
        return canvas;
    }

    public NodePanel panel() {
        return panel;
    }

    public RunStates states() {
        return states;
    }

    public FlowRunner runner() {
        return runner;
    }

    public String statusText() {
        return status.getText();
    }

    public void setAutoRun(boolean on) {
        autoRun.setSelection(on);
    }

    /** Stops a background run (closing the part). */
    public void dispose() {
        runner.cancel();
        controller.flowchart().removeListener(chartListener);
    }
}
