package org.fluorite.project.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fluorite.cli.UsageException;

/**
 * Takes the options that may be given several times ({@code --set a=1 --set b=2}) out of an argument
 * list before the rest goes to {@link org.fluorite.cli.Arguments}, which allows each option once.
 */
final class RepeatedOptions {

    final Map<String, List<String>> values = new LinkedHashMap<>();
    final List<String> rest = new ArrayList<>();

    private RepeatedOptions() {
    }

    static RepeatedOptions split(List<String> args, Set<String> repeated) throws UsageException {
        RepeatedOptions r = new RepeatedOptions();
        repeated.forEach(o -> r.values.put(o, new ArrayList<>()));
        boolean onlyPositionals = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                onlyPositionals = true;
            }
            int eq = a.indexOf('=');
            String name = a.startsWith("--") && eq > 0 ? a.substring(0, eq) : a;
            if (onlyPositionals || !repeated.contains(name)) {
                r.rest.add(a);
            } else if (eq > 0 && a.startsWith("--")) {
                r.values.get(name).add(a.substring(eq + 1));
            } else if (i + 1 < args.size()) {
                r.values.get(name).add(args.get(++i));
            } else {
                throw new UsageException("option " + name + " needs a value");
            }
        }
        return r;
    }

    List<String> get(String option) {
        return values.getOrDefault(option, List.of());
    }

    /** Values given as comma-separated lists, split and trimmed. */
    List<String> commaSeparated(String option) {
        List<String> out = new ArrayList<>();
        for (String v : get(option)) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }
}
