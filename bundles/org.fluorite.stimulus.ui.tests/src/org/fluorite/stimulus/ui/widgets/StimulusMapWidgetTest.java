package org.fluorite.stimulus.ui.widgets;

import static org.fluorite.stimulus.ui.widgets.StimulusWidgetHarness.button;
import static org.fluorite.stimulus.ui.widgets.StimulusWidgetHarness.press;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.fluorite.core.display.TimeBand;
import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Calibration;
import org.fluorite.core.image.Image;
import org.fluorite.io.ImportException;
import org.fluorite.stimulus.StimulusMap;
import org.fluorite.stimulus.TimeUnit;
import org.fluorite.stimulus.ui.StimulusEditor.Column;
import org.fluorite.testing.TestData;
import org.fluorite.viewer.ui.ImageViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Stimulus Map panel beside a real viewer on the fissa movie (b/images/AVG_A01.tif: 29 frames
 * of 14 x 21 pixels, no frame rate in the file).
 */
class StimulusMapWidgetTest {

    private static final int GREEN = 0x00C000;
    private static final int BLUE = 0x1F77B4; // the second new row's colour

    private StimulusWidgetHarness h;
    private Image movie;

    @BeforeEach
    void open() throws Exception {
        h = new StimulusWidgetHarness();
        movie = StimulusWidgetHarness.openFissaMovie();
        h.viewer.setImage(movie);
        h.pumpUntil(h.viewer::isFrameShown, "the first frame");
        h.panel.attach(h.viewer);
    }

    @AfterEach
    void close() throws Exception {
        h.close();
        movie.close();
    }

    /** Double-clicks a cell of the shown type's table; for text cells types {@code value} and presses Enter. */
    private void editCell(TypePage page, int row, Column column, String value) {
        Table table = page.table();
        h.pumpFor(30); // let the table be laid out, as it is before anyone can click it
        Rectangle cell = table.getItem(row).getBounds(column.ordinal());
        StimulusWidgetHarness.doubleClick(table, cell.x + cell.width / 2, cell.y + cell.height / 2);
        if (column == Column.COLOUR) {
            assertNull(page.openText(), "colours are chosen in the colour dialog");
            return;
        }
        Text text = page.openText();
        assertNotNull(text, "a double-click opens a text field on the cell");
        text.setText(value);
        text.notifyListeners(SWT.DefaultSelection, new Event());
        assertNull(page.openText(), "Enter closes the field");
    }

    private static List<String> row(Table table, int row) {
        TableItem item = table.getItem(row);
        return List.of(item.getText(0), item.getText(1), item.getText(2), item.getText(3));
    }

    /** Builds odour: apple 3-8 (green, from the colour dialog) and banana 15-20 (the second row's blue). */
    private TypePage buildOdourMap() {
        h.answers.typeNames.add("odour");
        press(button(h.panel, "Add type"));
        assertEquals("odour", h.panel.selectedType());
        TypePage page = h.panel.page("odour");
        press(button(page, "Add row"));
        press(button(page, "Add row"));
        assertEquals(List.of("stimulus 1", "0", "10", "#D62728"), row(page.table(), 0));
        assertEquals(List.of("stimulus 2", "10", "20", "#1F77B4"), row(page.table(), 1));
        editCell(page, 0, Column.NAME, "apple");
        editCell(page, 0, Column.START, "3");
        editCell(page, 0, Column.END, "8");
        h.answers.colours.add(GREEN);
        editCell(page, 0, Column.COLOUR, null);
        editCell(page, 1, Column.NAME, "banana");
        editCell(page, 1, Column.START, "15");
        return page;
    }

