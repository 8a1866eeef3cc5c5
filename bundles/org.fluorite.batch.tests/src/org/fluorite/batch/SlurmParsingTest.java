package org.fluorite.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fluorite.batch.slurm.SlurmClient;
import org.fluorite.batch.slurm.SlurmJob;
import org.fluorite.batch.slurm.SlurmScripts;
import org.fluorite.batch.slurm.SlurmStates;
import org.fluorite.batch.worker.ShellWords;
import org.fluorite.batch.worker.WorkerLauncher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SLURM's words read right, and the commands and scripts built right, without a SLURM. */
class SlurmParsingTest {

    @TempDir
    Path dir;

    @Test
    void everySlurmStateMapsToAnItemState() {
        Map<String, ItemState> expected = Map.ofEntries(
                Map.entry("PENDING", ItemState.QUEUED), Map.entry("CONFIGURING", ItemState.QUEUED),
                Map.entry("REQUEUED", ItemState.QUEUED), Map.entry("REQUEUE_HOLD", ItemState.QUEUED),
                Map.entry("REQUEUE_FED", ItemState.QUEUED), Map.entry("RESV_DEL_HOLD", ItemState.QUEUED),
                Map.entry("POWER_UP_NODE", ItemState.QUEUED),
                Map.entry("RUNNING", ItemState.RUNNING), Map.entry("COMPLETING", ItemState.RUNNING),
                Map.entry("SUSPENDED", ItemState.RUNNING), Map.entry("STOPPED", ItemState.RUNNING),
                Map.entry("SIGNALING", ItemState.RUNNING), Map.entry("STAGE_OUT", ItemState.RUNNING),
                Map.entry("RESIZING", ItemState.RUNNING), Map.entry("UPDATE_DB", ItemState.RUNNING),
                Map.entry("COMPLETED", ItemState.DONE),
                Map.entry("CANCELLED", ItemState.ABORTED), Map.entry("REVOKED", ItemState.ABORTED),
                Map.entry("FAILED", ItemState.FAILED), Map.entry("TIMEOUT", ItemState.FAILED),
                Map.entry("NODE_FAIL", ItemState.FAILED), Map.entry("OUT_OF_MEMORY", ItemState.FAILED),
                Map.entry("PREEMPTED", ItemState.FAILED), Map.entry("BOOT_FAIL", ItemState.FAILED),
                Map.entry("DEADLINE", ItemState.FAILED), Map.entry("SPECIAL_EXIT", ItemState.FAILED));
        assertEquals(expected, SlurmStates.STATES);
        for (var e : expected.entrySet()) {
            assertEquals(Optional.of(e.getValue()), SlurmStates.toItemState(e.getKey()), e.getKey());
            assertEquals(Optional.of(e.getValue()), SlurmStates.toItemState(e.getKey().toLowerCase()), e.getKey());
        }
        // short codes of squeue %t, sacct's "CANCELLED by 0", flag suffixes
        assertEquals(Optional.of(ItemState.QUEUED), SlurmStates.toItemState("PD"));
        assertEquals(Optional.of(ItemState.RUNNING), SlurmStates.toItemState("CG"));
        assertEquals(Optional.of(ItemState.FAILED), SlurmStates.toItemState("OOM"));
        assertEquals(Optional.of(ItemState.ABORTED), SlurmStates.toItemState("CANCELLED by 0"));
        assertEquals(Optional.of(ItemState.RUNNING), SlurmStates.toItemState("RUNNING+"));
        assertEquals(Optional.empty(), SlurmStates.toItemState("NEW_STATE_OF_SLURM_30"));
        assertTrue(SlurmStates.isEnded("TIMEOUT"));
        assertFalse(SlurmStates.isEnded("SUSPENDED"));
    }

