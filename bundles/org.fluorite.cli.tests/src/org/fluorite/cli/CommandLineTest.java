package org.fluorite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.FormatRegistry;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    private static CommandLine commandLine(CliCommand... commands) {
        CommandLine cl = new CommandLine();
        cl.setFormatRegistry(new FormatRegistry());
        cl.setVersion("9.8.7-test");
        for (CliCommand c : commands) {
            cl.addCommand(c);
        }
        return cl;
    }

    @Test
    void helpListsEveryCommandWithItsSummary() {
        CommandLine cl = commandLine(TestCommand.ok("zeta"), TestCommand.ok("alpha"));
        CliRun r = CliRun.of(cl, "help");
        assertEquals(0, r.exit());
        assertEquals("", r.err());
        List<String> lines = r.out().lines().toList();
        int alpha = lines.indexOf("  alpha  Summary of alpha");
        int help = lines.indexOf("  help   Show the commands, or the help of one command");
        int zeta = lines.indexOf("  zeta   Summary of zeta");
        assertTrue(alpha > 0 && help > alpha && zeta > help, "sorted command list in:\n" + r.out());
        assertTrue(r.out().contains("Usage: ./fluorite [--debug] [--progress] COMMAND [ARGUMENTS]"));
        assertFalse(r.out().contains("Rejected commands"));
    }

    @Test
    void helpOfOneCommandPrintsItsUsage() {
        CliRun r = CliRun.of(commandLine(TestCommand.ok("alpha")), "help", "alpha");
        assertEquals(0, r.exit());
        assertEquals("Usage: ./fluorite alpha [ARGS]\n\nHelp text of alpha.\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void dashDashHelpIsTheCommandList() {
        CliRun r = CliRun.of(commandLine(TestCommand.ok("alpha")), "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("  alpha  Summary of alpha"));
    }

    @Test
    void unknownCommandExitsTwoWithOneLine() {
        TestCommand alpha = TestCommand.ok("alpha");
        CliRun r = CliRun.of(commandLine(alpha), "frobnicate", "x.tif");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertEquals(List.of("fluorite: unknown command 'frobnicate'; run './fluorite help'"), r.errLines());
        assertEquals(0, alpha.calls.size());
    }

    @Test
    void helpOfUnknownCommandExitsTwo() {
        CliRun r = CliRun.of(commandLine(), "help", "nope");
        assertEquals(2, r.exit());
        assertEquals(List.of("fluorite: unknown command 'nope'; run './fluorite help'"), r.errLines());
    }

    @Test
    void noArgumentsPrintsHelpOnStderrAndExitsTwo() {
        CliRun r = CliRun.of(commandLine(TestCommand.ok("alpha")));
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("  alpha  Summary of alpha"));
    }

    @Test
    void unknownGlobalOptionExitsTwo() {
        CliRun r = CliRun.of(commandLine(), "--frob");
        assertEquals(2, r.exit());
        assertEquals(List.of("fluorite: unknown option '--frob'; run './fluorite help'"), r.errLines());
    }

    @Test
    void versionPrintsTheVersion() {
        CliRun r = CliRun.of(commandLine(), "--version");
        assertEquals(0, r.exit());
        assertEquals("Fluorite 9.8.7-test (Java " + Runtime.version().feature() + ")\n", r.out());
    }

    @Test
    void successRunsTheCommandWithItsArgumentsAndExitsZero() {
        TestCommand alpha = TestCommand.ok("alpha");
        CliRun r = CliRun.of(commandLine(alpha), "alpha", "a", "--x", "b");
        assertEquals(0, r.exit());
        assertEquals("alpha ran with [a, --x, b]\n", r.out());
        assertEquals("", r.err());
        assertEquals(List.of(List.of("a", "--x", "b")), alpha.calls);
    }

    @Test
    void globalOptionsAreRemovedAnywhereBeforeDoubleDash() {
        TestCommand alpha = TestCommand.ok("alpha");
        CommandLine cl = commandLine(alpha);
        CliRun r = CliRun.of(cl, "--debug", "alpha", "a", "--progress", "--", "--debug");
        assertEquals(0, r.exit());
        assertEquals(List.of("a", "--", "--debug"), alpha.calls.get(0));
        assertTrue(alpha.lastContext.debug());
        assertTrue(alpha.lastContext.progress() instanceof TerminalProgress);
    }

    @Test
    void exitStatusOfTheCommandIsPassedOn() {
        CliRun r = CliRun.of(commandLine(new TestCommand("three", "s", (a, c) -> 3)), "three");
        assertEquals(3, r.exit());
    }

    @Test
    void failureIsOneLineWithoutStackTrace() {
        TestCommand bad = new TestCommand("bad", "s", (a, c) -> {
            c.out().println("partial");
            throw new IOException("disk on fire");
        });
        CliRun r = CliRun.of(commandLine(bad), "bad");
        assertEquals(1, r.exit());
        assertEquals(List.of("fluorite: disk on fire"), r.errLines());
        assertEquals("partial\n", r.out());
    }

    @Test
    void failureNamesTheFileTheCommandWorkedOn() {
        TestCommand bad = new TestCommand("bad", "s", (a, c) -> {
            c.file("movie.tif");
            throw new IllegalStateException("no frames\n  at all");
        });
        CommandLine cl = commandLine(bad);
        cl.setWorkingDirectory(Path.of("/data/exp1"));
        CliRun r = CliRun.of(cl, "bad");
        assertEquals(1, r.exit());
        assertEquals(List.of("fluorite: /data/exp1/movie.tif: no frames; at all"), r.errLines());
    }

    @Test
    void missingFileExceptionIsReportedAsFileNotFound() {
        TestCommand bad = new TestCommand("bad", "s", (a, c) -> {
            throw new NoSuchFileException("/data/x.tif");
        });
        CliRun r = CliRun.of(commandLine(bad), "bad");
        assertEquals(1, r.exit());
        assertEquals(List.of("fluorite: /data/x.tif: file not found"), r.errLines());
    }

    @Test
    void unexpectedExceptionNamesItsType() {
        TestCommand bad = new TestCommand("bad", "s", (a, c) -> {
            Object o = null;
            return o.hashCode();
        });
        CliRun r = CliRun.of(commandLine(bad), "bad");
        assertEquals(1, r.exit());
        assertEquals(1, r.errLines().size());
        assertTrue(r.err().startsWith("fluorite: NullPointerException"), r.err());
        assertFalse(r.err().contains("\tat "));
    }

    @Test
    void debugAddsTheStackTrace() {
        TestCommand bad = new TestCommand("bad", "s", (a, c) -> {
            throw new IOException("disk on fire");
        });
        CliRun r = CliRun.of(commandLine(bad), "--debug", "bad");
        assertEquals(1, r.exit());
        assertEquals("fluorite: disk on fire", r.errLines().get(0));
        assertEquals("java.io.IOException: disk on fire", r.errLines().get(1));
        assertTrue(r.errLines().get(2).startsWith("\tat "), r.err());
    }

    @Test
    void usageExceptionExitsTwoAndPointsToTheCommandHelp() {
        TestCommand bad = new TestCommand("alpha", "s", (a, c) -> {
            throw new UsageException("missing FILE");
        });
        CliRun r = CliRun.of(commandLine(bad), "alpha");
        assertEquals(2, r.exit());
        assertEquals(List.of("fluorite alpha: missing FILE; run './fluorite help alpha'"), r.errLines());
    }

    @Test
    void duplicateNameIsRejectedAndReportedOnHelp() {
        TestCommand first = TestCommand.ok("alpha");
        TestCommand second = new TestCommand("alpha", "Another alpha", (a, c) -> 5);
        CommandLine cl = commandLine(first, second);
        assertSame(first, cl.command("alpha").orElseThrow());
        assertEquals(1, cl.problems().size());
        assertTrue(cl.problems().get(0).startsWith("Command 'alpha' (org.fluorite.cli.TestCommand) was rejected"),
                cl.problems().get(0));
        CliRun help = CliRun.of(cl, "help");
        assertTrue(help.out().contains("Rejected commands:\n  Command 'alpha'"), help.out());
        CliRun run = CliRun.of(cl, "alpha");
        assertEquals(0, run.exit());
        assertEquals(1, first.calls.size());
        assertEquals(0, second.calls.size());
    }

    @Test
    void removingTheHolderPromotesTheRejectedCommand() {
        TestCommand first = TestCommand.ok("alpha");
        TestCommand second = new TestCommand("alpha", "Another alpha", (a, c) -> 5);
        CommandLine cl = commandLine(first, second);
        cl.removeCommand(first);
        assertSame(second, cl.command("alpha").orElseThrow());
        assertEquals(List.of(), cl.problems());
        assertEquals(5, CliRun.of(cl, "alpha").exit());
        cl.removeCommand(second);
        assertEquals(2, CliRun.of(cl, "alpha").exit());
    }

    @Test
    void invalidAndReservedNamesAreRejected() {
        CommandLine cl = commandLine(TestCommand.ok("Bad Name"), TestCommand.ok("help"), TestCommand.ok("ok-1"));
        assertEquals(List.of("ok-1"), cl.commands().stream().map(CliCommand::name).toList());
        assertEquals(2, cl.problems().size());
        assertTrue(cl.problems().get(0).contains("'Bad Name' is not a valid command name"), cl.problems().get(0));
        assertTrue(cl.problems().get(1).contains("the name is reserved"), cl.problems().get(1));
    }

    @Test
    void staticRunUsesTheActiveCommandLine() {
        TestCommand alpha = TestCommand.ok("alpha");
        CommandLine cl = commandLine(alpha);
        cl.activate();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = CommandLine.run(new String[] {"alpha", "x"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(0, exit);
            assertEquals("alpha ran with [x]\n", out.toString(StandardCharsets.UTF_8));
            assertSame(cl, CommandLine.active().orElseThrow());
        } finally {
            cl.deactivate();
        }
        assertTrue(CommandLine.active().isEmpty());
    }

    @Test
    void contextResolvesFilesAgainstTheWorkingDirectory() {
        TestCommand alpha = TestCommand.ok("alpha");
        CommandLine cl = commandLine(alpha);
        cl.setWorkingDirectory(Path.of("/data/exp1"));
        CliRun.of(cl, "alpha");
        CliContext c = alpha.lastContext;
        assertEquals(Path.of("/data/exp1"), c.workingDirectory());
        assertEquals(Path.of("/data/exp1/sub/a.tif"), c.file("sub/./a.tif"));
        assertEquals(Path.of("/abs/b.tif"), c.file("/abs/b.tif"));
        assertEquals(Path.of("/abs/b.tif"), c.currentFile().orElseThrow());
        assertSame(cl.formatRegistry(), c.registry());
    }

    @Test
    void progressIsSilentForCapturedStreamsUnlessAskedFor() {
        TestCommand alpha = new TestCommand("alpha", "s", (a, c) -> {
            c.progress().begin("Crunching", 4);
            c.progress().worked(4);
            c.progress().done();
            c.out().println("result");
            return 0;
        });
        CommandLine cl = commandLine(alpha);
        CliRun quiet = CliRun.of(cl, "alpha");
        assertSame(ProgressMonitor.NONE, alpha.lastContext.progress());
        assertEquals("result\n", quiet.out());
        assertEquals("", quiet.err());
        CliRun loud = CliRun.of(cl, "--progress", "alpha");
        assertEquals("result\n", loud.out());
        assertTrue(loud.err().contains("Crunching"), loud.err());
    }
}
