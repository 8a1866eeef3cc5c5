package org.fluorite.stimulus.ui.widgets;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.fluorite.stimulus.TimeUnit;
import org.fluorite.stimulus.ui.StimulusEditor;

/** The tab of one stimulus type: its unit (frames or seconds), "Add row", "Remove row" and the table of periods. */
public final class TypePage extends Composite {

    private final StimulusEditor editor;
    private final String type;
    private final Combo unit;
    private final Button addRow;
    private final Button removeRow;
    private final PeriodTable periods;

    TypePage(Composite parent, StimulusEditor editor, String type, Consumer<String> problem,
            Supplier<StimulusDialogs> dialogs) {
        super(parent, SWT.NONE);
        this.editor = editor;
        this.type = type;
        setLayout(new GridLayout(4, false));
        Label unitLabel = new Label(this, SWT.NONE);
        unitLabel.setText("Unit:");
        unit = new Combo(this, SWT.READ_ONLY);
        for (TimeUnit u : TimeUnit.values()) {
            unit.add(u.label());
        }
        unit.setToolTipText("How start and end are counted: frames of the movie (from 0) or seconds from its first frame");
        unit.addListener(SWT.Selection, e -> {
            int i = unit.getSelectionIndex();
            if (i >= 0) {
                editor.setUnit(type, TimeUnit.values()[i]);
            }
        });
        addRow = new Button(this, SWT.PUSH);
        addRow.setText("Add row");
        addRow.setToolTipText("Add a period after the last one; double-click a cell to edit it");
        addRow.addListener(SWT.Selection, e -> addRow());
        removeRow = new Button(this, SWT.PUSH);
        removeRow.setText("Remove row");
        removeRow.setToolTipText("Remove the selected period");
        removeRow.addListener(SWT.Selection, e -> removeRow());
        periods = new PeriodTable(this, editor, type, problem, dialogs);
        periods.table().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        periods.table().addListener(SWT.Selection, e -> updateButtons());
        periods.table().addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL) {
                removeRow();
                e.doit = false;
            }
        });
        refresh();
    }

    /** The stimulus type this page edits. */
    public String type() {
        return type;
    }

    /** Shows the type as it is in the editor now. */
    void refresh() {
        if (!editor.map().type(type).isPresent()) {
            return; // the tab is about to go
        }
        unit.select(editor.type(type).unit().ordinal());
        periods.refresh();
        updateButtons();
    }

    private void updateButtons() {
        removeRow.setEnabled(periods.selectedRow() >= 0);
    }

    /** Adds a row and selects it. */
    public void addRow() {
        int row = editor.addRow(type);
        periods.select(row);
        updateButtons();
    }

    /** Removes the selected row, if any. */
    public void removeRow() {
        int row = periods.selectedRow();
        if (row >= 0) {
            editor.removeRow(type, row);
            periods.select(Math.min(row, periods.table().getItemCount() - 1));
            updateButtons();
        }
    }

    public Table table() {
        return periods.table();
    }

    public Combo unitCombo() {
        return unit;
    }

    /** Selects row {@code row}. */
    public void selectRow(int row) {
        periods.select(row);
        updateButtons();
    }

    /** Starts editing a cell as a double-click does (see {@link PeriodTable#edit}). */
    public org.eclipse.swt.widgets.Text edit(int row, StimulusEditor.Column column) {
        return periods.edit(row, column);
    }

    /** The open in-place text field, or null. */
    public org.eclipse.swt.widgets.Text openText() {
        return periods.openText();
    }
}
