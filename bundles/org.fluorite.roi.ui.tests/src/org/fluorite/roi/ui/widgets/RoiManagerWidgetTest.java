package org.fluorite.roi.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.fluorite.core.display.TimeBand;
import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiSet;
import org.fluorite.roi.VertexRoi;
import org.fluorite.roi.traces.TraceExtractor;
import org.fluorite.roi.ui.RoiGeometry;
import org.fluorite.roi.ui.RoiList;
import org.fluorite.testing.TestData;
import org.fluorite.viewer.ui.ImageTransform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ROI manager beside a real viewer on the fissa movie (b/images/AVG_A01.tif: 29 frames of
 * 14 x 21 pixels) with fissa's RoiSet (b/rois.zip: polygons 03 with 7 and 04 with 10 vertices).
 */
class RoiManagerWidgetTest {

    private static final int STIMULUS_RGB = 0xFF2020;

    private RoiWidgetHarness h;
    private Image movie;

    @BeforeEach
    void open() throws Exception {
        h = new RoiWidgetHarness();
        movie = h.open("fissa/b/images/AVG_A01.tif");
        h.viewer.setTimeBands(List.of(new TimeBand(10, 15, STIMULUS_RGB, "stimulus")));
        h.viewer.setImage(movie);
        h.pumpUntil(h.viewer::isFrameShown, "the first frame");
        h.panel.attach(h.viewer);
        h.await(h.panel.actions().importRoiSet(TestData.file("fissa/b/rois.zip")), "the RoiSet import");
        h.waitForTrace();
    }

    @AfterEach
    void close() throws Exception {
        h.close();
        movie.close();
    }

    private RoiList list() {
        return h.panel.list();
    }

    private double[] expectedTrace(Roi roi) throws Exception {
        return TraceExtractor.meanTraces(movie, List.of(roi), ProgressMonitor.NONE)[0];
    }

    @Test
    void importedRoisAppearInTheList() {
        assertEquals(29, movie.length(Axis.T)); // [src]
        assertEquals(14, movie.width()); // [src] series (29, 21, 14)
        assertEquals(21, movie.height());
        assertEquals(2, list().size()); // [src] 2 polygons
        VertexRoi a = assertInstanceOf(VertexRoi.class, list().get(0));
        VertexRoi b = assertInstanceOf(VertexRoi.class, list().get(1));
        assertEquals(7, a.vertexCount()); // [src] 03.roi n=7
        assertEquals(10, b.vertexCount()); // [src] 04.roi n=10
        assertEquals(2, h.panel.roiTable().getItemCount());
        assertEquals(List.of("1", "03", "polygon"), texts(0));
        assertEquals(List.of("2", "04", "polygon"), texts(1));
        assertEquals(0, h.panel.roiTable().getSelectionIndex(), "the first ROI is selected");
        assertTrue(h.panel.statusText().contains("Added 2 ROIs from rois.zip"), h.panel.statusText());
    }

    private List<String> texts(int row) {
        var item = h.panel.roiTable().getItem(row);
        return List.of(item.getText(0), item.getText(1), item.getText(2));
    }

    @Test
    void theOverlayDrawsEveryRoiInItsColour() {
        ImageData screen = h.grab(h.viewer.pictureControl());
        ImageTransform t = h.viewer.imageTransform();
        assertTrue(t.zoom() > 10, "the tiny movie is fitted large: zoom " + t.zoom());
        for (int r = 0; r < 2; r++) {
            VertexRoi v = (VertexRoi) list().get(r);
            int colour = list().colourOf(r);
            double[] xs = v.xs();
            double[] ys = v.ys();
            int n = xs.length;
            for (int i = 0; i < n; i++) {
                int j = (i + 1) % n;
                // a quarter of the way along every edge, away from the vertex handles
                double mx = xs[i] + 0.25 * (xs[j] - xs[i]);
                double my = ys[i] + 0.25 * (ys[j] - ys[i]);
                int sx = (int) Math.round(t.toScreenX(mx));
                int sy = (int) Math.round(t.toScreenY(my));
                assertTrue(RoiWidgetHarness.hasColourNear(screen, sx, sy, 1, colour),
                        String.format("ROI %d edge %d at screen (%d,%d) should be #%06X", r, i, sx, sy, colour));
            }
        }
        // the movie itself is grey: no ROI colour away from the outlines (pixel 0,0 is outside both ROIs)
        int corner = RoiWidgetHarness.rgb(screen, (int) t.toScreenX(0.5), (int) t.toScreenY(0.5));
        assertEquals((corner >> 16) & 0xFF, corner & 0xFF, "grey");
    }

