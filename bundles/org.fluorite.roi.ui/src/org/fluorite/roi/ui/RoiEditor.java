package org.fluorite.roi.ui;

import java.util.ArrayList;
import java.util.List;

import org.fluorite.roi.EllipseRoi;
import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiProperties;
import org.fluorite.roi.VertexRoi;

/**
 * Editing ROIs with the mouse, in image pixel coordinates, on a {@link RoiList}: drawing a
 * polygon (each click adds a vertex, a double-click or a click on the first vertex closes it),
 * drawing an ellipse (drag its bounding box), and on the selected ROI dragging a vertex, clicking
 * an edge to insert a vertex there (and drag it), or dragging the whole ROI. A press on another
 * visible ROI selects it and starts dragging it. Toolkit-free: the viewer overlay feeds it events.
 *
 * <p>Every method that takes an event returns true when it used it, so the viewer does not pan.
 */
public final class RoiEditor {

    /** What a press does. */
    public enum Mode {
        /** Select, move and reshape existing ROIs. */
        EDIT,
        /** Each press adds a polygon vertex. */
        ADD_POLYGON,
        /** A drag spans an ellipse's bounding box. */
        ADD_ELLIPSE
    }

    private enum Drag {
        NONE, VERTEX, WHOLE, ELLIPSE_BOX
    }

    private final RoiList list;
    private Mode mode = Mode.EDIT;
    private final List<double[]> draft = new ArrayList<>();
    private double[] ellipseStart;
    private EllipseRoi draftEllipse;
    private Drag drag = Drag.NONE;
    private int dragVertex = -1;
    private double dragStartX;
    private double dragStartY;
    private Roi dragOriginal;
    private boolean moved;
    /** The last press was used here, so its release is too. */
    private boolean pressUsed;

    public RoiEditor(RoiList list) {
        this.list = list;
    }

    public Mode mode() {
        return mode;
    }

    /** Starts drawing a polygon; a draft in progress is dropped. */
    public void startPolygon() {
        cancel();
        mode = Mode.ADD_POLYGON;
    }

    /** Starts drawing an ellipse; a draft in progress is dropped. */
    public void startEllipse() {
        cancel();
        mode = Mode.ADD_ELLIPSE;
    }

    /** Drops a draft or a drag in progress (a dragged ROI goes back where it was) and returns to {@link Mode#EDIT}. */
    public void cancel() {
        if (drag != Drag.NONE && dragOriginal != null && list.selectedIndex() >= 0) {
            list.replace(list.selectedIndex(), dragOriginal, true);
        }
        draft.clear();
        ellipseStart = null;
        draftEllipse = null;
        drag = Drag.NONE;
        dragOriginal = null;
        mode = Mode.EDIT;
    }

    /** Vertices of the polygon being drawn, as {x, y} pairs. */
    public List<double[]> draftVertices() {
        return draft.stream().map(double[]::clone).toList();
    }

    /** The ellipse being dragged out, or null. */
    public EllipseRoi draftEllipse() {
        return draftEllipse;
    }

    /** A button-1 press at ({@code x}, {@code y}); {@code tolerance} is the pick distance in image pixels. */
    public boolean press(double x, double y, double tolerance) {
        pressUsed = pressAt(x, y, tolerance);
        return pressUsed;
    }

    private boolean pressAt(double x, double y, double tolerance) {
        switch (mode) {
            case ADD_POLYGON -> {
                if (draft.size() >= 3 && Math.hypot(draft.get(0)[0] - x, draft.get(0)[1] - y) <= tolerance) {
                    closePolygon(tolerance);
                } else {
                    draft.add(new double[] {x, y});
                }
                return true;
            }
            case ADD_ELLIPSE -> {
                ellipseStart = new double[] {x, y};
                draftEllipse = null;
                drag = Drag.ELLIPSE_BOX;
                return true;
            }
            default -> {
                return pressToEdit(x, y, tolerance);
            }
        }
    }

