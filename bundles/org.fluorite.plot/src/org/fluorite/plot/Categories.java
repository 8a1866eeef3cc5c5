package org.fluorite.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.fluorite.flow.ColumnType;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Transmission;

/**
 * Categorical values of a Transmission column as text labels, and its levels in a stable order
 * (sorted by text), so colours and row orders do not depend on row order.
 */
public final class Categories {

    /** Label of rows whose category is missing, and of every row when no column is chosen. */
    public static final String NONE = "(none)";

    private final String[] labels;
    private final List<String> levels;
    private final Map<String, Integer> index = new LinkedHashMap<>();

    private Categories(String[] labels) {
        this.labels = labels;
        levels = new ArrayList<>(new TreeSet<>(List.of(labels)));
        for (int i = 0; i < levels.size(); i++) {
            index.put(levels.get(i), i);
        }
    }

    /**
     * Categories of column {@code column} of {@code t}; every row is {@link #NONE} when the name is
     * null or empty.
     *
     * @throws IllegalArgumentException when the column does not exist or holds arrays or tables
     */
    public static Categories of(Transmission t, String column) {
        String[] labels = new String[t.rowCount()];
        if (column == null || column.isEmpty()) {
            java.util.Arrays.fill(labels, NONE);
            return new Categories(labels);
        }
        FlowColumn c = t.frame().require(column);
        if (c.type() == ColumnType.ARRAY || c.type() == ColumnType.TABLE) {
            throw new IllegalArgumentException("Column '" + column + "' holds " + c.type().word()
                    + "s, not categories: choose a text, number or uuid column");
        }
        for (int r = 0; r < labels.length; r++) {
            Object v = c.isMissing(r) ? null : c.get(r);
            labels[r] = v == null ? NONE : v.toString();
        }
        return new Categories(labels);
    }

    /** Label of row {@code row}. */
    public String label(int row) {
        return labels[row];
    }

    /** Distinct labels, sorted. */
    public List<String> levels() {
        return List.copyOf(levels);
    }

    /** Position of row {@code row}'s label in {@link #levels()}. */
    public int levelOf(int row) {
        return index.get(labels[row]);
    }

    /** Position of {@code label} in {@link #levels()}, or -1. */
    public int levelOf(String label) {
        return index.getOrDefault(label, -1);
    }
}
