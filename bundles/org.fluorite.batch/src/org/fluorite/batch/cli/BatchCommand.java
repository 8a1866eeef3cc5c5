package org.fluorite.batch.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fluorite.batch.Batch;
import org.fluorite.batch.BatchExecutor;
import org.fluorite.batch.BatchExecutors;
import org.fluorite.batch.BatchItem;
import org.fluorite.batch.BatchItemKind;
import org.fluorite.batch.BatchItemKinds;
import org.fluorite.batch.BatchRunner;
import org.fluorite.batch.ItemAborts;
import org.fluorite.batch.ItemState;
import org.fluorite.batch.slurm.ScriptExport;
import org.fluorite.batch.worker.WorkerLauncher;
import org.fluorite.cli.Arguments;
import org.fluorite.cli.CliCommand;
import org.fluorite.cli.CliContext;
import org.fluorite.cli.CommandLine;
import org.fluorite.cli.UsageException;
import org.fluorite.core.json.Json;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code ./fluorite batch create|add|run|status|abort|delete|export-scripts ...}: the batch manager
 * without the workbench.
 */
@Component(service = CliCommand.class)
public class BatchCommand implements CliCommand {

    private volatile BatchItemKinds kinds;

    /** For Declarative Services. */
    public BatchCommand() {
    }

    public BatchCommand(BatchItemKinds kinds) {
        this.kinds = kinds;
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
        return "batch";
    }

    @Override
    public String summary() {
        return "Batches of heavy work run by local worker processes or SLURM";
    }

    @Override
    public String usage() {
        return """
                Usage: ./fluorite batch create DIR
                       ./fluorite batch add DIR KIND INPUT [--name N] [--param k=v ...] [--json]
                       ./fluorite batch run DIR [--executor local|slurm] [--workers N] [--from ITEM]
                                             [--start-at TIME] [--requeue] [--ssh HOST]
                                             [--sbatch-option OPT]
                       ./fluorite batch status DIR [--json]
                       ./fluorite batch abort DIR [ITEM]
                       ./fluorite batch delete DIR ITEM [--outputs]
                       ./fluorite batch export-scripts DIR OUTDIR

                A batch is a directory of items (see org.fluorite.batch's README.md): each item has a
                kind (e.g. motion-correct), parameters, inputs, a state (queued, running, done,
                failed, aborted; "moving outputs" while its outputs are put in place), a log and
                an outputs folder. ITEM is an item's uuid, a unique start of it, or its name.

                  create           make an empty batch in DIR
                  add              add a queued item; KIND's parameters as --param k=v (e.g.
                                   --param piecewise=true --param max-shifts=4); INPUT '-' for a
                                   kind without input file; prints its uuid
                  run              process the queued items and return when the batch is finished;
                                   exit status 1 when an item failed. --executor local (default:
                                   --workers N processes, default processors - 1) or slurm (sbatch,
                                   job arrays for groups; --ssh HOST submits on a login node,
                                   --sbatch-option adds an #SBATCH option). --from ITEM starts at
                                   that item, --start-at HH:MM or an ISO time waits until then,
                                   --requeue runs again items a killed runner left running.
                  status           every item with its state; --json: items with uuid, name, kind,
                                   state (queued|running|done|failed|aborted), detail, error, ...
                  abort            abort one item, or every unfinished item of the batch
                  delete           remove an item (not while it runs); --outputs deletes its folder
                  export-scripts   one bash/sbatch script per item into OUTDIR
                """;
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        if (args.isEmpty()) {
            throw new UsageException("missing action (create, add, run, status, abort, delete, export-scripts)");
        }
        String action = args.get(0);
        List<String> rest = args.subList(1, args.size());
        return switch (action) {
            case "create" -> create(rest, context);
            case "add" -> add(rest, context);
            case "run" -> runBatch(rest, context);
            case "status" -> status(rest, context);
            case "abort" -> abort(rest, context);
            case "delete" -> delete(rest, context);
            case "export-scripts" -> exportScripts(rest, context);
            default -> throw new UsageException("unknown action '" + action + "'");
        };
    }

    private BatchItemKinds kinds() {
        BatchItemKinds k = kinds;
        if (k == null) {
            throw new IllegalStateException("no batch item kinds are installed");
        }
        return k;
    }

    private static int create(List<String> args, CliContext context) throws Exception {
        Arguments a = Arguments.parse(args, Set.of(), Set.of());
        Path dir = context.file(a.positional(0, "DIR"));
        a.expectAtMostPositionals(1);
        Batch.create(dir);
        context.out().println("Created batch " + dir);
        return CommandLine.EXIT_OK;
    }

