package org.fluorite.flow.node;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.fluorite.flow.ColumnType;
import org.fluorite.flow.Transmission;

/**
 * What will flow on a terminal, known before any data: the type and, for transmissions, the
 * columns with their types. {@link Node#configure} maps input specs to output specs, so a whole
 * flowchart is checked (missing column, wrong column type) without touching data. When the columns
 * cannot be known without reading data ({@code columnsKnown == false}), nodes accept any column
 * name and the check happens in {@code execute}.
 */
public record DataSpec(DataType type, Map<String, ColumnType> columns, boolean columnsKnown) {

    public DataSpec {
        Objects.requireNonNull(type, "type");
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns == null ? Map.of() : columns));
    }

    /** A transmission with these columns (in order). */
    public static DataSpec transmission(Map<String, ColumnType> columns) {
        return new DataSpec(DataType.TRANSMISSION, columns, true);
    }

    /** A transmission whose columns are not known until it runs. */
    public static DataSpec unknownTransmission() {
        return new DataSpec(DataType.TRANSMISSION, Map.of(), false);
    }

    /** A value of a type without columns. */
    public static DataSpec of(DataType type) {
        return new DataSpec(type, Map.of(), true);
    }

    /** The spec of an existing transmission. */
    public static DataSpec of(Transmission t) {
        return transmission(t.frame().spec());
    }

    /** A spec with the column added or its type replaced (what a node producing it returns). */
    public DataSpec withColumn(String name, ColumnType columnType) {
        Map<String, ColumnType> m = new LinkedHashMap<>(columns);
        m.put(name, columnType);
        return new DataSpec(type, m, columnsKnown);
    }

    /** A spec without the named column. */
    public DataSpec withoutColumn(String name) {
        Map<String, ColumnType> m = new LinkedHashMap<>(columns);
        m.remove(name);
        return new DataSpec(type, m, columnsKnown);
    }

    /**
     * Checks that a column exists with one of the allowed types (anything goes when the columns
     * are unknown).
     *
     * @throws NodeConfigurationException naming the column, what it is, and the columns there are
     */
    public void requireColumn(String name, ColumnType... allowed) throws NodeConfigurationException {
        if (!columnsKnown) {
            return;
        }
        ColumnType t = columns.get(name);
        if (t == null) {
            throw new NodeConfigurationException("There is no column '" + name + "' in the input (columns: "
                    + String.join(", ", columns.keySet()) + ")");
        }
        if (allowed.length == 0) {
            return;
        }
        for (ColumnType a : allowed) {
            if (a == t) {
                return;
            }
        }
        StringBuilder names = new StringBuilder();
        for (ColumnType a : allowed) {
            names.append(names.length() == 0 ? "" : " or ").append(a.word());
        }
        throw new NodeConfigurationException("Column '" + name + "' holds " + t.word() + ", this node needs " + names);
    }
}
