package org.fluorite.io.thunderstorm;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.meta.Provenance;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Localizations;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportException;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Importer;
import org.fluorite.io.Message;
import org.osgi.service.component.annotations.Component;

/**
 * Reads ThunderSTORM CSV tables (results, {@code "frame","x [nm]","y [nm]",...}, and ground truth,
 * {@code Ground-truth,frame,xnano,ynano,znano,intensity}) into a localization table: frame, x, y,
 * z, photons (intensity), background (offset), sigma and uncertainty under their standard names,
 * every other column under its own name, each with its unit (positions in nm; micrometres are
 * converted).
 */
@Component(service = Importer.class)
public class ThunderStormImporter implements Importer {

    public static final String FORMAT_ID = "fluorite.thunderstorm.csv";
    /** Longest header line accepted, characters. */
    private static final int MAX_HEADER = 64 * 1024;

    @Override
    public String id() {
        return FORMAT_ID;
    }

    @Override
    public String name() {
        return "ThunderSTORM CSV";
    }

    @Override
    public List<String> extensions() {
        return List.of("csv");
    }

    @Override
    public boolean matchesMagic(byte[] head, String fileName) {
        if (head == null || !fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return false;
        }
        String text = new String(head, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        return looksLikeHeader(end < 0 ? text : text.substring(0, end));
    }

    static boolean looksLikeHeader(String line) {
        Set<String> names = new HashSet<>();
        for (String cell : CsvTable.split(line)) {
            names.add(ThunderStormColumns.parse(cell).name());
        }
        return names.contains(Localizations.FRAME) && names.contains(Localizations.X) && names.contains(Localizations.Y);
    }

    @Override
    public ImportResult read(Path file, ImportOptions options, ProgressMonitor monitor) throws IOException {
        List<String> header;
        List<List<String>> cells = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            if (first == null || first.length() > MAX_HEADER || !looksLikeHeader(first)) {
                throw new ImportException(file, "is not a ThunderSTORM table: the first line must name frame, x and y columns");
            }
            header = CsvTable.split(first.startsWith("\uFEFF") ? first.substring(1) : first);
            for (int c = 0; c < header.size(); c++) {
                cells.add(new ArrayList<>());
            }
            int row = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> values = CsvTable.split(line);
                if (values.size() != header.size()) {
                    throw new ImportException(file, "row " + (row + 1) + " has " + values.size() + " values, the header "
                            + header.size() + " columns");
                }
                for (int c = 0; c < values.size(); c++) {
                    cells.get(c).add(values.get(c));
                }
                if (++row % 100_000 == 0 && monitor != null) {
                    monitor.checkCancelled();
                }
            }
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ImportException(file, "is not UTF-8 text", e);
        }
        List<Column> columns = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        Map<String, Object> originalNames = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            ThunderStormColumns.Header h = ThunderStormColumns.parse(header.get(c));
            String name = h.name().isEmpty() ? "column " + (c + 1) : h.name();
            for (int k = 2; !taken.add(name); k++) {
                name = h.name() + " (" + k + ")";
            }
            boolean whole = name.equals(Localizations.FRAME) || name.equals("id");
            columns.add(CsvTable.column(name, h.unit(), cells.get(c), h.scale(), whole));
            originalNames.put(name, header.get(c).trim());
        }
        List<Message> messages = new ArrayList<>();
        for (Column c : columns) {
            if ((c.name().equals(Localizations.X) || c.name().equals(Localizations.Y)) && c.unit().equals("px")) {
                messages.add(Message.warning("Positions are in camera pixels; the pixel size is not stored in the file"));
                break;
            }
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("format", header.stream().anyMatch(h -> h.trim().equalsIgnoreCase("Ground-truth"))
                ? "ThunderSTORM ground truth" : "ThunderSTORM results");
        meta.put("columnHeaders", originalNames);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("file", file.toAbsolutePath().toString());
        String name = file.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
        Table table;
        try {
            table = Table.of(name, Localizations.KIND, columns);
        } catch (IllegalArgumentException e) {
            throw new ImportException(file, e.getMessage(), e);
        }
        table = table.withMetadata(Metadata.of(meta))
                .withProvenance(Provenance.EMPTY.then(Operation.of("import.thunderstorm", params)));
        return ImportResult.of(FORMAT_ID, table, messages);
    }
}