    private int add(List<String> args, CliContext context) throws Exception {
        ParamArgs p = ParamArgs.split(args);
        Arguments a = Arguments.parse(p.rest, Set.of("--json"), Set.of("--name"));
        Path dir = context.file(a.positional(0, "DIR"));
        String kindId = a.positional(1, "KIND");
        String input = a.positional(2, "INPUT");
        a.expectAtMostPositionals(3);
        BatchItemKind kind;
        try {
            kind = kinds().require(kindId);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        // "-": a kind that takes no input file
        Path in = input.equals("-") ? null : context.workingDirectory().resolve(input).normalize();
        List<String> inputs = in == null ? List.of() : List.of(in.toString());
        List<String> problems = kind.validate(p.parameters, inputs);
        if (!problems.isEmpty()) {
            throw new UsageException(String.join("; ", problems));
        }
        if (in != null && !java.nio.file.Files.exists(in)) {
            throw new UsageException("input " + in + " does not exist");
        }
        Batch batch = Batch.open(dir);
        String name = a.option("--name").orElse(in == null ? kind.id() : in.getFileName().toString());
        BatchItem item = batch.add(BatchItem.create(kind.id(), name, p.parameters, inputs));
        if (a.flag("--json")) {
            context.out().println(Json.writePretty(statusOf(batch, item)));
        } else {
            context.out().println(item.uuid());
        }
        return CommandLine.EXIT_OK;
    }

    private static int runBatch(List<String> args, CliContext context) throws Exception {
        List<String> sbatchOptions = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--sbatch-option") && i + 1 < args.size()) {
                sbatchOptions.add(args.get(++i));
            } else if (args.get(i).startsWith("--sbatch-option=")) {
                sbatchOptions.add(args.get(i).substring("--sbatch-option=".length()));
            } else {
                rest.add(args.get(i));
            }
        }
        Arguments a = Arguments.parse(rest, Set.of("--requeue"), Set.of("--executor", "--workers", "--from", "--start-at", "--ssh"));
        Path dir = context.file(a.positional(0, "DIR"));
        a.expectAtMostPositionals(1);
        String executorId = a.option("--executor").orElse("local");
        int workers = 0;
        if (a.option("--workers").isPresent()) {
            try {
                workers = Integer.parseInt(a.option("--workers").get().trim());
            } catch (NumberFormatException e) {
                throw new UsageException("--workers takes a whole number, not '" + a.option("--workers").get() + "'");
            }
            if (workers < 1) {
                throw new UsageException("--workers must be at least 1");
            }
        }
        Batch batch = Batch.open(dir);
        BatchRunner.Options options = BatchRunner.Options.DEFAULT.withRequeueInterrupted(a.flag("--requeue"));
        if (a.option("--from").isPresent()) {
            try {
                options = options.withFromItem(batch.find(a.option("--from").get()).uuid());
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        if (a.option("--start-at").isPresent()) {
            options = options.withStartAt(startTime(a.option("--start-at").get()));
        }
        BatchExecutor executor = switch (executorId) {
            case "local" -> BatchExecutors.local(workers);
            case "slurm" -> BatchExecutors.slurm(a.option("--ssh").orElse(null), sbatchOptions);
            default -> throw new UsageException("--executor takes local or slurm, not '" + executorId + "'");
        };
        if (executorId.equals("slurm")) {
            options = options.withPollInterval(java.time.Duration.ofSeconds(1));
        }
        batch.addListener(e -> {
            if (e.stateChanged() && e.type() != org.fluorite.batch.BatchEvent.Type.REMOVED) {
                context.err().println("batch: " + e.item().name() + " (" + e.item().uuid() + ") " + e.item().state().label()
                        + (e.item().error() == null ? "" : ": " + e.item().error()));
            }
        });
        BatchRunner runner = new BatchRunner(batch, executor, options);
        BatchRunner.Summary s;
        try (executor) {
            s = runner.run();
        }
        context.out().printf("Batch %s: %d done, %d failed, %d aborted, %d queued%n", dir, s.done(), s.failed(), s.aborted(), s.queued());
        if (!s.succeeded()) {
            for (BatchItem i : batch.items()) {
                if (i.state() == ItemState.FAILED) {
                    context.err().println("fluorite batch: item " + i.name() + " (" + i.uuid() + ") failed: " + i.error());
                }
            }
            return CommandLine.EXIT_FAILURE;
        }
        return CommandLine.EXIT_OK;
    }

    /** "HH:MM" (today, or tomorrow when past), "YYYY-MM-DDTHH:MM[:SS]" local time, or an ISO instant. */
    static Instant startTime(String text) throws UsageException {
        String t = text.trim();
        ZoneId zone = ZoneId.systemDefault();
        try {
            if (t.matches("\\d{1,2}:\\d{2}(:\\d{2})?")) {
                LocalTime time = LocalTime.parse(t.length() == 4 || t.length() == 7 ? "0" + t : t);
                LocalDateTime at = LocalDate.now(zone).atTime(time);
                Instant i = at.atZone(zone).toInstant();
                return i.isBefore(Instant.now()) ? at.plusDays(1).atZone(zone).toInstant() : i;
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d{2}:\\d{2}$")) {
                return java.time.OffsetDateTime.parse(t).toInstant();
            }
            return LocalDateTime.parse(t).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new UsageException("--start-at takes HH:MM or an ISO date and time, not '" + text + "'");
        }
    }

    private static int status(List<String> args, CliContext context) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("--json"), Set.of());
        Path dir = context.file(a.positional(0, "DIR"));
        a.expectAtMostPositionals(1);
        Batch batch = Batch.open(dir);
        List<Map<String, Object>> items = new ArrayList<>();
        for (BatchItem i : batch.items()) {
            items.add(statusOf(batch, i));
        }
        if (a.flag("--json")) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("batch", batch.directory().toString());
            m.put("items", items);
            context.out().println(Json.writePretty(m));
        } else {
            for (BatchItem i : batch.items()) {
                context.out().printf("%s  %-15s %-16s %s%s%n", i.uuid(), i.state().label(), i.kind(), i.name(),
                        i.error() == null ? "" : "  (" + i.error() + ")");
            }
        }
        return CommandLine.EXIT_OK;
    }

    static Map<String, Object> statusOf(Batch batch, BatchItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("uuid", i.uuid());
        m.put("name", i.name());
        m.put("kind", i.kind());
        m.put("state", i.state().statusLabel());
        m.put("detail", i.state().label());
        m.put("inputs", i.inputs());
        m.put("parameters", i.parameters());
        m.put("created", i.created() == null ? null : i.created().toString());
        m.put("started", i.started() == null ? null : i.started().toString());
        m.put("finished", i.finished() == null ? null : i.finished().toString());
        m.put("exitCode", i.exitCode());
        m.put("error", i.error());
        m.put("outputs", i.outputs().stream().map(o -> batch.outputsDirectory(i.uuid()).resolve(o).toString()).toList());
        m.put("log", batch.logFile(i.uuid()).toString());
        m.put("executor", i.execution().executor());
        m.put("jobId", i.execution().jobId());
        return m;
    }

    private static int abort(List<String> args, CliContext context) throws Exception {
        Arguments a = Arguments.parse(args, Set.of(), Set.of());
        Path dir = context.file(a.positional(0, "DIR"));
        a.expectAtMostPositionals(2);
        Batch batch = Batch.open(dir);
        List<BatchItem> after = new ArrayList<>();
        if (a.positionals().size() > 1) {
            BatchItem item;
            try {
                item = batch.find(a.positionals().get(1));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            after.add(ItemAborts.abort(batch, item.uuid(), BatchExecutors.grace(), null));
        } else {
            after.addAll(ItemAborts.abortAll(batch, BatchExecutors.grace(), null));
        }
        for (BatchItem i : after) {
            context.out().println(i.uuid() + " " + i.state().label());
        }
        return CommandLine.EXIT_OK;
    }

    private static int delete(List<String> args, CliContext context) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("--outputs"), Set.of());
        Path dir = context.file(a.positional(0, "DIR"));
        String id = a.positional(1, "ITEM");
        a.expectAtMostPositionals(2);
        Batch batch = Batch.open(dir);
        BatchItem item;
        try {
            item = batch.find(id);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        batch.remove(item.uuid(), a.flag("--outputs"));
        context.out().println("Deleted item " + item.uuid() + (a.flag("--outputs") ? " and its outputs" : ""));
        return CommandLine.EXIT_OK;
    }

    private static int exportScripts(List<String> args, CliContext context) throws Exception {
        Arguments a = Arguments.parse(args, Set.of(), Set.of());
        Path dir = context.file(a.positional(0, "DIR"));
        Path out = context.workingDirectory().resolve(a.positional(1, "OUTDIR")).normalize();
        a.expectAtMostPositionals(2);
        Batch batch = Batch.open(dir);
        for (Path p : ScriptExport.write(batch, out, WorkerLauncher.fromEnvironment(), List.of())) {
            context.out().println(p);
        }
        return CommandLine.EXIT_OK;
    }
}
