package org.fluorite.batch.ui.widgets;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.fluorite.batch.BatchItem;

/**
 * The list of a batch's items in batch order, one row each (name, kind, state, input, run time),
 * coloured by state ({@link StateColors}). Rows are updated in place, keeping the selection.
 */
public final class ItemTable {

    static final String[] COLUMNS = {"Name", "Kind", "State", "Input", "Run time"};
    private static final int[] WIDTHS = {170, 110, 110, 170, 70};

    private final Table table;
    private final StateColors colors = new StateColors();
    private final List<BatchItem> rows = new ArrayList<>();

    public ItemTable(Composite parent) {
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < COLUMNS.length; i++) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(COLUMNS[i]);
            c.setWidth(WIDTHS[i]);
        }
        table.addListener(SWT.EraseItem, this::keepStateColourWhenSelected);
        table.addListener(SWT.PaintItem, this::frameSelectedRow);
    }

    /**
     * The system's selection colour would hide the state (a selected "moving outputs" row looks
     * like any selected row): a selected coloured row keeps its colour, framed in black instead.
     */
    private void keepStateColourWhenSelected(Event e) {
        if ((e.detail & SWT.SELECTED) != 0 && coloured(e)) {
            e.detail &= ~(SWT.SELECTED | SWT.HOT);
        }
    }

    private void frameSelectedRow(Event e) {
        if (!coloured(e) || !table.isSelected(table.indexOf((TableItem) e.item))) {
            return;
        }
        GC gc = e.gc;
        Color before = gc.getBackground();
        gc.setBackground(table.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        Rectangle b = ((TableItem) e.item).getBounds(e.index);
        gc.fillRectangle(b.x, b.y, b.width, 2);
        gc.fillRectangle(b.x, b.y + b.height - 2, b.width, 2);
        if (e.index == 0) {
            gc.fillRectangle(b.x, b.y, 3, b.height);
        }
        if (e.index == COLUMNS.length - 1) {
            gc.fillRectangle(b.x + b.width - 3, b.y, 3, b.height);
        }
        gc.setBackground(before);
    }

    private boolean coloured(Event e) {
        return e.item instanceof TableItem row && row.getBackground() != null && !row.getBackground().equals(table.getBackground());
    }

    public Table control() {
        return table;
    }

    /** Shows these items (batch order), keeping the selected item selected when it is still there. */
    public void setItems(List<BatchItem> items) {
        String selected = selectedUuid();
        rows.clear();
        rows.addAll(items);
        table.setRedraw(false);
        try {
            table.setItemCount(items.size());
            for (int i = 0; i < items.size(); i++) {
                fill(table.getItem(i), items.get(i));
            }
            table.deselectAll();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).uuid().equals(selected)) {
                    table.select(i);
                }
            }
        } finally {
            table.setRedraw(true);
        }
    }

    private void fill(TableItem row, BatchItem item) {
        row.setText(new String[] {item.name(), item.kind(), item.state().label(), input(item), runTime(item)});
        row.setData(item.uuid());
        row.setBackground(colors.background(item.state()));
        row.setForeground(StateColors.lightText(item.state()) ? table.getDisplay().getSystemColor(SWT.COLOR_WHITE) : null);
    }

    private static String input(BatchItem item) {
        if (item.inputs().isEmpty()) {
            return "";
        }
        Path p = Path.of(item.inputs().get(0));
        String name = p.getFileName() == null ? item.inputs().get(0) : p.getFileName().toString();
        return item.inputs().size() == 1 ? name : name + " (+" + (item.inputs().size() - 1) + ")";
    }

    /** Run time as m:ss (or h:mm:ss): started to finished, or to now while it runs. */
    static String runTime(BatchItem item) {
        if (item.started() == null) {
            return "";
        }
        Instant end = item.finished() != null ? item.finished() : Instant.now();
        long s = Math.max(0, Duration.between(item.started(), end).toSeconds());
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }

    /** The items shown, in table order. */
    public List<BatchItem> items() {
        return List.copyOf(rows);
    }

    /** The selected item, or null. */
    public BatchItem selected() {
        int i = table.getSelectionIndex();
        return i < 0 || i >= rows.size() ? null : rows.get(i);
    }

    public String selectedUuid() {
        BatchItem s = selected();
        return s == null ? null : s.uuid();
    }

    /** Selects the item (no event is sent; call the selection listener yourself). */
    public void select(String uuid) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).uuid().equals(uuid)) {
                table.setSelection(i);
                return;
            }
        }
        table.deselectAll();
    }

    /** Calls {@code listener} with the newly selected item (null when none) on every selection. */
    public void onSelection(Consumer<BatchItem> listener) {
        table.addListener(SWT.Selection, e -> listener.accept(selected()));
    }

    /** Calls {@code listener} with the item on a double click (Mesmerize: open its output). */
    public void onOpen(Consumer<BatchItem> listener) {
        table.addListener(SWT.DefaultSelection, e -> {
            BatchItem s = selected();
            if (s != null) {
                listener.accept(s);
            }
        });
    }

    public void dispose() {
        colors.dispose();
    }
}
