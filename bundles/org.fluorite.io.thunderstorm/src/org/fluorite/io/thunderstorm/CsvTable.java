package org.fluorite.io.thunderstorm;

import java.util.ArrayList;
import java.util.List;

import org.fluorite.core.table.Column;

/**
 * Collects the cells of one CSV column and turns them into a {@link Column}: whole numbers when
 * every cell is a whole number (and the column is meant to hold them), numbers when every cell
 * parses, text otherwise.
 */
final class CsvTable {

    private CsvTable() {
    }

    static Column column(String name, String unit, List<String> cells, double scale, boolean wholeAllowed) {
        double[] values = new double[cells.size()];
        boolean numeric = true;
        boolean whole = wholeAllowed;
        for (int i = 0; i < values.length; i++) {
            String c = cells.get(i).trim();
            if (c.isEmpty() || c.equalsIgnoreCase("nan")) {
                values[i] = Double.NaN;
                whole = false;
                continue;
            }
            try {
                values[i] = Double.parseDouble(c) * scale;
            } catch (NumberFormatException e) {
                numeric = false;
                break;
            }
            whole &= values[i] == Math.rint(values[i]) && Math.abs(values[i]) < 1e15;
        }
        if (!numeric) {
            return Column.ofText(name, cells.stream().map(String::trim).toArray(String[]::new));
        }
        if (whole && values.length > 0) {
            long[] longs = new long[values.length];
            for (int i = 0; i < values.length; i++) {
                longs[i] = (long) values[i];
            }
            return Column.ofLongs(name, unit, longs);
        }
        return Column.ofDoubles(name, unit, values);
    }

    /** Splits a CSV line at commas outside double quotes and removes the quotes. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        out.add(cell.toString());
        return out;
    }
}
