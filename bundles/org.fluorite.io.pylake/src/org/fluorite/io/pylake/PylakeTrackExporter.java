package org.fluorite.io.pylake;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.fluorite.core.DataObject;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Table;
import org.fluorite.io.Exporter;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.Message;
import org.osgi.service.component.annotations.Component;

/**
 * Writes a table of kind "tracks" in pylake's latest track CSV format (track coordinates v4):
 * {@code ;}-separated, a version line that pylake recognises, then
 * {@code # track index;time (pixels);coordinate (pixels);time (seconds);position (<unit>)},
 * the counts column when present and the minimum observable duration when present, numbers
 * written as pylake writes them. {@code lk.load_tracks} reads the result.
 */
@Component(service = Exporter.class)
public class PylakeTrackExporter implements Exporter {

    @Override
    public String id() {
        return PylakeTrackImporter.FORMAT_ID;
    }

    @Override
    public String name() {
        return "pylake kymotracker tracks (CSV, v4)";
    }

    @Override
    public List<String> extensions() {
        return List.of("csv");
    }

    @Override
    public boolean canExport(DataObject data) {
        return data instanceof Table t && PylakeTrackImporter.KIND.equals(t.kind()) && t.column("track index").isPresent()
                && t.column("time_idx").isPresent() && t.column("coordinate_idx").isPresent();
    }

    @Override
    public List<Message> export(DataObject data, Path target, ImportOptions options, ProgressMonitor monitor)
            throws IOException {
        if (!canExport(data)) {
            throw new IllegalArgumentException("The pylake exporter writes track tables with track index, time_idx and"
                    + " coordinate_idx columns");
        }
        Table t = (Table) data;
        List<String> titles = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        List<String> formats = new ArrayList<>();
        add(titles, columns, formats, "track index", t.require("track index"), "%d");
        add(titles, columns, formats, "time (pixels)", t.require("time_idx"), "%.18e");
        add(titles, columns, formats, "coordinate (pixels)", t.require("coordinate_idx"), "%.18e");
        List<Message> messages = new ArrayList<>();
        Optional<Column> time = t.column("time");
        Optional<Column> position = t.column("position");
        if (time.isEmpty() || position.isEmpty()) {
            throw new IllegalArgumentException("A pylake track file needs time (s) and position columns");
        }
        add(titles, columns, formats, "time (seconds)", time.get(), "%.18e");
        add(titles, columns, formats, "position (" + (position.get().unit().isEmpty() ? "um" : position.get().unit()) + ")",
                position.get(), "%.18e");
        Optional<Column> counts = t.column("counts");
        if (counts.isPresent()) {
            Object width = t.metadata().get("countsSummedOverPixels");
            add(titles, columns, formats, "counts (summed over " + (width instanceof Number n ? n.intValue() : 1) + " pixels)",
                    counts.get(), "%d");
        }
        Optional<Column> minimum = t.column("minimum observable duration");
        if (minimum.isPresent()) {
            add(titles, columns, formats, "minimum observable duration (seconds)", minimum.get(), "%.6e");
        } else {
            messages.add(Message.warning("The tracks have no minimum observable duration, so pylake cannot run every"
                    + " analysis on this file; filter the tracks with the minimum length used for tracking first"));
        }
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".part");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                out.write("# Exported with pylake v | track coordinates v4 | written by Fluorite\n");
                out.write("# " + String.join(PylakeTrackImporter.SEPARATOR, titles) + "\n");
                List<String> cells = new ArrayList<>();
                for (int r = 0; r < t.rowCount(); r++) {
                    cells.clear();
                    for (int c = 0; c < columns.size(); c++) {
                        double v = columns.get(c).getDouble(r);
                        cells.add(formats.get(c).equals("%d") ? Long.toString(Math.round(v))
                                : String.format(Locale.ROOT, formats.get(c), v));
                    }
                    out.write(String.join(PylakeTrackImporter.SEPARATOR, cells));
                    out.write('\n');
                }
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return messages;
    }

    private static void add(List<String> titles, List<Column> columns, List<String> formats, String title, Column c,
            String format) {
        titles.add(title);
        columns.add(c);
        formats.add(format);
    }
}