    @Test
    void theLiveCurveIsTheSelectedRoisMeanTrace() throws Exception {
        double[] shown = h.panel.traceCanvas().trace();
        assertEquals(29, shown.length);
        assertArrayEquals(expectedTrace(list().get(0)), shown, 0);
        assertEquals("03", h.panel.traceCanvas().title());
        assertEquals(List.of(new TimeBand(10, 15, STIMULUS_RGB, "stimulus")), h.panel.traceCanvas().timeBands());
        // the stimulus band is drawn under the curve at frames 10..15
        ImageData plot = h.grab(h.panel.traceCanvas());
        var area = h.panel.traceCanvas().plotArea();
        int y = area.y + area.height + 2 + TraceCanvas.BAND_HEIGHT / 2;
        assertEquals(STIMULUS_RGB, RoiWidgetHarness.rgb(plot, h.panel.traceCanvas().xOf(12), y));
        assertFalse(RoiWidgetHarness.rgb(plot, h.panel.traceCanvas().xOf(5), y) == STIMULUS_RGB);
    }

    @Test
    void pageDownAndPageUpStepThroughTheRois() throws Exception {
        h.key(h.panel.roiTable(), SWT.PAGE_DOWN);
        assertEquals(1, list().selectedIndex());
        assertEquals(1, h.panel.roiTable().getSelectionIndex());
        h.waitForTrace();
        assertArrayEquals(expectedTrace(list().get(1)), h.panel.traceCanvas().trace(), 0);
        assertEquals("04", h.panel.traceCanvas().title());
        h.key(h.panel.roiTable(), SWT.PAGE_DOWN);
        assertEquals(1, list().selectedIndex(), "stays on the last ROI");
        h.key(h.viewer.pictureControl(), SWT.PAGE_UP);
        assertEquals(0, list().selectedIndex(), "Page Up on the movie too");
        // Home / End / arrows in the list move the movie
        h.key(h.panel.roiTable(), SWT.END);
        assertEquals(28, h.viewer.currentFrame());
        h.key(h.panel.roiTable(), SWT.ARROW_LEFT);
        assertEquals(27, h.viewer.currentFrame());
        h.key(h.panel.roiTable(), SWT.HOME);
        assertEquals(0, h.viewer.currentFrame());
    }

    @Test
    void draggingARoiMovesItByTheMouseDistance() throws Exception {
        VertexRoi before = (VertexRoi) list().get(0);
        ImageTransform t = h.viewer.imageTransform();
        double[] inside = interiorPoint(before, t.toImageDistance(10));
        int sx = (int) Math.round(t.toScreenX(inside[0]));
        int sy = (int) Math.round(t.toScreenY(inside[1]));
        int dxs = (int) Math.round(3 * t.zoom());
        int dys = (int) Math.round(-2 * t.zoom());
        h.mouse(SWT.MouseDown, sx, sy, 1, 0);
        h.mouse(SWT.MouseMove, sx + dxs / 2, sy + dys / 2, 0, SWT.BUTTON1);
        h.mouse(SWT.MouseMove, sx + dxs, sy + dys, 0, SWT.BUTTON1);
        h.mouse(SWT.MouseUp, sx + dxs, sy + dys, 1, SWT.BUTTON1);
        assertEquals(t, h.viewer.imageTransform(), "the viewer did not pan while the ROI was dragged");
        VertexRoi after = (VertexRoi) list().get(0);
        double[] bx = before.xs();
        double[] by = before.ys();
        for (int i = 0; i < bx.length; i++) {
            assertEquals(bx[i] + dxs / t.zoom(), after.xs()[i], 1e-9);
            assertEquals(by[i] + dys / t.zoom(), after.ys()[i], 1e-9);
        }
        assertEquals(before.name(), after.name());
        h.waitForTrace();
        assertArrayEquals(expectedTrace(after), h.panel.traceCanvas().trace(), 0, "the curve follows the moved ROI");
        // a drag on empty movie still pans
        h.mouse(SWT.MouseDown, (int) t.toScreenX(0.2), (int) t.toScreenY(0.2), 1, 0);
        h.mouse(SWT.MouseMove, (int) t.toScreenX(0.2) + 15, (int) t.toScreenY(0.2), 0, SWT.BUTTON1);
        h.mouse(SWT.MouseUp, (int) t.toScreenX(0.2) + 15, (int) t.toScreenY(0.2), 1, SWT.BUTTON1);
        assertEquals(t.offsetX() + 15, h.viewer.imageTransform().offsetX(), 1e-9);
    }

