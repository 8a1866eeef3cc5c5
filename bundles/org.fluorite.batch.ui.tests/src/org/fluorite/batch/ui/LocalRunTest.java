package org.fluorite.batch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.fluorite.batch.Batch;
import org.fluorite.batch.BatchItem;
import org.fluorite.batch.ItemState;
import org.fluorite.batch.ui.motion.MotionBatchParameters;
import org.fluorite.motion.MotionCorrectionSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Items run for real by local worker processes (plain-JVM workers) started from the panel's buttons. */
class LocalRunTest {

    @TempDir
    Path dir;

    /** The item as the list shows it (a queued placeholder until the list has it). */
    private static BatchItem state(PanelHarness h, String uuid) {
        return h.panel.table().items().stream().filter(i -> i.uuid().equals(uuid)).findFirst()
                .orElseGet(() -> new BatchItem(uuid, "?", "?", null, null, ItemState.QUEUED, null, null, null, null, null, null, null, false));
    }

    @Test
    void motionCorrectionRunsAndAnItemAddedWhileRunningFollows() throws Exception {
        Movies.Movie movie = Movies.write(dir.resolve("movie.tif"), 11);
        try (PanelHarness h = new PanelHarness()) {
            h.session.setExecutorFactory(c -> TestWorkers.local(c.workers()));
            h.panel.createBatch(dir.resolve("batch"));
            MotionCorrectionSettings settings = MotionCorrectionSettings.DEFAULTS.withMaxShifts(4, 4);
            BatchItem mc = h.session.add(MotionBatchParameters.item(movie.file(), null, settings));
            h.pumpUntil(() -> h.panel.table().items().size() == 1, "the added item in the list");
            assertEquals("movie.tif mc", h.panel.table().control().getItem(0).getText(0));
            h.press("Start");
            assertTrue(h.session.isRunning(), h.host.errors.toString());
            assertTrue(h.panel.runStateText().startsWith("Running (local, 1 worker)"), h.panel.runStateText());
            assertFalse(h.panel.button("Start").isEnabled());
            // added while the batch runs, as Process > Motion Correction to Batch does
            BatchItem nap = h.session.add(BatchItem.create("test-nap", "nap", Map.of("seconds", 0.3), List.of()));
            h.pumpUntil(() -> state(h, mc.uuid()).state() == ItemState.RUNNING, "the motion correction running");
            assertEquals(BatchManagerPanelTest.COLOURS.get(ItemState.RUNNING), h.panel.table().control().getItem(0).getBackground().getRGB());
            h.pumpUntil(() -> !h.session.isRunning() && h.panel.runStateText().startsWith("Finished"), "the end of the run", 90_000);
            assertEquals("Finished: 2 done, 0 failed, 0 aborted, 0 queued", h.panel.runStateText());
            h.pumpFor(200);
            for (int row = 0; row < 2; row++) {
                assertEquals("done", h.panel.table().control().getItem(row).getText(2));
                assertEquals(BatchManagerPanelTest.COLOURS.get(ItemState.DONE), h.panel.table().control().getItem(row).getBackground().getRGB());
            }
            Batch batch = h.session.batch();
            Path out = batch.outputsDirectory(mc.uuid());
            assertTrue(Files.size(out.resolve("corrected.tif")) > Movies.WIDTH * Movies.HEIGHT * Movies.FRAMES * 4L, "float32 movie written");
            assertShiftsUndoMotion(out.resolve("shifts.csv"), movie);
            assertEquals("napped 0.3 s\n", Files.readString(batch.outputsDirectory(nap.uuid()).resolve("nap.txt")));
            // the item's stdout: the worker's header and the command's own summary line
            h.panel.select(mc.uuid());
            h.pumpUntil(() -> h.panel.log().shownText().contains("Wrote " + batch.partialOutputsDirectory(mc.uuid()).resolve("corrected.tif")),
                    "motion-correct's summary in the stdout pane");
            assertTrue(h.panel.log().shownText().startsWith("=== "), h.panel.log().shownText());
            h.panel.table().control().notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
            assertEquals(List.of(List.of(out.resolve("corrected.tif"), out.resolve("shifts.csv"))), h.host.opened);
            assertTrue(h.host.errors.isEmpty(), h.host.errors.toString());
        }
    }

