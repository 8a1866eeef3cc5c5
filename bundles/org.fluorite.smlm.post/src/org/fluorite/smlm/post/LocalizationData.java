package org.fluorite.smlm.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.meta.Operation;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Localizations;
import org.fluorite.core.table.Table;

/**
 * Typed access to the standard columns of a localization table (see {@link Localizations}) for
 * the post-processing engines, and the building of their result tables: same columns and
 * metadata, a few columns replaced or added, one more {@link Operation} in the provenance.
 * Tables from ThunderSTORM, Picasso and PYME files and from Fluorite's localizer all work.
 */
public final class LocalizationData {

    private LocalizationData() {
    }

    /**
     * Checks that {@code table} is a localization table with frame, x and y.
     *
     * @throws IllegalArgumentException naming the table and what is missing
     */
    public static void require(Table table) {
        if (!Localizations.isLocalizationTable(table)) {
            throw new IllegalArgumentException("Table '" + table.name() + "' is not a localization table with frame, x and y"
                    + " (kind " + table.kind() + ", columns " + String.join(", ", table.columnNames()) + ")");
        }
    }

    /** Frame numbers (from 1) of every row, rounded to whole numbers. */
    public static int[] frames(Table table) {
        Column c = table.require(Localizations.FRAME);
        int[] out = new int[table.rowCount()];
        for (int i = 0; i < out.length; i++) {
            double v = c.getDouble(i);
            out[i] = Double.isFinite(v) ? (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Math.round(v)))
                    : Integer.MIN_VALUE;
        }
        return out;
    }

    /** The column as numbers, or null when the table does not have it. */
    public static double[] values(Table table, String column) {
        return table.column(column).map(Column::toDoubles).orElse(null);
    }

    /**
     * A copy of {@code table} with the given columns replaced (same position, same unit when
     * {@code units} has none for them) or appended, and {@code operation} added to its provenance.
     *
     * @param replaced column name -> values, in the order they should be appended when new
     * @param units    column name -> unit for new columns; may be empty
     */
    public static Table withColumns(Table table, Map<String, double[]> replaced, Map<String, String> units,
            Operation operation) {
        List<Column> out = new ArrayList<>();
        Map<String, double[]> rest = new LinkedHashMap<>(replaced);
        for (Column c : table.columns()) {
            double[] v = rest.remove(c.name());
            out.add(v == null ? c : Column.ofDoubles(c.name(), units.getOrDefault(c.name(), c.unit()), v));
        }
        rest.forEach((name, v) -> out.add(Column.ofDoubles(name, units.getOrDefault(name, ""), v)));
        return table.withColumns(out).withProvenance(table.provenance().then(operation));
    }

    /** The rows whose indices are given, with {@code operation} added to the provenance. */
    public static Table selectRows(Table table, int[] rows, Operation operation) {
        return table.selectRows(rows).withProvenance(table.provenance().then(operation));
    }
}
