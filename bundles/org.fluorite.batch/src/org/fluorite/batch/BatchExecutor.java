package org.fluorite.batch;

import java.io.IOException;
import java.util.List;

/**
 * Runs batch items somewhere: worker processes on this machine ({@code local}) or jobs on a
 * cluster ({@code slurm}). A {@link BatchRunner} drives it: {@link #submit} queued items while
 * {@link #freeSlots()} allows, {@link #poll} until nothing it runs is unfinished, {@link #abort}
 * on request. The executor records what it learns in the items (state, execution, exit status,
 * error) through {@link Batch#update}; the worker records its own progress the same way.
 */
public interface BatchExecutor extends AutoCloseable {

    /** What an executor can do, for a UI to offer the right controls. */
    record Capabilities(int maxParallel, boolean arrays, boolean remote, boolean liveLog) {
    }

    /** "local" or "slurm". */
    String id();

    Capabilities capabilities();

    /** How many more items may be submitted now (a cluster queue: {@link Integer#MAX_VALUE}). */
    int freeSlots();

    /** Starts (or queues) these items, in this order. */
    void submit(Batch batch, List<BatchItem> items) throws IOException;

    /**
     * Takes over an item an earlier runner started (after the workbench or CLI was killed).
     *
     * @return true when this executor follows it from now on; false when its process or job is gone
     *         or was not started by this kind of executor
     */
    boolean resume(Batch batch, BatchItem item) throws IOException;

    /**
     * Checks what was submitted and records every change in the batch.
     *
     * @return true while any submitted item is not finished
     */
    boolean poll(Batch batch) throws IOException;

    /** Stops an item (queued or running) and marks it aborted. */
    void abort(Batch batch, BatchItem item) throws IOException;

    @Override
    void close();
}