    /** A pixel centre inside {@code roi} at least {@code margin} from its outline. */
    private static double[] interiorPoint(VertexRoi roi, double margin) {
        double[] xs = roi.xs();
        double[] ys = roi.ys();
        for (int y = 0; y < 21; y++) {
            for (int x = 0; x < 14; x++) {
                double px = x + 0.5;
                double py = y + 0.5;
                if (RoiGeometry.contains(roi, px, py, 0) && RoiGeometry.nearestEdge(roi, px, py, margin) < 0) {
                    return new double[] {px, py};
                }
            }
        }
        throw new AssertionError("no interior point in " + roi + " " + java.util.Arrays.toString(xs) + java.util.Arrays.toString(ys));
    }

    @Test
    void drawAPolygonAndAnEllipseOnTheMovie() {
        ImageTransform t = h.viewer.imageTransform();
        button("Add Polygon").notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        double[][] pts = {{2, 2}, {6, 2}, {6, 5}, {2, 5}};
        for (double[] p : pts) {
            int sx = (int) Math.round(t.toScreenX(p[0]));
            int sy = (int) Math.round(t.toScreenY(p[1]));
            h.mouse(SWT.MouseDown, sx, sy, 1, 0);
            h.mouse(SWT.MouseUp, sx, sy, 1, SWT.BUTTON1);
        }
        int lx = (int) Math.round(t.toScreenX(2));
        int ly = (int) Math.round(t.toScreenY(5));
        h.mouse(SWT.MouseDown, lx, ly, 1, 0);
        h.mouse(SWT.MouseDoubleClick, lx, ly, 1, 0);
        h.mouse(SWT.MouseUp, lx, ly, 1, SWT.BUTTON1);
        assertEquals(3, list().size());
        VertexRoi p = (VertexRoi) list().get(2);
        assertEquals(4, p.vertexCount());
        for (int i = 0; i < 4; i++) {
            assertEquals(pts[i][0], p.xs()[i], 0.5 / t.zoom(), "screen rounding only");
            assertEquals(pts[i][1], p.ys()[i], 0.5 / t.zoom());
        }
        assertEquals(2, list().selectedIndex());
        assertEquals(3, h.panel.roiTable().getItemCount());
        assertEquals("polygon-3", h.panel.roiTable().getItem(2).getText(1));

        button("Add Ellipse").notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        h.mouse(SWT.MouseDown, (int) Math.round(t.toScreenX(8)), (int) Math.round(t.toScreenY(14)), 1, 0);
        h.mouse(SWT.MouseMove, (int) Math.round(t.toScreenX(12)), (int) Math.round(t.toScreenY(20)), 0, SWT.BUTTON1);
        h.mouse(SWT.MouseUp, (int) Math.round(t.toScreenX(12)), (int) Math.round(t.toScreenY(20)), 1, SWT.BUTTON1);
        assertEquals(4, list().size());
        var e = (org.fluorite.roi.EllipseRoi) list().get(3);
        assertEquals(10, e.centreX(), 1 / t.zoom());
        assertEquals(17, e.centreY(), 1 / t.zoom());
        assertEquals(2, e.radiusX(), 1 / t.zoom());
        assertEquals(3, e.radiusY(), 1 / t.zoom());

        button("Delete").notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertEquals(3, list().size());
        assertEquals(2, list().selectedIndex(), "the new last ROI");
    }

