package org.fluorite.batch.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fluorite.batch.Batch;
import org.fluorite.batch.BatchItem;
import org.fluorite.batch.ItemState;

/**
 * A batch made with the engine's API holding one item in each state, as workers and executors
 * leave them: queued, running, moving outputs, done (two output files), failed (an error and a
 * log), aborted. No worker runs; the states are written the way the engine writes them.
 */
final class StateFixture {

    static final String FAILED_ERROR = "motion-correct: /data/b.tif: frame 3 is truncated (needs 8192 bytes, 1200 left)";
    static final String ABORTED_ERROR = "aborted by the user";
    /** Lines of the failed item's log (more than a pane's worth is not needed: the tail is checked). */
    static final List<String> FAILED_LOG = List.of("=== 2026-11-22T02:00:00Z local worker: fluorite worker run B U",
            "motion-correct: reading /data/b.tif", "frame 1/40", "frame 2/40", "frame 3/40", FAILED_ERROR);

    final Path input;
    final Batch batch;
    final BatchItem queued;
    final BatchItem running;
    final BatchItem moving;
    final BatchItem done;
    final BatchItem failed;
    final BatchItem aborted;

    StateFixture(Path root) throws IOException {
        input = root.resolve("movie.tif");
        Files.writeString(input, "not read by these tests");
        batch = Batch.create(root.resolve("batch"));
        List<String> in = List.of(input.toString());
        queued = batch.add(BatchItem.create("motion-correct", "a queued", Map.of("max-shifts", "4,4"), in));
        BatchItem.Execution how = new BatchItem.Execution("local", "999999", null, "testhost");
        running = batch.update(batch.add(BatchItem.create("motion-correct", "b running", Map.of(), in)).uuid(), i -> i.started(how));
        moving = batch.update(batch.add(BatchItem.create("motion-correct", "c moving", Map.of(), in)).uuid(),
                i -> i.started(how).withState(ItemState.MOVING_OUTPUTS));
        BatchItem d = batch.add(BatchItem.create("motion-correct", "d done", Map.of("piecewise", true), in));
        Files.writeString(batch.outputsDirectory(d.uuid()).resolve("corrected.tif"), "tif");
        Files.writeString(batch.outputsDirectory(d.uuid()).resolve("shifts.csv"), "frame,x,y\n");
        done = batch.update(d.uuid(), i -> i.started(how).withOutputs(List.of("corrected.tif", "shifts.csv")).finished(ItemState.DONE, 0, null));
        BatchItem f = batch.add(BatchItem.create("motion-correct", "e failed", Map.of(), List.of("/data/b.tif")));
        Files.writeString(batch.logFile(f.uuid()), String.join("\n", FAILED_LOG) + "\n", StandardCharsets.UTF_8);
        failed = batch.update(f.uuid(), i -> i.started(how).finished(ItemState.FAILED, 1, FAILED_ERROR));
        aborted = batch.update(batch.add(BatchItem.create("motion-correct", "f aborted", Map.of(), in)).uuid(),
                i -> i.started(how).withAbortRequested(true).finished(ItemState.ABORTED, 143, ABORTED_ERROR));
    }

    List<BatchItem> all() {
        return List.of(queued, running, moving, done, failed, aborted);
    }
}
