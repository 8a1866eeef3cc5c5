package org.fluorite.smlm.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.fluorite.smlm.detect.BackgroundRange;

/**
 * The options of {@code ./fluorite localize} as batch parameters: names without the dashes
 * ({@code threshold=1.5}, {@code method=wlsq}, {@code frames=1:250}), checked here so that a typo
 * fails when the item is added, and turned back into the command's options for the worker.
 */
public final class LocalizeOptions {

    /** Options that are flags (true or false as parameters). */
    public static final Set<String> FLAGS = Set.of("subtract-background", "single-emitter");
    /** Options that take a number. */
    public static final Set<String> NUMBERS = Set.of("adoffset", "e-per-count", "em-gain", "read-noise", "pixel-nm",
            "threshold", "start-frame", "debounce", "roi-size", "psf-sigma", "threads", "channel", "z");
    /** Number options that take whole numbers only. */
    public static final Set<String> WHOLE = Set.of("start-frame", "roi-size", "threads", "channel", "z");
    /** Options that take text: the fit method, the background window and the frame range. */
    public static final Set<String> TEXTS = Set.of("method", "background", "frames");

    private LocalizeOptions() {
    }

    /** Every known parameter name, sorted. */
    public static List<String> names() {
        TreeSet<String> all = new TreeSet<>(FLAGS);
        all.addAll(NUMBERS);
        all.addAll(TEXTS);
        return List.copyOf(all);
    }

    /** What is wrong with these parameters, in words for the user; empty when they are fine. */
    public static List<String> problems(Map<String, Object> parameters) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Object> e : parameters.entrySet()) {
            String k = e.getKey();
            Object v = e.getValue();
            String text = v == null ? "" : String.valueOf(v).trim();
            if (FLAGS.contains(k)) {
                if (!(v instanceof Boolean) && !text.equals("true") && !text.equals("false")) {
                    problems.add("parameter " + k + " is true or false, not '" + v + "'");
                }
            } else if (NUMBERS.contains(k)) {
                if (!(v instanceof Number) && !isNumber(text)) {
                    problems.add("parameter " + k + " takes a number, not '" + v + "'");
                } else if (WHOLE.contains(k) && !isWhole(text)) {
                    problems.add("parameter " + k + " takes a whole number, not '" + v + "'");
                }
            } else if (k.equals("method")) {
                if (!text.equals("mle") && !text.equals("wlsq")) {
                    problems.add("parameter method is mle or wlsq, not '" + v + "'");
                }
            } else if (k.equals("background")) {
                try {
                    BackgroundRange.parse(text);
                } catch (IllegalArgumentException x) {
                    problems.add("parameter background: " + x.getMessage());
                }
            } else if (k.equals("frames")) {
                if (FrameRange.parse(text).isEmpty()) {
                    problems.add("parameter frames takes A:B (frames counted from 1, both included), not '" + v + "'");
                }
            } else {
                problems.add("unknown parameter '" + k + "' for localize (known: " + String.join(", ", names()) + ")");
            }
        }
        return problems;
    }

    /** The command-line options ({@code --name value}, flags only when true) in name order. */
    public static List<String> toArguments(Map<String, Object> parameters) {
        List<String> args = new ArrayList<>();
        parameters.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (FLAGS.contains(e.getKey())) {
                if (Boolean.parseBoolean(String.valueOf(e.getValue()))) {
                    args.add("--" + e.getKey());
                }
            } else {
                args.add("--" + e.getKey());
                args.add(value(e.getValue()));
            }
        });
        return args;
    }

    /** A parameter value as typed: whole numbers without ".0" (JSON numbers come back as doubles). */
    static String value(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(v);
    }

    private static boolean isWhole(String text) {
        double d = Double.parseDouble(text);
        return d == Math.rint(d) && Math.abs(d) < 1e15;
    }

    private static boolean isNumber(String text) {
        try {
            return Double.isFinite(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
