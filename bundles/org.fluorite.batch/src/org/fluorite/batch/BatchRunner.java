package org.fluorite.batch;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.fluorite.batch.local.LocalExecutor;
import org.fluorite.batch.local.LocalProcesses;

/**
 * Processes a batch with one executor until no queued item is left and nothing runs: what
 * {@code batch run} and the batch manager's Start do. Items added meanwhile (by this process or
 * another) are picked up; items aborted meanwhile are skipped.
 *
 * <p>On start it first settles what an earlier runner left: items still marked running whose
 * worker is alive are followed again; those whose worker is gone are marked failed, or queued again
 * when {@link Options#requeueInterrupted()} is set. Items already done are never touched.
 */
public final class BatchRunner {

    /**
     * @param startAt            do not start anything before this time (null: now)
     * @param fromItem           start at this item (uuid): items before it in the batch stay as they are (null: from the first)
     * @param requeueInterrupted queue items an earlier, killed runner left running, instead of marking them failed
     * @param pollInterval       how often workers and the batch files are checked
     */
    public record Options(Instant startAt, String fromItem, boolean requeueInterrupted, Duration pollInterval) {
        public static final Options DEFAULT = new Options(null, null, false, Duration.ofMillis(250));

        public Options withStartAt(Instant t) {
            return new Options(t, fromItem, requeueInterrupted, pollInterval);
        }

        public Options withFromItem(String uuid) {
            return new Options(startAt, uuid, requeueInterrupted, pollInterval);
        }

        public Options withRequeueInterrupted(boolean requeue) {
            return new Options(startAt, fromItem, requeue, pollInterval);
        }

        public Options withPollInterval(Duration d) {
            return new Options(startAt, fromItem, requeueInterrupted, d);
        }
    }

    /** Counts of the batch's items by state when the run ended. */
    public record Summary(int done, int failed, int aborted, int queued, int active) {
        /** True when no item failed. */
        public boolean succeeded() {
            return failed == 0;
        }
    }

    private final Batch batch;
    private final BatchExecutor executor;
    private final Options options;
    /** Workers of an earlier runner still alive that this executor cannot adopt: watched until they end. */
    private final Map<String, ProcessHandle> orphans = new LinkedHashMap<>();
    private volatile boolean stopped;
    private volatile boolean running;
    /** Held while submitting and while stopping, so no item starts after stop() has looked for active ones. */
    private final Object submitLock = new Object();

    public BatchRunner(Batch batch, BatchExecutor executor, Options options) {
        this.batch = Objects.requireNonNull(batch, "batch");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.options = options == null ? Options.DEFAULT : options;
    }

    public Batch batch() {
        return batch;
    }

    public BatchExecutor executor() {
        return executor;
    }

    public boolean isRunning() {
        return running;
    }

    /** Runs the batch; returns when it is finished or {@link #stop()} was called. */
    public Summary run() throws IOException, InterruptedException {
        running = true;
        try {
            batch.refresh();
            recover();
            waitForStart();
            while (!stopped) {
                batch.refresh();
                List<BatchItem> eligible = eligible();
                int free = executor.freeSlots();
                if (!eligible.isEmpty() && free > 0) {
                    synchronized (submitLock) {
                        if (stopped) {
                            break;
                        }
                        executor.submit(batch, eligible.subList(0, Math.min(free, eligible.size())));
                    }
                }
                boolean busy = executor.poll(batch);
                busy |= pollOrphans();
                if (!busy && eligible().isEmpty()) {
                    break;
                }
                Thread.sleep(options.pollInterval().toMillis());
            }
            batch.refresh();
            return summary();
        } finally {
            running = false;
        }
    }

    /** Abort batch: aborts every item this runner has running and stops starting new ones. */
    public void stop() throws IOException {
        synchronized (submitLock) {
            stopped = true;
        }
        batch.refresh();
        for (BatchItem i : batch.items()) {
            if (i.state().isActive() || (i.state() == ItemState.QUEUED && !i.execution().isEmpty())) {
                executor.abort(batch, i);
            }
        }
    }

    /** Abort item: stops one item (running or queued); the others go on. */
    public void abortItem(String uuid) throws IOException {
        BatchItem i = batch.find(uuid);
        if (i.state().isFinal()) {
            return;
        }
        if (i.execution().isEmpty()) {
            batch.update(i.uuid(), x -> x.state().isFinal() ? x : x.withAbortRequested(true).finished(ItemState.ABORTED, null, "aborted by the user"));
        } else {
            executor.abort(batch, i);
        }
    }

    public Summary summary() {
        int done = 0;
        int failed = 0;
        int aborted = 0;
        int queued = 0;
        int active = 0;
        for (BatchItem i : batch.items()) {
            switch (i.state()) {
                case DONE -> done++;
                case FAILED -> failed++;
                case ABORTED -> aborted++;
                case QUEUED -> queued++;
                default -> active++;
            }
        }
        return new Summary(done, failed, aborted, queued, active);
    }

    private List<BatchItem> eligible() {
        List<BatchItem> all = batch.items();
        int from = 0;
        if (options.fromItem() != null) {
            for (int k = 0; k < all.size(); k++) {
                if (all.get(k).uuid().equals(options.fromItem())) {
                    from = k;
                }
            }
        }
        List<BatchItem> out = new ArrayList<>();
        for (BatchItem i : all.subList(from, all.size())) {
            if (i.state() == ItemState.QUEUED && i.execution().isEmpty() && !i.abortRequested()) {
                out.add(i);
            }
        }
        return out;
    }

    private void recover() throws IOException {
        for (BatchItem i : batch.items()) {
            boolean leftOver = i.state().isActive() || (i.state() == ItemState.QUEUED && !i.execution().isEmpty());
            if (!leftOver || executor.resume(batch, i)) {
                continue;
            }
            if (LocalExecutor.ID.equals(i.execution().executor())) {
                Optional<ProcessHandle> h = LocalProcesses.find(i.execution());
                if (h.isPresent()) {
                    orphans.put(i.uuid(), h.get());
                    continue;
                }
            } else if (!i.execution().isEmpty() && !executor.id().equals(i.execution().executor())) {
                continue; // another executor's job (e.g. SLURM while running locally): left to it
            }
            String worker = i.execution().isEmpty() ? "its worker" : "its worker (" + i.execution().executor() + " " + i.execution().jobId() + ")";
            if (options.requeueInterrupted()) {
                batch.update(i.uuid(), BatchItem::requeued);
            } else {
                batch.update(i.uuid(), x -> x.state().isFinal() ? x : x.finished(ItemState.FAILED, x.exitCode(),
                        "interrupted: " + worker + " is gone (the runner or the machine was stopped); run again with requeue to retry"));
            }
        }
    }

    private boolean pollOrphans() throws IOException {
        for (var it = orphans.entrySet().iterator(); it.hasNext();) {
            var e = it.next();
            if (e.getValue().isAlive()) {
                continue;
            }
            it.remove();
            String uuid = e.getKey();
            batch.refresh();
            batch.update(uuid, i -> i.state().isFinal() ? i : i.abortRequested() ? i.finished(ItemState.ABORTED, null, "aborted by the user")
                    : i.finished(ItemState.FAILED, null, "the worker process ended without finishing the item"));
        }
        return !orphans.isEmpty();
    }

    private void waitForStart() throws InterruptedException {
        Instant t = options.startAt();
        while (t != null && !stopped && Instant.now().isBefore(t)) {
            long ms = Duration.between(Instant.now(), t).toMillis();
            Thread.sleep(Math.max(1, Math.min(ms, 500)));
        }
    }
}
