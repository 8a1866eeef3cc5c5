package org.fluorite.io.pyme.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.meta.Provenance;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportException;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Message;

/**
 * Reads PYME's text localization tables: a first line {@code #name, name, ...} and then one row
 * of numbers per localization, separated by commas (PYME writes ", "). Recognised by the '#'
 * header naming x, y and t or tIndex; mapped like the HDF5 tables ({@link PymeLocalizations}).
 */
public final class PymeCsvReader {

    public static final String FORMAT_ID = "fluorite.pyme.csv";

    private PymeCsvReader() {
    }

    /** The column names of a PYME text table's header line, or null when {@code line} is not one. */
    public static List<String> header(String line) {
        if (line == null || !line.startsWith("#")) {
            return null;
        }
        List<String> names = Arrays.stream(line.substring(1).split(",")).map(String::trim).toList();
        boolean frame = names.contains("t") || names.contains("tIndex");
        return frame && names.contains("x") && names.contains("y") && names.stream().noneMatch(String::isEmpty) ? names : null;
    }

    public static ImportResult read(Path file, ProgressMonitor monitor) throws IOException {
        long size = Files.size(file);
        monitor.begin("Reading " + file.getFileName(), size);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> names = header(in.readLine());
            if (names == null) {
                throw new ImportException(file, "does not start with a PYME header line ('#' and column names with x, y, t)");
            }
            int n = names.size();
            double[][] cols = new double[n][1024];
            int rows = 0;
            String line;
            int lineNo = 1;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(",", -1);
                if (parts.length != n) {
                    throw new ImportException(file, "line " + lineNo + " has " + parts.length + " values, the header names " + n);
                }
                if (rows == cols[0].length) {
                    for (int c = 0; c < n; c++) {
                        cols[c] = Arrays.copyOf(cols[c], rows * 2);
                    }
                }
                for (int c = 0; c < n; c++) {
                    try {
                        cols[c][rows] = Double.parseDouble(parts[c].trim());
                    } catch (NumberFormatException e) {
                        throw new ImportException(file, "line " + lineNo + ", column " + names.get(c) + ": '" + parts[c].trim()
                                + "' is not a number");
                    }
                }
                rows++;
                if ((rows & 0xFFF) == 0) {
                    monitor.checkCancelled();
                }
            }
            Map<String, Object> columns = new LinkedHashMap<>();
            for (int c = 0; c < n; c++) {
                if (columns.put(names.get(c), Arrays.copyOf(cols[c], rows)) != null) {
                    throw new ImportException(file, "the header names column '" + names.get(c) + "' twice");
                }
            }
            List<String> notes = new ArrayList<>();
            Table table = PymeLocalizations.build(file.getFileName().toString(), columns, Double.NaN, notes);
            table = table.withMetadata(Metadata.of(Map.of("columnsInFile", names))).withProvenance(Provenance.EMPTY.then(
                    Operation.of(PymeTableReader.OPERATION, Map.of("file", file.toAbsolutePath().toString(), "format", "text"))));
            List<Message> messages = new ArrayList<>();
            notes.forEach(m -> messages.add(Message.info(m)));
            monitor.worked(size);
            monitor.done();
            return ImportResult.of(FORMAT_ID, table, messages);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ImportException(file, "is not a text file", e);
        }
    }
}
