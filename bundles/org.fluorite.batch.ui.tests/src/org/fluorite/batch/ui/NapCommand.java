package org.fluorite.batch.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.fluorite.cli.Arguments;
import org.fluorite.cli.CliCommand;
import org.fluorite.cli.CliContext;

/** Test command "test-nap --seconds S --out FILE": prints "nap N" every 0.1 s for S seconds, then writes FILE. */
public class NapCommand implements CliCommand {

    @Override
    public String name() {
        return "test-nap";
    }

    @Override
    public String summary() {
        return "naps (batch manager tests only)";
    }

    @Override
    public String usage() {
        return "test-nap --seconds S --out FILE";
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Arguments a = Arguments.parse(args, Set.of(), Set.of("--seconds", "--out"));
        double seconds = Double.parseDouble(a.option("--seconds").orElse("1"));
        long steps = Math.max(1, Math.round(seconds * 10));
        for (long i = 1; i <= steps; i++) {
            context.out().println("nap " + i + "/" + steps);
            context.out().flush();
            Thread.sleep(100);
        }
        Path out = Path.of(a.option("--out").orElseThrow());
        Files.writeString(out, "napped " + seconds + " s\n");
        context.out().println("test-nap: wrote " + out);
        return 0;
    }
}