    @Test
    void aJobSlurmReportsSettlesTheItem() {
        BatchItem submitted = BatchItem.create("wait", "w", Map.of(), List.of())
                .withExecution(new BatchItem.Execution("slurm", "41_2", null, null));
        assertEquals(ItemState.QUEUED, apply(submitted, new SlurmJob("41_2", "PENDING", "Resources", 0)).state());
        BatchItem running = apply(submitted, new SlurmJob("41_2", "RUNNING", "None", 0));
        assertEquals(ItemState.RUNNING, running.state());
        assertTrue(running.started() != null);
        BatchItem oom = apply(running, new SlurmJob("41_2", "OUT_OF_MEMORY", "OutOfMemory", 0));
        assertEquals(ItemState.FAILED, oom.state());
        assertEquals("SLURM job 41_2 ended OUT_OF_MEMORY (OutOfMemory)", oom.error());
        BatchItem timeout = apply(running, new SlurmJob("41_2", "TIMEOUT", "TimeLimit", 0));
        assertEquals("SLURM job 41_2 ended TIMEOUT (TimeLimit)", timeout.error());
        BatchItem cancelled = apply(running, new SlurmJob("41_2", "CANCELLED", "None", 0));
        assertEquals(ItemState.ABORTED, cancelled.state());
        // COMPLETED alone is not done: only the worker's own report is
        BatchItem silent = apply(running, new SlurmJob("41_2", "COMPLETED", "None", 0));
        assertEquals(ItemState.FAILED, silent.state());
        assertTrue(silent.error().contains("completed but the worker did not report"), silent.error());
        BatchItem gone = apply(running, null);
        assertEquals(ItemState.FAILED, gone.state());
        assertEquals("SLURM job 41_2 is no longer known to SLURM and the worker did not report", gone.error());
        BatchItem done = running.finished(ItemState.DONE, 0, null);
        assertEquals(done, apply(done, new SlurmJob("41_2", "FAILED", "None", 1)), "a final item stays as the worker left it");
    }

    private static BatchItem apply(BatchItem i, SlurmJob job) {
        try {
            var m = org.fluorite.batch.slurm.SlurmExecutor.class.getDeclaredMethod("apply", BatchItem.class, SlurmJob.class);
            m.setAccessible(true);
            return (BatchItem) m.invoke(null, i, job);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void squeueJsonOfSlurm22And23IsRead() throws Exception {
        // as SLURM 22.05 printed it here: a pending array not yet split, a running task, a plain job
        String v22 = """
                {"meta":{},"errors":[],"jobs":[
                 {"job_id":7,"array_job_id":7,"array_task_id":null,"array_task_string":"1-3","job_state":"PENDING","state_reason":"Resources","exit_code":0},
                 {"job_id":8,"array_job_id":7,"array_task_id":0,"array_task_string":"","job_state":"RUNNING","state_reason":"None","exit_code":0},
                 {"job_id":9,"array_job_id":0,"array_task_id":null,"job_state":"COMPLETED","state_reason":"None","exit_code":0}]}
                """;
        List<SlurmJob> jobs = parse(v22);
        assertEquals(List.of(new SlurmJob("7_1", "PENDING", "Resources", 0), new SlurmJob("7_2", "PENDING", "Resources", 0),
                new SlurmJob("7_3", "PENDING", "Resources", 0), new SlurmJob("7_0", "RUNNING", "None", 0),
                new SlurmJob("9", "COMPLETED", "None", 0)), jobs);
        // SLURM 23.x: numbers wrapped, states as lists, exit codes as objects
        String v23 = """
                {"jobs":[{"job_id":12,"array_job_id":{"set":true,"infinite":false,"number":11},
                  "array_task_id":{"set":true,"infinite":false,"number":1},"job_state":["FAILED"],"state_reason":"NonZeroExitCode",
                  "exit_code":{"status":["EXITED"],"return_code":{"set":true,"infinite":false,"number":1}}},
                 {"job_id":13,"array_job_id":{"set":true,"number":0},"array_task_id":{"set":false,"number":0},"job_state":["RUNNING"]}]}
                """;
        assertEquals(List.of(new SlurmJob("11_1", "FAILED", "NonZeroExitCode", 1), new SlurmJob("13", "RUNNING", "", null)), parse(v23));
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> parse("squeue: error"));
        assertTrue(e.getMessage().startsWith("squeue --json printed something that is not JSON"), e.getMessage());
    }

    private static List<SlurmJob> parse(String json) throws Exception {
        var c = Class.forName("org.fluorite.batch.slurm.SqueueJson");
        var m = c.getDeclaredMethod("parse", String.class);
        m.setAccessible(true);
        try {
            @SuppressWarnings("unchecked")
            List<SlurmJob> r = (List<SlurmJob>) m.invoke(null, json);
            return r;
        } catch (java.lang.reflect.InvocationTargetException ite) {
            throw (Exception) ite.getCause();
        }
    }

    @Test
    void scontrolLinesAreRead() throws Exception {
        var c = Class.forName("org.fluorite.batch.slurm.ScontrolText");
        var m = c.getDeclaredMethod("find", String.class, String.class);
        m.setAccessible(true);
        String text = "JobId=2 ArrayJobId=1 ArrayTaskId=0 JobName=x JobState=COMPLETED Reason=None ExitCode=0:0 RunTime=00:00:02\n"
                + "JobId=1 ArrayJobId=1 ArrayTaskId=1-3 JobName=x JobState=PENDING Reason=Resources ExitCode=0:0\n"
                + "JobId=5 JobName=y JobState=FAILED Reason=NonZeroExitCode ExitCode=1:0\n";
        assertEquals(Optional.of(new SlurmJob("1_0", "COMPLETED", "None", 0)), m.invoke(null, text, "1_0"));
        assertEquals(Optional.of(new SlurmJob("1_2", "PENDING", "Resources", 0)), m.invoke(null, text, "1_2"));
        assertEquals(Optional.of(new SlurmJob("5", "FAILED", "NonZeroExitCode", 1)), m.invoke(null, text, "5"));
        assertEquals(Optional.empty(), m.invoke(null, text, "6"));
    }

    @Test
    void commandsGoThroughSshAsOneQuotedLine() {
        SlurmClient local = new SlurmClient(List.of(), Map.of(), Duration.ofSeconds(5));
        assertEquals(List.of("sbatch", "--parsable", "/b/x y.sh"), local.command(List.of("sbatch", "--parsable", "/b/x y.sh")));
        SlurmClient ssh = new SlurmClient(List.of("ssh", "-o", "BatchMode=yes", "login-node"), Map.of(), Duration.ofSeconds(5));
        assertEquals(List.of("ssh", "-o", "BatchMode=yes", "login-node", "sbatch --parsable '/b/x y.sh'"),
                ssh.command(List.of("sbatch", "--parsable", "/b/x y.sh")));
        assertEquals(List.of("ssh", "-o", "BatchMode=yes", "login-node", "scancel 12_3"), ssh.command(List.of("scancel", "12_3")));
        assertEquals("'it'\"'\"'s'", ShellWords.quote("it's"));
        assertEquals("''", ShellWords.quote(""));
        assertEquals(List.of("ssh", "login", "squeue --json"),
                new SlurmClient(List.of("ssh", "login"), Map.of(), Duration.ofSeconds(1)).command(List.of("squeue", "--json")));
    }

    @Test
    void aClientThatHangsIsStoppedByTheTimeout() throws Exception {
        // 'sleep' stands in for a client waiting on a controller that is down
        SlurmClient c = new SlurmClient(List.of("sleep"), Map.of(), Duration.ofMillis(300));
        long t0 = System.nanoTime();
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> c.call(List.of("20")));
        assertTrue((System.nanoTime() - t0) / 1e9 < 5);
        assertEquals("20 did not answer within 0.3 s (is slurmctld running and SLURM_CONF right?)", e.getMessage());
    }

