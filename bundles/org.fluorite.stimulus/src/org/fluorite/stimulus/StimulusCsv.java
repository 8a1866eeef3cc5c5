package org.fluorite.stimulus;


import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fluorite.core.files.AtomicFile;
import org.fluorite.core.meta.Metadata;
import org.fluorite.io.ImportException;
import org.fluorite.stimulus.internal.CsvRecords;
import org.fluorite.stimulus.internal.Palette;

/**
 * Stimulus maps as CSV, one row per stimulus period:
 *
 * <pre>
 * type,name,start,end,unit,colour
 * odour,apple,10,20,frames,#D62728
 * odour,banana,40,55,frames,#1F77B4
 * light,blue pulse,2.5,3.0,seconds,#17BECF
 * </pre>
 *
 * <ul>
 * <li>{@code type}: the stimulus type; rows of one type are grouped into one {@link StimulusType}
 * in the order the types first appear; the periods keep the order of the rows.</li>
 * <li>{@code name}: what was presented.</li>
 * <li>{@code start}, {@code end}: numbers in {@code unit}; for frames 0-based, end not included.</li>
 * <li>{@code unit}: "frames" or "seconds" (also "s"); optional column, "frames" when missing or
 * empty. All rows of one type must share a unit.</li>
 * <li>{@code colour}: "#RRGGBB" (also spelled {@code color}); optional, rows without one get a
 * colour per distinct name from a ten-colour palette.</li>
 * </ul>
 * The header names the columns in any order and any case; other columns are ignored (their names
 * are kept in the map's metadata as {@code ignoredColumns}). Cells follow RFC 4180 quoting; the
 * file is UTF-8, a byte order mark is skipped. {@link #write} writes exactly the six columns above
 * in that order; types without periods have no rows and are not written.
 */
public final class StimulusCsv {

    /** The columns, in the order written. */
    public static final List<String> COLUMNS = List.of("type", "name", "start", "end", "unit", "colour");
    /** Largest file read, bytes. */
    public static final long MAX_FILE_BYTES = 64L << 20;
    /** Most periods read from one file. */
    public static final int MAX_ROWS = 1_000_000;

    private StimulusCsv() {
    }

    /**
     * True when {@code headerLine} names at least the type, name, start and end columns.
     */
    public static boolean isHeader(String headerLine) {
        if (headerLine == null) {
            return false;
        }
        List<String> cells = new ArrayList<>();
        for (String c : headerLine.split(",", -1)) {
            cells.add(normalise(c.replace("\"", "")));
        }
        return cells.containsAll(List.of("type", "name", "start", "end"));
    }

