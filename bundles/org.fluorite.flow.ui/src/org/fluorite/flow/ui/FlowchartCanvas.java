package org.fluorite.flow.ui;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.fluorite.flow.graph.Connection;
import org.fluorite.flow.graph.FlowNode;
import org.fluorite.flow.node.NodeFactory;
import org.fluorite.flow.node.PortSpec;
import org.fluorite.flow.ui.NodeLayout.Point;

/**
 * The flowchart drawn on a double-buffered SWT canvas: nodes as boxes coloured by state with
 * their terminals, wires as curves. Mouse, wheel and keys go to the {@link EditorController};
 * right-click opens the node palette (categories, then nodes) and Remove / Disconnect /
 * Reset View.
 */
public final class FlowchartCanvas {

    private static final Map<NodeState, RGB> HEADER_COLOURS = Map.of(NodeState.STALE, new RGB(200, 200, 205),
            NodeState.RUNNING, new RGB(250, 210, 90), NodeState.OK, new RGB(130, 200, 140), NodeState.FAILED,
            new RGB(225, 70, 70), NodeState.BLOCKED, new RGB(235, 160, 90), NodeState.CANCELLED, new RGB(160, 160, 160));

    private final Canvas canvas;
    private final EditorController controller;
    private final RunStates states;
    private final Supplier<List<NodeFactory>> palette;
    private final Map<RGB, Color> colours = new HashMap<>();
    private final Map<Integer, Font> fonts = new HashMap<>();
    private boolean panKey;

