package org.fluorite.flow;

import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * One named, typed column of a {@link Frame}, with an optional unit ("s", "Hz", "" when none).
 *
 * <p>Copy-on-write: the arrays given to the factories are taken over, not copied, and the
 * accessors ({@link #doubles()}, {@link #arrays()}, ...) hand out the same arrays. Nobody may
 * modify them: a node that changes values builds a new array and a new column. This keeps a
 * chain of nodes over 10,000 curves from copying every curve at every step.
 */
public final class FlowColumn {

    private final String name;
    private final ColumnType type;
    private final String unit;
    private final Object values;

    private FlowColumn(String name, ColumnType type, String unit, Object values) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.unit = unit == null ? "" : unit;
        this.values = Objects.requireNonNull(values, "values");
    }

    public static FlowColumn ofText(String name, String[] values) {
        return new FlowColumn(name, ColumnType.TEXT, "", values);
    }

    public static FlowColumn ofLongs(String name, String unit, long[] values) {
        return new FlowColumn(name, ColumnType.LONG, unit, values);
    }

    public static FlowColumn ofDoubles(String name, String unit, double[] values) {
        return new FlowColumn(name, ColumnType.DOUBLE, unit, values);
    }

    /** One numeric array per row (rows are not copied; see the class comment). */
    public static FlowColumn ofArrays(String name, String unit, double[][] values) {
        return new FlowColumn(name, ColumnType.ARRAY, unit, values);
    }

    public static FlowColumn ofUuids(String name, UUID[] values) {
        return new FlowColumn(name, ColumnType.UUID, "", values);
    }

    public static FlowColumn ofTables(String name, Frame[] values) {
        return new FlowColumn(name, ColumnType.TABLE, "", values);
    }

    /** A column of the given type wrapping an array of the matching Java type. */
    public static FlowColumn of(String name, ColumnType type, String unit, Object values) {
        Class<?> expected = switch (type) {
            case TEXT -> String[].class;
            case LONG -> long[].class;
            case DOUBLE -> double[].class;
            case ARRAY -> double[][].class;
            case UUID -> UUID[].class;
            case TABLE -> Frame[].class;
        };
        if (!expected.isInstance(values)) {
            throw new IllegalArgumentException("Column '" + name + "' of type " + type.word() + " needs a "
                    + expected.getSimpleName() + ", not " + (values == null ? "null" : values.getClass().getSimpleName()));
        }
        return new FlowColumn(name, type, unit, values);
    }

    public String name() {
        return name;
    }

    public ColumnType type() {
        return type;
    }

    /** Unit of the values (of every element for arrays), "" when dimensionless or unknown. */
    public String unit() {
        return unit;
    }

    public int size() {
        return java.lang.reflect.Array.getLength(values);
    }

    /** The backing array ({@code String[]}, {@code long[]}, ...); never modify it. */
    public Object values() {
        return values;
    }

    public String[] texts() {
        return (String[]) as(ColumnType.TEXT);
    }

    public long[] longs() {
        return (long[]) as(ColumnType.LONG);
    }

    public double[] doubles() {
        return (double[]) as(ColumnType.DOUBLE);
    }

    public double[][] arrays() {
        return (double[][]) as(ColumnType.ARRAY);
    }

    public UUID[] uuids() {
        return (UUID[]) as(ColumnType.UUID);
    }

    public Frame[] tables() {
        return (Frame[]) as(ColumnType.TABLE);
    }

    private Object as(ColumnType wanted) {
        if (type != wanted) {
            throw new IllegalStateException("Column '" + name + "' holds " + type.word() + ", not " + wanted.word());
        }
        return values;
    }

    /** The value in {@code row}, boxed: String, Long, Double, double[], UUID or Frame (null when missing). */
    public Object get(int row) {
        return switch (type) {
            case LONG -> ((long[]) values)[row];
            case DOUBLE -> ((double[]) values)[row];
            default -> ((Object[]) values)[row];
        };
    }

    /**
     * True when row {@code row} holds no value, as pandas' isna: null, or NaN in a number column.
     * An array holding NaN elements is a value (as in pandas); whole numbers are never missing.
     */
    public boolean isMissing(int row) {
        return switch (type) {
            case LONG -> false;
            case DOUBLE -> Double.isNaN(((double[]) values)[row]);
            default -> ((Object[]) values)[row] == null;
        };
    }

    /** The same values under another name. */
    public FlowColumn renamed(String newName) {
        return new FlowColumn(newName, type, unit, values);
    }

    /** The rows whose indices are given, in that order (array rows are shared, not copied). */
    public FlowColumn select(int[] rows) {
        Object out = switch (type) {
            case LONG -> {
                long[] v = (long[]) values;
                long[] o = new long[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    o[i] = v[rows[i]];
                }
                yield o;
            }
            case DOUBLE -> {
                double[] v = (double[]) values;
                double[] o = new double[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    o[i] = v[rows[i]];
                }
                yield o;
            }
            default -> {
                Object[] v = (Object[]) values;
                Object[] o = (Object[]) java.lang.reflect.Array.newInstance(values.getClass().getComponentType(), rows.length);
                for (int i = 0; i < rows.length; i++) {
                    o[i] = v[rows[i]];
                }
                yield o;
            }
        };
        return new FlowColumn(name, type, unit, out);
    }

    /** This column's rows followed by {@code other}'s (same type). */
    public FlowColumn concat(FlowColumn other) {
        if (other.type != type) {
            throw new IllegalArgumentException("Column '" + name + "' is " + type.word() + " in one table and "
                    + other.type.word() + " in the other");
        }
        int a = size();
        int b = other.size();
        Object out = java.lang.reflect.Array.newInstance(values.getClass().getComponentType(), a + b);
        System.arraycopy(values, 0, out, 0, a);
        System.arraycopy(other.values, 0, out, a, b);
        return new FlowColumn(name, type, unit, out);
    }

    /** A column of {@code rows} missing values of a type (NaN, null; 0 for LONG). */
    public static FlowColumn missing(String name, ColumnType type, String unit, int rows) {
        Object v = switch (type) {
            case TEXT -> new String[rows];
            case LONG -> new long[rows];
            case DOUBLE -> {
                double[] d = new double[rows];
                Arrays.fill(d, Double.NaN);
                yield d;
            }
            case ARRAY -> new double[rows][];
            case UUID -> new UUID[rows];
            case TABLE -> new Frame[rows];
        };
        return new FlowColumn(name, type, unit, v);
    }

    /** Equal name, type, unit and values (arrays and nested tables compared by content). */
    public boolean contentEquals(FlowColumn o) {
        if (!name.equals(o.name) || type != o.type || !unit.equals(o.unit) || size() != o.size()) {
            return false;
        }
        return switch (type) {
            case LONG -> Arrays.equals((long[]) values, (long[]) o.values);
            case DOUBLE -> Arrays.equals((double[]) values, (double[]) o.values);
            case ARRAY -> Arrays.deepEquals((double[][]) values, (double[][]) o.values);
            case TABLE -> {
                Frame[] x = (Frame[]) values;
                Frame[] y = (Frame[]) o.values;
                for (int i = 0; i < x.length; i++) {
                    if (x[i] == null ? y[i] != null : y[i] == null || !x[i].contentEquals(y[i])) {
                        yield false;
                    }
                }
                yield true;
            }
            default -> Arrays.equals((Object[]) values, (Object[]) o.values);
        };
    }

    @Override
    public String toString() {
        return "FlowColumn[" + name + ", " + type.word() + (unit.isEmpty() ? "" : ", " + unit) + ", " + size() + " rows]";
    }
}
