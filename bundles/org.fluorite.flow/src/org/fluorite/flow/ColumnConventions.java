package org.fluorite.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Mesmerize's column naming conventions, for node settings and editor menus: numerical data
 * columns start with one underscore ({@code _RAW_CURVE}, {@code _SPLICE_ARRAYS}), categorical
 * columns do not ({@code cell_type}, {@code SampleID}), columns made by nodes are in capitals,
 * UUID columns have "uuid" in their name, and {@value Transmission#BLOCK} holds the data block ids.
 */
public final class ColumnConventions {

    private ColumnConventions() {
    }

    /** True for names of numerical data: a leading underscore, not {@value Transmission#BLOCK}. */
    public static boolean isNumericalName(String name) {
        return name.startsWith("_") && !name.equals(Transmission.BLOCK);
    }

    /** True for names of UUID columns: "uuid" in any case, or {@value Transmission#BLOCK}. */
    public static boolean isUuidName(String name) {
        return name.equals(Transmission.BLOCK) || name.toLowerCase(Locale.ROOT).contains("uuid");
    }

    /** True for names of categorical columns: neither numerical nor UUID names. */
    public static boolean isCategoricalName(String name) {
        return !isNumericalName(name) && !isUuidName(name);
    }

    /**
     * The name a node gives its output: capitals with one leading underscore for numerical data
     * ({@code output("splice arrays", true)} is {@code _SPLICE_ARRAYS}), capitals without for
     * categorical data ({@code FCLUSTER_LABELS}).
     */
    public static String outputName(String words, boolean numerical) {
        String core = words.trim().replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "").toUpperCase(Locale.ROOT);
        return numerical ? "_" + core : core;
    }

    /** Columns of numerical data (by name) that hold arrays: what signal nodes offer as data columns. */
    public static List<String> arrayColumns(Frame f) {
        List<String> out = new ArrayList<>();
        for (FlowColumn c : f.columns()) {
            if (c.type() == ColumnType.ARRAY && isNumericalName(c.name())) {
                out.add(c.name());
            }
        }
        return out;
    }

    /** Categorical columns (by name) holding text: what TextFilter and grouping nodes offer. */
    public static List<String> categoricalColumns(Frame f) {
        List<String> out = new ArrayList<>();
        for (FlowColumn c : f.columns()) {
            if (c.type() == ColumnType.TEXT && isCategoricalName(c.name())) {
                out.add(c.name());
            }
        }
        return out;
    }
}
