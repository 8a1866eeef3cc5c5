package org.fluorite.roi.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.fluorite.roi.EllipseRoi;
import org.fluorite.roi.Roi;
import org.fluorite.roi.VertexRoi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mouse editing as the overlay feeds it: drawing polygons and ellipses, dragging vertices and ROIs. */
class RoiEditorTest {

    private static final double TOL = 1.0;

    private RoiList list;
    private RoiEditor editor;
    private final List<RoiList.Change> changes = new ArrayList<>();

    @BeforeEach
    void setUp() {
        list = new RoiList();
        editor = new RoiEditor(list);
        list.addListener(changes::add);
    }

    private void click(double x, double y) {
        assertTrue(editor.press(x, y, TOL));
        assertTrue(editor.release(x, y));
    }

    @Test
    void polygonFromClicksClosedByDoubleClick() {
        editor.startPolygon();
        assertEquals(RoiEditor.Mode.ADD_POLYGON, editor.mode());
        click(10, 10);
        click(30, 10);
        click(30, 25);
        assertEquals(3, editor.draftVertices().size());
        // a double-click arrives as press, release, press, double-click, release at one spot
        click(12, 28);
        assertTrue(editor.press(12.2, 28.1, TOL));
        assertTrue(editor.doubleClick(12.2, 28.1, TOL));
        editor.release(12.2, 28.1);
        assertEquals(1, list.size());
        VertexRoi p = assertInstanceOf(VertexRoi.class, list.get(0));
        assertEquals(VertexRoi.Shape.POLYGON, p.shape());
        assertArrayEquals(new double[] {10, 30, 30, 12}, p.xs(), "the double-click's extra press is not a vertex");
        assertArrayEquals(new double[] {10, 10, 25, 28}, p.ys());
        assertEquals("polygon-1", p.name());
        assertEquals(RoiPalette.colour(0), p.properties().colour());
        assertEquals(0, list.selectedIndex());
        assertEquals(RoiEditor.Mode.EDIT, editor.mode());
        assertTrue(editor.draftVertices().isEmpty());
    }

    @Test
    void clickingTheFirstVertexClosesThePolygon() {
        editor.startPolygon();
        click(0, 0);
        click(10, 0);
        click(10, 10);
        click(0.5, 0.3);
        assertEquals(1, list.size());
        assertEquals(3, ((VertexRoi) list.get(0)).vertexCount());
    }

    @Test
    void fewerThanThreeVerticesAddNothing() {
        editor.startPolygon();
        click(0, 0);
        click(10, 0);
        editor.doubleClick(10, 0, TOL);
        assertEquals(0, list.size());
        assertEquals(RoiEditor.Mode.EDIT, editor.mode());
    }

    @Test
    void ellipseFromADraggedBox() {
        editor.startEllipse();
        assertTrue(editor.press(40, 30, TOL));
        assertTrue(editor.drag(50, 35));
        EllipseRoi draft = editor.draftEllipse();
        assertEquals(45, draft.centreX(), 0);
        assertEquals(32.5, draft.centreY(), 0);
        assertTrue(editor.release(20, 50));
        assertNull(editor.draftEllipse());
        EllipseRoi e = assertInstanceOf(EllipseRoi.class, list.get(0));
        assertEquals(30, e.centreX(), 0);
        assertEquals(40, e.centreY(), 0);
        assertEquals(10, e.radiusX(), 0);
        assertEquals(10, e.radiusY(), 0);
        assertEquals("oval", e.type());
        assertEquals("ellipse-1", e.name());
    }

    @Test
    void aClickWithoutABoxAddsNoEllipse() {
        editor.startEllipse();
        editor.press(40, 30, TOL);
        editor.release(40.5, 30.2);
        assertEquals(0, list.size());
        assertEquals(RoiEditor.Mode.ADD_ELLIPSE, editor.mode(), "still waiting for a box");
    }

    private void addSquare() {
        list.add(RoiGeometryTest.square());
        changes.clear();
    }

    @Test
    void dragAVertex() {
        addSquare();
        assertTrue(editor.press(20.3, 19.8, TOL));
        assertTrue(editor.drag(24, 22));
        assertEquals(RoiList.Change.EDITING, changes.get(changes.size() - 1));
        assertTrue(editor.drag(26, 23));
        assertTrue(editor.release(26, 23));
        VertexRoi v = (VertexRoi) list.get(0);
        assertArrayEquals(new double[] {10, 20, 26, 10}, v.xs());
        assertArrayEquals(new double[] {10, 10, 23, 20}, v.ys());
        assertEquals(RoiList.Change.EDITED, changes.get(changes.size() - 1));
    }

    @Test
    void clickOnAnEdgeInsertsAVertexThatCanBeDragged() {
        addSquare();
        assertTrue(editor.press(15, 10.5, TOL));
        VertexRoi inserted = (VertexRoi) list.get(0);
        assertEquals(5, inserted.vertexCount());
        assertEquals(15, inserted.xs()[1], 0);
        assertEquals(10.5, inserted.ys()[1], 0);
        editor.drag(15, 5);
        editor.release(15, 5);
        VertexRoi v = (VertexRoi) list.get(0);
        assertArrayEquals(new double[] {10, 15, 20, 20, 10}, v.xs());
        assertArrayEquals(new double[] {10, 5, 10, 20, 20}, v.ys());
    }

    @Test
    void dragTheWholeRoi() {
        addSquare();
        assertTrue(editor.press(14, 16, TOL));
        editor.drag(15, 17);
        editor.drag(17.5, 13);
        editor.release(17.5, 13);
        VertexRoi v = (VertexRoi) list.get(0);
        assertArrayEquals(new double[] {13.5, 23.5, 23.5, 13.5}, v.xs(), "moved by (3.5, -3)");
        assertArrayEquals(new double[] {7, 7, 17, 17}, v.ys());
        assertEquals(List.of(RoiList.Change.EDITING, RoiList.Change.EDITING, RoiList.Change.EDITED), changes);
    }

    @Test
    void pressOnAnotherRoiSelectsItAndPressOnNothingIsLeftToTheViewer() {
        addSquare();
        list.add(new EllipseRoi(org.fluorite.roi.RoiProperties.named("e"), 50, 50, 5, 5, 0));
        assertEquals(1, list.selectedIndex());
        assertTrue(editor.press(15, 15, TOL));
        editor.release(15, 15);
        assertEquals(0, list.selectedIndex());
        assertFalse(editor.press(80, 80, TOL), "nothing there: the viewer may pan");
        assertFalse(editor.drag(81, 81));
        assertFalse(editor.release(81, 81));
        assertEquals(0, list.selectedIndex());
    }

    @Test
    void hiddenRoisCannotBePicked() {
        addSquare();
        list.add(new EllipseRoi(org.fluorite.roi.RoiProperties.named("e"), 50, 50, 5, 5, 0));
        list.select(1);
        list.setShowAll(false);
        assertFalse(editor.press(15, 15, TOL), "the square is hidden");
        assertEquals(1, list.selectedIndex());
        assertEquals(1, editor.roiAt(50, 50, TOL));
        assertEquals(-1, editor.roiAt(15, 15, TOL));
    }

    @Test
    void cancelPutsADraggedRoiBack() {
        addSquare();
        Roi before = list.get(0);
        editor.press(14, 16, TOL);
        editor.drag(30, 30);
        editor.cancel();
        assertEquals(before, list.get(0));
        editor.startPolygon();
        click(1, 1);
        editor.cancel();
        assertTrue(editor.draftVertices().isEmpty());
        assertEquals(RoiEditor.Mode.EDIT, editor.mode());
    }
}
