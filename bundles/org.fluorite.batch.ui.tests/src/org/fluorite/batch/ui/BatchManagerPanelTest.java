package org.fluorite.batch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.fluorite.batch.Batch;
import org.fluorite.batch.BatchItem;
import org.fluorite.batch.ItemState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch manager panel on a real display over a batch made with the engine's API. */
class BatchManagerPanelTest {

    /** Expected row colours (RGB) of the Mesmerize batch manager, by state. */
    static final Map<ItemState, RGB> COLOURS = Map.of(ItemState.RUNNING, new RGB(0xFF, 0xD7, 0x00), ItemState.MOVING_OUTPUTS,
            new RGB(0x4A, 0x90, 0xE2), ItemState.DONE, new RGB(0x2E, 0xB8, 0x2E), ItemState.FAILED, new RGB(0xE0, 0x3C, 0x31),
            ItemState.ABORTED, new RGB(0xFF, 0x8C, 0x00));

    @TempDir
    Path dir;

    @Test
    void rowsAreColouredByStateOnScreen() throws Exception {
        StateFixture f = new StateFixture(dir);
        try (PanelHarness h = new PanelHarness()) {
            h.panel.openBatch(f.batch.directory());
            Table table = h.panel.table().control();
            assertEquals(6, table.getItemCount());
            for (int i = 0; i < 6; i++) {
                BatchItem item = f.all().get(i);
                TableItem row = table.getItem(i);
                assertEquals(item.name(), row.getText(0));
                assertEquals(item.state().label(), row.getText(2));
                RGB expected = COLOURS.get(item.state());
                RGB actual = row.getBackground().getRGB();
                assertEquals(expected == null ? table.getBackground().getRGB() : expected, actual, "background of the " + item.state().label() + " row");
            }
            assertEquals("movie.tif", table.getItem(0).getText(3));
            // what reaches the screen: a pixel of each row's empty end (right of the run-time text)
            ImageData shot = h.capture("batch-manager-states");
            for (int i = 0; i < 6; i++) {
                TableItem row = table.getItem(i);
                Rectangle cell = row.getBounds(4);
                Point p = h.shell.toControl(table.toDisplay(cell.x + cell.width - 6, cell.y + cell.height / 2));
                Point origin = h.shell.toDisplay(0, 0);
                int x = p.x + origin.x - h.shell.getBounds().x;
                int y = p.y + origin.y - h.shell.getBounds().y;
                RGB onScreen = rgb(shot, x, y);
                RGB expected = COLOURS.getOrDefault(f.all().get(i).state(), table.getBackground().getRGB());
                assertEquals(expected, onScreen, "screen colour of the " + f.all().get(i).state().label() + " row at " + x + "," + y);
            }
            // a selected coloured row keeps its state colour on screen (framed instead of the system's selection colour)
            h.panel.select(f.moving.uuid());
            h.panel.table().control().redraw();
            shot = h.capture("batch-manager-selected-moving");
            TableItem row = table.getItem(2);
            Rectangle cell = row.getBounds(4);
            Point p = h.shell.toControl(table.toDisplay(cell.x + cell.width - 6, cell.y + cell.height / 2));
            assertEquals(COLOURS.get(ItemState.MOVING_OUTPUTS), rgb(shot, p.x + h.shell.toDisplay(0, 0).x - h.shell.getBounds().x,
                    p.y + h.shell.toDisplay(0, 0).y - h.shell.getBounds().y), "screen colour of the selected moving-outputs row");
            assertTrue(h.host.errors.isEmpty(), h.host.errors.toString());
        }
    }

    private static RGB rgb(ImageData d, int x, int y) {
        PaletteData p = d.palette;
        return p.getRGB(d.getPixel(x, y));
    }

