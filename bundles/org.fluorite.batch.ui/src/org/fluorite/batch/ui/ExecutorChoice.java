package org.fluorite.batch.ui;

import java.util.List;

import org.fluorite.batch.BatchExecutor;
import org.fluorite.batch.BatchExecutors;
import org.fluorite.batch.local.LocalExecutor;
import org.fluorite.batch.slurm.SlurmExecutor;

/**
 * Where the batch manager runs items: local worker processes or SLURM.
 *
 * @param executor "local" or "slurm"
 * @param workers  local worker processes at once (at least 1)
 * @param sshHost  for SLURM: the login node the client programs run on over SSH; null or blank: here
 */
public record ExecutorChoice(String executor, int workers, String sshHost) {

    public ExecutorChoice {
        if (!LocalExecutor.ID.equals(executor) && !SlurmExecutor.ID.equals(executor)) {
            throw new IllegalArgumentException("unknown executor '" + executor + "' (local or slurm)");
        }
        if (workers < 1) {
            throw new IllegalArgumentException("at least one worker is needed, got " + workers);
        }
        sshHost = sshHost == null || sshHost.isBlank() ? null : sshHost.strip();
    }

    /** Local workers, processors - 1 of them (at least 1): the default. */
    public static ExecutorChoice localDefault() {
        return new ExecutorChoice(LocalExecutor.ID, LocalExecutor.defaultWorkers(), null);
    }

    public boolean isLocal() {
        return LocalExecutor.ID.equals(executor);
    }

    /**
     * The executor. Its workers are started with the product's launcher when the system property
     * {@code fluorite.launcher} names it ({@code <launcher> worker run BATCHDIR ITEM}), as the
     * product's start script does for the workbench.
     */
    public BatchExecutor create() {
        return isLocal() ? BatchExecutors.local(workers) : BatchExecutors.slurm(sshHost, List.of());
    }

    /** In words, for the status line: "local, 3 workers" or "SLURM via login1". */
    public String describe() {
        if (isLocal()) {
            return "local, " + workers + (workers == 1 ? " worker" : " workers");
        }
        return sshHost == null ? "SLURM on this machine" : "SLURM via " + sshHost;
    }
}
