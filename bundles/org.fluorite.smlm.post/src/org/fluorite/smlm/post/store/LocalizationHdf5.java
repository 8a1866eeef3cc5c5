package org.fluorite.smlm.post.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.meta.Provenance;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Localizations;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportException;
import org.fluorite.io.hdf5.Hdf5File;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import io.jhdf.api.WritableGroup;
import io.jhdf.api.WritableNode;

/**
 * Fluorite's HDF5 layout for localization tables (version {@value #LAYOUT_VERSION}), readable with
 * h5py or pandas without Fluorite. The layout is documented in this bundle's README.md:
 * <ul>
 * <li>root attributes {@code fluorite_layout = "localizations"}, {@code layout_version},
 * {@code name}, {@code kind}, {@code row_count}, {@code columns}, {@code units} and {@code types}
 * (per column, in order: name, unit, and "double", "long" or "text"), {@code metadata} and
 * {@code provenance} (JSON text);</li>
 * <li>group {@code /localizations} with one 1-D dataset per column, {@code row_count} long:
 * float64 for numbers, int64 for whole numbers, fixed-length UTF-8 strings for text; each with an
 * attribute {@code unit} ("nm", "photon", "" ...). jHDF cannot write empty datasets, so a table
 * without rows has an empty group (the root attributes still give its columns).</li>
 * </ul>
 * Written with jHDF (no compression, no chunking), into a temporary file beside the target that
 * is read back and checked before it replaces the target.
 */
public final class LocalizationHdf5 {

    public static final String FORMAT_ID = "fluorite.localizations-hdf5";
    public static final String LAYOUT = "localizations";
    public static final long LAYOUT_VERSION = 1;
    public static final String GROUP = "localizations";
    public static final String IMPORT_OPERATION = "import.localizations-hdf5";
    static final String ATTR_LAYOUT = "fluorite_layout";

    private LocalizationHdf5() {
    }

