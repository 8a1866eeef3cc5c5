package org.fluorite.io.picasso.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of YAML that Picasso's sidecar files use: documents separated by {@code ---}, block
 * mappings ({@code key: value}, nested by indentation), block sequences ({@code - item}, also at
 * the indentation of their key), plain and quoted scalars, {@code null}/{@code ~}, booleans,
 * numbers, and simple flow collections ({@code [1, 2]}, {@code {}}). Values come back as
 * JSON-compatible objects (Map, List, String, Long, Double, Boolean, null).
 */
public final class SimpleYaml {

    /** Deepest nesting accepted, so a hostile file cannot exhaust the stack. */
    private static final int MAX_DEPTH = 64;

    private final List<String> lines;
    private int pos;

    private SimpleYaml(List<String> lines) {
        this.lines = lines;
    }

    /** Every document of {@code text}, in order (an empty document gives an empty map). */
    public static List<Object> parseAll(String text) {
        List<Object> docs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String raw : text.split("\r?\n", -1)) {
            if (raw.equals("---") || raw.startsWith("--- ")) {
                if (!current.isEmpty() || !docs.isEmpty()) {
                    docs.add(parseDocument(current));
                }
                current = new ArrayList<>();
            } else if (!raw.equals("...")) {
                current.add(raw);
            }
        }
        if (!current.stream().allMatch(String::isBlank) || docs.isEmpty()) {
            docs.add(parseDocument(current));
        }
        return docs;
    }

    private static Object parseDocument(List<String> raw) {
        List<String> kept = new ArrayList<>();
        for (String l : raw) {
            String t = l.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                kept.add(l.replace("\t", "    "));
            }
        }
        if (kept.isEmpty()) {
            return new LinkedHashMap<String, Object>();
        }
        SimpleYaml p = new SimpleYaml(kept);
        Object v = p.block(indent(kept.get(0)), 0);
        if (p.pos < kept.size()) {
            throw new IllegalArgumentException("YAML line '" + kept.get(p.pos).strip() + "' does not fit the indentation");
        }
        return v;
    }

    private Object block(int indent, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("YAML nested deeper than " + MAX_DEPTH + " levels");
        }
        String first = lines.get(pos).strip();
        return isItem(first) ? sequence(indent, depth) : mapping(indent, depth);
    }

    private List<Object> sequence(int indent, int depth) {
        List<Object> out = new ArrayList<>();
        while (pos < lines.size() && indent(lines.get(pos)) == indent && isItem(lines.get(pos).strip())) {
            String rest = lines.get(pos).strip().substring(1).strip();
            pos++;
            if (rest.isEmpty()) {
                out.add(nested(indent, depth, false));
            } else if (keyEnd(rest) > 0) {
                // "- key: value" starts a mapping whose keys are indented like "key"
                int inner = indent + lines.get(pos - 1).strip().indexOf(rest);
                lines.set(pos - 1, " ".repeat(inner) + rest);
                pos--;
                out.add(mapping(inner, depth + 1));
            } else {
                out.add(scalar(rest));
            }
        }
        return out;
    }

    private Map<String, Object> mapping(int indent, int depth) {
        Map<String, Object> out = new LinkedHashMap<>();
        while (pos < lines.size() && indent(lines.get(pos)) == indent && !isItem(lines.get(pos).strip())) {
            String line = lines.get(pos).strip();
            int end = keyEnd(line);
            if (end < 0) {
                throw new IllegalArgumentException("YAML line '" + line + "' is neither 'key: value' nor '- item'");
            }
            String key = unquote(line.substring(0, end).strip());
            String rest = line.substring(end + 1).strip();
            pos++;
            if (rest.isEmpty()) {
                out.put(key, nested(indent, depth, true));
            } else {
                StringBuilder value = new StringBuilder(rest);
                while (pos < lines.size() && indent(lines.get(pos)) > indent && !rest.startsWith("'") && !rest.startsWith("\"")) {
                    value.append(' ').append(lines.get(pos++).strip());
                }
                out.put(key, scalar(value.toString()));
            }
        }
        return out;
    }

    /** The value of a key or item with nothing after it: a deeper block, a same-level list, or null. */
    private Object nested(int indent, int depth, boolean sameLevelListAllowed) {
        if (pos >= lines.size()) {
            return null;
        }
        int next = indent(lines.get(pos));
        if (next > indent) {
            return block(next, depth + 1);
        }
        if (sameLevelListAllowed && next == indent && isItem(lines.get(pos).strip())) {
            return sequence(indent, depth + 1);
        }
        return null;
    }

    private static boolean isItem(String stripped) {
        return stripped.equals("-") || stripped.startsWith("- ");
    }

    /** Index of the ':' ending a key (followed by a space or the end), outside quotes; -1 if none. */
    private static int keyEnd(String line) {
        if (line.startsWith("'") || line.startsWith("\"")) {
            char q = line.charAt(0);
            int close = line.indexOf(q, 1);
            return close > 0 && close + 1 < line.length() && line.charAt(close + 1) == ':'
                    && (close + 2 == line.length() || line.charAt(close + 2) == ' ') ? close + 1 : -1;
        }
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ':' && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        return -1;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** A scalar or a simple flow collection. */
    static Object scalar(String s) {
        String t = s.strip();
        if (t.startsWith("'") || t.startsWith("\"")) {
            return unquote(t);
        }
        if (t.startsWith("[") && t.endsWith("]")) {
            List<Object> list = new ArrayList<>();
            String inner = t.substring(1, t.length() - 1).strip();
            if (!inner.isEmpty()) {
                for (String part : inner.split(",")) {
                    list.add(scalar(part));
                }
            }
            return list;
        }
        if (t.equals("{}")) {
            return new LinkedHashMap<String, Object>();
        }
        int comment = t.indexOf(" #");
        if (comment >= 0) {
            t = t.substring(0, comment).strip();
        }
        switch (t) {
            case "", "~", "null", "Null", "NULL":
                return null;
            case "true", "True", "TRUE":
                return Boolean.TRUE;
            case "false", "False", "FALSE":
                return Boolean.FALSE;
            case ".nan", ".NaN", ".NAN":
                return "NaN";
            default:
                break;
        }
        if (t.matches("[-+]?[0-9]+")) {
            try {
                return Long.parseLong(t);
            } catch (NumberFormatException e) {
                return t;
            }
        }
        if (t.matches("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?")) {
            return Double.parseDouble(t);
        }
        return t;
    }

    private static String unquote(String t) {
        if (t.length() >= 2 && t.startsWith("'") && t.endsWith("'")) {
            return t.substring(1, t.length() - 1).replace("''", "'");
        }
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            return t.substring(1, t.length() - 1).replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\");
        }
        return t;
    }
}
