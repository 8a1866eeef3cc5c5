package org.fluorite.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch directory: items, atomic files, events, damage reported with the file's name. */
class BatchStoreTest {

    @TempDir
    Path dir;

    @Test
    void itemsSurviveReopeningWithEveryField() throws Exception {
        Batch b = Batch.create(dir.resolve("b"));
        BatchItem a = b.add(BatchItem.create("motion-correct", "first", Map.of("piecewise", true, "max-shifts", 4),
                List.of("/data/movie one.tif")));
        BatchItem c = b.add(BatchItem.create("motion-correct", "second", Map.of(), List.of("/data/two.tif")));
        b.update(a.uuid(), i -> i.started(new BatchItem.Execution("local", "1234", "2026-01-01T00:00:00Z", "host1")));
        b.update(a.uuid(), i -> i.finished(ItemState.FAILED, 137, "killed").withOutputs(List.of("x.csv")));

        Batch again = Batch.open(dir.resolve("b"));
        assertEquals(List.of(a.uuid(), c.uuid()), again.items().stream().map(BatchItem::uuid).toList(), "batch order kept");
        BatchItem r = again.item(a.uuid()).orElseThrow();
        assertEquals("first", r.name());
        assertEquals(Map.of("piecewise", true, "max-shifts", 4L), r.parameters());
        assertEquals(List.of("/data/movie one.tif"), r.inputs());
        assertEquals(ItemState.FAILED, r.state());
        assertEquals(137, r.exitCode());
        assertEquals("killed", r.error());
        assertEquals(List.of("x.csv"), r.outputs());
        assertEquals(new BatchItem.Execution("local", "1234", "2026-01-01T00:00:00Z", "host1"), r.execution());
        assertTrue(r.started() != null && r.finished() != null && !r.finished().isBefore(r.started()));
        assertEquals(ItemState.QUEUED, again.item(c.uuid()).orElseThrow().state());
        assertTrue(Files.isDirectory(again.outputsDirectory(c.uuid())));
        // no temporary files left beside the atomic writes
        try (var s = Files.walk(dir)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().endsWith(".part")).toList());
        }
    }

    @Test
    void statesHaveTheBatchManagerColoursAndStatusWords() {
        assertEquals("running", ItemState.MOVING_OUTPUTS.statusLabel());
        assertEquals("moving outputs", ItemState.MOVING_OUTPUTS.label());
        assertEquals(ItemState.MOVING_OUTPUTS, ItemState.fromLabel("moving_outputs"));
        assertEquals(0xFFD700, ItemState.RUNNING.rgb()); // yellow
        assertEquals(0x2EB82E, ItemState.DONE.rgb()); // green
        assertEquals(0xE03C31, ItemState.FAILED.rgb()); // red
        assertEquals(0xFF8C00, ItemState.ABORTED.rgb()); // orange
        assertEquals(0x4A90E2, ItemState.MOVING_OUTPUTS.rgb()); // blue
        assertTrue(ItemState.DONE.isFinal() && ItemState.FAILED.isFinal() && ItemState.ABORTED.isFinal());
        assertFalse(ItemState.QUEUED.isFinal() || ItemState.RUNNING.isFinal() || ItemState.MOVING_OUTPUTS.isFinal());
        assertThrows(IllegalArgumentException.class, () -> ItemState.fromLabel("finished"));
    }

    @Test
    void listenersHearOwnChangesAndOnesFoundOnDisk() throws Exception {
        Batch b = Batch.create(dir.resolve("b"));
        List<String> heard = new ArrayList<>();
        b.addListener(e -> heard.add(e.type() + ":" + e.item().state().label()));
        BatchItem a = b.add(BatchItem.create("wait", "w", Map.of(), List.of()));
        b.update(a.uuid(), i -> i.started(BatchItem.Execution.NONE));
        b.update(a.uuid(), i -> i); // no change, no event
        // another process (a worker) marks it done
        Batch other = Batch.open(dir.resolve("b"));
        other.update(a.uuid(), i -> i.finished(ItemState.DONE, 0, null));
        BatchItem added = other.add(BatchItem.create("wait", "added while running", Map.of(), List.of()));
        assertEquals(List.of("ADDED:queued", "CHANGED:running"), heard);
        b.refresh();
        assertEquals(List.of("ADDED:queued", "CHANGED:running", "CHANGED:done", "ADDED:queued"), heard);
        other.remove(added.uuid(), true);
        b.refresh();
        assertEquals("REMOVED:queued", heard.get(heard.size() - 1));
        assertFalse(Files.exists(b.itemDirectory(added.uuid())), "deleted with its outputs");
    }

    @Test
    void deleteKeepsOrRemovesTheFolderAndRefusesARunningItem() throws Exception {
        Batch b = Batch.create(dir.resolve("b"));
        BatchItem keep = b.add(BatchItem.create("wait", "keep", Map.of(), List.of()));
        BatchItem run = b.add(BatchItem.create("wait", "run", Map.of(), List.of()));
        Files.writeString(b.outputsDirectory(keep.uuid()).resolve("result.csv"), "a\n1\n");
        b.remove(keep.uuid(), false);
        assertTrue(Files.isRegularFile(b.outputsDirectory(keep.uuid()).resolve("result.csv")), "outputs kept without --outputs");
        assertEquals(1, Batch.open(b.directory()).items().size());
        b.update(run.uuid(), i -> i.started(BatchItem.Execution.NONE));
        BatchFileException e = assertThrows(BatchFileException.class, () -> b.remove(run.uuid(), true));
        assertTrue(e.getMessage().contains("abort it before deleting"), e.getMessage());
        assertTrue(Files.isDirectory(b.itemDirectory(run.uuid())));
    }

    @Test
    void damagedIndexIsReportedWithItsFileName() throws Exception {
        Batch b = Batch.create(dir.resolve("b"));
        b.add(BatchItem.create("wait", "w", Map.of(), List.of()));
        Path index = b.index();
        byte[] good = Files.readAllBytes(index);
        Files.write(index, java.util.Arrays.copyOf(good, good.length / 2));
        BatchFileException e = assertThrows(BatchFileException.class, () -> Batch.open(b.directory()));
        assertTrue(e.getMessage().startsWith(index + ": is damaged: Invalid JSON"), e.getMessage());
        assertEquals(index, e.file());

        Files.writeString(index, "{\"format\":\"something else\",\"version\":1,\"items\":[]}");
        e = assertThrows(BatchFileException.class, () -> Batch.open(b.directory()));
        assertTrue(e.getMessage().contains("not a Fluorite batch index"), e.getMessage());

        Files.writeString(index, "{\"format\":\"fluorite-batch\",\"version\":7,\"items\":[]}");
        e = assertThrows(BatchFileException.class, () -> Batch.open(b.directory()));
        assertTrue(e.getMessage().contains("newer Fluorite (batch format version 7"), e.getMessage());

        Files.writeString(index, "{\"format\":\"fluorite-batch\",\"version\":1,\"items\":[\"../../etc\"]}");
        e = assertThrows(BatchFileException.class, () -> Batch.open(b.directory()));
        assertTrue(e.getMessage().contains("invalid or repeated item id"), e.getMessage());

        Files.write(index, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        e = assertThrows(BatchFileException.class, () -> Batch.open(b.directory()));
        assertTrue(e.getMessage().startsWith(index.toString()), e.getMessage());

        Files.delete(index);
        e = assertThrows(BatchFileException.class, () -> Batch.open(b.directory()));
        assertTrue(e.getMessage().contains("is not a Fluorite batch"), e.getMessage());
    }

    @Test
    void damagedItemIsReportedWithItsFileName() throws Exception {
        Batch b = Batch.create(dir.resolve("b"));
        BatchItem a = b.add(BatchItem.create("wait", "w", Map.of(), List.of()));
        Path f = b.itemFile(a.uuid());
        Files.writeString(f, Files.readString(f).replace("\"queued\"", "\"sleeping\""));
        BatchFileException e = assertThrows(BatchFileException.class, () -> Batch.open(b.directory()));
        assertTrue(e.getMessage().startsWith(f + ": damaged item: unknown item state 'sleeping'"), e.getMessage());
        Files.writeString(f, "[1,2]");
        e = assertThrows(BatchFileException.class, () -> Batch.open(b.directory()));
        assertTrue(e.getMessage().startsWith(f + ": damaged item"), e.getMessage());
        Files.delete(f);
        e = assertThrows(BatchFileException.class, () -> Batch.open(b.directory()));
        assertEquals(f + ": is missing", e.getMessage());
    }

    @Test
    void aNewBatchNeedsAnEmptyDirectory() throws Exception {
        Files.writeString(dir.resolve("other.txt"), "x");
        BatchFileException e = assertThrows(BatchFileException.class, () -> Batch.create(dir));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
    }

    @Test
    void findAcceptsUuidPrefixOrName() throws Exception {
        Batch b = Batch.create(dir.resolve("b"));
        BatchItem a = b.add(BatchItem.create("wait", "alpha", Map.of(), List.of()));
        b.add(BatchItem.create("wait", "beta", Map.of(), List.of()));
        assertEquals(a.uuid(), b.find(a.uuid()).uuid());
        assertEquals(a.uuid(), b.find(a.uuid().substring(0, 13)).uuid());
        assertEquals(a.uuid(), b.find("alpha").uuid());
        assertThrows(IllegalArgumentException.class, () -> b.find("gamma"));
        assertThrows(IllegalArgumentException.class, () -> b.itemDirectory("../x"));
    }

    @Test
    void logTailReturnsOnlyNewText() throws Exception {
        Batch b = Batch.create(dir.resolve("b"));
        BatchItem a = b.add(BatchItem.create("wait", "w", Map.of(), List.of()));
        LogTail tail = b.logTail(a.uuid());
        assertEquals("", tail.read(), "no log yet");
        Files.writeString(b.logFile(a.uuid()), "line 1\n", StandardCharsets.UTF_8);
        assertEquals("line 1\n", tail.read());
        assertEquals("", tail.read());
        Files.writeString(b.logFile(a.uuid()), "line 2\nline 3\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertEquals("line 2\nline 3\n", tail.read());
        assertEquals("line 3", LogTail.lastLines(b.logFile(a.uuid()), 1));
        // a big log: the first read of a new tail gives only its end
        Files.writeString(b.logFile(a.uuid()), "x".repeat(200_000) + "\nend\n", StandardCharsets.UTF_8);
        String first = b.logTail(a.uuid()).read();
        assertEquals(LogTail.FIRST_READ_BYTES, first.length());
        assertTrue(first.endsWith("\nend\n"));
    }

    @Test
    void itemJsonRoundTripsAndRejectsMissingFields() {
        BatchItem a = BatchItem.create("motion-correct", "n", Map.of("k", 1.5), List.of("/x.tif"));
        assertEquals(a, BatchItem.fromJson(org.fluorite.core.json.Json.parse(org.fluorite.core.json.Json.write(a.toJson()))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BatchItem.fromJson(Map.of("uuid", "a", "state", "queued")));
        assertEquals("'kind' is missing or not a text", e.getMessage());
        BatchItem q = a.started(BatchItem.Execution.NONE).finished(ItemState.FAILED, 1, "x").requeued();
        assertEquals(ItemState.QUEUED, q.state());
        assertNull(q.started());
        assertNull(q.error());
    }
}
