package org.fluorite.project.ui.browser;

import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Table;

/**
 * NatTable's view of a {@link Table}: cells are formatted when drawn, so only the visible ones are
 * ever turned into text. Read-only; {@link #setTable} swaps the rows shown.
 */
final class TableDataProvider implements IDataProvider {

    private volatile Table table;

    TableDataProvider(Table table) {
        this.table = table;
    }

    void setTable(Table newTable) {
        this.table = newTable;
    }

    Table table() {
        return table;
    }

    @Override
    public Object getDataValue(int columnIndex, int rowIndex) {
        Table t = table;
        if (columnIndex >= t.columns().size() || rowIndex >= t.rowCount()) {
            return "";
        }
        return format(t.columns().get(columnIndex), rowIndex);
    }

    /** The text of a cell: numbers as Java prints them, NaN (a sample without a value) empty. */
    static String format(Column c, int row) {
        if (c.type() == Column.Type.DOUBLE && Double.isNaN(c.getDouble(row))) {
            return "";
        }
        return c.getText(row);
    }

    @Override
    public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
        throw new UnsupportedOperationException("The project table is changed with 'Set value', not in the cells");
    }

    @Override
    public int getColumnCount() {
        return table.columns().size();
    }

    @Override
    public int getRowCount() {
        return table.rowCount();
    }
}
