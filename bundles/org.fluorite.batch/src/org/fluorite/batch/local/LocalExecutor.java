package org.fluorite.batch.local;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fluorite.batch.Batch;
import org.fluorite.batch.BatchExecutor;
import org.fluorite.batch.BatchItem;
import org.fluorite.batch.ItemState;
import org.fluorite.batch.LogTail;
import org.fluorite.batch.worker.ItemWorker;
import org.fluorite.batch.worker.WorkerLauncher;

/**
 * Up to N worker processes on this machine, each running one item
 * ({@code fluorite worker run BATCHDIR ITEM}) with stdout and stderr appended to the item's
 * log.txt. Abort sends SIGTERM, then SIGKILL after a grace period. A worker that dies without
 * reporting (killed, out of memory) leaves its item failed with the exit status and the end of its
 * log; the other items go on.
 */
public final class LocalExecutor implements BatchExecutor {

    public static final String ID = "local";
    /** Default grace period between SIGTERM and SIGKILL. */
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(5);

    private final int workers;
    private final WorkerLauncher launcher;
    private final Duration grace;
    /** Running workers by item uuid: ones this executor started, or adopted after a restart. */
    private final Map<String, Worker> running = new LinkedHashMap<>();

    private record Worker(ProcessHandle handle, Process process) {
        Optional<Integer> exitCode() {
            return process == null || process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
        }
    }

    /**
     * @param workers  at most this many items at once (at least 1)
     * @param launcher how a worker process is started
     * @param grace    time between SIGTERM and SIGKILL on abort
     */
    public LocalExecutor(int workers, WorkerLauncher launcher, Duration grace) {
        if (workers < 1) {
            throw new IllegalArgumentException("at least one worker is needed, got " + workers);
        }
        this.workers = workers;
        this.launcher = launcher;
        this.grace = grace;
    }

    /** The default number of workers: processors - 1, at least 1. */
    public static int defaultWorkers() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities(workers, false, false, true);
    }

    public int workers() {
        return workers;
    }

    @Override
    public synchronized int freeSlots() {
        return Math.max(0, workers - running.size());
    }

    @Override
    public synchronized void submit(Batch batch, List<BatchItem> items) throws IOException {
        for (BatchItem item : items) {
            start(batch, item);
        }
    }

    private void start(Batch batch, BatchItem item) throws IOException {
        String uuid = item.uuid();
        List<String> command = launcher.command(batch.directory(), uuid);
        Path log = batch.logFile(uuid);
        Files.createDirectories(log.getParent());
        Files.writeString(log, "=== " + Instant.now() + " local worker: " + String.join(" ", command) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        ProcessBuilder pb = new ProcessBuilder(command).directory(batch.directory().toFile()).redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(log.toFile())).redirectInput(Redirect.from(nullFile()));
        pb.environment().put(ItemWorker.EXECUTOR_ENV, ID);
        if (!pb.environment().containsKey(HEAP_ENV)) {
            workerHeap(workers, physicalMemoryBytes()).ifPresent(h -> pb.environment().put(HEAP_ENV, h));
        }
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            batch.update(uuid, i -> i.finished(ItemState.FAILED, null, "could not start a worker process (" + command.get(0) + "): "
                    + e.getMessage()));
            return;
        }
        BatchItem.Execution how = new BatchItem.Execution(ID, Long.toString(p.pid()),
                p.info().startInstant().map(Instant::toString).orElse(null), LocalProcesses.host());
        running.put(uuid, new Worker(p.toHandle(), p));
        batch.update(uuid, i -> i.state().isFinal() ? i.withExecution(how)
                : i.state() == ItemState.QUEUED ? i.started(how) : i.withExecution(how));
    }

    /** The launcher reads the worker JVM's heap option from this variable (e.g. "-Xmx2g"). */
    static final String HEAP_ENV = "FLUORITE_HEAP";

    /**
     * A heap for each of {@code workers} worker JVMs that together leave a quarter of the machine's
     * memory free: three quarters of it shared out, at least 512 MiB and at most 4 GiB each (the
     * launcher's own default). Empty when the machine's memory is unknown; a FLUORITE_HEAP set by
     * the user always wins.
     */
    static java.util.Optional<String> workerHeap(int workers, long physicalBytes) {
        if (physicalBytes <= 0 || workers < 1) {
            return java.util.Optional.empty();
        }
        long mib = physicalBytes / (1024 * 1024) * 3 / 4 / workers;
        mib = Math.max(512, Math.min(4096, mib));
        return java.util.Optional.of("-Xmx" + mib + "m");
    }

    /** MemTotal of /proc/meminfo in bytes, or 0 where there is none. */
    static long physicalMemoryBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("MemTotal:")) {
                    String[] f = line.trim().split("\\s+");
                    return Long.parseLong(f[1]) * 1024L;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static java.io.File nullFile() {
        return new java.io.File("/dev/null");
    }

    @Override
    public synchronized boolean resume(Batch batch, BatchItem item) {
        if (!ID.equals(item.execution().executor())) {
            return false;
        }
        Optional<ProcessHandle> h = LocalProcesses.find(item.execution());
        if (h.isEmpty()) {
            return false;
        }
        running.put(item.uuid(), new Worker(h.get(), null));
        return true;
    }

    @Override
    public synchronized boolean poll(Batch batch) throws IOException {
        for (var it = running.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, Worker> e = it.next();
            Worker w = e.getValue();
            if (w.handle().isAlive()) {
                continue;
            }
            if (w.process() != null) {
                try {
                    w.process().waitFor();
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    return true;
                }
            }
            it.remove();
            Integer exit = w.exitCode().orElse(null);
            String uuid = e.getKey();
            if (batch.item(uuid).isEmpty()) {
                continue; // deleted meanwhile
            }
            Path log = batch.logFile(uuid);
            batch.update(uuid, i -> settle(i, exit, log));
        }
        return !running.isEmpty();
    }

    /** The item after its worker process ended with {@code exit} (null: unknown, an adopted process). */
    static BatchItem settle(BatchItem i, Integer exit, Path log) {
        if (i.state().isFinal()) {
            return i.exitCode() == null && exit != null ? i.finished(i.state(), exit, i.error()) : i;
        }
        if (i.abortRequested()) {
            return i.finished(ItemState.ABORTED, exit, "aborted by the user");
        }
        String last = LogTail.lastLines(log, 1);
        return i.finished(ItemState.FAILED, exit, "the worker process ended " + LocalProcesses.describeExit(exit)
                + " without finishing the item" + (last.isEmpty() ? "" : "; last log line: " + last));
    }

    @Override
    public void abort(Batch batch, BatchItem item) throws IOException {
        Worker w;
        synchronized (this) {
            w = running.get(item.uuid());
        }
        batch.update(item.uuid(), i -> i.state().isFinal() ? i : i.withAbortRequested(true));
        if (w != null) {
            LocalProcesses.terminate(w.handle(), grace);
            poll(batch);
        } else {
            org.fluorite.batch.ItemAborts.abort(batch, item.uuid(), grace, null);
        }
    }

    @Override
    public synchronized void close() {
        running.clear();
    }
}
