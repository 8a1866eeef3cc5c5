package org.fluorite.stimulus.ui.widgets;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.fluorite.stimulus.StimulusPeriod;
import org.fluorite.stimulus.ui.StimulusEditor;
import org.fluorite.stimulus.ui.StimulusEditor.Column;

/**
 * The periods of one stimulus type as rows of name, start, end and colour (a swatch and its
 * "#RRGGBB"), edited in place: a double-click on a name, start or end opens a text field (Enter or
 * leaving it keeps the text, Escape drops it), on a colour the colour dialog.
 */
final class PeriodTable {

    private static final int SWATCH = 14;

    private final Table table;
    private final TableEditor cellEditor;
    private final StimulusEditor editor;
    private final String type;
    private final Consumer<String> problem;
    private final Supplier<StimulusDialogs> dialogs;
    private final Map<Integer, Image> swatches = new HashMap<>();
    private Text text;

    /**
     * @param problem told when an edit is refused, with the reason
     */
    PeriodTable(Composite parent, StimulusEditor editor, String type, Consumer<String> problem,
            Supplier<StimulusDialogs> dialogs) {
        this.editor = editor;
        this.type = type;
        this.problem = problem;
        this.dialogs = dialogs;
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        int[] widths = {120, 60, 60, 95};
        for (Column c : Column.values()) {
            TableColumn tc = new TableColumn(table, c == Column.NAME || c == Column.COLOUR ? SWT.LEFT : SWT.RIGHT);
            tc.setText(c.title());
            tc.setWidth(widths[c.ordinal()]);
        }
        table.getColumn(Column.START.ordinal()).setToolTipText("Start, in the type's unit (frames from 0, or seconds)");
        table.getColumn(Column.END.ordinal()).setToolTipText("End, in the type's unit (the end frame itself is not included)");
        cellEditor = new TableEditor(table);
        cellEditor.grabHorizontal = true;
        table.addListener(SWT.MouseDoubleClick, this::doubleClicked);
        table.addListener(SWT.Dispose, e -> swatches.values().forEach(Image::dispose));
    }

    Table table() {
        return table;
    }

    /** The selected row, or -1. */
    int selectedRow() {
        return table.getSelectionIndex();
    }

    void select(int row) {
        if (row >= 0 && row < table.getItemCount()) {
            table.setSelection(row);
            table.showSelection();
        }
    }

    /** Shows the type's rows as they are in the editor now, keeping the selection where it can. */
    void refresh() {
        closeText();
        int selected = table.getSelectionIndex();
        List<StimulusPeriod> periods = editor.type(type).periods();
        table.setRedraw(false);
        try {
            table.setItemCount(periods.size());
            for (int i = 0; i < periods.size(); i++) {
                TableItem item = table.getItem(i);
                for (Column c : Column.values()) {
                    item.setText(c.ordinal(), editor.cellText(type, i, c));
                }
                item.setImage(Column.COLOUR.ordinal(), swatch(periods.get(i).rgb()));
            }
            if (selected >= periods.size()) {
                selected = periods.size() - 1;
            }
            if (selected >= 0) {
                table.setSelection(selected);
            }
        } finally {
            table.setRedraw(true);
        }
    }

    /** The cell (row, column) under table point (x, y), or null. */
    private int[] cellAt(int x, int y) {
        Point p = new Point(x, y);
        for (int row = table.getTopIndex(); row < table.getItemCount(); row++) {
            TableItem item = table.getItem(row);
            for (Column c : Column.values()) {
                if (item.getBounds(c.ordinal()).contains(p)) {
                    return new int[] {row, c.ordinal()};
                }
            }
        }
        return null;
    }

    private void doubleClicked(Event e) {
        int[] cell = cellAt(e.x, e.y);
        if (cell != null) {
            edit(cell[0], Column.values()[cell[1]]);
        }
    }

    /**
     * Starts editing a cell as a double-click does: returns the text field for name, start and end;
     * for the colour asks the dialog, applies its answer and returns null.
     */
    Text edit(int row, Column column) {
        closeText();
        select(row);
        if (column == Column.COLOUR) {
            OptionalInt rgb = dialogs.get().colour(editor.type(type).periods().get(row).rgb());
            if (rgb.isPresent()) {
                apply(() -> editor.setColour(type, row, rgb.getAsInt()));
            }
            return null;
        }
        Text t = new Text(table, SWT.SINGLE);
        t.setText(editor.cellText(type, row, column));
        t.selectAll();
        boolean[] done = {false};
        Runnable commit = () -> {
            if (!done[0]) {
                done[0] = true;
                String value = t.getText();
                closeText();
                apply(() -> editor.setCell(type, row, column, value));
            }
        };
        t.addListener(SWT.DefaultSelection, e -> commit.run());
        t.addListener(SWT.FocusOut, e -> commit.run());
        t.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                done[0] = true;
                e.doit = false;
                closeText();
            }
        });
        cellEditor.setEditor(t, table.getItem(row), column.ordinal());
        text = t;
        t.setFocus();
        return t;
    }

    /** The open text field, or null. */
    Text openText() {
        return text == null || text.isDisposed() ? null : text;
    }

    private void closeText() {
        if (text != null) {
            Text t = text;
            text = null;
            cellEditor.setEditor(null);
            if (!t.isDisposed()) {
                t.dispose();
            }
        }
    }

    private void apply(Runnable edit) {
        try {
            edit.run();
        } catch (IllegalArgumentException ex) {
            problem.accept(ex.getMessage());
        }
    }

    private Image swatch(int rgb) {
        return swatches.computeIfAbsent(rgb, c -> {
            Image img = new Image(table.getDisplay(), SWATCH, SWATCH);
            GC gc = new GC(img);
            Color colour = new Color(table.getDisplay(), new RGB(c >> 16 & 0xFF, c >> 8 & 0xFF, c & 0xFF));
            try {
                gc.setBackground(colour);
                gc.fillRectangle(0, 0, SWATCH, SWATCH);
                gc.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_BLACK));
                gc.drawRectangle(0, 0, SWATCH - 1, SWATCH - 1);
            } finally {
                gc.dispose();
                colour.dispose();
            }
            return img;
        });
    }
}
