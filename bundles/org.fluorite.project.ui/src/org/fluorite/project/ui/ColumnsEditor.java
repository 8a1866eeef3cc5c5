package org.fluorite.project.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.fluorite.project.ColumnKind;
import org.fluorite.project.ProjectColumn;
import org.fluorite.project.ProjectConfiguration;
import org.fluorite.project.ValueType;

/**
 * Edits the configurable columns of a project: ROI type columns, stimulus type columns and custom
 * columns (text, whole number or decimal, with the value existing samples get). Used by the new
 * project dialog and the project configuration dialog.
 */
public final class ColumnsEditor extends Composite {

    private static final String[] KINDS = {"ROI type", "Stimulus type", "Custom"};
    private static final String[] TYPES = {"text", "whole number", "decimal"};

    private final List<ProjectColumn> columns = new ArrayList<>();
    private final Table table;
    private final Text name;
    private final Combo kind;
    private final Combo type;
    private final Text replace;
    private final Label message;
    private Runnable changeListener = () -> { };

    public ColumnsEditor(Composite parent, ProjectConfiguration initial) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(6, false));
        table = new Table(this, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        GridData td = new GridData(SWT.FILL, SWT.FILL, true, true, 6, 1);
        td.heightHint = 160;
        table.setLayoutData(td);
        for (String[] h : new String[][] {{"Column", "160"}, {"Kind", "110"}, {"Type", "110"}, {"Replace value", "140"}}) {
            TableColumn c = new TableColumn(table, SWT.NONE);
            c.setText(h[0]);
            c.setWidth(Integer.parseInt(h[1]));
        }
        name = new Text(this, SWT.BORDER);
        name.setMessage("column name");
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        kind = new Combo(this, SWT.READ_ONLY);
        kind.setItems(KINDS);
        kind.select(0);
        type = new Combo(this, SWT.READ_ONLY);
        type.setItems(TYPES);
        type.select(0);
        replace = new Text(this, SWT.BORDER);
        replace.setMessage("replace value");
        replace.setToolTipText("The value samples already in the project get (custom columns); empty: untagged / none");
        GridData rd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        rd.widthHint = 110;
        replace.setLayoutData(rd);
        kind.addListener(SWT.Selection, e -> kindChanged());
        kindChanged();
        Button add = new Button(this, SWT.PUSH);
        add.setText("Add");
        add.addListener(SWT.Selection, e -> addTyped());
        name.addListener(SWT.DefaultSelection, e -> addTyped());
        Button remove = new Button(this, SWT.PUSH);
        remove.setText("Remove");
        remove.addListener(SWT.Selection, e -> {
            int i = table.getSelectionIndex();
            if (i >= 0) {
                remove(i);
            }
        });
        message = new Label(this, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 6, 1));
        columns.addAll(initial.columns());
        refresh();
    }

    private void kindChanged() {
        boolean custom = kind.getSelectionIndex() == 2;
        type.setEnabled(custom);
        replace.setEnabled(custom);
        if (!custom) {
            type.select(0);
        }
    }

    private void addTyped() {
        ColumnKind k = ColumnKind.values()[kind.getSelectionIndex()];
        ValueType t = ValueType.values()[type.getSelectionIndex()];
        String error = add(name.getText().strip(), k, t, replace.getText());
        message.setText(error == null ? "" : error);
        if (error == null) {
            name.setText("");
            replace.setText("");
        }
        layout(true);
    }

    /**
     * Adds a column at the end.
     *
     * @param replaceValue text of the replace value (custom columns), empty or null for none
     * @return null when added, else what is wrong
     */
    public String add(String columnName, ColumnKind columnKind, ValueType valueType, String replaceValue) {
        try {
            String r = replaceValue == null || replaceValue.isBlank() || columnKind != ColumnKind.CUSTOM ? null
                    : replaceValue.strip();
            ProjectColumn c = new ProjectColumn(columnName, columnKind, columnKind == ColumnKind.CUSTOM ? valueType : ValueType.TEXT, r);
            List<ProjectColumn> all = new ArrayList<>(columns);
            all.add(c);
            new ProjectConfiguration(all);
            columns.add(c);
            refresh();
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    public void remove(int index) {
        columns.remove(index);
        refresh();
    }

    private void refresh() {
        table.removeAll();
        for (ProjectColumn c : columns) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {c.name(), KINDS[c.kind().ordinal()], c.kind() == ColumnKind.CUSTOM ? TYPES[c.type().ordinal()] : "",
                    c.replaceValue() == null ? "" : c.replaceValue().toString()});
        }
        changeListener.run();
    }

    /** The columns as edited, in their order. */
    public List<ProjectColumn> columns() {
        return List.copyOf(columns);
    }

    /** Told after every change. */
    public void setChangeListener(Runnable listener) {
        this.changeListener = listener == null ? () -> { } : listener;
    }

    /** The last problem shown under the table (empty when none). */
    public String messageText() {
        return message.getText();
    }

    public Table table() {
        return table;
    }
}