    private Button button(String text) {
        List<Button> found = new ArrayList<>();
        collect(h.panel, text, found);
        assertEquals(1, found.size(), text);
        return found.get(0);
    }

    private static void collect(Control c, String text, List<Button> out) {
        if (c instanceof Button b && b.getText().equals(text)) {
            out.add(b);
        }
        if (c instanceof org.eclipse.swt.widgets.Composite comp) {
            for (Control child : comp.getChildren()) {
                collect(child, text, out);
            }
        }
    }

    @Test
    void showAllOffDrawsOnlyTheSelectedRoi() {
        Button showAll = button("Show All");
        showAll.setSelection(false);
        showAll.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertFalse(list().showAll());
        ImageData screen = h.grab(h.viewer.pictureControl());
        ImageTransform t = h.viewer.imageTransform();
        VertexRoi hidden = (VertexRoi) list().get(1);
        int n = 0;
        for (int i = 0; i < hidden.vertexCount(); i++) {
            int j = (i + 1) % hidden.vertexCount();
            double mx = hidden.xs()[i] + 0.25 * (hidden.xs()[j] - hidden.xs()[i]);
            double my = hidden.ys()[i] + 0.25 * (hidden.ys()[j] - hidden.ys()[i]);
            if (!RoiGeometry.contains(list().get(0), mx, my, 0.5)) {
                n++;
                assertFalse(RoiWidgetHarness.hasColourNear(screen, (int) Math.round(t.toScreenX(mx)),
                        (int) Math.round(t.toScreenY(my)), 1, list().colourOf(1)));
            }
        }
        assertTrue(n > 3, "checked " + n + " edges");
    }

    @Test
    void exportAndReimportTheRoiSetAndTheTraces() throws Exception {
        list().setTag(0, "cell_type", "soma");
        Path dir = TestData.tempDir("roi-ui-export");
        Path zip = dir.resolve("RoiSet.zip");
        h.await(h.panel.actions().exportRoiSet(zip), "the RoiSet export");
        RoiSet back = (RoiSet) h.registry.open(zip, ImportOptions.NONE, ProgressMonitor.NONE).data().get(0);
        assertEquals(2, back.size());
        for (int i = 0; i < 2; i++) {
            VertexRoi a = (VertexRoi) list().get(i);
            VertexRoi b = (VertexRoi) back.rois().get(i);
            assertEquals(a.name(), b.name());
            assertArrayEquals(a.xs(), b.xs(), 1e-4);
            assertArrayEquals(a.ys(), b.ys(), 1e-4);
        }
        Path csv = dir.resolve("traces.csv");
        h.await(h.panel.actions().exportTraces(csv), "the traces export");
        assertEquals("frame,03,04", Files.readAllLines(csv).get(0), "no time column: the TIFF gives no frame interval");
        org.fluorite.core.table.Table table = org.fluorite.roi.traces.TraceCsv.read(csv);
        assertEquals(29, table.rowCount());
        double[][] expected = TraceExtractor.meanTraces(movie, list().rois(), ProgressMonitor.NONE);
        for (int t = 0; t < 29; t++) {
            assertEquals(t, table.require("frame").getDouble(t), 0);
            assertEquals(expected[0][t], table.require("03").getDouble(t), 0);
            assertEquals(expected[1][t], table.require("04").getDouble(t), 0);
        }
    }

