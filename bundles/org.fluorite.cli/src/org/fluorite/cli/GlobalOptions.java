package org.fluorite.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The options of {@code ./fluorite} itself, split from the command and its arguments.
 * {@code --debug} and {@code --progress} are accepted anywhere before a lone {@code --};
 * {@code --version} and {@code --help} only before the command.
 */
record GlobalOptions(boolean debug, boolean progress, boolean version, String command, List<String> arguments) {

    static final String DEBUG = "--debug";
    static final String PROGRESS = "--progress";

    static GlobalOptions parse(List<String> args) throws UsageException {
        boolean debug = false;
        boolean progress = false;
        boolean version = false;
        String command = null;
        List<String> rest = new ArrayList<>();
        boolean literal = false;
        for (String arg : args) {
            if (arg == null) {
                continue;
            }
            if (!literal && arg.equals(DEBUG)) {
                debug = true;
            } else if (!literal && arg.equals(PROGRESS)) {
                progress = true;
            } else if (command != null) {
                if (arg.equals("--")) {
                    literal = true;
                }
                rest.add(arg);
            } else if (arg.equals("--version") || arg.equals("-V")) {
                version = true;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                command = CommandLine.HELP;
            } else if (arg.startsWith("-")) {
                throw new UsageException("unknown option '" + arg + "'");
            } else {
                command = arg;
            }
        }
        return new GlobalOptions(debug, progress, version, command, List.copyOf(rest));
    }
}
