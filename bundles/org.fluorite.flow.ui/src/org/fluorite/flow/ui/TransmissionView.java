package org.fluorite.flow.ui;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.HistoryOperation;
import org.fluorite.flow.HistoryTrace;
import org.fluorite.flow.Transmission;

/**
 * ViewTransmission and ViewHistory of a node's output: a virtual table of the transmission's rows
 * (one column per transmission column, arrays and nested tables summarised) beside a tree of the
 * analysis history (data block, its operations in order, their parameters). Selecting a row shows
 * only that row's block in the tree.
 */
public final class TransmissionView {

    private final Table table;
    private final Tree history;
    private final Transmission transmission;

    /**
     * @param withTable false for ViewHistory: the history tree alone
     */
    public TransmissionView(Composite parent, Transmission t, boolean withTable) {
        this.transmission = t;
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        table = new Table(sash, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        List<FlowColumn> columns = t.frame().columns();
        for (FlowColumn c : columns) {
            TableColumn tc = new TableColumn(table, SWT.LEFT);
            tc.setText(c.name() + (c.unit() == null || c.unit().isEmpty() ? "" : " [" + c.unit() + "]"));
            tc.setToolTipText(c.type().word());
            tc.setWidth(c.type() == org.fluorite.flow.ColumnType.UUID ? 260 : 140);
        }
        table.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            int row = table.indexOf(item);
            for (int i = 0; i < columns.size(); i++) {
                item.setText(i, CellText.of(columns.get(i), row));
            }
        });
        table.setItemCount(t.rowCount());
        table.addListener(SWT.Selection, e -> {
            int row = table.getSelectionIndex();
            showHistory(row < 0 ? null : t.blockOf(row));
        });
        history = new Tree(sash, SWT.BORDER);
        if (withTable) {
            sash.setWeights(3, 2);
        } else {
            sash.setMaximizedControl(history);
        }
        showHistory(null);
    }

    /** The history of one block, or of every block for null. */
    public void showHistory(UUID block) {
        history.removeAll();
        HistoryTrace h = transmission.history();
        for (UUID b : block == null ? h.blocks() : java.util.Set.of(block)) {
            TreeItem bi = new TreeItem(history, SWT.NONE);
            bi.setText("Block " + b);
            for (HistoryOperation op : h.history(b)) {
                TreeItem oi = new TreeItem(bi, SWT.NONE);
                oi.setText(op.name() + "  (" + op.nodeId() + ")");
                for (Map.Entry<String, Object> p : op.parameters().entrySet()) {
                    new TreeItem(oi, SWT.NONE).setText(p.getKey() + " = " + p.getValue());
                }
                oi.setExpanded(true);
            }
            bi.setExpanded(true);
        }
    }

    public Table table() {
        return table;
    }

    public Tree history() {
        return history;
    }

    /** Opens the view in its own window (the view is the shell's {@code getData()}). */
    public static Shell open(Shell parent, String title, Transmission t, boolean withTable) {
        Shell shell = new Shell(parent, SWT.SHELL_TRIM);
        shell.setText(title + " (" + t.rowCount() + " rows)");
        shell.setLayout(new FillLayout());
        shell.setData(new TransmissionView(shell, t, withTable));
        shell.setSize(900, 600);
        shell.open();
        return shell;
    }
}
