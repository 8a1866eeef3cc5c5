package org.fluorite.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.fluorite.batch.kinds.MotionCorrectKind;
import org.fluorite.batch.local.LocalExecutor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local worker processes: real JVMs running motion correction and the test wait command. */
class LocalExecutorTest {

    private static final Duration LONG = Duration.ofSeconds(60);
    @TempDir
    static Path data;
    static BatchTesting.Movie movieA;
    static BatchTesting.Movie movieB;
    @TempDir
    Path dir;

    @BeforeAll
    static void movies() throws Exception {
        movieA = BatchTesting.movie(data.resolve("a.tif"), 3);
        movieB = BatchTesting.movie(data.resolve("b.tif"), 4);
    }

    @Test
    void twoWorkersRunThreeMotionCorrectionsToTheirOutputs() throws Exception {
        Batch batch = Batch.create(dir.resolve("batch"));
        BatchItem a = batch.add(BatchTesting.motionItem(movieA, "a"));
        BatchItem b = batch.add(BatchTesting.motionItem(movieB, "b"));
        BatchItem c = batch.add(BatchItem.create("motion-correct", "a-uint16", Map.of("threads", 1, "output-type", "uint16"),
                List.of(movieA.file().toString())));
        AtomicInteger active = new AtomicInteger();
        AtomicInteger maxActive = new AtomicInteger();
        List<String> colours = new ArrayList<>();
        batch.addListener(e -> {
            if (e.stateChanged() && e.previous() != null) {
                if (e.item().state() == ItemState.RUNNING && !e.previous().state().isActive()) {
                    maxActive.accumulateAndGet(active.incrementAndGet(), Math::max);
                }
                if (e.item().state().isFinal() && e.previous().state().isActive()) {
                    active.decrementAndGet();
                }
                colours.add(e.item().state().label());
            }
        });
        try (LocalExecutor ex = BatchTesting.local(2)) {
            assertEquals(2, ex.capabilities().maxParallel());
            BatchRunner.Summary s = new BatchRunner(batch, ex, BatchRunner.Options.DEFAULT).run();
            assertEquals(new BatchRunner.Summary(3, 0, 0, 0, 0), s, String.valueOf(batch.items()));
        }
        assertTrue(maxActive.get() <= 2, "at most 2 workers at once, saw " + maxActive.get());
        assertTrue(colours.contains("running") && colours.contains("done"), String.valueOf(colours));
        for (BatchItem i : List.of(a, b, c)) {
            BatchItem done = batch.item(i.uuid()).orElseThrow();
            assertEquals(ItemState.DONE, done.state());
            assertEquals(0, done.exitCode());
            assertEquals(List.of(MotionCorrectKind.CORRECTED, MotionCorrectKind.SHIFTS), done.outputs());
            assertEquals("local", done.execution().executor());
            assertTrue(Long.parseLong(done.execution().jobId()) > 0);
            assertFalse(Files.exists(batch.partialOutputsDirectory(i.uuid())), "temporary output folder removed");
            assertTrue(Files.size(batch.outputsDirectory(i.uuid()).resolve(MotionCorrectKind.CORRECTED)) > 1000);
            String log = Files.readString(batch.logFile(i.uuid()));
            assertTrue(log.contains("fluorite worker: ./fluorite motion-correct"), log);
            assertTrue(log.contains("done"), log);
        }
        BatchTesting.assertShiftsUndoMotion(batch.outputsDirectory(a.uuid()).resolve(MotionCorrectKind.SHIFTS), movieA);
        BatchTesting.assertShiftsUndoMotion(batch.outputsDirectory(b.uuid()).resolve(MotionCorrectKind.SHIFTS), movieB);
        BatchTesting.assertShiftsUndoMotion(batch.outputsDirectory(c.uuid()).resolve(MotionCorrectKind.SHIFTS), movieA);
        // the same movie gives the same shifts whatever the output type
        assertEquals(Files.readAllLines(batch.outputsDirectory(a.uuid()).resolve(MotionCorrectKind.SHIFTS)),
                Files.readAllLines(batch.outputsDirectory(c.uuid()).resolve(MotionCorrectKind.SHIFTS)));
    }

