package org.fluorite.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.fluorite.batch.kinds.MotionCorrectKind;
import org.fluorite.batch.slurm.SlurmClient;
import org.fluorite.batch.slurm.SlurmExecutor;
import org.fluorite.batch.slurm.SlurmJob;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real one-node SLURM (releng/scripts/slurm-test-node.sh, Debian's slurmctld/slurmd/munge),
 * started once for this class: items submitted as jobs and arrays, followed to the end, cancelled.
 */
class SlurmExecutorTest {

    /** The daemons' folder: fixed, so that a node left running by an interrupted run is reused. */
    private static final Path NODE = Path.of(System.getProperty("java.io.tmpdir"), "fluorite-slurm-test-node");
    private static final Duration LONG = Duration.ofSeconds(90);
    private static SlurmClient client;
    @TempDir
    static Path data;
    static BatchTesting.Movie movieA;
    static BatchTesting.Movie movieB;
    @TempDir
    Path dir;

    @BeforeAll
    static void startSlurm() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/slurmctld")) && Files.isExecutable(Path.of("/usr/bin/sbatch")),
                "SLURM is not installed (apt-get install slurmctld slurmd slurm-client munge): SLURM tests skipped");
        Process p = new ProcessBuilder("bash", BatchTesting.script("slurm-test-node.sh").toString(), "start", NODE.toString())
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the test SLURM did not start within 60 s");
        String out = new String(p.getInputStream().readAllBytes()).strip();
        assertEquals(0, p.exitValue(), "slurm-test-node.sh start failed: " + out);
        String conf = out.lines().reduce((a, b) -> b).orElse("");
        assertTrue(conf.endsWith("slurm.conf"), out);
        client = new SlurmClient(List.of(), Map.of("SLURM_CONF", conf), Duration.ofSeconds(20));
        movieA = BatchTesting.movie(data.resolve("a.tif"), 5);
        movieB = BatchTesting.movie(data.resolve("b.tif"), 6);
    }

    @AfterAll
    static void stopSlurm() throws Exception {
        if (client != null) {
            new ProcessBuilder("bash", BatchTesting.script("slurm-test-node.sh").toString(), "stop", NODE.toString())
                    .redirectErrorStream(true).start().waitFor(60, TimeUnit.SECONDS);
        }
    }

    private static SlurmExecutor executor() {
        return new SlurmExecutor(client, BatchTesting.launcher(), List.of("--time=00:05:00"));
    }

    private static BatchRunner.Options options() {
        return BatchRunner.Options.DEFAULT.withPollInterval(Duration.ofMillis(300));
    }

    @Test
    void oneItemIsOneJobThatEndsDoneWithItsOutputs() throws Exception {
        Batch batch = Batch.create(dir.resolve("batch"));
        BatchItem a = batch.add(BatchTesting.motionItem(movieA, "a"));
        List<String> seen = new ArrayList<>();
        batch.addListener(e -> seen.add(e.item().state().label()));
        try (SlurmExecutor ex = executor()) {
            assertEquals(new BatchRunner.Summary(1, 0, 0, 0, 0), new BatchRunner(batch, ex, options()).run());
        }
        BatchItem done = batch.item(a.uuid()).orElseThrow();
        assertEquals(ItemState.DONE, done.state());
        assertEquals("slurm", done.execution().executor());
        assertTrue(done.execution().jobId().matches("[0-9]+"), done.execution().jobId());
        assertEquals(List.of(MotionCorrectKind.CORRECTED, MotionCorrectKind.SHIFTS), done.outputs());
        BatchTesting.assertShiftsUndoMotion(batch.outputsDirectory(a.uuid()).resolve(MotionCorrectKind.SHIFTS), movieA);
        String log = Files.readString(batch.logFile(a.uuid()));
        assertTrue(log.contains("SLURM job " + done.execution().jobId()), log);
        assertTrue(seen.contains("running") && seen.contains("done"), String.valueOf(seen));
        // SLURM itself sees the job complete (the worker reports done just before its JVM exits)
        assertEquals("COMPLETED", awaitSlurmState(done.execution().jobId(), "COMPLETED"));
        assertEquals(0, client.scontrol(done.execution().jobId()).orElseThrow().exitCode());
    }

    @Test
    void fourItemsGoAsAnArrayOfFour() throws Exception {
        Batch batch = Batch.create(dir.resolve("batch"));
        List<BatchItem> items = new ArrayList<>();
        items.add(batch.add(BatchTesting.motionItem(movieA, "a")));
        items.add(batch.add(BatchTesting.motionItem(movieB, "b")));
        items.add(batch.add(BatchTesting.waitItem("w1", 0.5)));
        items.add(batch.add(BatchItem.create("wait", "fails", Map.of("seconds", 0, "fail", true), List.of())));
        try (SlurmExecutor ex = executor()) {
            BatchRunner.Summary s = new BatchRunner(batch, ex, options()).run();
            assertEquals(new BatchRunner.Summary(3, 1, 0, 0, 0), s, String.valueOf(batch.items()));
        }
        String arrayJob = null;
        for (int k = 0; k < 4; k++) {
            BatchItem i = batch.item(items.get(k).uuid()).orElseThrow();
            String[] id = i.execution().jobId().split("_");
            assertEquals(2, id.length, i.execution().jobId());
            assertEquals(Integer.toString(k), id[1], "task " + k + " runs item " + k);
            arrayJob = arrayJob == null ? id[0] : arrayJob;
            assertEquals(arrayJob, id[0], "one array");
        }
        BatchTesting.assertShiftsUndoMotion(batch.outputsDirectory(items.get(0).uuid()).resolve(MotionCorrectKind.SHIFTS), movieA);
        BatchTesting.assertShiftsUndoMotion(batch.outputsDirectory(items.get(1).uuid()).resolve(MotionCorrectKind.SHIFTS), movieB);
        assertEquals("waited 0.5\n", Files.readString(batch.outputsDirectory(items.get(2).uuid()).resolve("waited.txt")));
        BatchItem failed = batch.item(items.get(3).uuid()).orElseThrow();
        assertEquals("wait failed (exit status 1): fluorite test-wait: test-wait was told to fail".replace("fluorite test-wait:", ""),
                failed.error().replace("fluorite test-wait:", "").replace("fluorite:", ""));
        assertEquals("FAILED", awaitSlurmState(failed.execution().jobId(), "FAILED"));
        try (var scripts = Files.list(batch.directory().resolve(".slurm"))) {
            assertEquals(1, scripts.filter(p -> p.getFileName().toString().startsWith("array-")).count());
        }
    }

    @Test
    void cancellingAJobAbortsItsItemAndTheOthersFinish() throws Exception {
        Batch batch = Batch.create(dir.resolve("batch"));
        BatchItem slow = batch.add(BatchTesting.waitItem("slow", 60));
        try (SlurmExecutor ex = executor()) {
            BatchRunner runner = new BatchRunner(batch, ex, options());
            CompletableFuture<BatchRunner.Summary> run = CompletableFuture.supplyAsync(() -> {
                try {
                    return runner.run();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Batch watcher = Batch.open(batch.directory());
            BatchTesting.awaitItem(watcher, slow.uuid(), i -> i.state() == ItemState.RUNNING
                    && LocalExecutorTest.logHas(batch, i, "test-wait: waiting"), LONG);
            BatchItem late = watcher.add(BatchTesting.waitItem("late", 0.2));
            runner.abortItem(slow.uuid());
            BatchRunner.Summary s = run.get(120, TimeUnit.SECONDS);
            assertEquals(new BatchRunner.Summary(1, 0, 1, 0, 0), s, String.valueOf(batch.items()));
            BatchItem aborted = batch.item(slow.uuid()).orElseThrow();
            assertEquals(ItemState.ABORTED, aborted.state());
            String jobId = aborted.execution().jobId();
            String state = awaitSlurmState(jobId, "CANCELLED");
            assertEquals("CANCELLED", state);
            assertEquals(ItemState.DONE, batch.item(late.uuid()).orElseThrow().state());
        }
    }

    @Test
    void aReopenedBatchFollowsTheJobsSubmittedBeforeTheWorkbenchWasKilled() throws Exception {
        Batch batch = Batch.create(dir.resolve("batch"));
        BatchItem a = batch.add(BatchTesting.waitItem("a", 1.5));
        BatchItem b = batch.add(BatchTesting.waitItem("b", 1.5));
        try (SlurmExecutor first = executor()) {
            first.submit(batch, batch.items()); // then the workbench is gone
        }
        Batch reopened = Batch.open(batch.directory());
        String jobA = reopened.item(a.uuid()).orElseThrow().execution().jobId();
        String jobB = reopened.item(b.uuid()).orElseThrow().execution().jobId();
        assertTrue(jobA.endsWith("_0") && jobB.endsWith("_1"), jobA + " " + jobB);
        try (SlurmExecutor ex = executor()) {
            assertEquals(new BatchRunner.Summary(2, 0, 0, 0, 0), new BatchRunner(reopened, ex, options()).run());
        }
        assertEquals(jobA, reopened.item(a.uuid()).orElseThrow().execution().jobId(), "followed, not submitted again");
        assertEquals(jobB, reopened.item(b.uuid()).orElseThrow().execution().jobId());
        assertEquals("waited 1.5\n", Files.readString(reopened.outputsDirectory(b.uuid()).resolve("waited.txt")));
    }

    private static String awaitSlurmState(String jobId, String wanted) throws Exception {
        String state = "";
        for (int k = 0; k < 100; k++) {
            state = client.scontrol(jobId).map(SlurmJob::state).orElse("gone");
            if (state.equals(wanted)) {
                break;
            }
            Thread.sleep(100);
        }
        return state;
    }
}
