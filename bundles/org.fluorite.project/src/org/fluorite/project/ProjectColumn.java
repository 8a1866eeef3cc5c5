package org.fluorite.project;

import java.util.Objects;

/**
 * One configured column of a project.
 *
 * @param name         the column name (letters, digits, '_', '-', '.', ' '; not one of the fixed columns)
 * @param kind         ROI type, stimulus type or custom
 * @param type         the value type; {@link ValueType#TEXT} for ROI and stimulus type columns
 * @param replaceValue the value existing samples get when the column is added later, and the
 *                     default of new samples; null means "untagged" for text and empty for numbers
 */
public record ProjectColumn(String name, ColumnKind kind, ValueType type, Object replaceValue) {

    /** Value of a text column that was never set (Mesmerize's word). */
    public static final String UNTAGGED = "untagged";

    public ProjectColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        type = type == null ? ValueType.TEXT : type;
        if (kind != ColumnKind.CUSTOM && type != ValueType.TEXT) {
            throw new IllegalArgumentException("Column '" + name + "': ROI and stimulus type columns hold text");
        }
        if (name.isBlank() || name.length() > 100 || !name.matches("[\\p{L}\\p{N}_.\\- ]+") || name.startsWith("_")) {
            throw new IllegalArgumentException("Column name '" + name
                    + "' must be 1-100 letters, digits, '_', '-', '.' or spaces, not starting with '_'");
        }
        replaceValue = type.convert(name, replaceValue);
    }

    public static ProjectColumn roiType(String name) {
        return new ProjectColumn(name, ColumnKind.ROI_TYPE, ValueType.TEXT, null);
    }

    public static ProjectColumn stimulusType(String name) {
        return new ProjectColumn(name, ColumnKind.STIMULUS_TYPE, ValueType.TEXT, null);
    }

    public static ProjectColumn custom(String name, ValueType type, Object replaceValue) {
        return new ProjectColumn(name, ColumnKind.CUSTOM, type, replaceValue);
    }

    /**
     * Parses the CLI form {@code name:text|int|decimal[=replace]} of a custom column.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static ProjectColumn parseCustom(String spec) {
        int colon = spec.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("Custom column '" + spec + "' must be name:text, name:int or name:decimal, optionally =replace");
        }
        String name = spec.substring(0, colon);
        String rest = spec.substring(colon + 1);
        int eq = rest.indexOf('=');
        ValueType type = ValueType.fromWord(eq < 0 ? rest : rest.substring(0, eq));
        Object replace = eq < 0 ? null : rest.substring(eq + 1);
        return custom(name, type, replace);
    }

    /** The value a sample has when none was given: the replace value, else "untagged" for text, else null. */
    public Object defaultValue() {
        if (replaceValue != null) {
            return replaceValue;
        }
        return type == ValueType.TEXT ? UNTAGGED : null;
    }
}
