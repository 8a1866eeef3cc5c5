package org.fluorite.roi.traces;


import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fluorite.core.files.AtomicFile;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Table;

/**
 * Traces tables ({@link TraceTable}) as CSV, readable by spreadsheets and by
 * {@code pandas.read_csv(path)} without options:
 *
 * <pre>
 * frame,time [s],cell 1,cell 2
 * 0,0.0,48.0,73.4
 * 1,0.1,45.65,71.17142857142857
 * </pre>
 *
 * <ul>
 * <li>UTF-8, comma separated, "\n" line ends, one header line, then one line per frame.</li>
 * <li>Header cells are the column names, followed by " [unit]" when the column has a unit:
 * {@code time [s]}; dF/F columns read {@code cell 1 [dF/F]}; mean intensities have no unit (they
 * are in the movie's pixel values).</li>
 * <li>Numbers are written in Java's shortest round-trip decimal form ({@code 1.0E-5} for small
 * ones); a missing value (NaN, e.g. a ROI without pixels) is an empty cell, which pandas reads as
 * NaN.</li>
 * <li>Cells holding a comma, a double quote, a line break or leading or trailing spaces are quoted
 * with double quotes, doubling inner quotes (RFC 4180).</li>
 * </ul>
 */
public final class TraceCsv {

    private static final Pattern UNIT = Pattern.compile("^(.*\\S)\\s+\\[([^\\[\\]]*)\\]$");

    private TraceCsv() {
    }

    /** Writes {@code table} to {@code target} through a temporary file beside it, so a failure leaves no half file. */
    public static void write(Table table, Path target) throws IOException {
        AtomicFile.replaceText(target, w -> write(table, w));
    }

    /** Writes {@code table} as CSV text. */
    public static void write(Table table, Appendable out) throws IOException {
        List<Column> columns = table.columns();
        List<String> header = new ArrayList<>();
        for (Column c : columns) {
            header.add(c.unit().isEmpty() ? c.name() : c.name() + " [" + c.unit() + "]");
        }
        line(out, header);
        List<String> cells = new ArrayList<>(columns.size());
        for (int row = 0; row < table.rowCount(); row++) {
            cells.clear();
            for (Column c : columns) {
                cells.add(cell(c, row));
            }
            line(out, cells);
        }
    }

    private static String cell(Column c, int row) {
        return switch (c.type()) {
            case DOUBLE -> {
                double v = c.getDouble(row);
                yield Double.isNaN(v) ? "" : Double.toString(v);
            }
            case LONG, TEXT -> c.getText(row);
        };
    }

    private static void line(Appendable out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(cells.get(i)));
        }
        out.append('\n');
    }

    static String quote(String s) {
        boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || !s.equals(s.strip());
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /**
     * Reads a traces CSV written by {@link #write(Table, Path)}: the {@value TraceTable#FRAME}
     * column as whole numbers, every other column as numbers (empty cells NaN), units taken from
     * the header.
     *
     * @throws IOException naming the file and line when a row has the wrong number of cells or a
     *                     cell is not a number
     */
    public static Table read(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String headerLine = r.readLine();
            if (headerLine == null) {
                throw new IOException(file + ": is empty, expected a header line of trace columns");
            }
            List<String> header = split(headerLine);
            List<double[]> values = new ArrayList<>();
            int lineNumber = 1;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNumber++;
                if (line.isEmpty()) {
                    continue;
                }
                List<String> cells = split(line);
                if (cells.size() != header.size()) {
                    throw new IOException(file + ": line " + lineNumber + " has " + cells.size() + " cells, the header "
                            + header.size());
                }
                double[] row = new double[cells.size()];
                for (int i = 0; i < row.length; i++) {
                    String c = cells.get(i).strip();
                    try {
                        row[i] = c.isEmpty() ? Double.NaN : Double.parseDouble(c);
                    } catch (NumberFormatException e) {
                        throw new IOException(file + ": line " + lineNumber + ", column '" + header.get(i) + "': '" + c
                                + "' is not a number", e);
                    }
                }
                values.add(row);
            }
            List<Column> columns = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                Matcher m = UNIT.matcher(header.get(i));
                String name = m.matches() ? m.group(1) : header.get(i);
                String unit = m.matches() ? m.group(2) : "";
                double[] col = new double[values.size()];
                for (int row = 0; row < col.length; row++) {
                    col[row] = values.get(row)[i];
                }
                if (name.equals(TraceTable.FRAME)) {
                    long[] frames = new long[col.length];
                    for (int row = 0; row < col.length; row++) {
                        frames[row] = (long) col[row];
                    }
                    columns.add(Column.ofLongs(name, unit, frames));
                } else {
                    columns.add(Column.ofDoubles(name, unit, col));
                }
            }
            String name = file.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
            try {
                return Table.of(name, TraceTable.KIND, columns);
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
        }
    }

    /** Splits one CSV line, honouring double quotes (no line breaks inside quoted cells). */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
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
