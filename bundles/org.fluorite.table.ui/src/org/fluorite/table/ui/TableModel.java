package org.fluorite.table.ui;

import java.util.Arrays;
import java.util.Comparator;

import org.fluorite.core.table.Column;
import org.fluorite.core.table.Table;

/**
 * A {@link Table} as rows on screen: a sort order over its rows (the table itself is immutable)
 * and the text of each cell. Free of SWT, so sorting and text are tested without a display.
 */
public final class TableModel {

    private final Table table;
    /** View row to table row; null while unsorted. */
    private int[] order;
    private int sortColumn = -1;
    private boolean ascending = true;

    public TableModel(Table table) {
        this.table = table;
    }

    /** The same rows in the same order, unaffected by later sorting of this model (for background export). */
    public TableModel snapshot() {
        TableModel copy = new TableModel(table);
        copy.order = order;
        copy.sortColumn = sortColumn;
        copy.ascending = ascending;
        return copy;
    }

    public Table table() {
        return table;
    }

    public int rowCount() {
        return table.rowCount();
    }

    public int columnCount() {
        return table.columns().size();
    }

    /** Header of column {@code c}: "name [unit]". */
    public String header(int c) {
        return CellFormat.header(table.columns().get(c));
    }

    /** The table row shown at view row {@code viewRow}. */
    public int tableRow(int viewRow) {
        return order == null ? viewRow : order[viewRow];
    }

    /** Text of the cell at view row {@code viewRow}, column {@code c}. */
    public String text(int viewRow, int c) {
        return CellFormat.text(table.columns().get(c), tableRow(viewRow));
    }

    /** All cells of a view row. */
    public String[] rowTexts(int viewRow) {
        String[] out = new String[columnCount()];
        int row = tableRow(viewRow);
        for (int c = 0; c < out.length; c++) {
            out[c] = CellFormat.text(table.columns().get(c), row);
        }
        return out;
    }

    /** The column the rows are sorted by, -1 for file order. */
    public int sortColumn() {
        return sortColumn;
    }

    public boolean ascending() {
        return ascending;
    }

    /**
     * Sorts the rows by column {@code c} (numbers by value with NaN last, text alphabetically);
     * rows with equal values keep their file order. {@code c = -1} restores the file order.
     */
    public void sort(int c, boolean ascendingOrder) {
        sortColumn = c;
        ascending = ascendingOrder;
        if (c < 0) {
            order = null;
            return;
        }
        Column column = table.columns().get(c);
        Integer[] rows = new Integer[table.rowCount()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        Comparator<Integer> cmp;
        if (column.isNumeric()) {
            double[] v = column.toDoubles();
            cmp = (a, b) -> compareNumbers(v[a], v[b], ascendingOrder);
        } else {
            cmp = (a, b) -> {
                String x = column.getText(a) == null ? "" : column.getText(a);
                String y = column.getText(b) == null ? "" : column.getText(b);
                return ascendingOrder ? x.compareTo(y) : y.compareTo(x);
            };
        }
        Arrays.sort(rows, cmp);
        order = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            order[i] = rows[i];
        }
    }

    private static int compareNumbers(double x, double y, boolean ascendingOrder) {
        boolean nx = Double.isNaN(x);
        boolean ny = Double.isNaN(y);
        if (nx || ny) {
            return nx == ny ? 0 : nx ? 1 : -1;
        }
        return ascendingOrder ? Double.compare(x, y) : Double.compare(y, x);
    }
}
