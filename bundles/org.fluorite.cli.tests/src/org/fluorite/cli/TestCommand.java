package org.fluorite.cli;

import java.util.ArrayList;
import java.util.List;

/** A command for dispatcher tests: records its arguments and does what it is told. */
final class TestCommand implements CliCommand {

    interface Action {
        int run(List<String> args, CliContext context) throws Exception;
    }

    private final String name;
    private final String summary;
    private final Action action;
    final List<List<String>> calls = new ArrayList<>();
    CliContext lastContext;

    TestCommand(String name, String summary, Action action) {
        this.name = name;
        this.summary = summary;
        this.action = action;
    }

    static TestCommand ok(String name) {
        return new TestCommand(name, "Summary of " + name, (a, c) -> {
            c.out().println(name + " ran with " + a);
            return 0;
        });
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String summary() {
        return summary;
    }

    @Override
    public String usage() {
        return "Usage: ./fluorite " + name + " [ARGS]\n\nHelp text of " + name + ".\n";
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        calls.add(args);
        lastContext = context;
        return action.run(args, context);
    }
}
