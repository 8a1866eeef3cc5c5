package org.fluorite.project;

import java.util.Locale;

/** The value type of a custom column: standard text, whole numbers or decimal numbers. */
public enum ValueType {
    TEXT("text"), INTEGER("int"), DECIMAL("decimal");

    private final String word;

    ValueType(String word) {
        this.word = word;
    }

    /** "text", "int" or "decimal": the spelling of the CLI and the database. */
    public String word() {
        return word;
    }

    /** Accepts text/str, int/integer/whole, decimal/float/double (any case). */
    public static ValueType fromWord(String word) {
        return switch (word.trim().toLowerCase(Locale.ROOT)) {
            case "text", "str", "string" -> TEXT;
            case "int", "integer", "whole" -> INTEGER;
            case "decimal", "float", "double" -> DECIMAL;
            default -> throw new IllegalArgumentException("Unknown column type '" + word + "' (text, int or decimal)");
        };
    }

    /**
     * {@code text} converted to this type: a String, a Long or a Double.
     *
     * @throws IllegalArgumentException naming the column when it is not a number of this type
     */
    public Object convert(String column, String text) {
        if (text == null) {
            return null;
        }
        try {
            return switch (this) {
                case TEXT -> text;
                case INTEGER -> Long.parseLong(text.trim());
                case DECIMAL -> Double.parseDouble(text.trim());
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Column '" + column + "' holds " + (this == INTEGER ? "whole" : "decimal")
                    + " numbers; '" + text + "' is not one");
        }
    }

    /** {@code value} (String or Number) checked and converted to this type. */
    public Object convert(String column, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return convert(column, s);
        }
        if (value instanceof Number n) {
            return switch (this) {
                case TEXT -> n.toString();
                case INTEGER -> {
                    if (n.doubleValue() != Math.rint(n.doubleValue())) {
                        throw new IllegalArgumentException("Column '" + column + "' holds whole numbers; " + n + " is not one");
                    }
                    yield n.longValue();
                }
                case DECIMAL -> n.doubleValue();
            };
        }
        throw new IllegalArgumentException("Column '" + column + "': not a text or a number: " + value);
    }
}
