package org.fluorite.cli;

import java.util.ArrayList;
import java.util.List;

/** The text of {@code ./fluorite help} and {@code ./fluorite help COMMAND}. */
final class HelpText {

    private final CommandLine commandLine;

    HelpText(CommandLine commandLine) {
        this.commandLine = commandLine;
    }

    String overview() {
        StringBuilder b = new StringBuilder();
        b.append("Fluorite ").append(commandLine.version()).append(" - fluorescence microscopy on the command line\n\n");
        b.append("Usage: ").append(CommandLine.PROGRAM).append(" [--debug] [--progress] COMMAND [ARGUMENTS]\n");
        b.append("       ").append(CommandLine.PROGRAM).append(" help COMMAND\n");
        b.append("       ").append(CommandLine.PROGRAM).append(" --version\n\n");
        b.append("Commands:\n");
        List<String[]> rows = new ArrayList<>();
        for (CliCommand c : commandLine.commands()) {
            rows.add(new String[] {c.name(), summaryOf(c)});
        }
        rows.add(new String[] {CommandLine.HELP, "Show the commands, or the help of one command"});
        rows.sort((a, c) -> a[0].compareTo(c[0]));
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(4);
        for (String[] r : rows) {
            b.append("  ").append(pad(r[0], width)).append("  ").append(r[1]).append('\n');
        }
        b.append("\nGlobal options:\n");
        b.append("  --debug     on failure, also print the stack trace\n");
        b.append("  --progress  show progress on stderr even when it is not a terminal\n");
        b.append("  --version   print the version\n");
        b.append("\nExit status: 0 success, 1 failure (one line on stderr), 2 wrong command or arguments.\n");
        List<String> problems = commandLine.problems();
        if (!problems.isEmpty()) {
            b.append("\nRejected commands:\n");
            for (String p : problems) {
                b.append("  ").append(p).append('\n');
            }
        }
        return b.toString();
    }

    String helpOfHelp() {
        return "Usage: " + CommandLine.PROGRAM + " help [COMMAND]\n\n"
                + "Without COMMAND, lists the installed commands; with it, shows that command's help.\n";
    }

    String of(CliCommand command) {
        String usage;
        try {
            usage = command.usage();
        } catch (RuntimeException e) {
            usage = "(no help: " + e + ")";
        }
        if (usage == null || usage.isBlank()) {
            usage = summaryOf(command);
        }
        return usage.endsWith("\n") ? usage : usage + "\n";
    }

    private static String summaryOf(CliCommand c) {
        try {
            String s = c.summary();
            return s == null ? "" : CommandLine.oneLine(s);
        } catch (RuntimeException e) {
            return "(no summary: " + e + ")";
        }
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