    private boolean pressToEdit(double x, double y, double tolerance) {
        int sel = list.selectedIndex();
        if (sel >= 0 && list.get(sel) instanceof VertexRoi v) {
            int vertex = RoiGeometry.nearestVertex(v, x, y, tolerance);
            if (vertex < 0) {
                int edge = RoiGeometry.nearestEdge(v, x, y, tolerance);
                if (edge >= 0) {
                    list.replace(sel, RoiGeometry.insertVertex(v, edge, x, y), true);
                    vertex = edge + 1;
                }
            }
            if (vertex >= 0) {
                startDrag(Drag.VERTEX, vertex, x, y);
                return true;
            }
        }
        int hit = roiAt(x, y, tolerance);
        if (hit < 0) {
            return false;
        }
        list.select(hit);
        startDrag(Drag.WHOLE, -1, x, y);
        return true;
    }

    private void startDrag(Drag kind, int vertex, double x, double y) {
        drag = kind;
        dragVertex = vertex;
        dragStartX = x;
        dragStartY = y;
        dragOriginal = list.get(list.selectedIndex());
        moved = false;
    }

    /** The visible ROI under the point: the selected one first, then the last drawn (topmost); -1 for none. */
    public int roiAt(double x, double y, double tolerance) {
        int sel = list.selectedIndex();
        if (sel >= 0 && RoiGeometry.contains(list.get(sel), x, y, tolerance)) {
            return sel;
        }
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.isVisible(i) && RoiGeometry.contains(list.get(i), x, y, tolerance)) {
                return i;
            }
        }
        return -1;
    }

    /** The mouse moved with button 1 down. */
    public boolean drag(double x, double y) {
        switch (drag) {
            case ELLIPSE_BOX -> {
                draftEllipse = RoiGeometry.ovalBetween(RoiProperties.named(""), ellipseStart[0], ellipseStart[1], x, y);
                return true;
            }
            case VERTEX -> {
                moved = true;
                list.replace(list.selectedIndex(), RoiGeometry.moveVertex((VertexRoi) dragOriginal, dragVertex, x, y), false);
                return true;
            }
            case WHOLE -> {
                moved = true;
                list.replace(list.selectedIndex(), RoiGeometry.translate(dragOriginal, x - dragStartX, y - dragStartY), false);
                return true;
            }
            default -> {
                return mode != Mode.EDIT;
            }
        }
    }

    /** Button 1 was released. */
    public boolean release(double x, double y) {
        Drag was = drag;
        drag = Drag.NONE;
        boolean used = pressUsed;
        pressUsed = false;
        switch (was) {
            case ELLIPSE_BOX -> {
                EllipseRoi box = RoiGeometry.ovalBetween(RoiProperties.named(""), ellipseStart[0], ellipseStart[1], x, y);
                ellipseStart = null;
                draftEllipse = null;
                if (box.radiusX() * 2 >= 1 && box.radiusY() * 2 >= 1) {
                    mode = Mode.EDIT;
                    list.add(new EllipseRoi(newProperties("ellipse"), box.centreX(), box.centreY(), box.radiusX(),
                            box.radiusY(), 0));
                }
                return true;
            }
            case VERTEX, WHOLE -> {
                dragOriginal = null;
                if (moved) {
                    list.editFinished();
                }
                return true;
            }
            default -> {
                return used || mode != Mode.EDIT;
            }
        }
    }

    /** A double-click closes the polygon being drawn. */
    public boolean doubleClick(double x, double y, double tolerance) {
        if (mode == Mode.ADD_POLYGON) {
            closePolygon(tolerance);
            return true;
        }
        return false;
    }

    /**
     * Ends the polygon draft: repeated clicks on one spot (a double-click also sends presses) count
     * once; with at least 3 vertices the polygon is added and selected, else the draft is dropped.
     */
    private void closePolygon(double tolerance) {
        List<double[]> vertices = new ArrayList<>();
        for (double[] p : draft) {
            double[] last = vertices.isEmpty() ? null : vertices.get(vertices.size() - 1);
            if (last == null || Math.hypot(last[0] - p[0], last[1] - p[1]) > tolerance) {
                vertices.add(p);
            }
        }
        draft.clear();
        mode = Mode.EDIT;
        if (vertices.size() < 3) {
            return;
        }
        double[] xs = vertices.stream().mapToDouble(p -> p[0]).toArray();
        double[] ys = vertices.stream().mapToDouble(p -> p[1]).toArray();
        list.add(new VertexRoi(newProperties("polygon"), VertexRoi.Shape.POLYGON, xs, ys));
    }

    private RoiProperties newProperties(String prefix) {
        return RoiProperties.named(list.newName(prefix)).withColour(RoiPalette.colour(list.size()));
    }
}
