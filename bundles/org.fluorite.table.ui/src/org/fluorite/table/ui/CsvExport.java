package org.fluorite.table.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.fluorite.core.files.AtomicFile;

/**
 * Writes the rows of a {@link TableModel}, in their current order, as comma-separated text with
 * one header line of "name [unit]" entries. Text holding a comma, quote or line break is quoted
 * (RFC 4180). Written to a temporary file beside the target and moved into place, so a failure
 * never leaves half a file under the target name.
 */
public final class CsvExport {

    private CsvExport() {
    }

    /** Writes {@code model} to {@code target}, replacing it; returns the number of rows written. */
    public static int write(TableModel model, Path target) throws IOException {
        AtomicFile.replaceText(target, w -> {
                for (int c = 0; c < model.columnCount(); c++) {
                    if (c > 0) {
                        w.write(',');
                    }
                    w.write(quote(model.header(c)));
                }
                w.write('\n');
                for (int r = 0; r < model.rowCount(); r++) {
                    String[] cells = model.rowTexts(r);
                    for (int c = 0; c < cells.length; c++) {
                        if (c > 0) {
                            w.write(',');
                        }
                        w.write(quote(cells[c]));
                    }
                    w.write('\n');
                }
        });
        return model.rowCount();
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
