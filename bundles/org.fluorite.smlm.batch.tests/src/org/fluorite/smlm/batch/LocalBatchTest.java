package org.fluorite.smlm.batch;

import static org.fluorite.smlm.batch.SmlmBatchTesting.args;
import static org.fluorite.smlm.batch.SmlmBatchTesting.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.fluorite.batch.Batch;
import org.fluorite.batch.BatchItem;
import org.fluorite.batch.BatchRunner;
import org.fluorite.batch.ItemState;
import org.fluorite.batch.local.LocalExecutor;
import org.fluorite.batch.worker.WorkerLauncher;
import org.fluorite.cli.CommandLine;
import org.fluorite.core.json.Json;
import org.fluorite.smlm.batch.SmlmBatchTesting.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** localize-batch with real local worker processes against the single-process localize. */
class LocalBatchTest {

    @TempDir
    static Path data;
    static Path stack;
    /** The single-process table with a 5-frame background window (crosses every range boundary). */
    static List<String> referenceBackground;
    static List<String> referencePlain;
    @TempDir
    Path dir;

    @BeforeAll
    static void simulate() throws Exception {
        stack = data.resolve("sim.tif");
        SmlmBatchTesting.stack(stack);
        referenceBackground = SmlmBatchTesting.reference(stack, data.resolve("ref-bg.csv"), List.of("--background", "-5:0"));
        referencePlain = SmlmBatchTesting.reference(stack, data.resolve("ref.csv"), List.of());
    }

    private static CommandLine commandLine(WorkerLauncher launcher) {
        return SmlmBatchTesting.commandLine((id, n) -> {
            assertEquals("local", id);
            return new LocalExecutor(n, launcher, Duration.ofSeconds(2));
        });
    }

    @Test
    void threeItemsOnTwoWorkersGiveTheSingleProcessTable() throws Exception {
        Path out = dir.resolve("locs.csv");
        CommandLine cl = commandLine(SmlmBatchTesting.launcher());
        List<String> cmd = args("localize-batch", stack, "--out", out, "--items", "3", "--workers", "2", "--threads", "1",
                "--background", "-5:0", SmlmBatchTesting.CAMERA_OPTIONS, "--json");
        Run r = run(cl, cmd);
        assertEquals(0, r.exit(), r.err());
        SmlmBatchTesting.assertSameTable(referenceBackground, out);
        Map<?, ?> json = (Map<?, ?>) Json.parse(r.out());
        assertEquals(3, ((List<?>) json.get("items")).size());
        assertEquals(List.of("1:20", "21:40", "41:60"), ((List<?>) json.get("items")).stream().map(i -> ((Map<?, ?>) i).get("frames")).toList());
        assertEquals(referenceBackground.size() - 1, ((Number) json.get("localizations")).intValue());
        assertTrue(((Number) json.get("seconds")).doubleValue() > 0);
        assertEquals(((Number) json.get("localizations")).doubleValue() / ((Number) json.get("seconds")).doubleValue(),
                ((Number) json.get("localizationsPerSecond")).doubleValue(), 0.5 + 0.01 * ((Number) json.get("localizationsPerSecond")).doubleValue());
        assertEquals(false, json.get("reused"));
        Path batchDir = dir.resolve("locs.csv.batch");
        assertEquals(batchDir.toString(), json.get("batch"));
        Batch batch = Batch.open(batchDir);
        assertEquals(3, batch.items().size());
        for (BatchItem i : batch.items()) {
            assertEquals(ItemState.DONE, i.state(), i.toString());
            assertEquals("local", i.execution().executor());
            assertEquals("-5:0", i.parameters().get("background"));
        }

        // the same command again reuses the finished batch: nothing runs, the same table is written
        Files.delete(out);
        Run again = run(cl, cmd);
        assertEquals(0, again.exit(), again.err());
        assertEquals(true, ((Map<?, ?>) Json.parse(again.out())).get("reused"));
        SmlmBatchTesting.assertSameTable(referenceBackground, out);
        assertEquals(3, Batch.open(batchDir).items().size());

        // other parameters in the same folder are refused, naming it
        Run other = run(cl, args("localize-batch", stack, "--out", out, "--items", "2", "--workers", "2", "--threads", "1",
                SmlmBatchTesting.CAMERA_OPTIONS));
        assertEquals(CommandLine.EXIT_FAILURE, other.exit());
        assertTrue(other.err().contains(batchDir + " holds another localization"), other.err());
    }