    @Test
    void arrayScriptRunsTheTaskOfEachItemAndLogsIntoIt() throws Exception {
        Batch b = Batch.create(dir.resolve("my batch"));
        BatchItem a = b.add(BatchItem.create("wait", "a", Map.of(), List.of()));
        BatchItem c = b.add(BatchItem.create("wait", "c", Map.of(), List.of()));
        WorkerLauncher launcher = new WorkerLauncher(List.of("/opt/fluorite/fluorite"));
        String s = SlurmScripts.script(b, List.of(a, c), launcher, List.of("--time=00:10:00"));
        assertTrue(s.startsWith("#!/bin/bash\n"));
        assertTrue(s.contains("#SBATCH --array=0-1\n"), s);
        assertTrue(s.contains("#SBATCH --time=00:10:00\n"), s);
        assertTrue(s.contains("#SBATCH --job-name=fluorite-my_batch\n"), s);
        assertTrue(s.contains("ITEMS=(" + a.uuid() + " " + c.uuid() + ")\n"), s);
        assertTrue(s.contains("ITEM=\"${ITEMS[${SLURM_ARRAY_TASK_ID:-0}]}\"\n"), s);
        assertTrue(s.contains("exec >> '" + b.directory() + "'/\"$ITEM\"/log.txt 2>&1\n"), s);
        assertTrue(s.contains("exec /opt/fluorite/fluorite worker run '" + b.directory() + "' \"$ITEM\"\n"), s);
        String one = SlurmScripts.script(b, List.of(a), launcher, List.of());
        assertFalse(one.contains("--array"), one);
        assertTrue(one.contains("/slurm-%j.out"), one);
    }
}
