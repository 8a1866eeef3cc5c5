package org.fluorite.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.fluorite.core.meta.Metadata;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Table;

/**
 * Between core {@link Table}s (project tables and tabs, CSV and HDF5 tables) and transmissions.
 */
public final class Tables {

    private Tables() {
    }

    /**
     * A new transmission (one data block whose history starts with {@code origin}) from a table's
     * rows, with each row's curve as {@value Transmission#RAW_CURVE} and its sampling rate (Hz, NaN
     * when unknown) as {@value Transmission#SAMPLING_RATE}. Column types are kept; text columns whose
     * name holds "uuid" become UUID columns when every value is a UUID.
     *
     * @param curves one curve per row (null when a row has none)
     * @param rateHz one sampling rate per row, Hz
     */
    public static Transmission spawn(Table table, double[][] curves, double[] rateHz, HistoryOperation origin, Metadata metadata) {
        if (curves.length != table.rowCount() || rateHz.length != table.rowCount()) {
            throw new IllegalArgumentException(table.rowCount() + " rows but " + curves.length + " curves and " + rateHz.length
                    + " sampling rates");
        }
        List<FlowColumn> cols = new ArrayList<>();
        for (Column c : table.columns()) {
            cols.add(fromColumn(c));
        }
        cols.add(FlowColumn.ofArrays(Transmission.RAW_CURVE, "", curves));
        cols.add(FlowColumn.ofDoubles(Transmission.SAMPLING_RATE, "Hz", rateHz));
        Metadata m = metadata.with(Transmission.LAST_OUTPUT, Transmission.RAW_CURVE).with(Transmission.LAST_UNIT, "time");
        return Transmission.spawn(Frame.of(cols), origin, m);
    }

    /** A core column as a flow column (see {@link #spawn}). */
    public static FlowColumn fromColumn(Column c) {
        return switch (c.type()) {
            case DOUBLE -> FlowColumn.ofDoubles(c.name(), c.unit(), c.toDoubles());
            case LONG -> {
                long[] v = new long[c.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = ((Number) c.get(i)).longValue();
                }
                yield FlowColumn.ofLongs(c.name(), c.unit(), v);
            }
            case TEXT -> {
                String[] v = new String[c.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = c.getText(i);
                }
                UUID[] u = ColumnConventions.isUuidName(c.name()) ? uuids(v) : null;
                yield u != null ? FlowColumn.ofUuids(c.name(), u) : FlowColumn.ofText(c.name(), v);
            }
        };
    }

    /**
     * The transmission's one-value-per-row columns as a core table (text, UUIDs as text, whole
     * numbers, numbers; arrays and nested tables are left out), e.g. for CSV export and plots.
     */
    public static Table toTable(Transmission t, String name) {
        List<Column> cols = new ArrayList<>();
        for (FlowColumn c : t.frame().columns()) {
            switch (c.type()) {
                case TEXT -> cols.add(Column.ofText(c.name(), c.texts()));
                case UUID -> {
                    String[] s = new String[c.size()];
                    for (int i = 0; i < s.length; i++) {
                        s[i] = c.uuids()[i] == null ? null : c.uuids()[i].toString();
                    }
                    cols.add(Column.ofText(c.name(), s));
                }
                case LONG -> cols.add(Column.ofLongs(c.name(), c.unit(), c.longs()));
                case DOUBLE -> cols.add(Column.ofDoubles(c.name(), c.unit(), c.doubles()));
                default -> {
                    // one value per cell only
                }
            }
        }
        return Table.of(name, "transmission", cols);
    }

    private static UUID[] uuids(String[] v) {
        UUID[] out = new UUID[v.length];
        for (int i = 0; i < v.length; i++) {
            if (v[i] == null || v[i].length() != 36) {
                return null;
            }
            try {
                out[i] = UUID.fromString(v[i].toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return out;
    }
}