    @Test
    void noRunThenBatchRunThenMergeGivesTheSameTable() throws Exception {
        Path out = dir.resolve("locs.csv");
        Path batchDir = dir.resolve("b");
        CommandLine cl = commandLine(SmlmBatchTesting.launcher());
        Run created = run(cl, args("localize-batch", stack, "--out", out, "--chunk-frames", "30", "--batch", batchDir, "--no-run",
                "--threads", "1", SmlmBatchTesting.CAMERA_OPTIONS));
        assertEquals(0, created.exit(), created.err());
        assertTrue(created.out().contains("localize-merge " + batchDir), created.out());
        assertFalse(Files.exists(out));
        Batch batch = Batch.open(batchDir);
        assertEquals(List.of("sim.tif frames 1-30", "sim.tif frames 31-60"), batch.items().stream().map(BatchItem::name).toList());
        assertTrue(batch.items().stream().allMatch(i -> i.state() == ItemState.QUEUED));

        Run early = run(cl, args("localize-merge", batchDir, "--out", out));
        assertEquals(CommandLine.EXIT_FAILURE, early.exit());
        assertTrue(early.err().contains("item 'sim.tif frames 1-30'") && early.err().contains("is queued"), early.err());
        assertFalse(Files.exists(out));

        try (LocalExecutor ex = new LocalExecutor(2, SmlmBatchTesting.launcher(), Duration.ofSeconds(2))) {
            BatchRunner.Summary s = new BatchRunner(batch, ex, BatchRunner.Options.DEFAULT.withPollInterval(Duration.ofMillis(100))).run();
            assertEquals(2, s.done(), s.toString());
        }
        Run merged = run(cl, args("localize-merge", batchDir, "--out", out, "--json"));
        assertEquals(0, merged.exit(), merged.err());
        assertEquals(referencePlain.size() - 1, ((Number) ((Map<?, ?>) Json.parse(merged.out())).get("localizations")).intValue());
        SmlmBatchTesting.assertSameTable(referencePlain, out);

        // a part lost after the run: the merge names its item and writes nothing
        BatchItem second = batch.items().get(1);
        Files.delete(batch.outputsDirectory(second.uuid()).resolve(LocalizeKind.OUTPUT));
        Path out2 = dir.resolve("again.csv");
        Run lost = run(cl, args("localize-merge", batchDir, "--out", out2));
        assertEquals(CommandLine.EXIT_FAILURE, lost.exit());
        assertTrue(lost.err().contains("item 'sim.tif frames 31-60' (" + second.uuid() + ", frames 31:60) has no result"), lost.err());
        assertFalse(Files.exists(out2));
    }

    @Test
    void aKilledWorkerFailsTheCommandNamingItsItemAndNothingIsWritten() throws Exception {
        Path out = dir.resolve("locs.csv");
        // interpreted workers (-Xint) take seconds for their frames, time enough to kill one
        CommandLine cl = commandLine(SmlmBatchTesting.launcher("-Xint"));
        CompletableFuture<Run> running = CompletableFuture.supplyAsync(() -> run(cl, args("localize-batch", stack, "--out", out,
                "--items", "2", "--workers", "2", "--threads", "1", SmlmBatchTesting.CAMERA_OPTIONS)));
        Path batchDir = dir.resolve("locs.csv.batch");
        String killed = null;
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (killed == null && System.nanoTime() < end && !running.isDone()) {
            if (Files.isRegularFile(batchDir.resolve(Batch.INDEX))) {
                Batch b = Batch.open(batchDir);
                for (BatchItem i : b.items()) {
                    if (i.state() == ItemState.RUNNING && i.execution().jobId() != null && i.name().endsWith("1-30")) {
                        ProcessHandle.of(Long.parseLong(i.execution().jobId())).ifPresent(ProcessHandle::destroyForcibly);
                        killed = i.uuid();
                    }
                }
            }
            Thread.sleep(50);
        }
        assertTrue(killed != null, "the first item was never seen running");
        Run r = running.get(60, TimeUnit.SECONDS);
        assertEquals(CommandLine.EXIT_FAILURE, r.exit(), r.out());
        assertTrue(r.err().contains("item 'sim.tif frames 1-30' (" + killed + ") failed"), r.err());
        assertTrue(r.err().contains("137") || r.err().contains("SIGKILL"), r.err());
        assertTrue(r.err().contains("nothing was written to " + out), r.err());
        assertFalse(Files.exists(out));
        Batch b = Batch.open(batchDir);
        assertEquals(ItemState.FAILED, b.item(killed).orElseThrow().state());
        BatchItem other = b.items().get(1);
        assertEquals(ItemState.DONE, other.state(), "the other item finished");

        // the same command again re-runs only the failed item and writes the single-process table
        Run again = run(commandLine(SmlmBatchTesting.launcher()), args("localize-batch", stack, "--out", out, "--items", "2",
                "--workers", "2", "--threads", "1", SmlmBatchTesting.CAMERA_OPTIONS));
        assertEquals(0, again.exit(), again.err());
        SmlmBatchTesting.assertSameTable(referencePlain, out);
        b.refresh();
        assertEquals(ItemState.DONE, b.item(killed).orElseThrow().state());
        assertEquals(other.finished(), b.item(other.uuid()).orElseThrow().finished(), "the done item was not run again");
    }
}
