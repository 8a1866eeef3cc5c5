package org.fluorite.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable table of equally long, typed, named columns (the "DataFrame" of a
 * {@link Transmission}, and the nested tables in {@link ColumnType#TABLE} columns such as peaks).
 * Changing methods return a new frame sharing the unchanged columns.
 */
public final class Frame {

    /** A frame without rows or columns. */
    public static final Frame EMPTY = new Frame(List.of(), 0);

    private final List<FlowColumn> columns;
    private final Map<String, FlowColumn> byName;
    private final int rowCount;

    private Frame(List<FlowColumn> columns, int rowCount) {
        this.columns = List.copyOf(columns);
        this.byName = new LinkedHashMap<>();
        for (FlowColumn c : this.columns) {
            if (c.size() != rowCount) {
                throw new IllegalArgumentException("Column '" + c.name() + "' has " + c.size() + " rows, the table " + rowCount);
            }
            if (byName.put(c.name(), c) != null) {
                throw new IllegalArgumentException("Column '" + c.name() + "' appears twice");
            }
        }
        this.rowCount = rowCount;
    }

    /** A frame of these columns (at least one; all of the same length). */
    public static Frame of(List<FlowColumn> columns) {
        return new Frame(columns, columns.isEmpty() ? 0 : columns.get(0).size());
    }

    public static Frame of(FlowColumn... columns) {
        return of(List.of(columns));
    }

    public int rowCount() {
        return rowCount;
    }

    public List<FlowColumn> columns() {
        return columns;
    }

    public List<String> columnNames() {
        return new ArrayList<>(byName.keySet());
    }

    public boolean has(String name) {
        return byName.containsKey(name);
    }

    public Optional<FlowColumn> column(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The column, or an exception naming the columns there are. */
    public FlowColumn require(String name) {
        FlowColumn c = byName.get(name);
        if (c == null) {
            throw new IllegalArgumentException("There is no column '" + name + "' (columns: " + String.join(", ", byName.keySet()) + ")");
        }
        return c;
    }

    /** The column, which must be of the given type; else an exception naming both. */
    public FlowColumn require(String name, ColumnType type) {
        FlowColumn c = require(name);
        if (c.type() != type) {
            throw new IllegalArgumentException("Column '" + name + "' holds " + c.type().word() + ", not " + type.word());
        }
        return c;
    }

    /** Column names and types in order: what a node can check without data. */
    public Map<String, ColumnType> spec() {
        Map<String, ColumnType> m = new LinkedHashMap<>();
        columns.forEach(c -> m.put(c.name(), c.type()));
        return m;
    }

    /** A frame where {@code column} replaces the column of the same name, or is appended. */
    public Frame with(FlowColumn column) {
        if (!columns.isEmpty() && column.size() != rowCount) {
            throw new IllegalArgumentException("Column '" + column.name() + "' has " + column.size() + " rows, the table " + rowCount);
        }
        List<FlowColumn> out = new ArrayList<>(columns);
        int i = indexOf(column.name());
        if (i >= 0) {
            out.set(i, column);
        } else {
            out.add(column);
        }
        return new Frame(out, columns.isEmpty() ? column.size() : rowCount);
    }

    /** A frame without the named column (unchanged when there is none). */
    public Frame without(String name) {
        List<FlowColumn> out = new ArrayList<>(columns);
        out.removeIf(c -> c.name().equals(name));
        return new Frame(out, rowCount);
    }

    /** The rows whose indices are given, in that order. */
    public Frame selectRows(int[] rows) {
        List<FlowColumn> out = new ArrayList<>();
        for (FlowColumn c : columns) {
            out.add(c.select(rows));
        }
        return new Frame(out, rows.length);
    }

    /**
     * This frame's rows followed by {@code other}'s. Columns are the union (this frame's order,
     * then the other's new ones); a column missing on one side is filled with missing values.
     *
     * @throws IllegalArgumentException when a column has different types on the two sides
     */
    public Frame concat(Frame other) {
        List<FlowColumn> out = new ArrayList<>();
        for (FlowColumn c : columns) {
            FlowColumn o = other.byName.get(c.name());
            out.add(c.concat(o != null ? o : FlowColumn.missing(c.name(), c.type(), c.unit(), other.rowCount)));
        }
        for (FlowColumn o : other.columns) {
            if (!byName.containsKey(o.name())) {
                out.add(FlowColumn.missing(o.name(), o.type(), o.unit(), rowCount).concat(o));
            }
        }
        return new Frame(out, rowCount + other.rowCount);
    }

    /**
     * The rows of all frames in order, in one pass (as repeated {@link #concat} but linear in the
     * total size): columns are the union in order of first appearance, missing ones filled.
     *
     * @throws IllegalArgumentException when a column has different types in two frames
     */
    public static Frame concatAll(List<Frame> frames) {
        Map<String, FlowColumn> first = new LinkedHashMap<>();
        int total = 0;
        for (Frame f : frames) {
            total += f.rowCount;
            for (FlowColumn c : f.columns) {
                FlowColumn seen = first.putIfAbsent(c.name(), c);
                if (seen != null && seen.type() != c.type()) {
                    throw new IllegalArgumentException("Column '" + c.name() + "' is " + seen.type().word() + " in one table and "
                            + c.type().word() + " in another");
                }
            }
        }
        List<FlowColumn> out = new ArrayList<>();
        for (FlowColumn proto : first.values()) {
            Object all = FlowColumn.missing(proto.name(), proto.type(), proto.unit(), total).values();
            int at = 0;
            for (Frame f : frames) {
                FlowColumn c = f.byName.get(proto.name());
                if (c != null) {
                    System.arraycopy(c.values(), 0, all, at, f.rowCount);
                }
                at += f.rowCount;
            }
            out.add(FlowColumn.of(proto.name(), proto.type(), proto.unit(), all));
        }
        return new Frame(out, total);
    }

    /** Same columns in the same order with equal contents. */
    public boolean contentEquals(Frame o) {
        if (rowCount != o.rowCount || columns.size() != o.columns.size()) {
            return false;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (!columns.get(i).contentEquals(o.columns.get(i))) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "Frame[" + rowCount + " rows, " + String.join(", ", byName.keySet()) + "]";
    }
}
