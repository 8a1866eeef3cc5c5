package org.fluorite.project.filter;

import java.util.ArrayList;
import java.util.List;

import org.fluorite.core.table.Column;

/**
 * One column's filter in the project browser's syntax (Mesmerize's): text typed under a column,
 * optionally starting with a modifier, alternatives separated by {@code |} (OR).
 *
 * <table>
 * <caption>Modifiers</caption>
 * <tr><td>(none) or {@code $STR:}</td><td>the value contains one of the alternatives (case-sensitive)</td></tr>
 * <tr><td>{@code $NOT:}</td><td>the value contains none of the alternatives</td></tr>
 * <tr><td>{@code $STR=:}</td><td>the value equals one of the alternatives exactly</td></tr>
 * <tr><td>{@code $STR!=:}</td><td>the value equals none of the alternatives</td></tr>
 * <tr><td>{@code $>:} {@code $>=:} {@code $<:} {@code $<=:}</td><td>the value, as a number, compares so with one of the alternatives</td></tr>
 * <tr><td>{@code $=:} {@code $!=:}</td><td>the value equals one / none of the numbers</td></tr>
 * <tr><td>{@code $RANGE:}</td><td>alternatives {@code lo..hi}: the number lies in one of the closed ranges</td></tr>
 * </table>
 *
 * Values that are not numbers (and NaN) never pass a numeric comparison, but do pass {@code $!=:}.
 * An empty filter (only white space) keeps every row. Surrounding white space of each alternative is
 * kept for text (it may matter) and ignored for numbers.
 */
public final class FilterExpression {

    /** What a filter does with its alternatives. */
    public enum Mode {
        CONTAINS("$STR:"), NOT_CONTAINS("$NOT:"), EQUALS("$STR=:"), NOT_EQUALS("$STR!=:"), GREATER("$>:"),
        GREATER_OR_EQUAL("$>=:"), LESS("$<:"), LESS_OR_EQUAL("$<=:"), NUMBER_EQUALS("$=:"), NUMBER_NOT_EQUALS("$!=:"),
        RANGE("$RANGE:");

        private final String prefix;

        Mode(String prefix) {
            this.prefix = prefix;
        }

        /** The modifier typed before the filter text. */
        public String prefix() {
            return prefix;
        }

        public boolean numeric() {
            return ordinal() >= GREATER.ordinal();
        }
    }

    private final String text;
    private final Mode mode;
    private final List<String> alternatives;
    private final double[] numbers;
    private final double[] upper;

    private FilterExpression(String text, Mode mode, List<String> alternatives) {
        this.text = text;
        this.mode = mode;
        this.alternatives = List.copyOf(alternatives);
        this.numbers = new double[alternatives.size()];
        this.upper = new double[alternatives.size()];
        if (mode.numeric()) {
            for (int i = 0; i < numbers.length; i++) {
                String a = alternatives.get(i).trim();
                if (mode == Mode.RANGE) {
                    int dots = a.indexOf("..");
                    if (dots < 0) {
                        throw new IllegalArgumentException("Range '" + a + "' must be written lo..hi, e.g. 48..72");
                    }
                    numbers[i] = number(a.substring(0, dots));
                    upper[i] = number(a.substring(dots + 2));
                    if (upper[i] < numbers[i]) {
                        throw new IllegalArgumentException("Range '" + a + "' ends below its start");
                    }
                } else {
                    numbers[i] = number(a);
                }
            }
        }
    }

