package org.fluorite.flow.ui;

import java.nio.file.Path;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.hdf5.TransmissionHdf5;
import org.fluorite.flow.nodes.signal.numerics.PeaksBases;

/**
 * The Peak Editor: one curve of a PeakDetect output with its peaks (red) and bases (blue). Drag
 * an event to move it, right-click to add a peak or base at the pointer or remove the event under
 * it, Delete removes the selected event. "Save Edits" writes the edited transmission to a file
 * that LoadFile can feed into PeakDetect's PB_Input.
 */
public final class PeakEditor {

    /** How close to an event a press grabs it, pixels. */
    static final int GRAB = 6;
    private static final int MARGIN = 10;

    private final PeakEdits edits;
    private final Composite body;
    private final Combo rowChoice;
    private final Canvas canvas;
    private final Label status;
    private int row;
    private int selected = -1;
    private int dragging = -1;
    private int dragX;

    /**
     * @param saver writes the edited transmission and returns where (null when cancelled)
     */
    public PeakEditor(Composite parent, PeakEdits edits, Function<Transmission, Path> saver) {
        this.edits = edits;
        body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        rowChoice = new Combo(body, SWT.READ_ONLY);
        for (int r = 0; r < edits.rowCount(); r++) {
            rowChoice.add("Row " + r);
        }
        rowChoice.select(0);
        rowChoice.addListener(SWT.Selection, e -> showRow(rowChoice.getSelectionIndex()));
        Button save = new Button(body, SWT.PUSH);
        save.setText("Save Edits...");
        save.addListener(SWT.Selection, e -> save(saver));
        status = new Label(body, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        canvas = new Canvas(body, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        canvas.addListener(SWT.Paint, e -> paint(e.gc));
        canvas.addListener(SWT.MouseDown, this::down);
        canvas.addListener(SWT.MouseMove, e -> {
            if (dragging >= 0) {
                dragX = e.x;
                canvas.redraw();
            }
        });
        canvas.addListener(SWT.MouseUp, this::up);
        canvas.addListener(SWT.KeyDown, e -> {
            if ((e.keyCode == SWT.DEL || e.keyCode == SWT.BS) && selected >= 0) {
                edits.remove(row, selected);
                selected = -1;
                changed("Removed an event");
            }
        });
        canvas.addListener(SWT.MenuDetect, e -> {
            org.eclipse.swt.graphics.Point p = canvas.toControl(e.x, e.y);
            Menu m = menu(p.x);
            m.setLocation(e.x, e.y);
            m.setVisible(true);
        });
        showRow(0);
    }

    /** Writes the edits through {@code saver} and says where. */
    public Path save(Function<Transmission, Path> saver) {
        Path p = saver.apply(edits.result());
        if (p != null) {
            status.setText("Saved " + p + " (connect it with LoadFile to PeakDetect's PB_Input)");
        }
        return p;
    }

    public Composite control() {
        return body;
    }

    public Canvas canvas() {
        return canvas;
    }

    public PeakEdits edits() {
        return edits;
    }

    public void showRow(int r) {
        row = r;
        selected = -1;
        rowChoice.select(r);
        changed(null);
    }

    /** The right-click menu at canvas x: add a peak or base there, remove the event under it. */
    public Menu menu(int x) {
        Menu m = new Menu(canvas);
        int sample = sampleAt(x);
        add(m, "Add Peak at " + sample, () -> {
            edits.add(row, sample, true);
            changed("Added a peak at " + sample);
        });
        add(m, "Add Base at " + sample, () -> {
            edits.add(row, sample, false);
            changed("Added a base at " + sample);
        });
        int near = edits.nearest(row, sample, GRAB * samplesPerPixel());
        if (near >= 0) {
            int at = edits.peaks(row).event(near);
            add(m, "Remove " + edits.peaks(row).label(near) + " at " + at, () -> {
                edits.remove(row, near);
                changed("Removed the event at " + at);
            });
        }
        return m;
    }

    private void add(Menu m, String text, Runnable r) {
        MenuItem mi = new MenuItem(m, SWT.PUSH);
        mi.setText(text);
        mi.addListener(SWT.Selection, e -> r.run());
    }

    private void down(Event e) {
        canvas.setFocus();
        if (e.button != 1) {
            return;
        }
        selected = edits.nearest(row, sampleAt(e.x), GRAB * samplesPerPixel());
        dragging = selected;
        dragX = e.x;
        canvas.redraw();
    }

    private void up(Event e) {
        if (dragging >= 0 && e.button == 1) {
            int from = edits.peaks(row).event(dragging);
            int to = sampleAt(e.x);
            if (to != from) {
                edits.move(row, dragging, to);
                selected = -1;
                changed("Moved an event from " + from + " to " + to);
            }
        }
        dragging = -1;
        canvas.redraw();
    }

    private void changed(String message) {
        PeaksBases pb = edits.peaks(row);
        rowChoice.setItem(row, "Row " + row + " (" + pb.peakCount() + " peaks, " + (pb.size() - pb.peakCount()) + " bases)");
        rowChoice.select(row);
        if (message != null) {
            status.setText(message);
        }
        canvas.redraw();
    }

    private int length() {
        double[] c = edits.curve(row);
        return c == null ? 1 : c.length;
    }

    private double samplesPerPixel() {
        int w = Math.max(1, canvas.getClientArea().width - 2 * MARGIN);
        return Math.max(1e-9, (length() - 1) / (double) w);
    }

    /** The sample index under canvas x. */
    public int sampleAt(int x) {
        int n = length();
        int w = Math.max(1, canvas.getClientArea().width - 2 * MARGIN);
        return Math.max(0, Math.min(n - 1, (int) Math.round((x - MARGIN) / (double) w * (n - 1))));
    }

    /** The canvas x of a sample index. */
    public int xOf(double sample) {
        int w = Math.max(1, canvas.getClientArea().width - 2 * MARGIN);
        return MARGIN + (int) Math.round(sample / Math.max(1, length() - 1) * w);
    }

    private void paint(GC gc) {
        Rectangle a = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(a);
        double[] c = edits.curve(row);
        if (c == null || c.length == 0) {
            gc.drawText("Row " + row + " has no curve in " + edits.curveColumn(), MARGIN, MARGIN);
            return;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : c) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double span = hi > lo ? hi - lo : 1;
        int h = a.height - 2 * MARGIN;
        int[] line = new int[2 * c.length];
        for (int i = 0; i < c.length; i++) {
            line[2 * i] = xOf(i);
            line[2 * i + 1] = MARGIN + (int) Math.round((hi - (Double.isFinite(c[i]) ? c[i] : lo)) / span * h);
        }
        gc.setAntialias(SWT.ON);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawPolyline(line);
        PeaksBases pb = edits.peaks(row);
        for (int i = 0; i < pb.size(); i++) {
            int s = Math.min(c.length - 1, pb.event(i));
            int x = i == dragging ? dragX : xOf(s);
            int y = line[2 * s + 1];
            gc.setBackground(canvas.getDisplay().getSystemColor(pb.isPeak(i) ? SWT.COLOR_RED : SWT.COLOR_BLUE));
            int r = i == selected ? 6 : 4;
            if (pb.isPeak(i)) {
                gc.fillOval(x - r, y - r, 2 * r, 2 * r);
            } else {
                gc.fillRectangle(x - r, y - r, 2 * r, 2 * r);
            }
        }
    }

    /** Opens the editor in its own window; edits are saved through a file dialog. */
    public static Shell open(Shell parent, String title, Transmission t, Path folder) {
        Shell shell = new Shell(parent, SWT.SHELL_TRIM);
        shell.setText("Peak Editor: " + title);
        shell.setLayout(new org.eclipse.swt.layout.FillLayout());
        new PeakEditor(shell, new PeakEdits(t), result -> {
            FileDialog d = new FileDialog(shell, SWT.SAVE);
            d.setFilterExtensions(new String[] {"*" + TransmissionHdf5.EXTENSION});
            d.setOverwrite(true);
            if (folder != null) {
                d.setFilterPath(folder.toString());
            }
            String chosen = d.open();
            if (chosen == null) {
                return null;
            }
            Path p = Path.of(chosen.endsWith(TransmissionHdf5.EXTENSION) ? chosen : chosen + TransmissionHdf5.EXTENSION);
            try {
                TransmissionHdf5.save(result, p);
                return p;
            } catch (java.io.IOException e) {
                org.eclipse.swt.widgets.MessageBox box = new org.eclipse.swt.widgets.MessageBox(shell, SWT.ICON_ERROR | SWT.OK);
                box.setText("Save Edits");
                box.setMessage(p + ": " + e.getMessage());
                box.open();
                return null;
            }
        });
        shell.setSize(1000, 450);
        shell.open();
        return shell;
    }
}