    /**
     * Writes {@code table} to {@code target}, replacing it.
     *
     * @throws IllegalArgumentException when a column name cannot be an HDF5 dataset name
     */
    public static void write(Table table, Path target) throws IOException {
        for (Column c : table.columns()) {
            if (c.name().isEmpty() || c.name().contains("/") || c.name().equals(".")) {
                throw new IllegalArgumentException("Column name '" + c.name() + "' cannot be stored as an HDF5 dataset");
            }
        }
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (WritableHdfFile out = HdfFile.write(tmp)) {
                out.putAttribute(ATTR_LAYOUT, LAYOUT);
                out.putAttribute("layout_version", LAYOUT_VERSION);
                out.putAttribute("name", table.name());
                out.putAttribute("kind", table.kind());
                out.putAttribute("row_count", (long) table.rowCount());
                out.putAttribute("columns", table.columnNames().toArray(String[]::new));
                out.putAttribute("units", table.columns().stream().map(Column::unit).toArray(String[]::new));
                out.putAttribute("types", table.columns().stream().map(c -> c.type().name().toLowerCase(java.util.Locale.ROOT))
                        .toArray(String[]::new));
                out.putAttribute("metadata", table.metadata().toJson());
                out.putAttribute("provenance", table.provenance().toJson());
                WritableGroup g = out.putGroup(GROUP);
                for (Column c : table.columns()) {
                    if (table.rowCount() > 0) {
                        WritableNode d = g.putDataset(c.name(), data(c));
                        d.putAttribute("unit", c.unit());
                    }
                }
            }
            Table back = read(tmp).withProvenance(table.provenance());
            if (back.rowCount() != table.rowCount() || !back.columnNames().equals(table.columnNames())) {
                throw new IOException(target + ": the written localization file does not read back as written");
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Object data(Column c) {
        int n = c.size();
        return switch (c.type()) {
            case DOUBLE -> c.toDoubles();
            case LONG -> {
                long[] v = new long[n];
                for (int i = 0; i < n; i++) {
                    v[i] = (Long) c.get(i);
                }
                yield v;
            }
            case TEXT -> {
                String[] v = new String[n];
                for (int i = 0; i < n; i++) {
                    String s = c.getText(i);
                    v[i] = s == null ? "" : s;
                }
                yield v;
            }
        };
    }

    /** True when the open file has this layout's root attribute. */
    static boolean isLayout(HdfFile hdf) {
        Attribute a = hdf.getAttribute(ATTR_LAYOUT);
        return a != null && LAYOUT.equals(String.valueOf(a.getData()));
    }

    /**
     * Reads a file of this layout: the table as written, with the provenance stored in it
     * followed by {@code import.localizations-hdf5}.
     *
     * @throws ImportException naming the file when it is not this layout or is damaged
     */
    public static Table read(Path file) throws IOException {
        long length = Files.size(file);
        return Hdf5File.using(file, "reading the localization table", h5 -> {
            HdfFile hdf = h5.hdf();
            if (!isLayout(hdf)) {
                throw new ImportException(file, "not a Fluorite localization file (no root attribute " + ATTR_LAYOUT + ")");
            }
            long version = number(file, hdf, "layout_version");
            if (version > LAYOUT_VERSION) {
                throw new ImportException(file, "localization layout version " + version + " is newer than this Fluorite reads ("
                        + LAYOUT_VERSION + ")");
            }
            String[] names = strings(file, hdf.getAttribute("columns"));
            Attribute rowAttr = hdf.getAttribute("row_count");
            if (rowAttr != null && number(file, hdf, "row_count") == 0) {
                return emptyTable(file, hdf, names, version);
            }
            Node groupNode = hdf.getChild(GROUP);
            if (!(groupNode instanceof io.jhdf.api.Group group)) {
                throw new ImportException(file, "has no /" + GROUP + " group");
            }
            List<Column> columns = new ArrayList<>();
            int rows = -1;
            for (String name : names) {
                Node n = group.getChild(name);
                if (!(n instanceof Dataset d)) {
                    throw new ImportException(file, "column '" + name + "' is listed but /" + GROUP + "/" + name + " is missing");
                }
                int[] dims = d.getDimensions();
                if (dims.length != 1) {
                    throw new ImportException(file, "/" + GROUP + "/" + name + " is not one-dimensional");
                }
                long bytes = (long) dims[0] * Math.max(1, d.getDataType().getSize());
                if (dims[0] < 0 || bytes > length) {
                    throw new ImportException(file, "/" + GROUP + "/" + name + " claims " + dims[0] + " rows, more than the file holds");
                }
                if (rows >= 0 && dims[0] != rows) {
                    throw new ImportException(file, "column '" + name + "' has " + dims[0] + " rows, the others " + rows);
                }
                rows = dims[0];
                Attribute unitAttr = d.getAttribute("unit");
                String unit = unitAttr == null ? "" : String.valueOf(unitAttr.getData()).trim();
                columns.add(column(file, name, unit, d.getData(), rows));
            }
            if (rowAttr != null && number(file, hdf, "row_count") != Math.max(0, rows)) {
                throw new ImportException(file, "row_count says " + number(file, hdf, "row_count") + " rows, the columns have " + rows);
            }
            return finish(file, hdf, columns, version);
        });
    }

    private static Table emptyTable(Path file, HdfFile hdf, String[] names, long version) throws ImportException {
        String[] units = strings(file, hdf.getAttribute("units"));
        String[] types = strings(file, hdf.getAttribute("types"));
        if (units.length != names.length || types.length != names.length) {
            throw new ImportException(file, "root attributes columns, units and types differ in length");
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            columns.add(switch (types[i]) {
                case "long" -> Column.ofLongs(names[i], units[i], new long[0]);
                case "text" -> Column.ofText(names[i], new String[0]);
                default -> Column.ofDoubles(names[i], units[i], new double[0]);
            });
        }
        return finish(file, hdf, columns, version);
    }

    private static Table finish(Path file, HdfFile hdf, List<Column> columns, long version) throws ImportException {
        String tableName = text(hdf, "name", file.getFileName().toString());
        String kind = text(hdf, "kind", Localizations.KIND);
        Metadata meta;
        Provenance prov;
        try {
            meta = Metadata.fromJson(text(hdf, "metadata", "{}"));
            prov = Provenance.fromJson(text(hdf, "provenance", "[]"));
        } catch (RuntimeException e) {
            throw new ImportException(file, "the metadata or provenance attribute is not valid JSON: " + e.getMessage(), e);
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("file", file.toString());
        p.put("layoutVersion", version);
        try {
            return Table.of(tableName, kind, columns).withMetadata(meta)
                    .withProvenance(prov.then(Operation.of(IMPORT_OPERATION, p)));
        } catch (IllegalArgumentException e) {
            throw new ImportException(file, e.getMessage(), e);
        }
    }

    private static Column column(Path file, String name, String unit, Object data, int rows) throws ImportException {
        if (data instanceof double[] v) {
            return Column.ofDoubles(name, unit, v);
        }
        if (data instanceof float[] v) {
            double[] d = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                d[i] = v[i];
            }
            return Column.ofDoubles(name, unit, d);
        }
        if (data instanceof long[] v) {
            return Column.ofLongs(name, unit, v);
        }
        if (data instanceof int[] v) {
            long[] d = new long[v.length];
            for (int i = 0; i < v.length; i++) {
                d[i] = v[i];
            }
            return Column.ofLongs(name, unit, d);
        }
        if (data instanceof short[] v) {
            long[] d = new long[v.length];
            for (int i = 0; i < v.length; i++) {
                d[i] = v[i];
            }
            return Column.ofLongs(name, unit, d);
        }
        if (data instanceof String[] v) {
            return Column.ofText(name, v);
        }
        throw new ImportException(file, "column '" + name + "' has an unsupported type ("
                + (data == null ? "none" : data.getClass().getSimpleName()) + ")");
    }

    private static long number(Path file, HdfFile hdf, String name) throws ImportException {
        Attribute a = hdf.getAttribute(name);
        Object v = a == null ? null : a.getData();
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v != null && v.getClass().isArray() && java.lang.reflect.Array.getLength(v) == 1
                && java.lang.reflect.Array.get(v, 0) instanceof Number n) {
            return n.longValue();
        }
        throw new ImportException(file, "root attribute " + name + " is missing or not a number");
    }

    private static String[] strings(Path file, Attribute a) throws ImportException {
        Object v = a == null ? null : a.getData();
        if (v instanceof String[] s) {
            return s;
        }
        if (v instanceof String s) {
            return new String[] {s};
        }
        throw new ImportException(file, "root attribute columns is missing or not a list of names");
    }

    private static String text(HdfFile hdf, String name, String otherwise) {
        Attribute a = hdf.getAttribute(name);
        return a == null ? otherwise : String.valueOf(a.getData());
    }
}
