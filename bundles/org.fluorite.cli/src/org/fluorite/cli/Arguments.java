package org.fluorite.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of one command, split into flags ({@code --json}), options with a value
 * ({@code --axis-order txy} or {@code --axis-order=txy}) and positional arguments. Everything after
 * a lone {@code --} is positional. Unknown options, a missing value and a repeated option are
 * {@link UsageException}s.
 *
 * <pre>{@code
 * Arguments a = Arguments.parse(args, Set.of("--json"), Set.of("--axis-order"));
 * String file = a.positional(0, "FILE");
 * a.expectAtMostPositionals(1);
 * }</pre>
 */
public final class Arguments {

    private final Set<String> flags;
    private final Map<String, String> options;
    private final List<String> positionals;

    private Arguments(Set<String> flags, Map<String, String> options, List<String> positionals) {
        this.flags = flags;
        this.options = options;
        this.positionals = positionals;
    }

    /**
     * Parses {@code args}.
     *
     * @param knownFlags   options without a value, spelled with their dashes ("--json")
     * @param knownOptions options that take one value ("--axis-order")
     */
    public static Arguments parse(List<String> args, Collection<String> knownFlags, Collection<String> knownOptions)
            throws UsageException {
        Set<String> flags = new LinkedHashSet<>();
        Map<String, String> options = new LinkedHashMap<>();
        List<String> positionals = new ArrayList<>();
        boolean onlyPositionals = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (onlyPositionals || !arg.startsWith("-") || arg.equals("-")) {
                positionals.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                onlyPositionals = true;
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq > 0 ? arg.substring(0, eq) : arg;
            if (knownFlags.contains(name)) {
                if (eq > 0) {
                    throw new UsageException("option " + name + " takes no value");
                }
                flags.add(name);
            } else if (knownOptions.contains(name)) {
                String value;
                if (eq > 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw new UsageException("option " + name + " needs a value");
                }
                if (options.containsKey(name)) {
                    throw new UsageException("option " + name + " given twice");
                }
                options.put(name, value);
            } else {
                throw new UsageException("unknown option '" + name + "'");
            }
        }
        return new Arguments(Set.copyOf(flags), Map.copyOf(options), List.copyOf(positionals));
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public List<String> positionals() {
        return positionals;
    }

    /** Positional argument {@code index}; a usage error naming {@code what} when missing. */
    public String positional(int index, String what) throws UsageException {
        if (index >= positionals.size()) {
            throw new UsageException("missing " + what);
        }
        return positionals.get(index);
    }

    /** A usage error when more than {@code max} positional arguments were given. */
    public void expectAtMostPositionals(int max) throws UsageException {
        if (positionals.size() > max) {
            throw new UsageException("unexpected argument '" + positionals.get(max) + "'");
        }
    }
}
