package org.fluorite.flow;

/**
 * What one column of a {@link Frame} holds in every row. The Java array behind each type is
 * fixed, so nodes can work on whole columns of primitives:
 * <ul>
 * <li>{@link #TEXT}: categorical text, {@code String[]} (null = missing)</li>
 * <li>{@link #LONG}: whole numbers, {@code long[]} (no missing value)</li>
 * <li>{@link #DOUBLE}: one number per row, {@code double[]} (NaN = missing)</li>
 * <li>{@link #ARRAY}: a 1-D numeric array per row (a curve, a spectrum), {@code double[][]}
 * (null = missing; rows may differ in length)</li>
 * <li>{@link #UUID}: identifiers such as the {@code _BLOCK_} column, {@code java.util.UUID[]}</li>
 * <li>{@link #TABLE}: a nested table per row (e.g. the peaks of a curve), {@code Frame[]}</li>
 * </ul>
 */
public enum ColumnType {
    TEXT, LONG, DOUBLE, ARRAY, UUID, TABLE;

    /** The lower-case word used in JSON, HDF5 attributes and node specs ("text", "array", ...). */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The type named by {@link #word()} (case-insensitive). */
    public static ColumnType fromWord(String word) {
        for (ColumnType t : values()) {
            if (t.name().equalsIgnoreCase(word)) {
                return t;
            }
        }
        throw new IllegalArgumentException("Unknown column type '" + word + "' (known: text, long, double, array, uuid, table)");
    }

    /** True for numbers and numeric arrays. */
    public boolean isNumeric() {
        return this == LONG || this == DOUBLE || this == ARRAY;
    }
}