    @Test
    void aMapBuiltInThePanelIsDrawnUnderTheTimeSlider() throws Exception {
        TypePage page = buildOdourMap();
        assertEquals(List.of("apple", "3", "8", "#00C000"), row(page.table(), 0));
        assertEquals(List.of("banana", "15", "20", "#1F77B4"), row(page.table(), 1));
        assertNotNull(page.table().getItem(0).getImage(Column.COLOUR.ordinal()), "colour swatch");
        List<TimeBand> expected = List.of(new TimeBand(3, 8, GREEN, "odour: apple"), new TimeBand(15, 20, BLUE, "odour: banana"));
        assertEquals(expected, h.viewer.getTimeBands(), "applied on every change");
        assertEquals("", h.panel.problemsText());
        assertTrue(h.panel.movieText().endsWith(": 29 frames, frame rate unknown"), h.panel.movieText());

        h.viewer.setTimeBands(List.of());
        press(button(h.panel, "Apply to viewer"));
        assertEquals(expected, h.viewer.getTimeBands());

        // on screen: two bands of equal length (5 frames each), below the picture, apple left of banana
        ImageData screen = h.grab(h.viewer);
        Rectangle green = StimulusWidgetHarness.boxOf(screen, GREEN);
        Rectangle blue = StimulusWidgetHarness.boxOf(screen, BLUE);
        assertNotNull(green, "the apple band is drawn");
        assertNotNull(blue, "the banana band is drawn");
        Rectangle picture = h.viewer.pictureControl().getBounds();
        Point pictureBottom = h.viewer.toControl(h.viewer.pictureControl().toDisplay(0, picture.height));
        assertTrue(green.y >= pictureBottom.y, "band " + green + " under the picture ending at y " + pictureBottom.y);
        assertEquals(green.y, blue.y);
        assertTrue(green.x + green.width <= blue.x, green + " left of " + blue);
        assertEquals(green.width, blue.width, 2.0, "both bands span 5 frames");
        // frame 3 to 8 and 15 to 20 on one scale: the gap of 7 frames is 7/5 of a band
        assertEquals(7.0 / 5, (blue.x - (green.x + green.width)) / (double) green.width, 0.25);
        h.screenshot("stimulus-map-bands");
    }

    @Test
    void refusedEditsAreExplainedAndEscapeDropsTheText() {
        TypePage page = buildOdourMap();
        List<TimeBand> before = h.viewer.getTimeBands();
        editCell(page, 0, Column.END, "2");
        assertEquals("Stimulus 'apple' must end after it starts (3.0 to 2.0)", h.panel.statusText());
        editCell(page, 1, Column.START, "soon");
        assertEquals("Start 'soon' is not a number", h.panel.statusText());
        assertEquals(List.of("apple", "3", "8", "#00C000"), row(page.table(), 0));
        assertEquals(before, h.viewer.getTimeBands());

        Text text = page.edit(1, Column.NAME);
        text.setText("cherry");
        Event esc = new Event();
        esc.detail = SWT.TRAVERSE_ESCAPE;
        esc.doit = true;
        text.notifyListeners(SWT.Traverse, esc);
        assertNull(page.openText());
        assertEquals("banana", page.table().getItem(1).getText(0));

        // an overlap is allowed but listed
        editCell(page, 1, Column.START, "6");
        assertEquals("odour: 'apple' (3 to 8 frames) overlaps 'banana' (6 to 20 frames)", h.panel.problemsText());
        // a period past the movie's 29 frames is cut there
        editCell(page, 1, Column.END, "40");
        assertEquals(new TimeBand(6, 29, BLUE, "odour: banana"), h.viewer.getTimeBands().get(1));
        assertTrue(h.panel.problemsText().contains("odour: 'banana' (6 to 40 frames) runs past the movie's 29 frames"),
                h.panel.problemsText());
    }

