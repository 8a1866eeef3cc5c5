package org.fluorite.batch.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.fluorite.batch.BatchItemKinds;
import org.fluorite.batch.worker.CommandRunner;
import org.fluorite.batch.worker.ItemWorker;
import org.fluorite.cli.Arguments;
import org.fluorite.cli.CliCommand;
import org.fluorite.cli.CliContext;
import org.fluorite.cli.CommandLine;
import org.fluorite.cli.UsageException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code ./fluorite worker run BATCHDIR ITEM}: runs one batch item in this process. This is what
 * the executors start (a local worker process, a SLURM job); users run {@code batch run}.
 */
@Component(service = CliCommand.class)
public class WorkerCommand implements CliCommand {

    private volatile BatchItemKinds kinds;
    private final CommandRunner runner;

    /** For Declarative Services: commands run on the started command line. */
    public WorkerCommand() {
        this.runner = (args, out, err) -> CommandLine.active()
                .orElseThrow(() -> new IllegalStateException("the command line is not running")).execute(args, out, err);
    }

    /** Outside OSGi: these kinds, commands run by {@code runner}. */
    public WorkerCommand(BatchItemKinds kinds, CommandRunner runner) {
        this.kinds = kinds;
        this.runner = runner;
    }

    @Reference
    public void setKinds(BatchItemKinds kinds) {
        this.kinds = kinds;
    }

    public void unsetKinds(BatchItemKinds k) {
        if (kinds == k) {
            kinds = null;
        }
    }

    @Override
    public String name() {
        return "worker";
    }

    @Override
    public String summary() {
        return "Run one batch item in this process (started by the batch executors)";
    }

    @Override
    public String usage() {
        return """
                Usage: ./fluorite worker run BATCHDIR ITEM

                Runs item ITEM (its uuid) of the batch in BATCHDIR: marks it running, runs its
                command with the outputs going to ITEM/.outputs.partial, moves them into
                ITEM/outputs and marks it done, or marks it failed with the reason. The executors
                of 'batch run' start this; its stdout and stderr are the item's log.txt.

                Exit status: 0 done, 1 failed, 3 not run (the item was aborted).
                """;
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Arguments a = Arguments.parse(args, Set.of(), Set.of());
        String verb = a.positional(0, "'run'");
        if (!verb.equals("run")) {
            throw new UsageException("unknown worker action '" + verb + "' (only 'run')");
        }
        Path dir = context.file(a.positional(1, "BATCHDIR"));
        String item = a.positional(2, "ITEM");
        a.expectAtMostPositionals(3);
        BatchItemKinds k = kinds;
        if (k == null) {
            throw new IllegalStateException("no batch item kinds are installed");
        }
        return new ItemWorker(k, runner).run(dir, item, context.out(), context.err());
    }
}
