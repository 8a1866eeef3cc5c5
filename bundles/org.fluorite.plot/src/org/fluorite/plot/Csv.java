package org.fluorite.plot;

import java.util.List;
import java.util.Locale;

/** CSV text with RFC 4180 quoting and numbers in full precision. */
final class Csv {

    private final StringBuilder b = new StringBuilder();

    Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(cells.get(i)));
        }
        b.append('\n');
        return this;
    }

    Csv row(Object... cells) {
        return row(java.util.Arrays.asList(cells));
    }

    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return d.isNaN() ? "" : (d == Math.rint(d) && Math.abs(d) < 1e15 ? String.format(Locale.ROOT, "%.1f", d)
                    : Double.toString(d));
        }
        String s = v.toString();
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
