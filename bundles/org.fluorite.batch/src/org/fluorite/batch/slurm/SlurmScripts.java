package org.fluorite.batch.slurm;

import java.nio.file.Path;
import java.util.List;

import org.fluorite.batch.Batch;
import org.fluorite.batch.BatchItem;
import org.fluorite.batch.worker.ItemWorker;
import org.fluorite.batch.worker.ShellWords;
import org.fluorite.batch.worker.WorkerLauncher;

/**
 * The bash scripts submitted to SLURM: one item per job, or a group of items as one job array
 * (task i runs the i-th item). Each task appends its stdout and stderr to the item's log.txt and
 * runs {@code worker run BATCHDIR ITEM}; SLURM's own output file goes to the batch's .slurm folder.
 */
public final class SlurmScripts {

    /** Folder in the batch directory for scripts and SLURM's output files. */
    public static final String FOLDER = ".slurm";

    private SlurmScripts() {
    }

    /**
     * @param batch          the batch
     * @param items          one item (a plain job) or several (an array of {@code items.size()} tasks)
     * @param launcher       how the worker is started on the compute node
     * @param sbatchOptions  extra {@code #SBATCH} options, e.g. "--partition=short", "--time=01:00:00"
     */
    public static String script(Batch batch, List<BatchItem> items, WorkerLauncher launcher, List<String> sbatchOptions) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a script needs at least one item");
        }
        Path dir = batch.directory();
        boolean array = items.size() > 1;
        StringBuilder b = new StringBuilder();
        b.append("#!/bin/bash\n");
        b.append("# Fluorite batch ").append(dir).append(array ? ": " + items.size() + " items as one job array" : ": item "
                + items.get(0).uuid() + " (" + items.get(0).kind() + ")").append('\n');
        b.append("#SBATCH --job-name=").append(jobName(array ? batch.name() : items.get(0).name())).append('\n');
        b.append("#SBATCH --output=").append(dir.resolve(FOLDER)).append(array ? "/slurm-%A_%a.out" : "/slurm-%j.out").append('\n');
        b.append("#SBATCH --chdir=").append(dir).append('\n');
        if (array) {
            b.append("#SBATCH --array=0-").append(items.size() - 1).append('\n');
        }
        for (String o : sbatchOptions) {
            b.append("#SBATCH ").append(o).append('\n');
        }
        b.append("ITEMS=(");
        for (int i = 0; i < items.size(); i++) {
            b.append(i == 0 ? "" : " ").append(items.get(i).uuid());
        }
        b.append(")\n");
        b.append("ITEM=\"${ITEMS[${SLURM_ARRAY_TASK_ID:-0}]}\"\n");
        b.append("export ").append(ItemWorker.EXECUTOR_ENV).append("=slurm\n");
        b.append("exec >> ").append(ShellWords.quote(dir.toString())).append("/\"$ITEM\"/log.txt 2>&1\n");
        b.append("echo \"=== $(date -u +%Y-%m-%dT%H:%M:%SZ) SLURM job ${SLURM_JOB_ID}")
                .append(array ? " (array ${SLURM_ARRAY_JOB_ID} task ${SLURM_ARRAY_TASK_ID})" : "").append(" on $(hostname)\"\n");
        List<String> words = launcher.command(dir, "ITEM_PLACEHOLDER");
        String line = ShellWords.join(words.subList(0, words.size() - 1)) + " \"$ITEM\"";
        b.append("exec ").append(line).append('\n');
        return b.toString();
    }

    /** A job name SLURM accepts and a user recognises. */
    static String jobName(String name) {
        String n = name.replaceAll("[^A-Za-z0-9_.-]", "_");
        return "fluorite-" + (n.length() > 40 ? n.substring(0, 40) : n);
    }
}
