package org.fluorite.batch.slurm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fluorite.batch.Batch;
import org.fluorite.batch.BatchExecutor;
import org.fluorite.batch.BatchItem;
import org.fluorite.batch.ItemState;
import org.fluorite.batch.worker.WorkerLauncher;

/**
 * Items as SLURM jobs: one {@code sbatch} per item, or one job array for a group submitted
 * together; followed with {@code squeue --json} (then {@code scontrol show job} for jobs squeue no
 * longer lists), aborted with {@code scancel}. The worker in the job records the item's progress
 * itself; this executor fills in what only SLURM knows (cancelled, timed out, out of memory, node
 * failure, a job that vanished).
 */
public final class SlurmExecutor implements BatchExecutor {

    public static final String ID = "slurm";

    private final SlurmClient client;
    private final WorkerLauncher launcher;
    private final List<String> sbatchOptions;
    /** Item uuids whose jobs this executor follows. */
    private final Set<String> followed = new LinkedHashSet<>();

    /**
     * @param client        the SLURM client (local, or through ssh)
     * @param launcher      how the job starts the worker on the compute node
     * @param sbatchOptions extra sbatch options for every job
     */
    public SlurmExecutor(SlurmClient client, WorkerLauncher launcher, List<String> sbatchOptions) {
        this.client = client;
        this.launcher = launcher;
        this.sbatchOptions = List.copyOf(sbatchOptions);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities(Integer.MAX_VALUE, true, !client.prefix().isEmpty(), true);
    }

    public SlurmClient client() {
        return client;
    }

    @Override
    public int freeSlots() {
        return Integer.MAX_VALUE;
    }

    /** Submits one item as a job, several as one array. */
    @Override
    public synchronized void submit(Batch batch, List<BatchItem> items) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        Path folder = batch.directory().resolve(SlurmScripts.FOLDER);
        Files.createDirectories(folder);
        String name = items.size() == 1 ? items.get(0).uuid() : "array-" + Instant.now().toEpochMilli() + "-" + items.get(0).uuid();
        Path script = folder.resolve(name + ".sh");
        Files.writeString(script, SlurmScripts.script(batch, items, launcher, sbatchOptions), StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // sbatch reads the script; the mode only helps a user who runs it by hand
        }
        String job;
        try {
            job = client.sbatch(script);
        } catch (IOException e) {
            for (BatchItem i : items) {
                batch.update(i.uuid(), x -> x.finished(ItemState.FAILED, null, "submission failed: " + e.getMessage()));
            }
            return;
        }
        for (int k = 0; k < items.size(); k++) {
            String jobId = items.size() == 1 ? job : job + "_" + k;
            BatchItem.Execution how = new BatchItem.Execution(ID, jobId, null, null);
            batch.update(items.get(k).uuid(), x -> x.state().isFinal() ? x : x.withExecution(how));
            followed.add(items.get(k).uuid());
        }
    }

    @Override
    public synchronized boolean resume(Batch batch, BatchItem item) {
        if (!ID.equals(item.execution().executor()) || item.execution().jobId() == null) {
            return false;
        }
        followed.add(item.uuid());
        return true;
    }

    @Override
    public synchronized boolean poll(Batch batch) throws IOException {
        if (followed.isEmpty()) {
            return false;
        }
        Map<String, SlurmJob> jobs = new HashMap<>();
        try {
            for (SlurmJob j : client.squeue()) {
                jobs.put(j.jobId(), j);
            }
        } catch (IOException e) {
            // a SLURM without JSON output (or a squeue hiccup): ask scontrol job by job below; a
            // controller that does not answer at all fails there too and is reported
            jobs.clear();
        }
        // SLURM first, then the items: a worker that reported and then ended is seen as reported
        batch.refresh();
        for (var it = followed.iterator(); it.hasNext();) {
            String uuid = it.next();
            Optional<BatchItem> current = batch.item(uuid);
            if (current.isEmpty() || current.get().state().isFinal()) {
                it.remove();
                continue;
            }
            String jobId = current.get().execution().jobId();
            SlurmJob job = jobs.get(jobId);
            Optional<SlurmJob> known = job != null ? Optional.of(job) : client.scontrol(jobId);
            BatchItem after = batch.update(uuid, i -> apply(i, known.orElse(null)));
            if (after.state().isFinal()) {
                it.remove();
            }
        }
        return !followed.isEmpty();
    }

    /** The item after SLURM reported {@code job} for it (null: SLURM no longer knows the job). */
    static BatchItem apply(BatchItem i, SlurmJob job) {
        if (i.state().isFinal()) {
            return i;
        }
        String jobId = i.execution().jobId();
        if (job == null) {
            return i.finished(i.abortRequested() ? ItemState.ABORTED : ItemState.FAILED, null,
                    i.abortRequested() ? "aborted by the user" : "SLURM job " + jobId + " is no longer known to SLURM and the worker did not report");
        }
        String state = SlurmStates.normalise(job.state());
        ItemState mapped = SlurmStates.toItemState(state).orElse(null);
        if (mapped == null) {
            return i; // a state this version does not know: keep following
        }
        return switch (mapped) {
            case QUEUED -> i;
            case RUNNING, MOVING_OUTPUTS -> i.state() == ItemState.QUEUED ? i.started(i.execution()) : i;
            case ABORTED -> i.finished(ItemState.ABORTED, job.exitCode(), "SLURM job " + jobId + " " + state);
            case DONE -> i.finished(ItemState.FAILED, job.exitCode(),
                    "SLURM job " + jobId + " completed but the worker did not report the item done (see its log)");
            case FAILED -> i.finished(ItemState.FAILED, job.exitCode(), "SLURM job " + jobId + " ended " + state
                    + (job.reason() == null || job.reason().isBlank() || job.reason().equals("None") ? "" : " (" + job.reason() + ")"));
        };
    }

    @Override
    public void abort(Batch batch, BatchItem item) throws IOException {
        batch.update(item.uuid(), i -> i.state().isFinal() ? i : i.withAbortRequested(true));
        String jobId = batch.item(item.uuid()).map(i -> i.execution().jobId()).orElse(null);
        if (jobId != null && ID.equals(item.execution().executor() == null ? ID : item.execution().executor())) {
            client.scancel(jobId);
        }
        batch.update(item.uuid(), i -> i.state().isFinal() ? i : i.finished(ItemState.ABORTED, null, "aborted by the user"));
        synchronized (this) {
            followed.remove(item.uuid());
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            followed.clear();
        }
    }
}
