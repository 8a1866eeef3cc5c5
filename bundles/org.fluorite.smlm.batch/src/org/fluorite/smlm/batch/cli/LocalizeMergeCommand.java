package org.fluorite.smlm.batch.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fluorite.batch.Batch;
import org.fluorite.cli.Arguments;
import org.fluorite.cli.CliCommand;
import org.fluorite.cli.CliContext;
import org.fluorite.cli.CommandLine;
import org.fluorite.cli.UsageException;
import org.fluorite.core.json.Json;
import org.fluorite.smlm.batch.LocalizationPlan;
import org.fluorite.smlm.batch.LocalizeBatch;
import org.osgi.service.component.annotations.Component;

/**
 * {@code ./fluorite localize-merge BATCHDIR --out LOCS.csv [--json]}: merges the tables of a
 * localization batch made by {@code localize-batch --no-run} once it has run.
 */
@Component(service = CliCommand.class)
public class LocalizeMergeCommand implements CliCommand {

    @Override
    public String name() {
        return "localize-merge";
    }

    @Override
    public String summary() {
        return "Merges the frame-range tables of a localization batch into one ThunderSTORM CSV";
    }

    @Override
    public String usage() {
        return """
                Usage: ./fluorite localize-merge BATCHDIR --out LOCS.csv [--json]

                Joins the tables of the items of a batch made by 'localize-batch --no-run' (and run
                with './fluorite batch run BATCHDIR'): frames in order, ids renumbered from 1. Every
                item must be done and the ranges must cover the planned frames without gap or
                overlap; otherwise the error names the item and nothing is written.
                """;
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("--json"), Set.of("--out"));
        Path dir = context.workingDirectory().resolve(a.positional(0, "BATCHDIR")).toAbsolutePath().normalize();
        a.expectAtMostPositionals(1);
        Path out = context.workingDirectory().resolve(a.option("--out").orElseThrow(
                () -> new UsageException("localize-merge needs --out LOCS.csv"))).toAbsolutePath().normalize();
        long start = System.nanoTime();
        Batch batch = Batch.open(dir);
        LocalizationPlan plan = LocalizationPlan.read(batch.directory());
        long rows = LocalizeBatch.merge(batch, plan, out);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (a.flag("--json")) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", out.toString());
            m.put("batch", batch.directory().toString());
            m.put("stack", plan.stack());
            m.put("frames", plan.frames().option());
            m.put("items", plan.items().size());
            m.put("localizations", rows);
            m.put("seconds", Math.round(seconds * 1000) / 1000.0);
            context.out().println(Json.writePretty(m));
        } else {
            context.out().println("Wrote " + out + ": " + rows + " localizations from " + plan.items().size() + " items");
        }
        return CommandLine.EXIT_OK;
    }
}
