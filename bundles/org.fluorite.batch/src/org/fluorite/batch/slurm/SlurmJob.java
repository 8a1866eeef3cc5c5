package org.fluorite.batch.slurm;

/**
 * One job (or array task) as SLURM reports it.
 *
 * @param jobId    the id an item records: "1234", or "1234_2" for task 2 of array 1234
 * @param state    SLURM's state name, e.g. "PENDING"
 * @param reason   SLURM's reason, e.g. "Resources" or "None"
 * @param exitCode the job's exit status when known, else null
 */
public record SlurmJob(String jobId, String state, String reason, Integer exitCode) {
}
