package org.fluorite.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.flow.ColumnType;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.HistoryOperation;
import org.fluorite.flow.Transmission;

/**
 * What the Datapoint Tracer shows of one Transmission row without its sample: the row's curve,
 * the span of its peak when the row is a peak (PeakFeatures' {@code _pf_b_ix_l}, {@code _pf_p_ix},
 * {@code _pf_b_ix_r}), the history of its data block and its one-value-per-row columns.
 *
 * @param ref the row
 * @param curveColumn the array column shown, or null when the Transmission has none
 * @param curve the row's curve (empty when missing)
 * @param peakSpan {left base, peak, right base} sample indices, or null when the row is not a peak
 * @param history operations of the row's data block, oldest first
 * @param values column name to the row's value as text (arrays and tables summarised)
 */
public record TracedRow(DataRef ref, String curveColumn, double[] curve, int[] peakSpan, List<HistoryOperation> history,
        Map<String, String> values) {

    /** Columns giving a peak row's left base, peak and right base (sample indices). */
    public static final List<String> PEAK_COLUMNS = List.of("_pf_b_ix_l", "_pf_p_ix", "_pf_b_ix_r");

    /**
     * The traced row {@code row} of {@code t}, with the curve of {@code curveColumn} (null or
     * empty: {@link #defaultCurveColumn}).
     */
    public static TracedRow of(Transmission t, int row, String curveColumn) {
        String column = curveColumn == null || curveColumn.isEmpty() ? defaultCurveColumn(t) : curveColumn;
        double[] curve = new double[0];
        if (column != null) {
            double[][] a = t.frame().require(column, ColumnType.ARRAY).arrays();
            curve = a[row] == null ? new double[0] : a[row];
        }
        List<HistoryOperation> history = t.frame().has(Transmission.BLOCK) ? t.historyOfRow(row) : List.of();
        Map<String, String> values = new LinkedHashMap<>();
        for (FlowColumn c : t.frame().columns()) {
            values.put(c.name(), text(c, row));
        }
        return new TracedRow(DataRef.of(t, row), column, curve, peakSpan(t, row, curve.length), history, values);
    }

    /**
     * The curve column shown by default: the last node output when it is a curve (not a single
     * peak's curve), else {@code _RAW_CURVE}, else the first array column; null when there is none.
     */
    public static String defaultCurveColumn(Transmission t) {
        List<String> arrays = arrayColumns(t);
        String last = t.lastOutput();
        if (last != null && arrays.contains(last) && !last.equals("_pf_peak_curve")) {
            return last;
        }
        if (arrays.contains(Transmission.RAW_CURVE)) {
            return Transmission.RAW_CURVE;
        }
        return arrays.isEmpty() ? null : arrays.get(0);
    }

    /** Names of the array columns, in column order. */
    public static List<String> arrayColumns(Transmission t) {
        List<String> names = new ArrayList<>();
        for (FlowColumn c : t.frame().columns()) {
            if (c.type() == ColumnType.ARRAY) {
                names.add(c.name());
            }
        }
        return names;
    }

    private static int[] peakSpan(Transmission t, int row, int length) {
        int[] span = new int[3];
        for (int k = 0; k < 3; k++) {
            String name = PEAK_COLUMNS.get(k);
            if (!t.frame().has(name) || t.column(name).isMissing(row)) {
                return null;
            }
            Object v = t.column(name).get(row);
            if (!(v instanceof Number n) || !Double.isFinite(n.doubleValue())) {
                return null;
            }
            span[k] = (int) Math.round(n.doubleValue());
            if (span[k] < 0 || span[k] >= Math.max(1, length)) {
                return null;
            }
        }
        return span[0] <= span[1] && span[1] <= span[2] ? span : null;
    }

    private static String text(FlowColumn c, int row) {
        if (c.isMissing(row)) {
            return "";
        }
        Object v = c.get(row);
        if (v instanceof double[] a) {
            return "array of " + a.length;
        }
        if (v instanceof org.fluorite.flow.Frame f) {
            return "table of " + f.rowCount() + " rows";
        }
        return String.valueOf(v);
    }
}
