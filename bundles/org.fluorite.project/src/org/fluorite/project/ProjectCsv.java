package org.fluorite.project;

import java.io.IOException;
import java.nio.file.Path;

import org.fluorite.core.files.AtomicFile;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Table;

/**
 * A project table (or a tab's rows) as CSV: UTF-8, a header of the column names, comma-separated,
 * fields quoted with '"' when they hold a comma, quote, or line break (RFC 4180), lines ending in
 * "\n". Numbers are written as Java prints them; NaN as an empty field.
 */
public final class ProjectCsv {

    private ProjectCsv() {
    }

    /** Writes the table to {@code target}, replacing it whole only when complete. */
    public static void write(Table table, Path target) throws IOException {
        AtomicFile.replaceText(target, w -> write(table, w));
    }

    public static void write(Table table, Appendable out) throws IOException {
        int c = 0;
        for (Column col : table.columns()) {
            out.append(c++ == 0 ? "" : ",").append(quote(col.name()));
        }
        out.append('\n');
        for (int row = 0; row < table.rowCount(); row++) {
            c = 0;
            for (Column col : table.columns()) {
                out.append(c++ == 0 ? "" : ",");
                if (col.type() == Column.Type.DOUBLE && Double.isNaN(col.getDouble(row))) {
                    continue;
                }
                out.append(quote(col.getText(row)));
            }
            out.append('\n');
        }
    }

    static String quote(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
