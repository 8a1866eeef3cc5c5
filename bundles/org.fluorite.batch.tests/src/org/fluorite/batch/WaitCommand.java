package org.fluorite.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.fluorite.cli.Arguments;
import org.fluorite.cli.CliCommand;
import org.fluorite.cli.CliContext;

/** Test command "test-wait --seconds S [--out FILE] [--fail]": prints, sleeps, writes FILE or fails. */
public class WaitCommand implements CliCommand {

    @Override
    public String name() {
        return "test-wait";
    }

    @Override
    public String summary() {
        return "waits (tests only)";
    }

    @Override
    public String usage() {
        return "test-wait --seconds S [--out FILE] [--fail]";
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("--fail"), Set.of("--seconds", "--out"));
        double seconds = Double.parseDouble(a.option("--seconds").orElse("30"));
        context.out().println("test-wait: waiting " + seconds + " s");
        context.out().flush();
        Thread.sleep((long) (seconds * 1000));
        if (a.flag("--fail")) {
            throw new IllegalStateException("test-wait was told to fail");
        }
        Path out = Path.of(a.option("--out").orElseThrow());
        Files.writeString(out, "waited " + seconds + "\n");
        context.out().println("test-wait: wrote " + out);
        return 0;
    }
}
