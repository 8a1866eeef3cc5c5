package org.fluorite.io.pylake;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.meta.Provenance;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportException;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Importer;
import org.fluorite.io.Message;
import org.osgi.service.component.annotations.Component;

/**
 * Reads pylake kymotracker track CSVs (every version: v0/v1 without a version line, v2 to v4
 * with {@code # Exported with pylake vX | track coordinates vN}) into a table of kind
 * {@value #KIND}: one row per track point with {@code track index}, {@code time_idx} and
 * {@code coordinate_idx} (kymograph pixels), {@code time} (s), {@code position} (the file's
 * unit, µm for most kymographs), {@code counts}, and the minimum observable duration when the file
 * has one. Errors use pylake's own wording so users recognise them.
 */
@Component(service = Importer.class)
public class PylakeTrackImporter implements Importer {

    public static final String FORMAT_ID = "fluorite.pylake.tracks";
    public static final String KIND = "tracks";
    static final String SEPARATOR = ";";
    static final Pattern VERSION_LINE = Pattern.compile("Exported with pylake v([\\d.]*) \\| track coordinates v(\\d)");
    private static final Pattern UNIT = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)$");
    private static final Pattern SUMMED = Pattern.compile("over (\\d+) pixels");
    private static final int MAX_HEADER = 64 * 1024;

    @Override
    public String id() {
        return FORMAT_ID;
    }

    @Override
    public String name() {
        return "pylake kymotracker tracks (CSV)";
    }

    @Override
    public List<String> extensions() {
        return List.of("csv");
    }

    @Override
    public boolean matchesMagic(byte[] head, String fileName) {
        if (head == null || head.length < 2 || head[0] != '#' || !fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return false;
        }
        String text = new String(head, StandardCharsets.UTF_8);
        return VERSION_LINE.matcher(text).find() || text.startsWith("# track index" + SEPARATOR);
    }

    @Override
    public ImportResult read(Path file, ImportOptions options, ProgressMonitor monitor) throws IOException {
        String pylakeVersion = null;
        int version = 1;
        List<String> header;
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            if (line == null || line.length() > MAX_HEADER) {
                throw new ImportException(file, "Invalid file format: the file has no header line");
            }
            Matcher m = VERSION_LINE.matcher(line);
            if (m.find()) {
                pylakeVersion = m.group(1);
                version = Integer.parseInt(m.group(2));
                line = in.readLine();
                if (line == null || line.length() > MAX_HEADER) {
                    throw new ImportException(file, "Invalid file format: the file has no column header line");
                }
            }
            header = List.of(line.stripTrailing().split(SEPARATOR, -1));
            int row = 0;
            for (line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(SEPARATOR, -1);
                if (cells.length != header.size()) {
                    throw new ImportException(file, "Invalid file format: row " + row + " has " + cells.length
                            + " columns, the header " + header.size());
                }
                double[] values = new double[cells.length];
                for (int c = 0; c < cells.length; c++) {
                    try {
                        values[c] = Double.parseDouble(cells[c].trim());
                    } catch (NumberFormatException e) {
                        throw new ImportException(file, "Invalid file format: could not convert string '" + cells[c]
                                + "' to float64 at row " + row + ", column " + (c + 1) + ".");
                    }
                }
                rows.add(values);
                if (++row % 100_000 == 0 && monitor != null) {
                    monitor.checkCancelled();
                }
            }
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ImportException(file, "Invalid file format. Expected text: " + e.getMessage(), e);
        }
        if (!header.contains("time (pixels)") || !header.contains("coordinate (pixels)")) {
            List<String> others = header.stream().filter(h -> !h.equals("time (pixels)") && !h.equals("coordinate (pixels)"))
                    .toList();
            throw new ImportException(file, "Invalid file format. Missing field(s): " + String.join(", ", others));
        }
        List<Message> messages = new ArrayList<>();
        Table table = table(file, header, rows, pylakeVersion, version, messages);
        return ImportResult.of(FORMAT_ID, table, messages);
    }

    private Table table(Path file, List<String> header, List<double[]> rows, String pylakeVersion, int version,
            List<Message> out) throws ImportException {
        List<Column> columns = new ArrayList<>();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("format", "pylake kymotracker tracks");
        if (pylakeVersion != null) {
            meta.put("pylakeVersion", pylakeVersion);
        }
        meta.put("trackCoordinatesVersion", version);
        meta.put("columnHeaders", header);
        boolean hasCounts = false;
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c).startsWith("# ") ? header.get(c).substring(2) : header.get(c);
            double[] v = new double[rows.size()];
            for (int r = 0; r < v.length; r++) {
                v[r] = rows.get(r)[c];
            }
            Column column = switch (h) {
                case "track index" -> longs("track index", "", v);
                case "time (pixels)" -> Column.ofDoubles("time_idx", "px", v);
                case "coordinate (pixels)" -> Column.ofDoubles("coordinate_idx", "px", v);
                case "time" -> Column.ofDoubles("time", "s", v);
                case "position" -> Column.ofDoubles("position", "um", v);
                case "minimum_length (-)" -> Column.ofDoubles("minimum_length", "", v);
                default -> other(h, v, meta);
            };
            if (h.startsWith("counts")) {
                hasCounts = true;
            }
            if (column.name().equals("time_idx")) {
                for (double t : v) {
                    if (t != Math.rint(t)) {
                        out.add(Message.warning("The file holds time indices that are not whole numbers; they were read as"
                                + " they are, but pylake rounds them down when it loads the tracks"));
                        break;
                    }
                }
            }
            columns.add(column);
        }
        if (header.contains("time") || header.contains("position")) {
            out.add(Message.info("This is a pylake track file from before v1 without units in its header; time was read"
                    + " as seconds and position as micrometres"));
        }
        if (version == 3) {
            out.add(Message.warning("This file comes from pylake's track format v3, which rounded the minimum observable"
                    + " track duration to a whole number; analyses that depend on it (e.g. dwell times) may be biased."
                    + " Filter the tracks again with the minimum length used for tracking and save them anew"));
        }
        if (version < 3) {
            out.add(Message.info("The file stores no minimum observable track duration (pylake before v1.2.0);"
                    + " analyses that need it require filtering the tracks with the minimum length used for tracking"));
        }
        if (hasCounts) {
            out.add(Message.warning("The photon counts in this file were summed on the kymograph used to create it;"
                    + " when these tracks are loaded onto a kymograph or channel that does not match that one"
                    + " (processed the same way: sliced, cropped, flipped or downsampled), the counts will not match it"));
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("file", file.toAbsolutePath().toString());
        columns.stream().filter(c -> c.name().equals("track index")).findFirst()
                .ifPresent(c -> meta.put("trackCount", java.util.Arrays.stream(c.toDoubles()).distinct().count()));
        try {
            return Table.of(file.getFileName().toString().replaceFirst("(?i)\\.csv$", ""), KIND, columns)
                    .withMetadata(Metadata.of(meta))
                    .withProvenance(Provenance.EMPTY.then(Operation.of("import.pylake-tracks", params)));
        } catch (IllegalArgumentException e) {
            throw new ImportException(file, "Invalid file format: " + e.getMessage(), e);
        }
    }

    private static Column other(String header, double[] v, Map<String, Object> meta) {
        Matcher summed = SUMMED.matcher(header);
        if (header.startsWith("counts")) {
            if (summed.find()) {
                meta.put("countsSummedOverPixels", Integer.parseInt(summed.group(1)));
            }
            return longs("counts", "photon", v);
        }
        Matcher unit = UNIT.matcher(header);
        if (unit.matches()) {
            String u = unit.group(2).equals("seconds") ? "s" : unit.group(2).equals("-") ? "" : unit.group(2);
            String name = unit.group(1).equals("time") ? "time" : unit.group(1).equals("position") ? "position"
                    : unit.group(1);
            return Column.ofDoubles(name, u, v);
        }
        return Column.ofDoubles(header, "", v);
    }

    private static Column longs(String name, String unit, double[] v) {
        long[] out = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            if (v[i] != Math.rint(v[i])) {
                return Column.ofDoubles(name, unit, v);
            }
            out[i] = (long) v[i];
        }
        return Column.ofLongs(name, unit, out);
    }
}