    @Test
    void selectingAFailedItemShowsItsErrorParametersAndLogTail() throws Exception {
        StateFixture f = new StateFixture(dir);
        try (PanelHarness h = new PanelHarness()) {
            h.panel.openBatch(f.batch.directory());
            h.panel.select(f.failed.uuid());
            assertEquals("Error: " + StateFixture.FAILED_ERROR, h.panel.informationText().lines().findFirst().orElseThrow());
            assertTrue(h.panel.informationText().contains("Exit status: 1"), h.panel.informationText());
            assertEquals(f.failed.uuid(), h.panel.parametersText().lines().findFirst().orElseThrow());
            assertTrue(h.panel.parametersText().contains("input: /data/b.tif"), h.panel.parametersText());
            h.pumpUntil(() -> h.panel.log().shownText().contains(StateFixture.FAILED_ERROR), "the failed item's log in the stdout pane");
            assertEquals(String.join("\n", StateFixture.FAILED_LOG) + "\n", h.panel.log().shownText().replace("\r\n", "\n"));
            // live: what a worker appends shows up
            Files.writeString(f.batch.logFile(f.failed.uuid()), "appended later\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            h.pumpUntil(() -> h.panel.log().shownText().endsWith("appended later\n"), "the appended log line");

            h.panel.select(f.aborted.uuid());
            assertEquals("Aborted: " + StateFixture.ABORTED_ERROR, h.panel.informationText().lines().findFirst().orElseThrow());
            h.panel.select(f.done.uuid());
            assertTrue(h.panel.informationText().startsWith("State: done"), h.panel.informationText());
            assertTrue(h.panel.informationText().contains("Outputs: corrected.tif, shifts.csv"), h.panel.informationText());
            assertTrue(h.panel.parametersText().contains("\"piecewise\": true"), h.panel.parametersText());
            assertEquals("", h.panel.log().shownText(), "the done item has no log");
            // buttons follow the selected item's state
            assertTrue(h.panel.button("Open Output").isEnabled());
            assertFalse(h.panel.button("Abort Item").isEnabled());
            h.panel.select(f.running.uuid());
            assertFalse(h.panel.button("Open Output").isEnabled());
            assertFalse(h.panel.button("Delete...").isEnabled(), "a running item cannot be deleted");
            assertTrue(h.panel.button("Abort Item").isEnabled());
        }
    }

    @Test
    void deleteAsksThenRemovesTheItemWithItsOutputs() throws Exception {
        StateFixture f = new StateFixture(dir);
        try (PanelHarness h = new PanelHarness()) {
            h.panel.openBatch(f.batch.directory());
            Path folder = f.batch.itemDirectory(f.done.uuid());
            assertTrue(Files.isRegularFile(folder.resolve("outputs").resolve("corrected.tif")));
            h.panel.select(f.done.uuid());
            h.host.confirmations.push(false);
            h.press("Delete...");
            assertEquals(1, h.host.questions.size());
            assertTrue(h.host.questions.get(0).startsWith("Delete 'd done' (done) with its outputs and log?"), h.host.questions.get(0));
            assertTrue(Files.isDirectory(folder), "a declined delete keeps the item");
            assertEquals(6, h.panel.table().items().size());

            h.host.confirmations.push(true);
            h.press("Delete...");
            assertFalse(Files.exists(folder), "the item's folder with its outputs is gone");
            assertEquals(5, h.panel.table().items().size());
            assertTrue(h.panel.table().items().stream().noneMatch(i -> i.uuid().equals(f.done.uuid())));
            Batch reread = Batch.open(f.batch.directory());
            assertEquals(List.of(f.queued.uuid(), f.running.uuid(), f.moving.uuid(), f.failed.uuid(), f.aborted.uuid()),
                    reread.items().stream().map(BatchItem::uuid).toList());
            assertNull(h.panel.table().selected());
            assertTrue(h.host.errors.isEmpty(), h.host.errors.toString());
        }
    }

    @Test
    void viewInputAndOpenOutputHandTheFilesToTheViewers() throws Exception {
        StateFixture f = new StateFixture(dir);
        try (PanelHarness h = new PanelHarness()) {
            h.panel.openBatch(f.batch.directory());
            h.panel.select(f.done.uuid());
            h.press("Open Output");
            Path out = f.batch.outputsDirectory(f.done.uuid());
            assertEquals(List.of(List.of(out.resolve("corrected.tif"), out.resolve("shifts.csv"))), h.host.opened);
            h.press("View Input");
            assertEquals(List.of(f.input), h.host.opened.get(1));
            // an input that is gone is reported, not opened
            h.panel.select(f.failed.uuid());
            h.press("View Input");
            assertEquals(2, h.host.opened.size());
            assertEquals(1, h.host.errors.size());
            assertTrue(h.host.errors.get(0).contains("/data/b.tif"), h.host.errors.get(0));
        }
    }

    @Test
    void exportScriptsWritesOneScriptPerItemRunningTheLauncher() throws Exception {
        StateFixture f = new StateFixture(dir);
        String before = System.getProperty("fluorite.launcher");
        System.setProperty("fluorite.launcher", "/opt/fluorite/fluorite");
        try (PanelHarness h = new PanelHarness()) {
            h.panel.openBatch(f.batch.directory());
            Path scripts = dir.resolve("scripts");
            h.host.directories.add(scripts);
            h.panel.button("Export Scripts...").notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            List<Path> written;
            try (var s = Files.list(scripts)) {
                written = s.sorted().toList();
            }
            assertEquals(f.all().stream().map(i -> i.uuid() + ".sh").sorted().toList(),
                    written.stream().map(p -> p.getFileName().toString()).toList());
            for (BatchItem item : f.all()) {
                String script = Files.readString(scripts.resolve(item.uuid() + ".sh"));
                assertTrue(script.startsWith("#!/bin/bash\n"), script);
                assertTrue(script.contains("\nITEMS=(" + item.uuid() + ")\n"), script);
                assertTrue(script.contains("\nexec /opt/fluorite/fluorite worker run " + f.batch.directory() + " \"$ITEM\"\n"), script);
                assertTrue(Files.isExecutable(scripts.resolve(item.uuid() + ".sh")));
            }
            assertEquals("Wrote 6 scripts (sbatch SCRIPT or bash SCRIPT) to " + scripts, h.host.statuses.get(h.host.statuses.size() - 1));
        } finally {
            if (before == null) {
                System.clearProperty("fluorite.launcher");
            } else {
                System.setProperty("fluorite.launcher", before);
            }
        }
    }

    @Test
    void itemsAddedByAnotherProcessAppearAndNewBatchStartsEmpty() throws Exception {
        StateFixture f = new StateFixture(dir);
        try (PanelHarness h = new PanelHarness()) {
            h.panel.openBatch(f.batch.directory());
            // another Batch instance stands for another process (the CLI's batch add)
            Batch other = Batch.open(f.batch.directory());
            BatchItem added = other.add(BatchItem.create("motion-correct", "g from the CLI", Map.of(), List.of(f.input.toString())));
            other.update(f.queued.uuid(), i -> i.withAbortRequested(true).finished(ItemState.ABORTED, null, ABORT));
            h.pumpUntil(() -> h.panel.table().items().size() == 7, "the item added by another process");
            assertEquals(added.uuid(), h.panel.table().items().get(6).uuid());
            h.pumpUntil(() -> h.panel.table().control().getItem(0).getText(2).equals("aborted"), "the state changed by another process");
            assertEquals(COLOURS.get(ItemState.ABORTED), h.panel.table().control().getItem(0).getBackground().getRGB());

            Path fresh = dir.resolve("fresh");
            h.host.directories.add(fresh);
            h.panel.button("Export Scripts..."); // exists
            h.panel.createBatch(fresh);
            assertEquals(0, h.panel.table().items().size());
            assertTrue(Files.isRegularFile(fresh.resolve("batch.json")));
            assertEquals(fresh.toAbsolutePath().normalize(), h.session.batch().directory());
            // a folder that is not a batch is refused with its name
            h.panel.openBatch(dir);
            assertTrue(h.host.errors.get(h.host.errors.size() - 1).contains(dir.resolve("batch.json").toString()), h.host.errors.toString());
            assertEquals(fresh.toAbsolutePath().normalize(), h.session.batch().directory(), "the open batch stays");
        }
    }

    private static final String ABORT = "aborted by the user";
}
