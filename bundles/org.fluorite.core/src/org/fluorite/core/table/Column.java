package org.fluorite.core.table;

import java.util.Arrays;
import java.util.Objects;

/**
 * One named column of a {@link Table}: numbers ({@code double[]}), whole numbers ({@code long[]})
 * or text ({@code String[]}), with an optional unit ("nm", "s", "photon", "px", ...).
 * Immutable: the array is copied in and never handed out.
 */
public final class Column {

    /** What a column holds. */
    public enum Type {
        DOUBLE, LONG, TEXT
    }

    private final String name;
    private final String unit;
    private final Type type;
    private final Object values;

    private Column(String name, String unit, Type type, Object values) {
        this.name = Objects.requireNonNull(name, "name");
        this.unit = unit == null ? "" : unit;
        this.type = type;
        this.values = values;
    }

    public static Column ofDoubles(String name, String unit, double[] values) {
        return new Column(name, unit, Type.DOUBLE, values.clone());
    }

    public static Column ofLongs(String name, String unit, long[] values) {
        return new Column(name, unit, Type.LONG, values.clone());
    }

    public static Column ofText(String name, String[] values) {
        return new Column(name, "", Type.TEXT, values.clone());
    }

    public String name() {
        return name;
    }

    /** Unit of the values, "" when dimensionless or unknown. */
    public String unit() {
        return unit;
    }

    public Type type() {
        return type;
    }

    public int size() {
        return switch (type) {
            case DOUBLE -> ((double[]) values).length;
            case LONG -> ((long[]) values).length;
            case TEXT -> ((String[]) values).length;
        };
    }

    public boolean isNumeric() {
        return type != Type.TEXT;
    }

    /** Value in row {@code row} as a number; NaN for text that is not a number. */
    public double getDouble(int row) {
        return switch (type) {
            case DOUBLE -> ((double[]) values)[row];
            case LONG -> ((long[]) values)[row];
            case TEXT -> parse(((String[]) values)[row]);
        };
    }

    /** Value in row {@code row} as text. */
    public String getText(int row) {
        return switch (type) {
            case DOUBLE -> Double.toString(((double[]) values)[row]);
            case LONG -> Long.toString(((long[]) values)[row]);
            case TEXT -> ((String[]) values)[row];
        };
    }

    /** Value in row {@code row} as a boxed Double, Long or String (for JSON and tables). */
    public Object get(int row) {
        return switch (type) {
            case DOUBLE -> ((double[]) values)[row];
            case LONG -> ((long[]) values)[row];
            case TEXT -> ((String[]) values)[row];
        };
    }

    /** All values as numbers (a copy). */
    public double[] toDoubles() {
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = getDouble(i);
        }
        return out;
    }

    /** Smallest and largest finite value, {NaN, NaN} when there is none. */
    public double[] range() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0, n = size(); i < n; i++) {
            double v = getDouble(i);
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return min > max ? new double[] {Double.NaN, Double.NaN} : new double[] {min, max};
    }

    /** The same values under another name or unit. */
    public Column renamed(String newName, String newUnit) {
        return new Column(newName, newUnit, type, values);
    }

    /** The rows whose indices are given, in that order. */
    public Column select(int[] rows) {
        return switch (type) {
            case DOUBLE -> {
                double[] v = (double[]) values;
                double[] out = new double[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    out[i] = v[rows[i]];
                }
                yield new Column(name, unit, type, out);
            }
            case LONG -> {
                long[] v = (long[]) values;
                long[] out = new long[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    out[i] = v[rows[i]];
                }
                yield new Column(name, unit, type, out);
            }
            case TEXT -> {
                String[] v = (String[]) values;
                String[] out = new String[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    out[i] = v[rows[i]];
                }
                yield new Column(name, unit, type, out);
            }
        };
    }

    private static double parse(String s) {
        if (s == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    @Override
    public String toString() {
        return name + (unit.isEmpty() ? "" : " [" + unit + "]") + " (" + type.name().toLowerCase() + ", " + size() + " rows)";
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Column c) || !c.name.equals(name) || !c.unit.equals(unit) || c.type != type) {
            return false;
        }
        return switch (type) {
            case DOUBLE -> Arrays.equals((double[]) values, (double[]) c.values);
            case LONG -> Arrays.equals((long[]) values, (long[]) c.values);
            case TEXT -> Arrays.equals((String[]) values, (String[]) c.values);
        };
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, unit, type, size());
    }
}
