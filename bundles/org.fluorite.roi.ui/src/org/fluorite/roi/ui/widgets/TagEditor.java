package org.fluorite.roi.ui.widgets;

import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.fluorite.roi.Roi;
import org.fluorite.roi.ui.RoiList;

/**
 * The tags of the selected ROI: one row per ROI type column with its value, edited in place with a
 * combo offering the values used so far (or any new text); "Add column..." adds a ROI type column.
 */
public final class TagEditor extends Composite {

    private final Table table;
    private final TableEditor cellEditor;
    private final Button addColumn;
    private RoiList list;

    public TagEditor(Composite parent) {
        super(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        setLayout(layout);
        table = new Table(this, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData td = new GridData(SWT.FILL, SWT.FILL, true, true);
        td.heightHint = 60;
        table.setLayoutData(td);
        TableColumn c0 = new TableColumn(table, SWT.LEFT);
        c0.setText("ROI type column");
        c0.setWidth(130);
        TableColumn c1 = new TableColumn(table, SWT.LEFT);
        c1.setText("Tag");
        c1.setWidth(130);
        cellEditor = new TableEditor(table);
        cellEditor.grabHorizontal = true;
        // a click on a row opens its editor: through the selection, and through the mouse for a row already selected
        table.addListener(SWT.Selection, e -> {
            if (e.item instanceof TableItem item) {
                edit(item);
            }
        });
        table.addListener(SWT.MouseDown, e -> {
            TableItem item = table.getItem(new org.eclipse.swt.graphics.Point(e.x, e.y));
            if (item != null) {
                edit(item);
            }
        });
        addColumn = new Button(this, SWT.PUSH);
        addColumn.setText("Add column\u2026");
        addColumn.setToolTipText("Add a ROI type column (e.g. cell_type); every ROI starts 'untagged' in it");
        addColumn.addListener(SWT.Selection, e -> askForColumn());
    }

    /** Edits the tags of {@code newList}'s selected ROI (null: nothing). */
    public void setList(RoiList newList) {
        list = newList;
        refresh();
    }

    /** Rebuilds the rows from the list's tag columns and selected ROI. */
    public void refresh() {
        if (cellEditor.getEditor() != null) {
            cellEditor.getEditor().dispose();
        }
        table.removeAll();
        Roi roi = list == null ? null : list.selected().orElse(null);
        if (list == null) {
            return;
        }
        for (String column : list.tagColumns()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {column, roi == null ? "" : roi.properties().tag(column)});
        }
        addColumn.setEnabled(true);
    }

    /** Sets the tag of the selected ROI in {@code column}; false when no ROI is selected. */
    public boolean setTag(String column, String value) {
        if (list == null || list.selectedIndex() < 0 || value == null || value.isBlank()) {
            return false;
        }
        list.setTag(list.selectedIndex(), column, value.strip());
        return true;
    }

    private void edit(TableItem item) {
        if (list == null || list.selectedIndex() < 0
                || (cellEditor.getEditor() != null && !cellEditor.getEditor().isDisposed() && cellEditor.getItem() == item)) {
            return;
        }
        String column = item.getText(0);
        Combo combo = new Combo(table, SWT.DROP_DOWN);
        list.tagValues(column).forEach(combo::add);
        combo.setText(item.getText(1));
        Runnable commit = () -> {
            if (!combo.isDisposed()) {
                String value = combo.getText();
                combo.dispose();
                if (!value.equals(item.getText(1))) {
                    setTag(column, value);
                }
            }
        };
        combo.addListener(SWT.DefaultSelection, e -> commit.run());
        combo.addListener(SWT.Selection, e -> commit.run());
        combo.addListener(SWT.FocusOut, e -> commit.run());
        combo.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                combo.dispose();
                e.doit = false;
            }
        });
        cellEditor.setEditor(combo, item, 1);
        combo.setFocus();
    }

    private void askForColumn() {
        if (list == null) {
            return;
        }
        IInputValidator validator = text -> text == null || text.isBlank() ? "Enter a column name"
                : list.tagColumns().contains(text.strip()) ? "That column exists already" : null;
        InputDialog dialog = new InputDialog(getShell(), "Add ROI type column",
                "Name of the new ROI type column (every ROI starts 'untagged'):", "", validator);
        if (dialog.open() == Window.OK) {
            list.addTagColumn(dialog.getValue());
        }
    }

    Table table() {
        return table;
    }
}