    /**
     * @param palette the installed node factories (the registry's, sorted by category and name)
     */
    public FlowchartCanvas(Composite parent, EditorController controller, RunStates states, Supplier<List<NodeFactory>> palette) {
        this.controller = controller;
        this.states = states;
        this.palette = palette;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.addListener(SWT.Paint, e -> paint(e.gc));
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, e -> {
            controller.mouseUp(e.button, e.x, e.y);
            canvas.redraw();
        });
        canvas.addListener(SWT.MouseVerticalWheel, e -> {
            controller.wheel(Integer.signum(e.count), e.x, e.y);
            e.doit = false;
            canvas.redraw();
        });
        canvas.addListener(SWT.KeyDown, this::keyDown);
        canvas.addListener(SWT.KeyUp, e -> panKey = e.character == ' ' ? false : panKey);
        canvas.addListener(SWT.MenuDetect, this::menu);
        canvas.addListener(SWT.Dispose, e -> {
            colours.values().forEach(Color::dispose);
            fonts.values().forEach(Font::dispose);
        });
        controller.addSelectionListener(canvas::redraw);
    }

    public Canvas control() {
        return canvas;
    }

    /** Redraws from any thread. */
    public void refresh() {
        if (!canvas.isDisposed()) {
            canvas.getDisplay().asyncExec(() -> {
                if (!canvas.isDisposed()) {
                    canvas.redraw();
                }
            });
        }
    }

    private void mouseDown(Event e) {
        canvas.setFocus();
        controller.mouseDown(e.button, e.x, e.y, panKey);
        canvas.redraw();
    }

    private void mouseMove(Event e) {
        if (controller.dragging()) {
            controller.mouseMove(e.x, e.y);
            canvas.redraw();
            return;
        }
        Hit hit = HitTester.hit(controller.flowchart(), controller.view(), e.x, e.y);
        String tip = null;
        if (hit.node() != null) {
            String message = states.message(hit.node());
            tip = hit.node() + " (" + states.state(hit.node()).name().toLowerCase() + ")" + (message.isEmpty() ? "" : "\n" + message);
        }
        if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
            canvas.setToolTipText(tip);
        }
    }

    private void keyDown(Event e) {
        if (e.character == ' ') {
            panKey = true;
        } else if (e.keyCode == SWT.DEL || e.keyCode == SWT.BS) {
            controller.deleteSelection();
            canvas.redraw();
        }
    }

    private void menu(Event e) {
        org.eclipse.swt.graphics.Point p = canvas.toControl(e.x, e.y);
        Menu menu = contextMenu(p.x, p.y);
        menu.setLocation(e.x, e.y);
        menu.setVisible(true);
    }

    /**
     * The right-click menu for canvas point (x, y), not yet shown: Remove (on a node), Disconnect
     * (on a wire), Add Node with a sub-menu per category of the palette, Reset View.
     */
    public Menu contextMenu(int x, int y) {
        Hit hit = HitTester.hit(controller.flowchart(), controller.view(), x, y);
        Menu menu = new Menu(canvas);
        if (hit.node() != null) {
            item(menu, "Remove " + hit.node(), () -> controller.removeNode(hit.node()));
            new MenuItem(menu, SWT.SEPARATOR);
        }
        if (hit.connection() != null) {
            item(menu, "Disconnect " + hit.connection(), () -> controller.disconnect(hit.connection()));
            new MenuItem(menu, SWT.SEPARATOR);
        }
        MenuItem add = new MenuItem(menu, SWT.CASCADE);
        add.setText("Add Node");
        Menu categories = new Menu(add);
        add.setMenu(categories);
        for (Map.Entry<String, List<NodeFactory>> c : byCategory(palette.get()).entrySet()) {
            MenuItem cat = new MenuItem(categories, SWT.CASCADE);
            cat.setText(c.getKey());
            Menu nodes = new Menu(cat);
            cat.setMenu(nodes);
            for (NodeFactory f : c.getValue()) {
                MenuItem mi = item(nodes, f.name(), () -> controller.addNode(f, x, y));
                if (!f.description().isEmpty()) {
                    mi.setToolTipText(f.description());
                }
            }
        }
        item(menu, "Reset View", controller::resetView);
        return menu;
    }

    /** The palette grouped by category, in the registry's order. */
    public static Map<String, List<NodeFactory>> byCategory(List<NodeFactory> factories) {
        Map<String, List<NodeFactory>> out = new LinkedHashMap<>();
        for (NodeFactory f : factories) {
            out.computeIfAbsent(f.category(), k -> new java.util.ArrayList<>()).add(f);
        }
        return out;
    }

    private MenuItem item(Menu menu, String text, Runnable action) {
        MenuItem mi = new MenuItem(menu, SWT.PUSH);
        mi.setText(text);
        mi.addListener(SWT.Selection, ev -> {
            action.run();
            canvas.redraw();
        });
        return mi;
    }

    private void paint(GC gc) {
        org.eclipse.swt.graphics.Rectangle area = canvas.getClientArea();
        gc.setAntialias(SWT.ON);
        gc.setBackground(colour(new RGB(246, 246, 248)));
        gc.fillRectangle(area);
        ViewTransform v = controller.view();
        drawGrid(gc, area, v);
        for (Connection c : controller.flowchart().connections()) {
            Point[] ends = HitTester.ends(controller.flowchart(), c);
            if (ends != null) {
                boolean sel = c.equals(controller.selectedWire());
                gc.setForeground(colour(sel ? new RGB(30, 90, 220) : new RGB(70, 70, 80)));
                gc.setLineWidth(sel ? 3 : 2);
                gc.drawPolyline(screen(WireRoute.polyline(ends[0], ends[1]), v));
            }
        }
        for (FlowNode n : controller.flowchart().nodes()) {
            drawNode(gc, n, v);
        }
        Point start = controller.wireStart();
        if (start != null) {
            gc.setForeground(colour(new RGB(30, 90, 220)));
            gc.setLineWidth(2);
            gc.setLineStyle(SWT.LINE_DASH);
            gc.drawPolyline(screen(WireRoute.polyline(start, controller.pointer()), v));
            gc.setLineStyle(SWT.LINE_SOLID);
            Hit target = controller.wireTarget();
            if (target != null) {
                // green ring: the drop connects; red: it would be refused
                boolean ok = controller.wireProblem(target.node(), target.port()) == null;
                Point p = NodeLayout.input(controller.flowchart().node(target.node()).orElseThrow(), target.port());
                int r = (int) Math.max(6, Math.round(NodeLayout.TERMINAL_RADIUS * 2 * v.zoom()));
                gc.setForeground(colour(ok ? new RGB(40, 170, 60) : new RGB(220, 40, 40)));
                gc.setLineWidth(3);
                gc.drawOval((int) v.toScreenX(p.x()) - r, (int) v.toScreenY(p.y()) - r, 2 * r, 2 * r);
            }
        }
        gc.setForeground(colour(new RGB(120, 120, 130)));
        gc.setFont(font(9));
        gc.drawText(String.format("zoom %.0f %%", v.zoom() * 100), 6, area.height - 18, true);
    }

    private void drawGrid(GC gc, org.eclipse.swt.graphics.Rectangle area, ViewTransform v) {
        double step = 50 * v.zoom();
        if (step < 12) {
            return;
        }
        gc.setForeground(colour(new RGB(232, 232, 236)));
        gc.setLineWidth(1);
        for (double x = v.panX() % step; x < area.width; x += step) {
            gc.drawLine((int) x, 0, (int) x, area.height);
        }
        for (double y = v.panY() % step; y < area.height; y += step) {
            gc.drawLine(0, (int) y, area.width, (int) y);
        }
    }

    private void drawNode(GC gc, FlowNode n, ViewTransform v) {
        double z = v.zoom();
        int x = (int) Math.round(v.toScreenX(n.x()));
        int y = (int) Math.round(v.toScreenY(n.y()));
        int w = (int) Math.round(NodeLayout.WIDTH * z);
        int h = (int) Math.round(NodeLayout.height(n) * z);
        int head = (int) Math.round(NodeLayout.HEADER * z);
        int arc = (int) Math.max(2, 8 * z);
        NodeState state = states.state(n.id());
        gc.setBackground(colour(new RGB(255, 255, 255)));
        gc.fillRoundRectangle(x, y, w, h, arc, arc);
        gc.setBackground(colour(HEADER_COLOURS.get(state)));
        gc.fillRoundRectangle(x, y, w, head, arc, arc);
        gc.fillRectangle(x, y + head / 2, w, head - head / 2);
        boolean sel = n.id().equals(controller.selectedNode());
        gc.setForeground(colour(sel ? new RGB(30, 90, 220) : new RGB(90, 90, 100)));
        gc.setLineWidth(sel ? 3 : 1);
        gc.drawRoundRectangle(x, y, w, h, arc, arc);
        int size = (int) Math.max(5, Math.round(9 * z));
        gc.setFont(font(size));
        gc.setForeground(colour(state == NodeState.FAILED ? new RGB(255, 255, 255) : new RGB(20, 20, 30)));
        gc.drawText(n.id(), x + (int) (6 * z), y + (int) (4 * z), true);
        gc.setFont(font(Math.max(5, size - 1)));
        int r = (int) Math.max(3, Math.round(NodeLayout.TERMINAL_RADIUS * z));
        List<PortSpec> ins = n.factory().inputs();
        for (int i = 0; i < ins.size(); i++) {
            Point p = NodeLayout.input(n, i);
            terminal(gc, v, p, r, new RGB(60, 120, 200));
            String label = ins.get(i).name() + (ins.get(i).multiple() ? " *" : "");
            gc.setForeground(colour(new RGB(40, 40, 50)));
            gc.drawText(label, (int) v.toScreenX(p.x()) + r + 3, (int) v.toScreenY(p.y()) - gc.getFontMetrics().getHeight() / 2, true);
        }
        List<PortSpec> outs = n.factory().outputs();
        for (int i = 0; i < outs.size(); i++) {
            Point p = NodeLayout.output(n, i);
            terminal(gc, v, p, r, new RGB(60, 160, 90));
            String label = outs.get(i).name();
            int tw = gc.textExtent(label).x;
            gc.setForeground(colour(new RGB(40, 40, 50)));
            gc.drawText(label, (int) v.toScreenX(p.x()) - r - 3 - tw, (int) v.toScreenY(p.y()) - gc.getFontMetrics().getHeight() / 2, true);
        }
    }

    private void terminal(GC gc, ViewTransform v, Point p, int r, RGB rgb) {
        gc.setBackground(colour(rgb));
        gc.fillOval((int) v.toScreenX(p.x()) - r, (int) v.toScreenY(p.y()) - r, 2 * r, 2 * r);
    }

    private static int[] screen(Point[] line, ViewTransform v) {
        int[] out = new int[line.length * 2];
        for (int i = 0; i < line.length; i++) {
            out[2 * i] = (int) Math.round(v.toScreenX(line[i].x()));
            out[2 * i + 1] = (int) Math.round(v.toScreenY(line[i].y()));
        }
        return out;
    }

    private Color colour(RGB rgb) {
        return colours.computeIfAbsent(rgb, c -> new Color(canvas.getDisplay(), c));
    }

    private Font font(int height) {
        return fonts.computeIfAbsent(height, hgt -> {
            FontData fd = canvas.getDisplay().getSystemFont().getFontData()[0];
            return new Font(canvas.getDisplay(), fd.getName(), hgt, SWT.NORMAL);
        });
    }
}
