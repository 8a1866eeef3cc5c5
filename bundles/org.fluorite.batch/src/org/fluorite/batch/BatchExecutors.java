package org.fluorite.batch;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.fluorite.batch.local.LocalExecutor;
import org.fluorite.batch.slurm.SlurmClient;
import org.fluorite.batch.slurm.SlurmExecutor;
import org.fluorite.batch.worker.WorkerLauncher;

/** The executors with the settings a user chooses (CLI options, the batch manager's dialog). */
public final class BatchExecutors {

    private BatchExecutors() {
    }

    /** Local worker processes; {@code workers <= 0}: processors - 1 (at least 1). */
    public static LocalExecutor local(int workers) {
        return new LocalExecutor(workers > 0 ? workers : LocalExecutor.defaultWorkers(), WorkerLauncher.fromEnvironment(),
                LocalExecutor.DEFAULT_GRACE);
    }

    /**
     * SLURM, locally or on a login node.
     *
     * @param sshHost       null or blank: the client programs run here; else {@code ssh sshHost ...}
     * @param sbatchOptions extra sbatch options for every job ("--partition=short", ...)
     */
    public static SlurmExecutor slurm(String sshHost, List<String> sbatchOptions) {
        List<String> prefix = sshHost == null || sshHost.isBlank() ? List.of() : List.of("ssh", "-o", "BatchMode=yes", sshHost);
        SlurmClient client = new SlurmClient(prefix, Map.of(), SlurmClient.DEFAULT_TIMEOUT);
        return new SlurmExecutor(client, WorkerLauncher.fromEnvironment(), sbatchOptions);
    }

    /** "local" or "slurm" with the defaults. */
    public static BatchExecutor named(String id, int workers) {
        return switch (id) {
            case LocalExecutor.ID -> local(workers);
            case SlurmExecutor.ID -> slurm(null, List.of());
            default -> throw new IllegalArgumentException("unknown executor '" + id + "' (local or slurm)");
        };
    }

    /** Grace period between SIGTERM and SIGKILL used by aborts. */
    public static Duration grace() {
        return LocalExecutor.DEFAULT_GRACE;
    }
}
