package org.fluorite.flow.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.fluorite.flow.graph.Connection;
import org.fluorite.flow.graph.Flowchart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Gestures in screen pixels on Source.0 (0, 0), Scale.0 (300, 0), Scale.1 (300, 120), Number.0
 * (0, 120) at zoom 1: output terminals on x = 150, inputs on x = 300, first row at y + 31.
 */
class EditorControllerTest {

    private Flowchart chart;
    private EditorController c;
    private final List<String> status = new ArrayList<>();
    private final List<Set<String>> stale = new ArrayList<>();

    @BeforeEach
    void build() {
        chart = new Flowchart();
        chart.add(new UiTestNodes.Source(), null, 0, 0);
        chart.add(new UiTestNodes.Scale(), null, 300, 0);
        chart.add(new UiTestNodes.Scale(), null, 300, 120);
        chart.add(new UiTestNodes.Number(), null, 0, 120);
        c = new EditorController(chart);
        c.setStatusListener(status::add);
        c.addEditListener(stale::add);
    }

    private void drag(int button, double x0, double y0, double x1, double y1) {
        c.mouseDown(button, x0, y0, false);
        c.mouseMove((x0 + x1) / 2, (y0 + y1) / 2);
        c.mouseMove(x1, y1);
        c.mouseUp(button, x1, y1);
    }

    @Test
    void dragFromOutputToInputConnects() {
        drag(EditorController.LEFT, 150, 31, 301, 30);
        assertEquals(List.of(new Connection("Source.0", "Out", "Scale.0", "In")), chart.connections());
        assertEquals(Set.of("Scale.0"), stale.get(0));
        assertTrue(status.get(status.size() - 1).startsWith("Connected"));
    }

    @Test
    void wrongTypeIsRefusedWithAStatusMessage() {
        drag(EditorController.LEFT, 150, 151, 300, 151);
        assertTrue(chart.connections().isEmpty());
        assertTrue(status.get(status.size() - 1).contains("the types differ"), status.toString());
        assertTrue(stale.isEmpty());
    }

    @Test
    void aDraggedWireTellsWhetherItsTargetWouldTakeIt() {
        drag(EditorController.LEFT, 150, 31, 300, 31);
        c.mouseDown(EditorController.LEFT, 150, 151, false);
        c.mouseMove(299, 151);
        assertEquals(new Hit(Hit.Kind.INPUT, "Scale.1", "In", null), c.wireTarget());
        assertTrue(c.wireProblem("Scale.1", "In").startsWith("the types differ (number to transmission)"));
        c.mouseUp(EditorController.LEFT, 200, 200);
        c.mouseDown(EditorController.LEFT, 450, 31, false);
        c.mouseMove(300, 151);
        assertNull(c.wireProblem("Scale.1", "In"));
        assertEquals("the input is already connected", c.wireProblem("Scale.0", "In"));
        c.mouseMove(600, 400);
        assertNull(c.wireTarget());
        c.mouseUp(EditorController.LEFT, 600, 400);
        assertNull(c.wireTarget(), "no wire after the release");
        c.mouseDown(EditorController.LEFT, 450, 151, false);
        assertEquals("it would make a cycle", c.wireProblem("Scale.1", "In"));
        c.mouseUp(EditorController.LEFT, 600, 400);
    }

    @Test
    void cycleIsRefused() {
        drag(EditorController.LEFT, 150, 31, 300, 31);
        drag(EditorController.LEFT, 450, 31, 300, 151);
        assertEquals(2, chart.connections().size());
        // Scale.1's output back into Scale.0: Scale.0's input is taken; free it first by connecting elsewhere
        assertFalse(c.connect("Scale.1", "Out", "Scale.0", "In"));
        chart.disconnect(new Connection("Source.0", "Out", "Scale.0", "In"));
        assertFalse(c.connect("Scale.1", "Out", "Scale.0", "In"));
        assertTrue(status.get(status.size() - 1).contains("cycle"), status.toString());
    }

    @Test
    void draggingAWireEndAwayDisconnectsAndOntoAnotherInputReconnects() {
        drag(EditorController.LEFT, 150, 31, 300, 31);
        drag(EditorController.LEFT, 300, 31, 220, 90);
        assertTrue(chart.connections().isEmpty());
        assertTrue(status.get(status.size() - 1).startsWith("Disconnected"));
        drag(EditorController.LEFT, 150, 31, 300, 31);
        drag(EditorController.LEFT, 300, 31, 300, 151);
        assertEquals(List.of(new Connection("Source.0", "Out", "Scale.1", "In")), chart.connections());
    }

    @Test
    void deleteRemovesTheSelectedNodeAndItsWires() {
        drag(EditorController.LEFT, 150, 31, 300, 31);
        drag(EditorController.LEFT, 450, 31, 300, 151);
        stale.clear();
        c.mouseDown(EditorController.LEFT, 380, 10, false);
        c.mouseUp(EditorController.LEFT, 380, 10);
        assertEquals("Scale.0", c.selectedNode());
        c.deleteSelection();
        assertFalse(chart.node("Scale.0").isPresent());
        assertTrue(chart.connections().isEmpty());
        assertEquals(Set.of("Scale.1"), stale.get(0));
        assertNull(c.selectedNode());
    }

    @Test
    void selectedWireIsDeletedToo() {
        drag(EditorController.LEFT, 150, 31, 300, 31);
        c.mouseDown(EditorController.LEFT, 225, 32, false);
        c.mouseUp(EditorController.LEFT, 225, 32);
        assertEquals(new Connection("Source.0", "Out", "Scale.0", "In"), c.selectedWire());
        c.deleteSelection();
        assertTrue(chart.connections().isEmpty());
    }

    @Test
    void movingZoomingAndPanning() {
        drag(EditorController.LEFT, 380, 10, 430, 60);
        assertEquals(350, chart.node("Scale.0").orElseThrow().x(), 1e-12);
        assertEquals(50, chart.node("Scale.0").orElseThrow().y(), 1e-12);
        assertTrue(stale.isEmpty(), "a move makes nothing stale");
        drag(EditorController.MIDDLE, 10, 10, 70, 30);
        assertEquals(60, c.view().panX(), 1e-12);
        assertEquals(20, c.view().panY(), 1e-12);
        c.mouseDown(EditorController.LEFT, 500, 500, true);
        c.mouseUp(EditorController.LEFT, 510, 495);
        assertEquals(70, c.view().panX(), 1e-12);
        c.wheel(1, 0, 0);
        assertEquals(1.15, c.view().zoom(), 1e-12);
        c.wheel(-1, 0, 0);
        assertEquals(1, c.view().zoom(), 1e-12);
        c.resetView();
        assertEquals(0, c.view().panX());
    }

    @Test
    void addAndSettingsMarkTheRightNodesStale() {
        drag(EditorController.LEFT, 150, 31, 300, 31);
        stale.clear();
        c.setSettings("Source.0", org.fluorite.flow.node.NoSettings.INSTANCE);
        assertEquals(Set.of("Source.0", "Scale.0"), stale.get(0));
        c.addNode(new UiTestNodes.Scale(), 100, 300);
        assertEquals("Scale.2", c.selectedNode());
        assertEquals(100, chart.node("Scale.2").orElseThrow().x(), 1e-12);
        assertEquals(Set.of("Scale.2"), stale.get(1));
    }
}