    @Test
    void suite2pRoisMadeOnALargerImageAreAddedWithAWarning() {
        List<String> warnings = new ArrayList<>();
        h.panel.setWarningListener(warnings::add);
        h.await(h.panel.actions().importSources(TestData.file("suite2p_fissa_example/stat.npy").getParent()), "the suite2p import");
        assertEquals(2 + 23, list().size()); // [src] 23 suite2p ROIs
        assertEquals("mask", list().get(2).type());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("156 x 176 image, the movie is 14 x 21 pixels"), warnings.get(0)); // [src] Lx=156, Ly=176
        assertTrue(h.panel.statusText().startsWith("Warning:"), h.panel.statusText());
    }

    @Test
    void tagsOfTheSelectedRoi() {
        assertTrue(list().addTagColumn("cell_type"));
        assertEquals(1, h.panel.tagEditor().table().getItemCount());
        assertEquals("untagged", h.panel.tagEditor().table().getItem(0).getText(1));
        assertTrue(h.panel.tagEditor().setTag("cell_type", "soma"));
        assertEquals("soma", list().get(0).properties().tag("cell_type"));
        assertEquals("soma", h.panel.tagEditor().table().getItem(0).getText(1));
        h.key(h.panel.roiTable(), SWT.PAGE_DOWN);
        assertEquals("untagged", h.panel.tagEditor().table().getItem(0).getText(1), "the next ROI is untagged");
    }

    @Test
    void tagsAreEditedInPlace() {
        list().addTagColumn("cell_type");
        org.eclipse.swt.widgets.Table table = h.panel.tagEditor().table();
        table.setSelection(0);
        org.eclipse.swt.widgets.Event select = new org.eclipse.swt.widgets.Event();
        select.item = table.getItem(0);
        table.notifyListeners(SWT.Selection, select);
        org.eclipse.swt.widgets.Combo combo = null;
        for (Control c : table.getChildren()) {
            if (c instanceof org.eclipse.swt.widgets.Combo cb) {
                combo = cb;
            }
        }
        assertTrue(combo != null, "a combo opens on the tag cell");
        assertEquals(List.of("untagged"), List.of(combo.getItems()));
        combo.setText("interneuron");
        combo.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        assertEquals("interneuron", list().get(0).properties().tag("cell_type"));
        assertEquals("interneuron", table.getItem(0).getText(1));
        assertTrue(combo.isDisposed());
    }

    @Test
    void clickingTheCurveMovesTheMovie() {
        TraceCanvas c = h.panel.traceCanvas();
        org.eclipse.swt.widgets.Event down = new org.eclipse.swt.widgets.Event();
        down.x = c.xOf(20);
        down.y = c.plotArea().y + 5;
        down.button = 1;
        c.notifyListeners(SWT.MouseDown, down);
        h.pumpUntil(h.viewer::isFrameShown, "frame 20");
        assertEquals(20, h.viewer.currentFrame());
        h.pumpFor(50);
        assertEquals(20, c.frameAt(c.xOf(20)));
    }

    @Test
    void maskRoisAreOutlinedPixelByPixel() {
        // a 3 x 2 block of pixels at x 2..4, y 15..16, as source extraction gives them
        int[] xs = {2, 3, 4, 2, 3, 4};
        int[] ys = {15, 15, 15, 16, 16, 16};
        float[] w = {1, 1, 1, 0.5f, 0.5f, 0.5f};
        list().add(new org.fluorite.roi.MaskRoi(org.fluorite.roi.RoiProperties.named("mask").withColour(0x00FFFF), xs, ys, w));
        list().select(0);
        ImageData screen = h.grab(h.viewer.pictureControl());
        ImageTransform t = h.viewer.imageTransform();
        int top = (int) Math.round(t.toScreenY(15));
        int left = (int) Math.round(t.toScreenX(2));
        assertTrue(RoiWidgetHarness.hasColourNear(screen, (int) Math.round(t.toScreenX(3.5)), top, 1, 0x00FFFF), "top side");
        assertTrue(RoiWidgetHarness.hasColourNear(screen, left, (int) Math.round(t.toScreenY(16)), 1, 0x00FFFF), "left side");
        assertFalse(RoiWidgetHarness.hasColourNear(screen, (int) Math.round(t.toScreenX(3.5)),
                (int) Math.round(t.toScreenY(16)), 2, 0x00FFFF), "no line between two mask pixels");
    }

    @Test
    void screenshotShowsRoisOverTheMovieAndTheCurve() throws Exception {
        h.viewer.setFrame(12);
        h.pumpUntil(h.viewer::isFrameShown, "frame 12");
        h.pumpFor(300);
        Path shot = h.screenshot("fluorite-roi-manager");
        assertTrue(Files.size(shot) > 5000, "screenshot " + shot);
        assertEquals(12, h.viewer.currentFrame());
    }
}
