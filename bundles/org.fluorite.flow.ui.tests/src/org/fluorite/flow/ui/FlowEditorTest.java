package org.fluorite.flow.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.graph.Connection;
import org.fluorite.flow.graph.FlowEngine;
import org.fluorite.flow.graph.Flowchart;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The editor in a real shell (DISPLAY): mouse events sent to the canvas connect and disconnect,
 * Delete removes, a settings edit in the side panel re-runs only the downstream nodes in the
 * background job, a failing node shows its error, and Save/Open through the File commands round-trip.
 */
class FlowEditorTest {

    private Display display;
    private Shell shell;
    private FlowEditor editor;
    private Path project;

    @BeforeEach
    void open() throws Exception {
        TestData.assumeDisplay();
        project = TestData.tempDir("flow-ui");
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1100, 650);
        editor = new FlowEditor(shell, UiTestNodes.registry(), () -> project);
        shell.open();
        SwtHarness.spin(display);
    }

    @AfterEach
    void close() throws Exception {
        if (editor != null) {
            editor.runner().cancel();
            editor.runner().join();
        }
        if (shell != null) {
            shell.dispose();
        }
    }

    private Canvas canvas() {
        return editor.canvas().control();
    }

    private Flowchart chart() {
        return editor.controller().flowchart();
    }

    @Test
    void draggingOnTheCanvasConnectsRefusesAndDisconnects() throws Exception {
        editor.setAutoRun(false);
        editor.controller().addNode(new UiTestNodes.Source(), 20, 20);
        editor.controller().addNode(new UiTestNodes.Scale(), 320, 20);
        editor.controller().addNode(new UiTestNodes.Number(), 20, 160);
        // Source output at (170, 51), Scale input at (320, 51), Number output at (170, 191)
        SwtHarness.drag(canvas(), 1, 170, 51, 322, 50);
        assertEquals(List.of(new Connection("Source.0", "Out", "Scale.0", "In")), chart().connections());
        SwtHarness.drag(canvas(), 1, 320, 51, 250, 120);
        assertTrue(chart().connections().isEmpty());
        assertTrue(editor.statusText().startsWith("Disconnected"), editor.statusText());
        // while the number wire hovers over the transmission input, a red ring marks the refusal
        SwtHarness.send(canvas(), SWT.MouseDown, 1, 170, 191);
        SwtHarness.send(canvas(), SWT.MouseMove, 0, 320, 51);
        var hover = SwtHarness.capture(canvas());
        SwtHarness.save(hover, Path.of(System.getProperty("java.io.tmpdir"), "fluorite-flow-ui-refused-drop.png"));
        assertTrue(SwtHarness.count(hover, 220, 40, 40) > 5, "red ring at the refusing input");
        SwtHarness.send(canvas(), SWT.MouseUp, 1, 320, 51);
        assertTrue(chart().connections().isEmpty());
        assertTrue(editor.statusText().contains("the types differ"), editor.statusText());
        SwtHarness.drag(canvas(), 1, 170, 51, 320, 51);
        assertEquals(1, chart().connections().size());
    }

    @Test
    void deleteKeyRemovesTheClickedNode() {
        editor.setAutoRun(false);
        editor.controller().addNode(new UiTestNodes.Source(), 20, 20);
        editor.controller().addNode(new UiTestNodes.Scale(), 320, 20);
        editor.controller().connect("Source.0", "Out", "Scale.0", "In");
        SwtHarness.click(canvas(), 80, 40);
        assertEquals("Source.0", editor.controller().selectedNode());
        assertEquals("Source.0", textOf(editor.panel()));
        SwtHarness.key(canvas(), SWT.DEL);
        assertEquals(List.of("Scale.0"), chart().nodes().stream().map(n -> n.id()).toList());
        assertTrue(chart().connections().isEmpty());
        assertNull(editor.controller().selectedNode());
    }

    private static String textOf(NodePanel p) {
        return ((org.eclipse.swt.widgets.Label) ((org.eclipse.swt.widgets.Composite) p.control()).getChildren()[0]).getText();
    }

    @Test
    void aSettingsEditReRunsOnlyTheDownstreamNodes() throws Exception {
        editor.controller().addNode(new UiTestNodes.Source(), 20, 20);
        editor.controller().addNode(new UiTestNodes.Scale(), 320, 20);
        editor.controller().addNode(new UiTestNodes.Scale(), 620, 20);
        editor.controller().addNode(new UiTestNodes.Scale(), 320, 200);
        editor.controller().connect("Source.0", "Out", "Scale.0", "In");
        editor.controller().connect("Scale.0", "Out", "Scale.1", "In");
        editor.controller().connect("Source.0", "Out", "Scale.2", "In");
        editor.runner().join();
        FlowEngine engine = editor.runner().engine();
        for (String id : List.of("Source.0", "Scale.0", "Scale.1", "Scale.2")) {
            assertEquals(1, engine.executions(id), id);
            assertEquals(NodeState.OK, editor.states().state(id), id);
        }
        editor.controller().select("Scale.0");
        assertNotNull(editor.panel().form());
        editor.panel().form().setText("factor", "3");
        assertEquals(3.0, ((UiTestNodes.ScaleSettings) chart().node("Scale.0").orElseThrow().settings()).factor());
        assertEquals(NodeState.STALE, editor.states().state("Scale.1"));
        editor.runner().join();
        assertEquals(1, engine.executions("Source.0"));
        assertEquals(2, engine.executions("Scale.0"));
        assertEquals(2, engine.executions("Scale.1"));
        assertEquals(1, engine.executions("Scale.2"));
        Transmission out = editor.output("Scale.0").orElseThrow();
        assertArrayEquals(new double[] {3, 6, 9}, out.column("_SCALED").arrays()[0], 0);
        assertEquals(List.of("spawn", "scale"), out.history().operationNames(UiTestNodes.BLOCK));
        SwtHarness.spin(display);
        assertTrue(editor.panel().messageText().startsWith("ok: 2 rows, ran in "), editor.panel().messageText());
    }

    @Test
    void aFailingNodeIsRedWithItsErrorAndTheRestRuns() throws Exception {
        editor.controller().addNode(new UiTestNodes.Source(), 20, 20);
        editor.controller().addNode(new UiTestNodes.Scale(), 320, 20);
        editor.controller().addNode(new UiTestNodes.Scale(), 320, 200);
        editor.controller().connect("Source.0", "Out", "Scale.0", "In");
        editor.runner().join();
        SwtHarness.spin(display);
        assertEquals(NodeState.OK, editor.states().state("Scale.0"));
        assertEquals(NodeState.FAILED, editor.states().state("Scale.1"));
        assertTrue(editor.states().message("Scale.1").contains("Connect the In terminal"), editor.states().message("Scale.1"));
        editor.controller().select("Scale.1");
        assertTrue(editor.panel().messageText().startsWith("failed: Connect the In terminal"), editor.panel().messageText());
        SwtHarness.send(canvas(), SWT.MouseMove, 0, 400, 215);
        assertEquals("Scale.1 (failed)\nConnect the In terminal", canvas().getToolTipText());
        SwtHarness.spin(display);
        var shot = SwtHarness.capture(canvas());
        SwtHarness.save(shot, Path.of(System.getProperty("java.io.tmpdir"), "fluorite-flow-ui-failed.png"));
        assertTrue(SwtHarness.count(shot, 225, 70, 70) > 50, "a red node header is drawn");
        assertTrue(SwtHarness.count(shot, 130, 200, 140) > 50, "green headers for the nodes that ran");
    }

    @Test
    void saveAndOpenRoundTripThroughTheFileCommands() throws Exception {
        editor.setAutoRun(false);
        editor.controller().addNode(new UiTestNodes.Source(), 20, 20);
        editor.controller().addNode(new UiTestNodes.Scale(), 320, 40);
        editor.controller().connect("Source.0", "Out", "Scale.0", "In");
        editor.controller().setSettings("Scale.0", new UiTestNodes.ScaleSettings(-0.5));
        List<Path> startFolders = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Path target = project.resolve("flowcharts").resolve("chart");
        FlowchartCommands commands = new FlowchartCommands((save, folder, current) -> {
            startFolders.add(folder);
            return target;
        }, (title, message) -> problems.add(title + ": " + message));
        Path saved = commands.save(editor, false);
        assertEquals(project.resolve("flowcharts/chart.json"), saved);
        assertEquals(project.resolve("flowcharts"), startFolders.get(0), "the dialog starts in the project's flowcharts/");
        assertTrue(Files.readString(saved).contains("\"factor\": -0.5"), Files.readString(saved));
        commands.newFlowchart(editor);
        assertTrue(chart().nodes().isEmpty());
        assertNull(editor.file());
        FlowchartCommands opener = new FlowchartCommands((save, folder, current) -> saved, (t, m) -> problems.add(m));
        assertEquals(saved, opener.open(editor));
        assertEquals(List.of("Source.0", "Scale.0"), chart().nodes().stream().map(n -> n.id()).toList());
        assertEquals(List.of(new Connection("Source.0", "Out", "Scale.0", "In")), chart().connections());
        assertEquals(-0.5, ((UiTestNodes.ScaleSettings) chart().node("Scale.0").orElseThrow().settings()).factor());
        assertEquals(40, chart().node("Scale.0").orElseThrow().y(), 0);
        assertEquals(saved, editor.file());
        assertTrue(problems.isEmpty(), problems.toString());
        // a damaged file is reported with its name and the editor keeps its chart
        Path bad = project.resolve("flowcharts/bad.json");
        Files.writeString(bad, "{\"format\": \"fluorite-flowchart\", \"nodes\": [{\"id\": \"X.0\", \"type\": \"acme.Gone\"}]}");
        assertNull(new FlowchartCommands((s, f, c) -> bad, (t, m) -> problems.add(m)).open(editor));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("bad.json") && problems.get(0).contains("acme.Gone"), problems.get(0));
        assertEquals(2, chart().nodes().size());
    }

    @Test
    void viewTransmissionShowsRowsAndTheBlockHistory() throws Exception {
        editor.controller().addNode(new UiTestNodes.Source(), 20, 20);
        editor.controller().addNode(new UiTestNodes.Scale(), 320, 20);
        editor.controller().connect("Source.0", "Out", "Scale.0", "In");
        editor.runner().join();
        Shell view = TransmissionView.open(shell, "ViewTransmission", editor.output("Scale.0").orElseThrow(), true);
        try {
            TransmissionView tv = (TransmissionView) view.getData();
            assertEquals(2, tv.table().getItemCount());
            List<String> headers = java.util.Arrays.stream(tv.table().getColumns()).map(c -> c.getText()).toList();
            assertEquals(java.util.Set.of("_RAW_CURVE", "cell", "_BLOCK_", "_SCALED"), java.util.Set.copyOf(headers));
            assertEquals("[3] 8.00000, 10.0000, 12.0000", tv.table().getItem(1).getText(headers.indexOf("_SCALED")));
            assertEquals("b", tv.table().getItem(1).getText(headers.indexOf("cell")));
            assertEquals(1, tv.history().getItemCount());
            assertEquals("Block " + UiTestNodes.BLOCK, tv.history().getItem(0).getText());
            assertEquals("spawn  (test.Source)", tv.history().getItem(0).getItem(0).getText());
            assertEquals("scale  (test.Scale)", tv.history().getItem(0).getItem(1).getText());
            assertEquals("factor = 2.0", tv.history().getItem(0).getItem(1).getItem(0).getText());
        } finally {
            view.dispose();
        }
    }


    private static List<String> labels(org.eclipse.swt.widgets.Menu m) {
        return java.util.Arrays.stream(m.getItems()).map(i -> i.getText()).filter(t -> !t.isEmpty()).toList();
    }

    private static org.eclipse.swt.widgets.MenuItem item(org.eclipse.swt.widgets.Menu m, String text) {
        return java.util.Arrays.stream(m.getItems()).filter(i -> i.getText().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void contextMenuAddsNodesByCategoryRemovesAndDisconnects() {
        editor.setAutoRun(false);
        var menu = editor.canvas().contextMenu(200, 300);
        assertEquals(List.of("Add Node", "Reset View"), labels(menu));
        var categories = item(menu, "Add Node").getMenu();
        assertEquals(List.of("Other", "Test"), labels(categories));
        assertEquals(List.of("Scale", "Source"), labels(item(categories, "Test").getMenu()));
        item(item(categories, "Test").getMenu(), "Source").notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        menu.dispose();
        assertEquals(200, chart().node("Source.0").orElseThrow().x(), 0);
        assertEquals(300, chart().node("Source.0").orElseThrow().y(), 0);
        editor.controller().addNode(new UiTestNodes.Scale(), 500, 300);
        editor.controller().connect("Source.0", "Out", "Scale.0", "In");
        // on the wire between (350, 331) and (500, 331)
        menu = editor.canvas().contextMenu(425, 331);
        assertEquals("Disconnect Source.0.Out -> Scale.0.In", labels(menu).get(0));
        item(menu, labels(menu).get(0)).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        menu.dispose();
        assertTrue(chart().connections().isEmpty());
        menu = editor.canvas().contextMenu(260, 310);
        assertEquals(List.of("Remove Source.0", "Add Node", "Reset View"), labels(menu));
        item(menu, "Remove Source.0").notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        menu.dispose();
        assertEquals(List.of("Scale.0"), chart().nodes().stream().map(n -> n.id()).toList());
    }

    @Test
    void newFlowchartStartsEmptyWithANeutralView() {
        editor.setAutoRun(false);
        editor.controller().addNode(new UiTestNodes.Source(), 20, 20);
        editor.controller().wheel(2, 100, 100);
        editor.newFlowchart();
        assertTrue(chart().nodes().isEmpty());
        assertEquals(1, editor.controller().view().zoom());
        assertFalse(editor.statusText().isEmpty());
    }
}