    private static double number(String s) {
        try {
            double v = Double.parseDouble(s.trim());
            if (Double.isNaN(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s.trim() + "' is not a number");
        }
    }

    /**
     * Parses a filter.
     *
     * @throws IllegalArgumentException for an unknown modifier, or a numeric modifier with text that
     *                                  is not a number (or range)
     */
    public static FilterExpression parse(String text) {
        String t = text == null ? "" : text;
        Mode mode = Mode.CONTAINS;
        String body = t;
        if (t.startsWith("$")) {
            Mode found = null;
            for (Mode m : Mode.values()) {
                // the longest matching prefix wins ($>=: before $>:)
                if (t.startsWith(m.prefix) && (found == null || m.prefix.length() > found.prefix.length())) {
                    found = m;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("Unknown filter modifier in '" + t + "' (known: "
                        + String.join(" ", java.util.Arrays.stream(Mode.values()).map(Mode::prefix).toList()) + ")");
            }
            mode = found;
            body = t.substring(found.prefix.length());
        }
        List<String> alternatives = new ArrayList<>();
        if (!body.isBlank()) {
            for (String a : body.split("\\|", -1)) {
                if (!a.isEmpty()) {
                    alternatives.add(a);
                }
            }
        }
        if (alternatives.isEmpty() && mode != Mode.CONTAINS) {
            throw new IllegalArgumentException("Filter '" + t + "' has a modifier but nothing to compare with");
        }
        return new FilterExpression(t, mode, alternatives);
    }

    /** True when the filter keeps every row. */
    public boolean isEmpty() {
        return alternatives.isEmpty();
    }

    public Mode mode() {
        return mode;
    }

    public List<String> alternatives() {
        return alternatives;
    }

    /** The text as typed. */
    public String text() {
        return text;
    }

    /** True when row {@code row} of {@code column} passes. */
    public boolean test(Column column, int row) {
        if (isEmpty()) {
            return true;
        }
        if (mode.numeric()) {
            return testNumber(column.getDouble(row));
        }
        return testText(column.getText(row));
    }

    /** True when a text value passes (numeric modes parse it). */
    public boolean test(String value) {
        if (isEmpty()) {
            return true;
        }
        if (mode.numeric()) {
            double v;
            try {
                v = value == null ? Double.NaN : Double.parseDouble(value.trim());
            } catch (NumberFormatException e) {
                v = Double.NaN;
            }
            return testNumber(v);
        }
        return testText(value);
    }

    private boolean testText(String value) {
        String v = value == null ? "" : value;
        boolean any = false;
        for (String a : alternatives) {
            boolean hit = mode == Mode.CONTAINS || mode == Mode.NOT_CONTAINS ? v.contains(a) : v.equals(a);
            if (hit) {
                any = true;
                break;
            }
        }
        return mode == Mode.CONTAINS || mode == Mode.EQUALS ? any : !any;
    }

    private boolean testNumber(double v) {
        boolean any = false;
        for (int i = 0; i < numbers.length && !any; i++) {
            double n = numbers[i];
            any = switch (mode) {
                case GREATER -> v > n;
                case GREATER_OR_EQUAL -> v >= n;
                case LESS -> v < n;
                case LESS_OR_EQUAL -> v <= n;
                case NUMBER_EQUALS, NUMBER_NOT_EQUALS -> v == n;
                case RANGE -> v >= n && v <= upper[i];
                default -> throw new IllegalStateException(mode.name());
            };
        }
        return mode == Mode.NUMBER_NOT_EQUALS ? !any : any;
    }

    /**
     * How the filter reads, for a tab's filter history, e.g.
     * {@code promoter contains 'pc2' or 'cng_ch4'}.
     */
    public String describe(String column) {
        if (isEmpty()) {
            return column + ": any";
        }
        String verb = switch (mode) {
            case CONTAINS -> "contains";
            case NOT_CONTAINS -> "contains none of";
            case EQUALS -> "is";
            case NOT_EQUALS -> "is none of";
            case GREATER -> ">";
            case GREATER_OR_EQUAL -> ">=";
            case LESS -> "<";
            case LESS_OR_EQUAL -> "<=";
            case NUMBER_EQUALS -> "=";
            case NUMBER_NOT_EQUALS -> "is no number of";
            case RANGE -> "in";
        };
        List<String> quoted = alternatives.stream().map(a -> mode.numeric() ? a.trim() : "'" + a + "'").toList();
        String joiner = mode == Mode.NOT_CONTAINS || mode == Mode.NOT_EQUALS || mode == Mode.NUMBER_NOT_EQUALS ? ", " : " or ";
        return column + " " + verb + " " + String.join(joiner, quoted);
    }

    @Override
    public String toString() {
        return text.isEmpty() ? "(any)" : text;
    }
}
