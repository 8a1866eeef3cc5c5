package org.fluorite.flow.ui;

import java.util.Locale;

import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Frame;

/** How a transmission cell reads in the ViewTransmission table (pure, testable). */
public final class CellText {

    /** Array values shown before "...". */
    static final int SHOWN_VALUES = 4;

    private CellText() {
    }

    /** The text of row {@code row} of a column: numbers in full precision, arrays as "[n] a, b, c, d, ...", tables as "(n rows)". */
    public static String of(FlowColumn column, int row) {
        if (column.isMissing(row)) {
            return "";
        }
        return switch (column.type()) {
            case TEXT -> column.texts()[row];
            case LONG -> Long.toString(column.longs()[row]);
            case DOUBLE -> number(column.doubles()[row]);
            case UUID -> column.uuids()[row].toString();
            case ARRAY -> array(column.arrays()[row]);
            case TABLE -> table(column.tables()[row]);
        };
    }

    static String number(double v) {
        return Double.isNaN(v) ? "NaN" : String.format(Locale.ROOT, "%.6g", v);
    }

    static String array(double[] a) {
        StringBuilder b = new StringBuilder("[").append(a.length).append("] ");
        for (int i = 0; i < Math.min(SHOWN_VALUES, a.length); i++) {
            b.append(i == 0 ? "" : ", ").append(number(a[i]));
        }
        return b.append(a.length > SHOWN_VALUES ? ", ..." : "").toString();
    }

    static String table(Frame f) {
        return "(" + f.rowCount() + " rows: " + String.join(", ", f.columnNames()) + ")";
    }
}
