package org.fluorite.batch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fluorite.batch.Batch;
import org.fluorite.batch.BatchItem;
import org.fluorite.batch.BatchTestAccess;
import org.fluorite.batch.ItemState;
import org.fluorite.batch.worker.WorkerLauncher;
import org.fluorite.batch.worker.WorkerMain;
import org.fluorite.cli.CommandLine;
import org.fluorite.core.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./fluorite batch ...} and {@code worker run} end to end, workers as real processes. */
class BatchCommandTest {

    @TempDir
    static Path data;
    static Path movie;
    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() throws Exception {
        movie = BatchTestAccess.movie(data.resolve("movie.tif"), 9);
        System.setProperty(WorkerLauncher.CLASSPATH_PROPERTY, BatchTestAccess.classPath());
        System.setProperty(WorkerLauncher.JVM_ARGS_PROPERTY, "-Xmx256m -XX:TieredStopAtLevel=1");
        System.setProperty(WorkerMain.CONTRIBUTIONS_PROPERTY, BatchTestAccess.contributions());
    }

    @AfterAll
    static void tearDown() {
        System.clearProperty(WorkerLauncher.CLASSPATH_PROPERTY);
        System.clearProperty(WorkerLauncher.JVM_ARGS_PROPERTY);
        System.clearProperty(WorkerMain.CONTRIBUTIONS_PROPERTY);
    }

    record Run(int exit, String out, String err) {
        @SuppressWarnings("unchecked")
        Map<String, Object> json() {
            return (Map<String, Object>) Json.parse(out);
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            CommandLine cl = WorkerMain.commandLine(e);
            int exit = cl.execute(args, o, e);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void createAddRunStatusAsTheIssueSpellsThem() throws Exception {
        String b = dir.resolve("batch").toString();
        Run c = run("batch", "create", b);
        assertEquals(0, c.exit(), c.err());
        assertEquals("Created batch " + b + "\n", c.out());
        Run add = run("batch", "add", b, "motion-correct", movie.toString(), "--name", "shaky", "--param", "threads=1",
                "--param", "output-type=uint16");
        assertEquals(0, add.exit(), add.err());
        String uuid = add.out().strip();
        assertTrue(uuid.matches("[0-9a-f-]{36}"), uuid);
        Run add2 = run("batch", "add", b, "wait", "-", "--param", "seconds=0.3", "--json");
        assertEquals(0, add2.exit(), add2.err());
        assertEquals("queued", add2.json().get("state"));

        Run queued = run("batch", "status", b, "--json");
        assertEquals(0, queued.exit());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) queued.json().get("items");
        assertEquals(2, items.size());
        Map<String, Object> first = items.get(0);
        assertEquals(uuid, first.get("uuid"));
        assertEquals("shaky", first.get("name"));
        assertEquals("motion-correct", first.get("kind"));
        assertEquals("queued", first.get("state"));
        assertEquals(Map.of("threads", 1L, "output-type", "uint16"), first.get("parameters"));
        assertEquals(List.of(movie.toString()), first.get("inputs"));

        Run r = run("batch", "run", b, "--executor", "local", "--workers", "2");
        assertEquals(0, r.exit(), r.err());
        assertEquals("Batch " + b + ": 2 done, 0 failed, 0 aborted, 0 queued\n", r.out());
        assertTrue(r.err().contains("shaky (" + uuid + ") running"), r.err());
        assertTrue(r.err().contains("shaky (" + uuid + ") done"), r.err());

        Run done = run("batch", "status", b, "--json");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> after = (List<Map<String, Object>>) done.json().get("items");
        assertEquals("done", after.get(0).get("state"));
        assertEquals("done", after.get(0).get("detail"));
        assertEquals(0L, after.get(0).get("exitCode"));
        Path shifts = Path.of(b, uuid, "outputs", "shifts.csv");
        assertEquals(List.of(Path.of(b, uuid, "outputs", "corrected.tif").toString(), shifts.toString()), after.get(0).get("outputs"));
        BatchTestAccess.assertShiftsUndoMotion(shifts, movie);
        Run text = run("batch", "status", b);
        assertTrue(text.out().startsWith(uuid + "  done"), text.out());
    }

