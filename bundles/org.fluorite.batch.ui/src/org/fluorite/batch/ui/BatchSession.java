package org.fluorite.batch.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.fluorite.batch.Batch;
import org.fluorite.batch.BatchExecutor;
import org.fluorite.batch.BatchExecutors;
import org.fluorite.batch.BatchItem;
import org.fluorite.batch.BatchRunner;
import org.fluorite.batch.ItemAborts;
import org.fluorite.batch.ItemState;

import jakarta.inject.Singleton;

/**
 * The workbench's open batch and its run: shared by the Batch Manager part and the commands that
 * add items ("Motion Correction to Batch..."). A run is a {@link BatchRunner} on a background job;
 * items may be added while it runs (the runner picks them up). No SWT here: listeners are called
 * on the thread that made the change.
 */
@Creatable
@Singleton
public class BatchSession {

    private final CopyOnWriteArrayList<RunListener> listeners = new CopyOnWriteArrayList<>();
    private Function<ExecutorChoice, BatchExecutor> executors = ExecutorChoice::create;
    private Batch batch;
    private BatchRunner runner;
    private Job job;
    private volatile boolean abortRequested;

    /** Replaces how executors are made from the user's choice (tests: short grace periods, own class path). */
    public synchronized void setExecutorFactory(Function<ExecutorChoice, BatchExecutor> factory) {
        executors = Objects.requireNonNull(factory);
    }

    public void addRunListener(RunListener l) {
        listeners.add(Objects.requireNonNull(l));
    }

    public void removeRunListener(RunListener l) {
        listeners.remove(l);
    }

    /** The open batch, or null. */
    public synchronized Batch batch() {
        return batch;
    }

    /** True while a run started here is going on. */
    public synchronized boolean isRunning() {
        return runner != null;
    }

    /**
     * Opens the batch in {@code dir}.
     *
     * @throws IOException naming the batch file that is missing or damaged
     * @throws IllegalStateException while a run of the open batch is going on
     */
    public Batch open(Path dir) throws IOException {
        return switchTo(Batch.open(dir));
    }

    /** Creates a new empty batch in {@code dir} (new or empty) and opens it. */
    public Batch create(Path dir) throws IOException {
        checkIdle();
        return switchTo(Batch.create(dir));
    }

    private Batch switchTo(Batch b) {
        synchronized (this) {
            checkIdle();
            batch = b;
        }
        listeners.forEach(l -> l.batchOpened(b));
        return b;
    }

    private synchronized void checkIdle() {
        if (runner != null) {
            throw new IllegalStateException("batch " + batch.directory() + " is running; abort it before opening another");
        }
    }

    /** Adds a queued item to the open batch (also while it runs). */
    public BatchItem add(BatchItem item) throws IOException {
        Batch b = batch();
        if (b == null) {
            throw new IllegalStateException("no batch is open: open or create one in the Batch Manager first");
        }
        return b.add(item);
    }

    /**
     * Starts processing the open batch on a background job.
     *
     * @param choice   local workers or SLURM
     * @param fromItem start at this item (uuid), or null for the first queued one
     * @param startAt  start nothing before this time, or null for now
     * @throws IllegalStateException when no batch is open or a run is going on
     */
    public synchronized void start(ExecutorChoice choice, String fromItem, Instant startAt) {
        if (batch == null) {
            throw new IllegalStateException("no batch is open");
        }
        checkIdle();
        BatchExecutor executor = executors.apply(choice);
        BatchRunner.Options options = BatchRunner.Options.DEFAULT.withFromItem(fromItem).withStartAt(startAt);
        BatchRunner r = new BatchRunner(batch, executor, options);
        Batch b = batch;
        runner = r;
        abortRequested = false;
        job = new Job("Batch " + b.name() + " (" + choice.describe() + ")") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                BatchRunner.Summary summary = null;
                String problem = null;
                try {
                    summary = r.run();
                    if (abortRequested) {
                        summary = sweepAfterAbort(b, r);
                    }
                } catch (IOException | RuntimeException e) {
                    problem = b.directory() + ": the batch run stopped: " + e.getMessage();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    problem = b.directory() + ": the batch run was interrupted";
                } finally {
                    executor.close();
                    synchronized (BatchSession.this) {
                        runner = null;
                        job = null;
                    }
                }
                for (RunListener l : listeners) {
                    l.runEnded(b, summary, problem);
                }
                return Status.OK_STATUS;
            }

            @Override
            protected void canceling() {
                abortBatch();
            }
        };
        job.setSystem(false);
        listeners.forEach(l -> l.runStarted(b, choice));
        job.schedule();
    }

    /** Abort batch: stops the run's running items and starts no more. Nothing happens when idle. */
    public void abortBatch() {
        BatchRunner r;
        synchronized (this) {
            r = runner;
        }
        if (r == null) {
            return;
        }
        abortRequested = true;
        try {
            r.stop();
        } catch (IOException e) {
            throw new IllegalStateException(r.batch().directory() + ": could not abort the batch: " + e.getMessage(), e);
        }
    }

    /**
     * Abort item: through the run when one goes on here, else directly on the batch files (a
     * worker of another process is stopped the same way {@code batch abort DIR ITEM} does it).
     */
    public void abortItem(String uuid) throws IOException {
        BatchRunner r;
        Batch b;
        synchronized (this) {
            r = runner;
            b = batch;
        }
        if (b == null) {
            return;
        }
        if (r != null) {
            r.abortItem(uuid);
            return;
        }
        // no runner here (another process runs the batch, or nobody): stop the recorded worker or job
        ItemAborts.abort(b, b.find(uuid).uuid(), BatchExecutors.grace(), null);
    }

    /**
     * After Abort Batch: an item the runner was starting while it was told to stop may still have a
     * worker; it is aborted too, so that nothing of an aborted run goes on unseen.
     */
    private static BatchRunner.Summary sweepAfterAbort(Batch b, BatchRunner r) throws IOException {
        b.refresh();
        for (BatchItem i : b.items()) {
            if (i.state().isActive() || (i.state() == ItemState.QUEUED && !i.execution().isEmpty())) {
                ItemAborts.abort(b, i.uuid(), BatchExecutors.grace(), null);
            }
        }
        b.refresh();
        return r.summary();
    }

    /** Waits until the run's job has ended (tests, shutdown); false on time-out. */
    public boolean awaitIdle(long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (isRunning()) {
            if (System.currentTimeMillis() > end) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }
}
