package org.fluorite.core.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.fluorite.core.DataObject;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Provenance;

/**
 * A table of equally long named columns, with units: localizations, tracks, HDF5 compound
 * datasets, measurements. Its {@link #kind()} says what the rows are ("table",
 * "localizations", "tracks", ...), so views and engines can pick the tables they understand.
 * Immutable.
 */
public final class Table implements DataObject {

    private final String name;
    private final String kind;
    private final List<Column> columns;
    private final Map<String, Column> byName;
    private final int rowCount;
    private final Metadata metadata;
    private final Provenance provenance;

    private Table(String name, String kind, List<Column> columns, Metadata metadata, Provenance provenance) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.columns = List.copyOf(columns);
        this.byName = new LinkedHashMap<>();
        int rows = columns.isEmpty() ? 0 : columns.get(0).size();
        for (Column c : columns) {
            if (c.size() != rows) {
                throw new IllegalArgumentException("Column '" + c.name() + "' has " + c.size() + " rows, the table " + rows);
            }
            if (byName.put(c.name(), c) != null) {
                throw new IllegalArgumentException("Column '" + c.name() + "' appears twice");
            }
        }
        this.rowCount = rows;
        this.metadata = metadata;
        this.provenance = provenance;
    }

    /** A plain table (kind "table"). */
    public static Table of(String name, List<Column> columns) {
        return new Table(name, "table", columns, Metadata.EMPTY, Provenance.EMPTY);
    }

    /** A table of a given kind, e.g. "localizations". */
    public static Table of(String name, String kind, List<Column> columns) {
        return new Table(name, kind, columns, Metadata.EMPTY, Provenance.EMPTY);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public Metadata metadata() {
        return metadata;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    public int rowCount() {
        return rowCount;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<String> columnNames() {
        return new ArrayList<>(byName.keySet());
    }

    public Optional<Column> column(String columnName) {
        return Optional.ofNullable(byName.get(columnName));
    }

    /** The column, or an exception naming the table and the columns it has. */
    public Column require(String columnName) {
        Column c = byName.get(columnName);
        if (c == null) {
            throw new IllegalArgumentException("Table '" + name + "' has no column '" + columnName + "' (it has "
                    + String.join(", ", byName.keySet()) + ")");
        }
        return c;
    }

    public Table withMetadata(Metadata newMetadata) {
        return new Table(name, kind, columns, newMetadata, provenance);
    }

    public Table withProvenance(Provenance newProvenance) {
        return new Table(name, kind, columns, metadata, newProvenance);
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, kind, newColumns, metadata, provenance);
    }

    /** The rows whose indices are given, in that order. */
    public Table selectRows(int[] rows) {
        List<Column> out = new ArrayList<>();
        for (Column c : columns) {
            out.add(c.select(rows));
        }
        return new Table(name, kind, out, metadata, provenance);
    }

    /**
     * The row count and the columns with their units and value types, for
     * {@code ./fluorite info --json}: {@code {"rowCount": n, "columns": [{"name", "unit", "type"}]}}
     * where type is "double", "long" or "text".
     */
    @Override
    public Map<String, Object> describe() {
        List<Map<String, Object>> cols = new ArrayList<>();
        for (Column c : columns) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            m.put("unit", c.unit());
            m.put("type", c.type().name().toLowerCase(java.util.Locale.ROOT));
            cols.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rowCount", rowCount);
        out.put("columns", cols);
        return out;
    }

    @Override
    public String toString() {
        return "Table[" + name + ", " + kind + ", " + rowCount + " rows, " + columns.size() + " columns]";
    }
}
