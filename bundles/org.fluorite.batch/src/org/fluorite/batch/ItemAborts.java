package org.fluorite.batch;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import org.fluorite.batch.local.LocalExecutor;
import org.fluorite.batch.local.LocalProcesses;
import org.fluorite.batch.slurm.SlurmClient;
import org.fluorite.batch.slurm.SlurmExecutor;

/**
 * Aborting an item from any process (a {@code batch abort} in another shell, a UI that did not
 * start the run): the abort is recorded in item.json first, then the worker process is stopped
 * (SIGTERM, then SIGKILL after the grace period) or the SLURM job cancelled, then the item is
 * marked aborted. A runner that follows the item sees it aborted and goes on with the others.
 */
public final class ItemAborts {

    private ItemAborts() {
    }

    /**
     * Aborts every unfinished item of the batch: the waiting ones first, so that a runner does not
     * start one of them in the slot a stopped worker frees, then the running ones.
     *
     * @return the items afterwards, in batch order
     */
    public static java.util.List<BatchItem> abortAll(Batch batch, Duration grace, SlurmClient slurm) throws IOException {
        batch.refresh();
        java.util.List<BatchItem> unfinished = batch.items().stream().filter(i -> !i.state().isFinal()).toList();
        for (BatchItem i : unfinished) {
            if (!i.state().isActive()) {
                abort(batch, i.uuid(), grace, slurm);
            }
        }
        for (BatchItem i : unfinished) {
            if (i.state().isActive()) {
                abort(batch, i.uuid(), grace, slurm);
            }
        }
        java.util.List<BatchItem> after = new java.util.ArrayList<>();
        for (BatchItem i : unfinished) {
            after.add(batch.item(i.uuid()).orElse(i));
        }
        return after;
    }

    /**
     * @param slurm the client for items submitted to SLURM; null: a local client
     * @return the item afterwards
     */
    public static BatchItem abort(Batch batch, String uuid, Duration grace, SlurmClient slurm) throws IOException {
        BatchItem item = batch.update(uuid, i -> i.state().isFinal() ? i : i.withAbortRequested(true));
        if (item.state().isFinal()) {
            return item;
        }
        BatchItem.Execution e = item.execution();
        if (LocalExecutor.ID.equals(e.executor())) {
            Optional<ProcessHandle> h = LocalProcesses.find(e);
            h.ifPresent(p -> LocalProcesses.terminate(p, grace));
        } else if (SlurmExecutor.ID.equals(e.executor()) && e.jobId() != null) {
            (slurm == null ? SlurmClient.local() : slurm).scancel(e.jobId());
        }
        return batch.update(uuid, i -> i.state().isFinal() ? i : i.finished(ItemState.ABORTED, i.exitCode(), "aborted by the user"));
    }
}
