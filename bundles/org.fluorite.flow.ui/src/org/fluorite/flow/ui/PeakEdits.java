package org.fluorite.flow.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import org.fluorite.flow.ColumnType;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Frame;
import org.fluorite.flow.HistoryOperation;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.nodes.signal.nodes.PeakDetectFactory;
import org.fluorite.flow.nodes.signal.numerics.PeaksBases;

/**
 * The Peak Editor's model, free of SWT: the peaks and bases of each row of a PeakDetect output,
 * edited (add, remove, move; sample indices kept in order by {@link PeaksBases}) and written back
 * as a transmission whose {@code peaks_bases} column holds the edits and whose history records a
 * {@code peak_editor} operation with the edited rows. Saved as a transmission file, it feeds
 * PeakDetect's PB_Input (through LoadFile), which passes it on unchanged.
 */
public final class PeakEdits {

    private final Transmission source;
    private final String curveColumn;
    private final PeaksBases[] rows;
    private final Map<Integer, Integer> editsPerRow = new LinkedHashMap<>();

    /**
     * @param source a transmission with a {@code peaks_bases} table column (PeakDetect's output)
     * @throws IllegalArgumentException when it has none
     */
    public PeakEdits(Transmission source) {
        this.source = source;
        Frame[] tables = source.frame().require(PeakDetectFactory.PEAKS_BASES, ColumnType.TABLE).tables();
        rows = new PeaksBases[tables.length];
        for (int i = 0; i < tables.length; i++) {
            rows[i] = PeakDetectFactory.fromTable(tables[i]);
        }
        String last = source.lastOutput();
        curveColumn = !last.isEmpty() && source.frame().has(last) && source.column(last).type() == ColumnType.ARRAY ? last
                : Transmission.RAW_CURVE;
    }

    public int rowCount() {
        return rows.length;
    }

    /** The curve the peaks lie on (the input's last output, else _RAW_CURVE); null when missing. */
    public double[] curve(int row) {
        return source.frame().has(curveColumn) ? source.column(curveColumn).arrays()[row] : null;
    }

    public String curveColumn() {
        return curveColumn;
    }

    public PeaksBases peaks(int row) {
        return rows[row];
    }

    /** Adds a peak or base at a sample index (clamped to the curve). */
    public void add(int row, int sample, boolean peak) {
        rows[row] = rows[row].withEvent(clamp(row, sample), peak);
        edited(row);
    }

    /** Removes the event at {@code position} in the row's ordered list. */
    public void remove(int row, int position) {
        rows[row] = rows[row].withoutEvent(position);
        edited(row);
    }

    /** Moves the event at {@code position} to another sample index (clamped to the curve). */
    public void move(int row, int position, int sample) {
        rows[row] = rows[row].withEventMoved(position, clamp(row, sample));
        edited(row);
    }

    /** The position of the event nearest to a sample index within {@code tolerance} samples, or -1. */
    public int nearest(int row, double sample, double tolerance) {
        int best = -1;
        double bestDistance = tolerance;
        for (int i = 0; i < rows[row].size(); i++) {
            double d = Math.abs(rows[row].event(i) - sample);
            if (d <= bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }

    /** How many edits were made, per row that was edited. */
    public Map<Integer, Integer> edits() {
        return Map.copyOf(editsPerRow);
    }

    /** The source with the edited peaks_bases column and a peak_editor history entry (the source itself when nothing changed). */
    public Transmission result() {
        if (editsPerRow.isEmpty()) {
            return source;
        }
        Frame[] tables = new Frame[rows.length];
        for (int i = 0; i < rows.length; i++) {
            tables[i] = PeakDetectFactory.table(rows[i]);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("edited_rows", editsPerRow.keySet().stream().sorted().toList());
        params.put("edits", editsPerRow.values().stream().mapToInt(Integer::intValue).sum());
        return source.withColumn(FlowColumn.ofTables(PeakDetectFactory.PEAKS_BASES, tables))
                .withOperation(HistoryOperation.of("signal.PeakDetect", "peak_editor", params));
    }

    private void edited(int row) {
        editsPerRow.merge(row, 1, Integer::sum);
    }

    private int clamp(int row, int sample) {
        double[] c = curve(row);
        int max = c == null ? Integer.MAX_VALUE : c.length - 1;
        return Math.max(0, Math.min(max, sample));
    }
}