    /**
     * Reads a stimulus CSV.
     *
     * @param notes receives remarks for the user (ignored columns, colours assigned)
     * @throws ImportException naming the file and the line for anything that is not a stimulus CSV
     */
    public static StimulusMap read(Path file, List<String> notes) throws IOException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new ImportException(file, "is " + size + " bytes, more than the " + MAX_FILE_BYTES
                    + " bytes a stimulus CSV may have");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), file, notes);
        } catch (CsvRecords.CsvException e) {
            throw new ImportException(file, e.getMessage(), e);
        }
    }

    private static StimulusMap read(Reader reader, Path file, List<String> notes) throws IOException {
        CsvRecords records = new CsvRecords(reader);
        List<String> header = records.next();
        if (header == null) {
            throw new ImportException(file, "is empty; a stimulus CSV starts with the header " + String.join(",", COLUMNS));
        }
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1));
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String key = normalise(header.get(i));
            if (key.equals("color")) {
                key = "colour";
            }
            if (COLUMNS.contains(key) && !index.containsKey(key)) {
                index.put(key, i);
            } else {
                ignored.add(header.get(i));
            }
        }
        for (String required : List.of("type", "name", "start", "end")) {
            if (!index.containsKey(required)) {
                throw new ImportException(file, "has no '" + required + "' column; a stimulus CSV starts with the header "
                        + String.join(",", COLUMNS));
            }
        }
        Map<String, TimeUnit> units = new LinkedHashMap<>();
        Map<String, List<StimulusPeriod>> periods = new LinkedHashMap<>();
        Map<String, Integer> assigned = new LinkedHashMap<>();
        int rows = 0;
        int coloured = 0;
        for (List<String> row = records.next(); row != null; row = records.next()) {
            int line = records.recordLine();
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            if (++rows > MAX_ROWS) {
                throw new ImportException(file, "has more than " + MAX_ROWS + " stimulus periods");
            }
            if (row.size() < header.size()) {
                throw new ImportException(file, "line " + line + " has " + row.size() + " cells, the header " + header.size());
            }
            try {
                String type = cell(row, index, "type");
                if (type.isBlank()) {
                    throw new IllegalArgumentException("the stimulus type is empty");
                }
                TimeUnit unit = cell(row, index, "unit").isBlank() ? TimeUnit.FRAMES : TimeUnit.parse(cell(row, index, "unit"));
                TimeUnit before = units.putIfAbsent(type, unit);
                if (before != null && before != unit) {
                    throw new IllegalArgumentException("type '" + type + "' mixes " + before.label() + " and " + unit.label());
                }
                String name = cell(row, index, "name");
                String colourText = cell(row, index, "colour");
                int rgb;
                if (colourText.isBlank()) {
                    rgb = Palette.colour(assigned.computeIfAbsent(type + "\u0000" + name.strip(), k -> assigned.size()));
                    coloured++;
                } else {
                    rgb = StimulusPeriod.parseColour(colourText);
                }
                StimulusPeriod p = new StimulusPeriod(name, number(cell(row, index, "start"), "start"),
                        number(cell(row, index, "end"), "end"), rgb);
                periods.computeIfAbsent(type, k -> new ArrayList<>()).add(p);
            } catch (IllegalArgumentException e) {
                throw new ImportException(file, "line " + line + ": " + e.getMessage(), e);
            }
        }
        List<StimulusType> types = new ArrayList<>();
        for (Map.Entry<String, List<StimulusPeriod>> e : periods.entrySet()) {
            types.add(new StimulusType(e.getKey(), units.get(e.getKey()), e.getValue()));
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("format", "Fluorite stimulus CSV");
        meta.put("columns", List.copyOf(header));
        if (!ignored.isEmpty()) {
            meta.put("ignoredColumns", List.copyOf(ignored));
            notes.add("Ignored columns: " + String.join(", ", ignored));
        }
        if (coloured > 0) {
            notes.add(coloured + " periods had no colour and got one per name");
        }
        String mapName = file.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
        try {
            return StimulusMap.of(mapName, types).withMetadata(Metadata.of(meta));
        } catch (IllegalArgumentException e) {
            throw new ImportException(file, e.getMessage(), e);
        }
    }

    private static String cell(List<String> row, Map<String, Integer> index, String column) {
        Integer i = index.get(column);
        return i == null ? "" : row.get(i).strip();
    }

    private static double number(String text, String column) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " '" + text + "' is not a number");
        }
    }

    private static String normalise(String headerCell) {
        return headerCell.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }

    /** Writes {@code map} to {@code target} through a temporary file beside it. */
    public static void write(StimulusMap map, Path target) throws IOException {
        AtomicFile.replaceText(target, w -> write(map, w));
    }

    /** Writes {@code map} as CSV text. */
    public static void write(StimulusMap map, Appendable out) throws IOException {
        out.append(String.join(",", COLUMNS)).append('\n');
        for (StimulusType t : map.types()) {
            for (StimulusPeriod p : t.periods()) {
                out.append(CsvRecords.quote(t.name())).append(',').append(CsvRecords.quote(p.name())).append(',')
                        .append(String.valueOf(StimulusMap.number(p.start()))).append(',')
                        .append(String.valueOf(StimulusMap.number(p.end()))).append(',').append(t.unit().label()).append(',')
                        .append(p.colourHex()).append('\n');
            }
        }
    }
}