    @Test
    void rowsAndTypesAreRemoved() {
        TypePage page = buildOdourMap();
        h.panel.addType("light", TimeUnit.FRAMES);
        assertEquals(List.of("odour", "light"), Arrays.stream(h.panel.tabFolder().getItems()).map(i -> i.getText()).toList());
        assertEquals("light", h.panel.selectedType());
        h.panel.select("odour");
        page.selectRow(0);
        press(button(page, "Remove row"));
        assertEquals(1, page.table().getItemCount());
        assertEquals(List.of(new TimeBand(15, 20, BLUE, "odour: banana")), h.viewer.getTimeBands());
        press(button(h.panel, "Remove type"));
        assertEquals(List.of("light"), Arrays.stream(h.panel.tabFolder().getItems()).map(i -> i.getText()).toList());
        assertEquals("Removed 'odour' and its 1 period", h.panel.statusText());
        assertEquals(List.of(), h.viewer.getTimeBands());
        h.panel.addType("light", TimeUnit.SECONDS);
        assertEquals("Stimulus type 'light' exists already", h.panel.statusText());
    }

    @Test
    void secondsUseTheMovieFrameRateAndWaitForOne() throws Exception {
        h.panel.addType("light", TimeUnit.FRAMES);
        TypePage page = h.panel.page("light");
        press(button(page, "Add row"));
        page.unitCombo().select(TimeUnit.SECONDS.ordinal());
        page.unitCombo().notifyListeners(SWT.Selection, new Event());
        assertEquals(TimeUnit.SECONDS, h.panel.editor().type("light").unit());
        editCell(page, 0, Column.END, "1.25");
        editCell(page, 0, Column.START, "0.5");
        // AVG_A01.tif has no frame rate: nothing to draw, and the panel says why
        assertEquals(List.of(), h.viewer.getTimeBands());
        assertEquals("light: periods are in seconds but the movie's frame rate is unknown", h.panel.problemsText());

        // the same movie at 10 frames per second: 0.5 s is frame 5, 1.25 s frame 12.5
        ImageViewer timed = new ImageViewer(h.sash, SWT.NONE);
        timed.setImage(movie.withCalibration(Axis.T, Calibration.seconds(0.1)));
        h.panel.attach(timed);
        assertEquals(0, h.panel.tabFolder().getItemCount(), "a new viewer starts with an empty map");
        h.panel.addType("light", TimeUnit.SECONDS);
        press(button(h.panel.page("light"), "Add row"));
        editCell(h.panel.page("light"), 0, Column.END, "1.25");
        editCell(h.panel.page("light"), 0, Column.START, "0.5");
        assertEquals(List.of(new TimeBand(5, 12.5, 0xD62728, "light: stimulus 1")), timed.getTimeBands());
        assertTrue(h.panel.movieText().endsWith("29 frames, 10 fps"), h.panel.movieText());
        assertEquals("", h.panel.problemsText());

        // each viewer keeps its own map
        h.panel.attach(h.viewer);
        assertEquals(TimeUnit.SECONDS, h.panel.editor().type("light").unit());
        assertEquals("1.25", h.panel.page("light").table().getItem(0).getText(Column.END.ordinal()));
        assertEquals(List.of(), h.viewer.getTimeBands());
        h.panel.attach(timed);
        assertEquals(List.of(new TimeBand(5, 12.5, 0xD62728, "light: stimulus 1")), timed.getTimeBands());
        // closing the followed viewer leaves the panel without one
        timed.dispose();
        assertNull(h.panel.viewer());
        assertEquals(0, h.panel.tabFolder().getItemCount());
        assertFalse(button(h.panel, "Add type").isEnabled());
        assertEquals("Activate a viewer to map stimuli on its movie", h.panel.movieText());
    }

    private static final String CSV = """
            type,name,start,end,unit,colour
            odour,apple,2,6,frames,#D62728
            odour,"banana, ripe",12,18.5,frames,#1F77B4
            light,blue pulse,0.5,1,seconds,#17BECF
            """;

