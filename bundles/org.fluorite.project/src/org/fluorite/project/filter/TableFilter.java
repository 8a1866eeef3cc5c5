package org.fluorite.project.filter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.fluorite.core.table.Column;
import org.fluorite.core.table.Table;

/**
 * Filters of several columns applied at once: a row is kept when it passes every column's filter
 * (AND across columns; OR inside one with {@code |}). Immutable; the map keeps the columns' order.
 */
public record TableFilter(Map<String, String> filters) {

    public TableFilter {
        filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
        for (Map.Entry<String, String> e : filters.entrySet()) {
            try {
                FilterExpression.parse(e.getValue());
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("Filter of column '" + e.getKey() + "': " + ex.getMessage(), ex);
            }
        }
    }

    /** A filter of one column. */
    public static TableFilter of(String column, String expression) {
        return new TableFilter(Map.of(column, expression));
    }

    /**
     * Parses {@code column=expression} (the CLI's {@code --filter}); the first '=' separates them.
     *
     * @throws IllegalArgumentException when there is no '='
     */
    public static TableFilter parseAssignments(List<String> assignments) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Filter '" + a + "' must be column=expression, e.g. promoter='pc2|cng_ch4'");
            }
            String column = a.substring(0, eq);
            if (m.containsKey(column)) {
                throw new IllegalArgumentException("Column '" + column + "' filtered twice: join the alternatives with |");
            }
            m.put(column, a.substring(eq + 1));
        }
        return new TableFilter(m);
    }

    /**
     * Indices of the rows of {@code table} that pass, in order.
     *
     * @throws IllegalArgumentException naming a filtered column the table does not have
     */
    public int[] rows(Table table) {
        List<Column> columns = new ArrayList<>();
        List<FilterExpression> expressions = new ArrayList<>();
        for (Map.Entry<String, String> e : filters.entrySet()) {
            columns.add(table.require(e.getKey()));
            expressions.add(FilterExpression.parse(e.getValue()));
        }
        int[] out = new int[table.rowCount()];
        int n = 0;
        for (int row = 0; row < table.rowCount(); row++) {
            boolean keep = true;
            for (int k = 0; k < columns.size() && keep; k++) {
                keep = expressions.get(k).test(columns.get(k), row);
            }
            if (keep) {
                out[n++] = row;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** The rows of {@code table} that pass. */
    public Table apply(Table table) {
        return table.selectRows(rows(table));
    }

    /** One line per filtered column saying what it keeps, for a tab's filter history. */
    public List<String> describe() {
        List<String> out = new ArrayList<>();
        filters.forEach((c, f) -> out.add(FilterExpression.parse(f).describe(c)));
        return out;
    }

    /**
     * The distinct values of a column, sorted (numerically for number columns), for the lists under
     * the browser's column headers.
     */
    public static List<String> uniqueValues(Table table, String column) {
        Column c = table.require(column);
        if (c.isNumeric()) {
            TreeSet<Double> set = new TreeSet<>();
            for (int i = 0; i < c.size(); i++) {
                set.add(c.getDouble(i));
            }
            List<String> out = new ArrayList<>();
            for (double d : set) {
                out.add(c.type() == Column.Type.LONG ? Long.toString((long) d) : Double.toString(d));
            }
            return out;
        }
        TreeSet<String> set = new TreeSet<>();
        for (int i = 0; i < c.size(); i++) {
            set.add(c.getText(i));
        }
        return new ArrayList<>(set);
    }
}
