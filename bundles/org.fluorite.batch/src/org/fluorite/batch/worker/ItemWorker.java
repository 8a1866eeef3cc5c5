package org.fluorite.batch.worker;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.fluorite.batch.Batch;
import org.fluorite.batch.BatchItem;
import org.fluorite.batch.BatchItemKind;
import org.fluorite.batch.BatchItemKinds;
import org.fluorite.batch.ItemState;

/**
 * What {@code ./fluorite worker run BATCHDIR ITEM} does, in the worker process: marks the item
 * running, runs its kind's command line with every output going to the item's temporary folder,
 * then (state "moving outputs") moves the outputs into outputs/ and marks the item done. Any
 * failure marks it failed with a one-line reason; an output that was not written completely
 * never reaches outputs/, so nothing half-written counts as done.
 *
 * <p>Exit status: {@value #EXIT_DONE} done, {@value #EXIT_FAILED} failed, {@value #EXIT_NOT_RUN}
 * when the item was aborted before it could start.
 */
public final class ItemWorker {

    public static final int EXIT_DONE = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_NOT_RUN = 3;
    /** Environment variable naming the executor that started the worker ("local" or "slurm"). */
    public static final String EXECUTOR_ENV = "FLUORITE_BATCH_EXECUTOR";

    private final BatchItemKinds kinds;
    private final CommandRunner commands;

    public ItemWorker(BatchItemKinds kinds, CommandRunner commands) {
        this.kinds = Objects.requireNonNull(kinds, "kinds");
        this.commands = Objects.requireNonNull(commands, "commands");
    }

    /**
     * Runs item {@code uuid} of the batch in {@code batchDir}.
     *
     * @param out the worker's stdout (the item's log when an executor started it)
     * @param err the worker's stderr (likewise)
     * @return the exit status
     */
    public int run(Path batchDir, String uuid, PrintStream out, PrintStream err) throws IOException {
        Batch batch = Batch.open(batchDir);
        BatchItem item = batch.find(uuid);
        String id = item.uuid();
        if (item.state() == ItemState.DONE) {
            out.println("fluorite worker: item " + id + " is already done");
            return EXIT_DONE;
        }
        if (item.abortRequested() || item.state() == ItemState.ABORTED) {
            out.println("fluorite worker: item " + id + " was aborted; not running it");
            return EXIT_NOT_RUN;
        }
        BatchItemKind kind;
        try {
            kind = kinds.require(item.kind());
        } catch (IllegalArgumentException e) {
            fail(batch, id, null, e.getMessage());
            err.println("fluorite worker: " + e.getMessage());
            return EXIT_FAILED;
        }
        BatchItem.Execution self = selfExecution();
        item = batch.update(id, i -> {
            if (i.state().isFinal() || i.abortRequested()) {
                return i;
            }
            BatchItem.Execution how = i.execution().isEmpty() ? self : i.execution();
            return i.state() == ItemState.QUEUED || i.started() == null ? i.started(how) : i.withState(ItemState.RUNNING);
        });
        if (item.state() != ItemState.RUNNING) {
            out.println("fluorite worker: item " + id + " is " + item.state().label() + "; not running it");
            return EXIT_NOT_RUN;
        }
        Path partial = batch.partialOutputsDirectory(id);
        try {
            deleteTree(partial);
            Files.createDirectories(partial);
        } catch (IOException e) {
            return fail(batch, id, null, "cannot prepare the output folder " + partial + ": " + e.getMessage(), err);
        }
        List<String> args = kind.commandLine(item, partial);
        out.println("fluorite worker: item '" + item.name() + "' (" + id + ", " + kind.id() + ") started " + Instant.now());
        out.println("fluorite worker: ./fluorite " + String.join(" ", args));
        out.flush();
        LastLineStream errLines = new LastLineStream(err);
        int exit;
        try (PrintStream teeErr = new PrintStream(errLines, true, StandardCharsets.UTF_8)) {
            exit = commands.run(args, out, teeErr);
            teeErr.flush();
        }
        if (exit != 0) {
            String last = errLines.lastLine();
            return fail(batch, id, exit, kind.id() + " failed (exit status " + exit + ")" + (last.isEmpty() ? "" : ": " + last), err);
        }
        List<String> names = kind.outputs(item.parameters());
        for (String n : names) {
            if (!Files.isRegularFile(partial.resolve(n))) {
                return fail(batch, id, exit, kind.id() + " ended without writing its output " + n, err);
            }
        }
        item = batch.update(id, i -> i.abortRequested() || i.state().isFinal() ? i : i.withState(ItemState.MOVING_OUTPUTS));
        if (item.state() != ItemState.MOVING_OUTPUTS) {
            out.println("fluorite worker: item " + id + " was aborted; outputs not kept");
            return EXIT_NOT_RUN;
        }
        try {
            moveOutputs(partial, batch.outputsDirectory(id), names);
        } catch (IOException e) {
            return fail(batch, id, exit, "could not move the outputs into " + batch.outputsDirectory(id) + ": " + e.getMessage(), err);
        }
        batch.update(id, i -> i.finished(ItemState.DONE, 0, null).withOutputs(names));
        out.println("fluorite worker: item " + id + " done " + Instant.now() + "; outputs: " + String.join(", ", names));
        return EXIT_DONE;
    }

    private static void moveOutputs(Path partial, Path outputs, List<String> names) throws IOException {
        Files.createDirectories(outputs);
        // outputs of an earlier run of the same item go first
        try (var s = Files.list(outputs)) {
            for (Path p : s.toList()) {
                deleteTree(p);
            }
        }
        for (String n : names) {
            Files.move(partial.resolve(n), outputs.resolve(n), StandardCopyOption.ATOMIC_MOVE);
        }
        deleteTree(partial);
    }

    private int fail(Batch batch, String id, Integer exit, String message, PrintStream err) {
        err.println("fluorite worker: " + message);
        err.flush();
        fail(batch, id, exit, message);
        return EXIT_FAILED;
    }

    private static void fail(Batch batch, String id, Integer exit, String message) {
        try {
            batch.update(id, i -> i.state().isFinal() ? i
                    : i.abortRequested() ? i.finished(ItemState.ABORTED, exit, "aborted") : i.finished(ItemState.FAILED, exit, message));
        } catch (IOException e) {
            // the runner marks the item failed from the exit status and the log
            System.err.println("fluorite worker: could not record the failure of item " + id + ": " + e.getMessage());
        }
    }

    /** How this process identifies itself when nobody recorded it yet (a SLURM job or a process). */
    static BatchItem.Execution selfExecution() {
        String executor = System.getenv(EXECUTOR_ENV);
        String slurmJob = System.getenv("SLURM_JOB_ID");
        String arrayJob = System.getenv("SLURM_ARRAY_JOB_ID");
        String arrayTask = System.getenv("SLURM_ARRAY_TASK_ID");
        if (slurmJob != null) {
            String job = arrayJob != null && arrayTask != null ? arrayJob + "_" + arrayTask : slurmJob;
            return new BatchItem.Execution("slurm", job, null, host());
        }
        ProcessHandle me = ProcessHandle.current();
        return new BatchItem.Execution(executor == null ? "local" : executor, Long.toString(me.pid()),
                me.info().startInstant().map(Instant::toString).orElse(null), host());
    }

    static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> all = new ArrayList<>();
        try (var s = Files.walk(root)) {
            s.forEach(all::add);
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            Files.deleteIfExists(all.get(i));
        }
    }
}
