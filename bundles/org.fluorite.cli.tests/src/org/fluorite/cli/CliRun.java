package org.fluorite.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.fluorite.core.json.Json;

/** The outcome of one command line run in a test: exit status and both streams as text. */
record CliRun(int exit, String out, String err) {

    static CliRun of(CommandLine commandLine, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int exit = commandLine.execute(args, o, e);
            return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /** Lines of stderr, without a trailing empty one. */
    List<String> errLines() {
        return err.lines().toList();
    }

    /** stdout parsed as a JSON object. */
    @SuppressWarnings("unchecked")
    Map<String, Object> json() {
        return (Map<String, Object>) Json.parse(out);
    }
}
