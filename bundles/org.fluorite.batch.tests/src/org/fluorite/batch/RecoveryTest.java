package org.fluorite.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.fluorite.batch.local.LocalExecutor;
import org.fluorite.batch.worker.WorkerLauncher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A runner (the workbench or 'batch run') killed in the middle of a batch, and the batch reopened. */
class RecoveryTest {

    private static final Duration LONG = Duration.ofSeconds(60);
    @TempDir
    Path dir;

    /** Starts 'batch run DIR --workers 1' in its own JVM, as a user's shell would. */
    private static Process runnerProcess(Path batchDir) throws Exception {
        List<String> cmd = new ArrayList<>(BatchTesting.launcher().prefix());
        cmd.addAll(List.of("batch", "run", batchDir.toString(), "--workers", "1"));
        List<String> withWorkerSettings = new ArrayList<>();
        withWorkerSettings.add(cmd.get(0));
        withWorkerSettings.add("-D" + WorkerLauncher.CLASSPATH_PROPERTY + "=" + BatchTesting.classPath());
        withWorkerSettings.add("-D" + WorkerLauncher.JVM_ARGS_PROPERTY + "=-Xmx256m -XX:TieredStopAtLevel=1");
        withWorkerSettings.addAll(cmd.subList(1, cmd.size()));
        return new ProcessBuilder(withWorkerSettings).redirectErrorStream(true)
                .redirectOutput(batchDir.resolveSibling("runner.log").toFile()).start();
    }

    @Test
    void aWorkerThatOutlivesItsKilledRunnerIsFollowedAndTheBatchGoesOn() throws Exception {
        Batch batch = Batch.create(dir.resolve("batch"));
        BatchItem first = batch.add(BatchTesting.waitItem("first", 4));
        BatchItem second = batch.add(BatchTesting.waitItem("second", 0.2));
        Process runner = runnerProcess(batch.directory());
        BatchItem running = BatchTesting.awaitItem(batch, first.uuid(), i -> i.state() == ItemState.RUNNING, LONG);
        runner.destroyForcibly(); // SIGKILL: no chance to clean up
        assertTrue(runner.waitFor(10, TimeUnit.SECONDS));
        assertEquals(137, runner.exitValue());
        long workerPid = Long.parseLong(running.execution().jobId());
        assertTrue(ProcessHandle.of(workerPid).map(ProcessHandle::isAlive).orElse(false), "the worker outlives its runner");

        Batch reopened = Batch.open(batch.directory());
        assertEquals(ItemState.RUNNING, reopened.item(first.uuid()).orElseThrow().state());
        assertEquals(ItemState.QUEUED, reopened.item(second.uuid()).orElseThrow().state());
        try (LocalExecutor ex = BatchTesting.local(1)) {
            BatchRunner.Summary s = new BatchRunner(reopened, ex, BatchRunner.Options.DEFAULT).run();
            assertEquals(new BatchRunner.Summary(2, 0, 0, 0, 0), s, String.valueOf(reopened.items()));
        }
        BatchItem f = reopened.item(first.uuid()).orElseThrow();
        assertEquals(Long.toString(workerPid), f.execution().jobId(), "resumed, not run a second time");
        assertEquals("waited 4.0\n", Files.readString(reopened.outputsDirectory(first.uuid()).resolve("waited.txt")));
        assertEquals("waited 0.2\n", Files.readString(reopened.outputsDirectory(second.uuid()).resolve("waited.txt")));
    }

    @Test
    void itemsWhoseWorkerIsGoneAreMarkedFailedOrRequeuedAndDoneOnesStayIntact() throws Exception {
        Batch batch = Batch.create(dir.resolve("batch"));
        BatchItem done = batch.add(BatchTesting.waitItem("done", 0));
        BatchItem lost = batch.add(BatchTesting.waitItem("lost", 0.1));
        BatchItem moving = batch.add(BatchTesting.waitItem("moving", 0.1));
        // a finished process stands for a worker that died with the machine
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        BatchItem.Execution dead = new BatchItem.Execution(LocalExecutor.ID, Long.toString(gone.pid()),
                "2020-01-01T00:00:00Z", org.fluorite.batch.local.LocalProcesses.host());
        batch.update(done.uuid(), i -> i.started(dead).finished(ItemState.DONE, 0, null).withOutputs(List.of("waited.txt")));
        Files.writeString(batch.outputsDirectory(done.uuid()).resolve("waited.txt"), "kept\n");
        batch.update(lost.uuid(), i -> i.started(dead));
        batch.update(moving.uuid(), i -> i.started(dead).withState(ItemState.MOVING_OUTPUTS));

        try (LocalExecutor ex = BatchTesting.local(1)) {
            BatchRunner.Summary s = new BatchRunner(Batch.open(batch.directory()), ex, BatchRunner.Options.DEFAULT).run();
            assertEquals(new BatchRunner.Summary(1, 2, 0, 0, 0), s);
        }
        batch.refresh();
        for (BatchItem i : List.of(lost, moving)) {
            BatchItem f = batch.item(i.uuid()).orElseThrow();
            assertEquals(ItemState.FAILED, f.state());
            assertTrue(f.error().startsWith("interrupted: its worker (local " + gone.pid() + ") is gone"), f.error());
        }
        assertEquals("kept\n", Files.readString(batch.outputsDirectory(done.uuid()).resolve("waited.txt")));

        // marked failed by the first reopening; mark them running again and reopen asking for a requeue
        batch.update(lost.uuid(), i -> i.requeued().started(dead));
        batch.update(moving.uuid(), i -> i.requeued().started(dead).withState(ItemState.MOVING_OUTPUTS));
        try (LocalExecutor ex = BatchTesting.local(2)) {
            BatchRunner.Summary s = new BatchRunner(Batch.open(batch.directory()), ex,
                    BatchRunner.Options.DEFAULT.withRequeueInterrupted(true)).run();
            assertEquals(new BatchRunner.Summary(3, 0, 0, 0, 0), s);
        }
        batch.refresh();
        assertEquals("waited 0.1\n", Files.readString(batch.outputsDirectory(lost.uuid()).resolve("waited.txt")));
        assertEquals("waited 0.1\n", Files.readString(batch.outputsDirectory(moving.uuid()).resolve("waited.txt")));
        assertEquals("kept\n", Files.readString(batch.outputsDirectory(done.uuid()).resolve("waited.txt")), "done outputs untouched");
    }

    @Test
    void startAtSelectionAndScheduledStart() throws Exception {
        Batch batch = Batch.create(dir.resolve("batch"));
        BatchItem skipped = batch.add(BatchTesting.waitItem("before", 0));
        BatchItem from = batch.add(BatchTesting.waitItem("from", 0));
        BatchItem after = batch.add(BatchTesting.waitItem("after", 0));
        java.time.Instant start = java.time.Instant.now().plusMillis(1500);
        try (LocalExecutor ex = BatchTesting.local(2)) {
            BatchRunner.Summary s = new BatchRunner(batch, ex,
                    BatchRunner.Options.DEFAULT.withFromItem(from.uuid()).withStartAt(start)).run();
            assertEquals(new BatchRunner.Summary(2, 0, 0, 1, 0), s);
        }
        assertEquals(ItemState.QUEUED, batch.item(skipped.uuid()).orElseThrow().state());
        for (BatchItem i : List.of(from, after)) {
            BatchItem d = batch.item(i.uuid()).orElseThrow();
            assertEquals(ItemState.DONE, d.state());
            assertTrue(!d.started().isBefore(start), "started " + d.started() + ", scheduled for " + start);
        }
    }
}
