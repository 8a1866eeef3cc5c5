package org.fluorite.stimulus.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated records (RFC 4180: double-quoted cells may hold commas, doubled quotes
 * and line breaks) one at a time, with bounds on cell length and cell count so that a damaged
 * file cannot make it allocate without limit.
 */
public final class CsvRecords {

    /** Longest cell accepted, characters. */
    public static final int MAX_CELL_CHARS = 65_536;
    /** Most cells in one record. */
    public static final int MAX_CELLS = 1_024;

    private final Reader in;
    private int line = 1;
    private int recordLine;
    private boolean atEnd;

    public CsvRecords(Reader in) {
        this.in = in.markSupported() ? in : new java.io.BufferedReader(in);
    }

    /** Line (1-based) where the record last returned by {@link #next()} starts. */
    public int recordLine() {
        return recordLine;
    }

    /**
     * The next record, or null at the end of the input. A blank line gives a record of one empty cell.
     *
     * @throws CsvException for an unterminated quote or a cell or record over the limits
     */
    public List<String> next() throws IOException {
        if (atEnd) {
            return null;
        }
        recordLine = line;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        while (true) {
            int c = in.read();
            if (c < 0) {
                atEnd = true;
                if (quoted) {
                    throw new CsvException("line " + recordLine + ": a quoted cell is never closed");
                }
                if (!any) {
                    return null;
                }
                cells.add(cell.toString());
                return cells;
            }
            any = true;
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    in.mark(1);
                    int peek = in.read();
                    if (peek == '"') {
                        append(cell, '"');
                    } else {
                        quoted = false;
                        if (peek >= 0) {
                            in.reset();
                        }
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    append(cell, ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                addCell(cells, cell);
            } else if (ch == '\n') {
                line++;
                cells.add(stripCr(cell));
                return cells;
            } else {
                append(cell, ch);
            }
        }
    }

    private void addCell(List<String> cells, StringBuilder cell) throws CsvException {
        if (cells.size() + 1 >= MAX_CELLS) {
            throw new CsvException("line " + recordLine + ": more than " + MAX_CELLS + " cells");
        }
        cells.add(cell.toString());
        cell.setLength(0);
    }

    private static String stripCr(StringBuilder cell) {
        int n = cell.length();
        return n > 0 && cell.charAt(n - 1) == '\r' ? cell.substring(0, n - 1) : cell.toString();
    }

    private void append(StringBuilder cell, char ch) throws CsvException {
        if (cell.length() >= MAX_CELL_CHARS) {
            throw new CsvException("line " + recordLine + ": a cell is longer than " + MAX_CELL_CHARS + " characters");
        }
        cell.append(ch);
    }

    /** One cell as CSV: quoted when it holds a comma, a quote, a line break or leading or trailing spaces. */
    public static String quote(String s) {
        boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || !s.equals(s.strip());
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /** A malformed record. */
    public static final class CsvException extends IOException {
        private static final long serialVersionUID = 1L;

        public CsvException(String message) {
            super(message);
        }
    }
}
