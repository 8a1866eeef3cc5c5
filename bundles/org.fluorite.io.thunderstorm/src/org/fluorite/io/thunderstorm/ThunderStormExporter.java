package org.fluorite.io.thunderstorm;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.fluorite.core.DataObject;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Localizations;
import org.fluorite.core.table.Table;
import org.fluorite.io.Exporter;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.Message;
import org.osgi.service.component.annotations.Component;

/**
 * Writes a localization table as a ThunderSTORM results CSV: {@code "id","frame","x [nm]",...}
 * with ThunderSTORM's names for the standard columns (intensity for photons, offset for
 * background), frames counted from 1, then every other numeric column with its unit. ThunderSTORM
 * and Fluorite read it back.
 */
@Component(service = Exporter.class)
public class ThunderStormExporter implements Exporter {

    private static final List<String> ORDER = List.of("id", Localizations.FRAME, Localizations.X, Localizations.Y,
            Localizations.Z, Localizations.SIGMA, Localizations.PHOTONS, Localizations.BACKGROUND, "bkgstd", "chi2",
            Localizations.UNCERTAINTY);

    @Override
    public String id() {
        return ThunderStormImporter.FORMAT_ID;
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
    public boolean canExport(DataObject data) {
        return data instanceof Table t && Localizations.isLocalizationTable(t);
    }

    @Override
    public List<Message> export(DataObject data, Path target, ImportOptions options, ProgressMonitor monitor)
            throws IOException {
        if (!(data instanceof Table table) || !Localizations.isLocalizationTable(table)) {
            throw new IllegalArgumentException("The ThunderSTORM exporter writes localization tables with frame, x and y");
        }
        List<Column> columns = new ArrayList<>();
        for (String name : ORDER) {
            table.column(name).ifPresent(columns::add);
        }
        List<Message> messages = new ArrayList<>();
        for (Column c : table.columns()) {
            if (!columns.contains(c)) {
                if (c.isNumeric()) {
                    columns.add(c);
                } else {
                    messages.add(Message.warning("Text column '" + c.name() + "' was not written: ThunderSTORM tables hold numbers"));
                }
            }
        }
        boolean hasId = table.column("id").isPresent();
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".part");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                List<String> head = new ArrayList<>();
                if (!hasId) {
                    head.add("\"id\"");
                }
                for (Column c : columns) {
                    String name = ThunderStormColumns.TO_THUNDERSTORM.getOrDefault(c.name(), c.name());
                    head.add("\"" + name.replace("\"", "'") + (c.unit().isEmpty() ? "" : " [" + c.unit() + "]") + "\"");
                }
                out.write(String.join(",", head));
                out.write('\n');
                List<String> cells = new ArrayList<>();
                for (int r = 0; r < table.rowCount(); r++) {
                    cells.clear();
                    if (!hasId) {
                        cells.add(Integer.toString(r + 1));
                    }
                    for (Column c : columns) {
                        cells.add(format(c, r));
                    }
                    out.write(String.join(",", cells));
                    out.write('\n');
                }
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return messages;
    }

    private static String format(Column c, int row) {
        if (c.type() == Column.Type.LONG) {
            return c.getText(row);
        }
        double v = c.getDouble(row);
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
