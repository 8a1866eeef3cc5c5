package org.fluorite.table.ui;

import org.fluorite.core.table.Column;

/**
 * Text of table cells, shared by the view and the CSV export: whole numbers without a decimal
 * point, numbers that were single-precision in the file with the float's shortest decimal
 * ("5.618027", not "5.618026733398438"), others with the double's.
 */
public final class CellFormat {

    private CellFormat() {
    }

    /** The text of row {@code row} of {@code column}. */
    public static String text(Column column, int row) {
        return switch (column.type()) {
            case TEXT -> {
                String s = column.getText(row);
                yield s == null ? "" : s;
            }
            case LONG -> column.getText(row);
            case DOUBLE -> number(column.getDouble(row));
        };
    }

    /** A number as short as it can be written without losing what the file held. */
    public static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        float f = (float) v;
        if (f == v) {
            return Float.toString(f);
        }
        return Double.toString(v);
    }

    /** Column header: "name [unit]", or the name alone when there is no unit. */
    public static String header(Column column) {
        return column.unit().isEmpty() ? column.name() : column.name() + " [" + column.unit() + "]";
    }
}