    /** x[t] + dx[t] (and y) is the template's own offset, the same in every frame, within 0.1 px. */
    private static void assertShiftsUndoMotion(Path csv, Movies.Movie movie) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        assertEquals("frame,x,y", lines.get(0));
        assertEquals(Movies.FRAMES + 1, lines.size());
        double[] ex = new double[Movies.FRAMES];
        double[] ey = new double[Movies.FRAMES];
        for (int t = 0; t < Movies.FRAMES; t++) {
            String[] f = lines.get(t + 1).split(",");
            assertEquals(t, Integer.parseInt(f[0]));
            ex[t] = Double.parseDouble(f[1]) + movie.dx()[t];
            ey[t] = Double.parseDouble(f[2]) + movie.dy()[t];
        }
        for (int t = 1; t < Movies.FRAMES; t++) {
            assertEquals(ex[0], ex[t], 0.1, "x shift of frame " + t + " against the simulated " + movie.dx()[t] + " px");
            assertEquals(ey[0], ey[t], 0.1, "y shift of frame " + t + " against the simulated " + movie.dy()[t] + " px");
        }
    }

    @Test
    void abortItemStopsTheRunningWorkerAndTheBatchGoesOn() throws Exception {
        try (PanelHarness h = new PanelHarness()) {
            h.session.setExecutorFactory(c -> TestWorkers.local(c.workers()));
            h.panel.createBatch(dir.resolve("batch"));
            BatchItem longNap = h.session.add(BatchItem.create("test-nap", "long nap", Map.of("seconds", 60), List.of()));
            BatchItem shortNap = h.session.add(BatchItem.create("test-nap", "short nap", Map.of("seconds", 0.2), List.of()));
            BatchItem later = h.session.add(BatchItem.create("test-nap", "not reached", Map.of("seconds", 0.2), List.of()));
            h.panel.executorControls().setChoice(new ExecutorChoice("local", 1, null));
            h.press("Start");
            h.pumpUntil(() -> state(h, longNap.uuid()).state() == ItemState.RUNNING, "the long nap running");
            // nothing selected: the pane follows the running item
            h.pumpUntil(() -> h.panel.log().shownText().contains("nap 3/600"), "the running item's live stdout");
            h.panel.select(longNap.uuid());
            assertTrue(h.panel.button("Abort Item").isEnabled());
            h.press("Abort Item");
            h.pumpUntil(() -> state(h, longNap.uuid()).state() == ItemState.ABORTED, "the long nap aborted", 20_000);
            h.pumpUntil(() -> state(h, shortNap.uuid()).state() == ItemState.DONE, "the next item done after the abort", 30_000);
            assertEquals(BatchManagerPanelTest.COLOURS.get(ItemState.ABORTED), h.panel.table().control().getItem(0).getBackground().getRGB());
            assertTrue(h.panel.informationText().startsWith("Aborted: "), h.panel.informationText());
            assertFalse(Files.exists(h.session.batch().outputsDirectory(longNap.uuid()).resolve("nap.txt")), "an aborted item has no output");
            // abort batch while the third item waits or runs: it ends aborted or done, never left running
            h.pumpUntil(() -> state(h, later.uuid()).state() != ItemState.QUEUED || !h.session.isRunning(), "the third item picked up");
            h.press("Abort Batch");
            h.pumpUntil(() -> !h.session.isRunning(), "the run stopped", 20_000);
            h.pumpFor(700);
            ItemState third = state(h, later.uuid()).state();
            assertTrue(third == ItemState.ABORTED || third == ItemState.DONE || third == ItemState.QUEUED, third.label());
            assertTrue(h.panel.runStateText().matches("Finished: [12] done, 0 failed, [12] aborted, [01] queued"), h.panel.runStateText());
            assertTrue(h.panel.button("Start").isEnabled());
            assertFalse(h.panel.button("Abort Batch").isEnabled());
            h.capture("batch-manager-after-abort");
        }
    }

    @Test
    void startAtSelectionAndScheduledStart() throws Exception {
        try (PanelHarness h = new PanelHarness()) {
            h.session.setExecutorFactory(c -> TestWorkers.local(c.workers()));
            h.panel.createBatch(dir.resolve("batch"));
            BatchItem first = h.session.add(BatchItem.create("test-nap", "first", Map.of("seconds", 0.1), List.of()));
            BatchItem second = h.session.add(BatchItem.create("test-nap", "second", Map.of("seconds", 0.1), List.of()));
            h.pumpUntil(() -> h.panel.table().items().size() == 2, "two items");
            h.panel.select(second.uuid());
            h.press("Start at Selection");
            h.pumpUntil(() -> !h.session.isRunning() && h.panel.runStateText().startsWith("Finished"), "the run from the selection", 60_000);
            assertEquals(ItemState.QUEUED, state(h, first.uuid()).state(), "an item before the selection is left alone");
            assertEquals(ItemState.DONE, state(h, second.uuid()).state());

            Instant at = Instant.now().plusMillis(2500);
            h.host.startTime = at;
            h.press("Schedule Start...");
            assertTrue(h.panel.runStateText().startsWith("Scheduled for "), h.panel.runStateText());
            h.pumpFor(1500);
            assertEquals(ItemState.QUEUED, state(h, first.uuid()).state(), "nothing starts before the scheduled time");
            h.pumpUntil(() -> state(h, first.uuid()).state() == ItemState.DONE, "the scheduled run", 60_000);
            assertFalse(state(h, first.uuid()).started().isBefore(at), "started " + state(h, first.uuid()).started() + ", scheduled " + at);
        }
    }

    @Test
    void afterAKilledWorkbenchStartMarksItemsWhoseWorkersAreGoneAndKeepsDoneOutputs() throws Exception {
        // the fixture's running and moving items name worker 999999, which does not exist: what a
        // workbench killed mid-batch (with its workers) leaves behind
        StateFixture f = new StateFixture(dir);
        f.batch.remove(f.queued.uuid(), true);
        try (PanelHarness h = new PanelHarness()) {
            h.session.setExecutorFactory(c -> TestWorkers.local(c.workers()));
            h.panel.openBatch(f.batch.directory());
            h.press("Start");
            h.pumpUntil(() -> !h.session.isRunning() && h.panel.runStateText().startsWith("Finished"), "the recovering run", 30_000);
            assertEquals("Finished: 1 done, 3 failed, 1 aborted, 0 queued", h.panel.runStateText());
            for (BatchItem left : List.of(f.running, f.moving)) {
                BatchItem now = state(h, left.uuid());
                assertEquals(ItemState.FAILED, now.state(), now.name());
                assertTrue(now.error().startsWith("interrupted: its worker (local 999999) is gone"), now.error());
            }
            assertEquals(ItemState.DONE, state(h, f.done.uuid()).state());
            assertTrue(Files.isRegularFile(h.session.batch().outputsDirectory(f.done.uuid()).resolve("corrected.tif")), "done outputs intact");
            h.panel.select(f.moving.uuid());
            assertTrue(h.panel.informationText().startsWith("Error: interrupted: "), h.panel.informationText());
        }
    }
}