    @Test
    void badArgumentsAreUsageErrors() throws Exception {
        String b = dir.resolve("batch").toString();
        assertEquals(0, run("batch", "create", b).exit());
        Run unknownKind = run("batch", "add", b, "deconvolve", movie.toString());
        assertEquals(2, unknownKind.exit());
        assertTrue(unknownKind.err().contains("unknown batch item kind 'deconvolve' (installed: motion-correct, wait)"), unknownKind.err());
        Run badParam = run("batch", "add", b, "motion-correct", movie.toString(), "--param", "max-shift=3");
        assertEquals(2, badParam.exit());
        assertTrue(badParam.err().contains("unknown parameter 'max-shift' for motion-correct"), badParam.err());
        Run noInput = run("batch", "add", b, "motion-correct", dir.resolve("none.tif").toString());
        assertEquals(2, noInput.exit());
        assertTrue(noInput.err().contains("does not exist"), noInput.err());
        Run badExecutor = run("batch", "run", b, "--executor", "pbs");
        assertEquals(2, badExecutor.exit());
        assertTrue(badExecutor.err().contains("--executor takes local or slurm, not 'pbs'"), badExecutor.err());
        Run notABatch = run("batch", "status", dir.toString());
        assertEquals(1, notABatch.exit());
        assertTrue(notABatch.err().contains(dir.resolve("batch.json") + ": not found"), notABatch.err());
        Run twice = run("batch", "create", b);
        assertEquals(1, twice.exit());
        assertTrue(twice.err().contains("not empty"), twice.err());
        Files.writeString(Path.of(b, "batch.json"), "{\"format\":");
        Run damaged = run("batch", "status", b, "--json");
        assertEquals(1, damaged.exit());
        assertTrue(damaged.err().contains(Path.of(b, "batch.json") + ": is damaged"), damaged.err());
        assertEquals("", damaged.out());
    }

    @Test
    void aFailedItemMakesRunExitNonZeroAndAbortDeleteExportWork() throws Exception {
        String b = dir.resolve("batch").toString();
        run("batch", "create", b);
        String bad = run("batch", "add", b, "wait", "-", "--name", "bad", "--param", "seconds=0", "--param", "fail=true").out().strip();
        String queued = run("batch", "add", b, "wait", "-", "--name", "later", "--param", "seconds=0").out().strip();
        Run abort = run("batch", "abort", b, "later");
        assertEquals(0, abort.exit(), abort.err());
        assertEquals(queued + " aborted\n", abort.out());
        Run r = run("batch", "run", b, "--workers", "1");
        assertEquals(1, r.exit());
        assertEquals("Batch " + b + ": 0 done, 1 failed, 1 aborted, 0 queued\n", r.out());
        assertTrue(r.err().contains("item bad (" + bad + ") failed: wait failed (exit status 1)"), r.err());

        Run export = run("batch", "export-scripts", b, dir.resolve("scripts").toString());
        assertEquals(0, export.exit(), export.err());
        assertEquals(dir.resolve("scripts").resolve(bad + ".sh") + "\n" + dir.resolve("scripts").resolve(queued + ".sh") + "\n", export.out());
        String script = Files.readString(dir.resolve("scripts").resolve(bad + ".sh"));
        assertTrue(script.contains("#SBATCH --job-name=fluorite-bad"), script);
        assertTrue(script.contains("ITEMS=(" + bad + ")"), script);
        assertTrue(script.contains(WorkerMain.class.getName() + " worker run " + b + " \"$ITEM\""), script);

        Run del = run("batch", "delete", b, bad, "--outputs");
        assertEquals(0, del.exit(), del.err());
        assertFalse(Files.exists(Path.of(b, bad)));
        Batch batch = Batch.open(Path.of(b));
        assertEquals(List.of(queued), batch.items().stream().map(BatchItem::uuid).toList());
        assertEquals(ItemState.ABORTED, batch.items().get(0).state());
    }

    @Test
    void workerRunIsWhatExecutorsStart() throws Exception {
        Batch batch = Batch.create(dir.resolve("batch"));
        BatchItem w = batch.add(BatchItem.create("wait", "w", Map.of("seconds", 0), List.of()));
        Run r = run("worker", "run", batch.directory().toString(), w.uuid());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("test-wait: waiting 0 s") || r.out().contains("test-wait: waiting 0.0 s"), r.out());
        batch.refresh();
        BatchItem done = batch.item(w.uuid()).orElseThrow();
        assertEquals(ItemState.DONE, done.state());
        assertEquals(List.of("waited.txt"), done.outputs());
        assertEquals("local", done.execution().executor());
        assertEquals(Long.toString(ProcessHandle.current().pid()), done.execution().jobId());
        // running a done item again changes nothing; an aborted one is not run
        assertEquals(0, run("worker", "run", batch.directory().toString(), w.uuid()).exit());
        BatchItem a = batch.add(BatchItem.create("wait", "a", Map.of("seconds", 0), List.of()));
        batch.update(a.uuid(), i -> i.withAbortRequested(true).finished(ItemState.ABORTED, null, "aborted by the user"));
        assertEquals(3, run("worker", "run", batch.directory().toString(), a.uuid()).exit());
        assertEquals(2, run("worker", "go", batch.directory().toString(), a.uuid()).exit());
    }
}