    @Test
    void aWorkerKilledWithSigkillFailsWithItsLogAndTheOthersGoOn() throws Exception {
        Batch batch = Batch.create(dir.resolve("batch"));
        BatchItem slow = batch.add(BatchTesting.waitItem("slow", 30));
        BatchItem mc = batch.add(BatchTesting.motionItem(movieA, "a"));
        try (LocalExecutor ex = BatchTesting.local(2)) {
            BatchRunner runner = new BatchRunner(batch, ex, BatchRunner.Options.DEFAULT);
            CompletableFuture<BatchRunner.Summary> run = CompletableFuture.supplyAsync(() -> {
                try {
                    return runner.run();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Batch watcher = Batch.open(batch.directory());
            BatchItem running = BatchTesting.awaitItem(watcher, slow.uuid(),
                    i -> i.state() == ItemState.RUNNING && logHas(batch, i, "test-wait: waiting"), LONG);
            long pid = Long.parseLong(running.execution().jobId());
            assertTrue(new ProcessBuilder("kill", "-9", Long.toString(pid)).start().waitFor() == 0);
            BatchRunner.Summary s = run.get(90, TimeUnit.SECONDS);
            assertEquals(1, s.done());
            assertEquals(1, s.failed());
        }
        BatchItem killed = batch.item(slow.uuid()).orElseThrow();
        assertEquals(ItemState.FAILED, killed.state());
        assertEquals(137, killed.exitCode());
        assertTrue(killed.error().startsWith("the worker process ended killed by SIGKILL (exit status 137) without finishing the item"),
                killed.error());
        assertTrue(killed.error().contains("last log line: test-wait: waiting 30.0 s"), killed.error());
        assertTrue(Files.readString(batch.logFile(slow.uuid())).contains("test-wait: waiting 30.0 s"));
        assertEquals(List.of(), killed.outputs());
        assertEquals(ItemState.DONE, batch.item(mc.uuid()).orElseThrow().state());
        BatchTesting.assertShiftsUndoMotion(batch.outputsDirectory(mc.uuid()).resolve(MotionCorrectKind.SHIFTS), movieA);
    }

    @Test
    void abortStopsARunningItemAndAnItemAddedWhileRunningIsRun() throws Exception {
        Batch batch = Batch.create(dir.resolve("batch"));
        BatchItem slow = batch.add(BatchTesting.waitItem("slow", 30));
        try (LocalExecutor ex = new LocalExecutor(1, BatchTesting.launcher(), Duration.ofSeconds(1))) {
            BatchRunner runner = new BatchRunner(batch, ex, BatchRunner.Options.DEFAULT);
            CompletableFuture<BatchRunner.Summary> run = CompletableFuture.supplyAsync(() -> {
                try {
                    return runner.run();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Batch other = Batch.open(batch.directory());
            BatchTesting.awaitItem(other, slow.uuid(), i -> i.state() == ItemState.RUNNING, LONG);
            // added by another process while the batch runs
            BatchItem late = other.add(BatchTesting.waitItem("late", 0.2));
            long t0 = System.nanoTime();
            runner.abortItem(slow.uuid());
            BatchItem aborted = batch.item(slow.uuid()).orElseThrow();
            assertEquals(ItemState.ABORTED, aborted.state());
            assertTrue(aborted.abortRequested());
            assertTrue((System.nanoTime() - t0) / 1e9 < 10, "SIGTERM ends the worker quickly");
            BatchRunner.Summary s = run.get(60, TimeUnit.SECONDS);
            assertEquals(new BatchRunner.Summary(1, 0, 1, 0, 0), s);
            BatchItem lateDone = batch.item(late.uuid()).orElseThrow();
            assertEquals(ItemState.DONE, lateDone.state());
            assertEquals("waited 0.2\n", Files.readString(batch.outputsDirectory(late.uuid()).resolve("waited.txt")));
            assertFalse(Files.exists(batch.outputsDirectory(slow.uuid()).resolve("waited.txt")));
        }
    }

    @Test
    void anAbortFromAnotherProcessStopsTheWorkerOfARunningBatch() throws Exception {
        Batch batch = Batch.create(dir.resolve("batch"));
        BatchItem slow = batch.add(BatchTesting.waitItem("slow", 30));
        BatchItem next = batch.add(BatchTesting.waitItem("next", 30));
        try (LocalExecutor ex = BatchTesting.local(1)) {
            BatchRunner runner = new BatchRunner(batch, ex, BatchRunner.Options.DEFAULT);
            CompletableFuture<BatchRunner.Summary> run = CompletableFuture.supplyAsync(() -> {
                try {
                    return runner.run();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            // what 'batch abort DIR' does in another shell: every unfinished item
            Batch other = Batch.open(batch.directory());
            BatchItem running = BatchTesting.awaitItem(other, slow.uuid(), i -> i.state() == ItemState.RUNNING, LONG);
            long pid = Long.parseLong(running.execution().jobId());
            List<BatchItem> after = ItemAborts.abortAll(other, Duration.ofSeconds(2), null);
            assertEquals(List.of(ItemState.ABORTED, ItemState.ABORTED), after.stream().map(BatchItem::state).toList());
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "worker stopped");
            BatchRunner.Summary s = run.get(60, TimeUnit.SECONDS);
            assertEquals(new BatchRunner.Summary(0, 0, 2, 0, 0), s, String.valueOf(batch.items()));
            assertEquals("aborted by the user", batch.item(slow.uuid()).orElseThrow().error());
            assertEquals(null, batch.item(next.uuid()).orElseThrow().started(), "the queued item never started");
        }
    }

    @Test
    void aFailingCommandFailsTheItemWithItsMessage() throws Exception {
        Batch batch = Batch.create(dir.resolve("batch"));
        BatchItem bad = batch.add(BatchItem.create("wait", "bad", Map.of("seconds", 0, "fail", true), List.of()));
        BatchItem missing = batch.add(BatchItem.create("motion-correct", "missing", Map.of(), List.of(dir.resolve("nope.tif").toString())));
        try (LocalExecutor ex = BatchTesting.local(2)) {
            BatchRunner.Summary s = new BatchRunner(batch, ex, BatchRunner.Options.DEFAULT).run();
            assertEquals(2, s.failed());
        }
        BatchItem b = batch.item(bad.uuid()).orElseThrow();
        assertEquals(1, b.exitCode());
        assertEquals("wait failed (exit status 1): fluorite: test-wait was told to fail", b.error().replace("fluorite test-wait:", "fluorite:"));
        BatchItem m = batch.item(missing.uuid()).orElseThrow();
        assertTrue(m.error().startsWith("motion-correct failed (exit status 1): "), m.error());
        assertTrue(m.error().contains("nope.tif"), m.error());
    }

    @Test
    void aFullDiskFailsTheItemClearlyAndNothingCountsAsDone() throws Exception {
        Path mount = dir.resolve("small");
        Files.createDirectories(mount);
        boolean mounted = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=160k", "tmpfs", mount.toString())
                .redirectErrorStream(true).start().waitFor() == 0;
        org.junit.jupiter.api.Assumptions.assumeTrue(mounted,
                "mounting a 160 KiB tmpfs is not permitted here; the read-only-outputs test covers the failure path");
        try {
            Batch batch = Batch.create(mount.resolve("batch"));
            // the float32 movie (112 x 96 x 20 x 4 bytes = 840 KiB) cannot fit in 160 KiB
            Files.write(mount.resolve("filler"), new byte[60 * 1024]);
            BatchItem mc = batch.add(BatchTesting.motionItem(movieA, "a"));
            try (LocalExecutor ex = BatchTesting.local(1)) {
                BatchRunner.Summary s = new BatchRunner(batch, ex, BatchRunner.Options.DEFAULT).run();
                assertEquals(1, s.failed());
                assertEquals(0, s.done());
            }
            BatchItem f = batch.item(mc.uuid()).orElseThrow();
            assertEquals(ItemState.FAILED, f.state());
            assertNotNull(f.error());
            assertTrue(f.error().contains("No space left on device"), f.error());
            try (var list = Files.list(batch.outputsDirectory(mc.uuid()))) {
                assertEquals(0, list.count(), "nothing half-written in outputs/");
            }
            assertEquals(List.of(), f.outputs());
        } finally {
            new ProcessBuilder("umount", mount.toString()).start().waitFor();
        }
    }

    @Test
    void outputsThatCannotBeMovedFailTheItem() throws Exception {
        Batch batch = Batch.create(dir.resolve("batch"));
        BatchItem w = batch.add(BatchTesting.waitItem("w", 0));
        // outputs/ replaced by a file: the finished outputs cannot be put in place
        Files.delete(batch.outputsDirectory(w.uuid()));
        Files.writeString(batch.outputsDirectory(w.uuid()), "in the way");
        try (LocalExecutor ex = BatchTesting.local(1)) {
            assertEquals(1, new BatchRunner(batch, ex, BatchRunner.Options.DEFAULT).run().failed());
        }
        BatchItem f = batch.item(w.uuid()).orElseThrow();
        assertEquals(ItemState.FAILED, f.state());
        assertTrue(f.error().startsWith("could not move the outputs into " + batch.outputsDirectory(w.uuid())), f.error());
        assertEquals(List.of(), f.outputs());
    }

    static boolean logHas(Batch batch, BatchItem i, String text) {
        try {
            return Files.isRegularFile(batch.logFile(i.uuid())) && Files.readString(batch.logFile(i.uuid())).contains(text);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