    @Test
    void importedCsvFillsTheTabsAndExportWritesItBack() throws Exception {
        Path dir = TestData.tempDir("stimulus-ui");
        Path in = dir.resolve("stim.csv");
        Files.writeString(in, CSV);
        h.answers.files.add(in);
        press(button(h.panel, "Import CSV\u2026"));
        h.pumpUntil(() -> h.panel.tabFolder().getItemCount() == 2, "the import");
        assertEquals(List.of("odour", "light"), Arrays.stream(h.panel.tabFolder().getItems()).map(i -> i.getText()).toList());
        assertEquals("Imported 2 types, 3 periods from stim.csv", h.panel.statusText());
        Table odour = h.panel.page("odour").table();
        assertEquals(2, odour.getItemCount());
        assertEquals(List.of("apple", "2", "6", "#D62728"), row(odour, 0));
        assertEquals(List.of("banana, ripe", "12", "18.5", "#1F77B4"), row(odour, 1));
        Table light = h.panel.page("light").table();
        assertEquals(List.of("blue pulse", "0.5", "1", "#17BECF"), row(light, 0));
        assertEquals("seconds", h.panel.page("light").unitCombo().getText());
        assertEquals(List.of(new TimeBand(2, 6, 0xD62728, "odour: apple"), new TimeBand(12, 18.5, 0x1F77B4, "odour: banana, ripe")),
                h.viewer.getTimeBands());
        assertEquals("light: periods are in seconds but the movie's frame rate is unknown", h.panel.problemsText());
        StimulusMap map = h.panel.editor().map();
        assertEquals("import.stimulus-csv", map.provenance().operations().get(0).name());
        assertEquals(in.toAbsolutePath().toString(), map.provenance().operations().get(0).parameters().get("file"));

        h.sash.setWeights(75, 25); // as narrow as the workbench's tool stack
        h.pumpFor(100);
        h.screenshot("stimulus-map-imported");

        Path out = dir.resolve("out.csv");
        h.answers.files.add(out);
        press(button(h.panel, "Export CSV\u2026"));
        h.pumpUntil(() -> h.panel.statusText().startsWith("Exported"), "the export");
        assertEquals(List.of(movie.name().replaceFirst("\\.[A-Za-z0-9]+$", "") + "_stimuli.csv"), h.answers.suggestedNames);
        assertEquals("Exported 2 types, 3 periods to out.csv", h.panel.statusText());
        assertEquals(CSV, Files.readString(out));

        // importing again replaces the types of the same name instead of doubling them
        CompletableFuture<StimulusMap> again = h.panel.importCsv(in);
        h.await(again, "the second import");
        assertEquals(3, h.panel.editor().map().periodCount());
        assertEquals("Imported 2 types, 3 periods from stim.csv; replaced odour, light", h.panel.statusText());
    }

    @Test
    void aBrokenCsvIsReportedWithItsNameAndChangesNothing() throws Exception {
        buildOdourMap();
        StimulusMap before = h.panel.editor().map();
        Path bad = TestData.tempDir("stimulus-ui").resolve("broken.csv");
        Files.writeString(bad, "type,name,start,end\nodour,late,9,3\n");
        CompletableFuture<StimulusMap> result = h.panel.importCsv(bad);
        h.await(result, "the failed import");
        assertTrue(result.isCompletedExceptionally());
        CompletionException e = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class, result::join);
        assertInstanceOf(ImportException.class, e.getCause());
        assertTrue(h.panel.statusText().startsWith("Importing broken.csv failed: "), h.panel.statusText());
        assertTrue(h.panel.statusText().contains("broken.csv"), h.panel.statusText());
        assertTrue(h.panel.statusText().contains("line 2"), h.panel.statusText());
        assertEquals(before, h.panel.editor().map());

        // a blank type name is refused by the reader with the file and line
        Path blank = bad.resolveSibling("blank.csv");
        Files.writeString(blank, "type,name,start,end\n  ,x,1,2\n");
        CompletableFuture<StimulusMap> second = h.panel.importCsv(blank);
        h.await(second, "the second failed import");
        assertTrue(second.isCompletedExceptionally());
        assertEquals("Importing blank.csv failed: " + blank + ": line 2: the stimulus type is empty", h.panel.statusText());
        assertEquals(before, h.panel.editor().map());
    }
}
