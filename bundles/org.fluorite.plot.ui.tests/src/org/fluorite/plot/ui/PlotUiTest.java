package org.fluorite.plot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.core.meta.Metadata;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Frame;
import org.fluorite.flow.HistoryOperation;
import org.fluorite.flow.Transmission;
import org.fluorite.plot.Colormap;
import org.fluorite.plot.DataRef;
import org.fluorite.plot.Heatmap;
import org.fluorite.plot.PlotKind;
import org.fluorite.plot.PlotSettings;
import org.fluorite.plot.Scatter;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plot controls on the real display: heatmap pixel colours, clicks picking rows, exports, tracer on hand-made rows. */
class PlotUiTest {

    private Display display;
    private Shell shell;

    @BeforeEach
    void open() {
        TestData.assumeDisplay();
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(900, 600);
    }

    @AfterEach
    void close() {
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
        while (display != null && display.readAndDispatch()) {
            // flush
        }
    }

    /** Three rows of 4 samples: row r = [0, 2, 4, 8] + r (so 0..10), category z, y, x (reverse order). */
    static Transmission known() {
        double[][] curves = {{0, 2, 4, 8}, {1, 3, 5, 9}, {2, 4, 6, 10}};
        Frame f = Frame.of(FlowColumn.ofArrays("_RAW_CURVE", "", curves), FlowColumn.ofText("kind", new String[] {"z", "y", "x"}),
                FlowColumn.ofDoubles("_x", "", new double[] {1, 2, 3}), FlowColumn.ofDoubles("_y", "", new double[] {10, 30, 20}));
        return Transmission.spawn(f, UUID.fromString("00000000-0000-0000-0000-0000000000b1"),
                HistoryOperation.of("data.LoadFile", "load_file", Map.of("path", "known.trn.h5")), Metadata.EMPTY);
    }

    @Test
    void heatmapShowsTheColormapColoursOfKnownValuesOnScreen() {
        Heatmap model = Heatmap.of(known(), new PlotSettings.Heatmap("_RAW_CURVE", "kind", PlotSettings.ColormapName.VIRIDIS, false, 0, 10));
        HeatmapCanvas canvas = new HeatmapCanvas(shell, model);
        shell.open();
        Shells.pumpFor(display, 100);
        Rectangle a = canvas.cellArea();
        ImageData screen = Shells.screen(canvas.control());
        Colormap viridis = Colormap.byName("viridis");
        // line 0 = row 2 (kind x): values 2, 4, 6, 10
        double[][] expected = {{2, 4, 6, 10}, {1, 3, 5, 9}, {0, 2, 4, 8}};
        for (int line = 0; line < 3; line++) {
            for (int c = 0; c < 4; c++) {
                int x = a.x + (2 * c + 1) * a.width / 8;
                int y = a.y + (2 * line + 1) * a.height / 6;
                assertEquals(Integer.toHexString(viridis.rgb(expected[line][c], 0, 10)), Integer.toHexString(Shells.rgb(screen, x, y)),
                        "line " + line + " sample " + c);
            }
        }
        assertEquals(0x440154, Shells.rgb(screen, a.x + a.width / 8, a.y + 5 * a.height / 6), "0 = first viridis colour");
        assertEquals(0xfde725, Shells.rgb(screen, a.x + 7 * a.width / 8, a.y + a.height / 6), "10 = last viridis colour");
        int barX = HeatmapCanvas.LEFT + 2;
        assertEquals(Colormap.categorical(0), Shells.rgb(screen, barX, a.y + a.height / 6), "category x = first level colour");
        assertEquals(Colormap.categorical(2), Shells.rgb(screen, barX, a.y + 5 * a.height / 6));

        List<DataRef> picked = new ArrayList<>();
        canvas.onPick(picked::add);
        Shells.click(canvas.control(), a.x + 10, a.y + a.height / 2);
        assertEquals(1, picked.size());
        assertEquals(1, picked.get(0).row(), "the middle line is row 1");
        Shells.click(canvas.control(), a.x + 10, a.y + a.height + 5);
        assertEquals(1, picked.size(), "a click below the rows picks nothing");
    }

    @Test
    void clickingAScatterPointTracesItsRow() {
        Transmission t = known();
        PlotView view = new PlotView(shell, t, PlotKind.SCATTER, new PlotSettings.Scatter("_x", "_y", "kind", "", false, false, 8));
        TracerView tracer = new TracerView(new Shell(display));
        view.addSelectionListener(ref -> tracer.trace(t, ref, null));
        shell.open();
        Shells.pumpFor(display, 200);
        ChartPlot chart = (ChartPlot) view.display();
        int[] p = chart.pixelOf(3, 20);
        Shells.click(chart.chart().getPlotArea().getControl(), p[0] + 2, p[1] - 1);
        assertNotNull(tracer.row(), "the click reached the tracer");
        assertEquals(2, tracer.row().ref().row());
        assertEquals("x", tracer.valueOf("kind"));
        assertEquals("20.0", tracer.valueOf("_y"));
        assertTrue(tracer.historyText().contains("load_file (data.LoadFile)"), tracer.historyText());
        assertEquals(4, tracer.curveChart().getSeriesSet().getSeries()[0].getYSeries().length);
        tracer.getShell().dispose();
    }

    @Test
    void exportsWritePngSvgCsvAndAPlotFile(@TempDir Path dir) throws Exception {
        Transmission t = known();
        PlotView view = new PlotView(shell, t, PlotKind.PROPORTIONS, new PlotSettings.Proportions("kind", "kind", false, false, false));
        shell.open();
        Shells.pumpFor(display, 100);
        Path png = dir.resolve("p.png");
        PlotExports.png(view.display().control(), png);
        ImageData back = new ImageData(png.toString());
        assertEquals(view.display().control().getSize().x, back.width);
        PlotExports.csv(view.model(), dir.resolve("p.csv"));
        assertEquals("kind,x,y,z\nx,1,0,0\ny,0,1,0\nz,0,0,1\n", Files.readString(dir.resolve("p.csv")));
        PlotExports.svg(view.model(), 500, 300, dir.resolve("p.svg"));
        assertTrue(Files.readString(dir.resolve("p.svg")).startsWith("<?xml"));
        Scatter s = Scatter.of(t, new PlotSettings.Scatter("_x", "_y", "", "", false, false, 6));
        assertEquals(3, s.points().size());
        view.setFileChooser((what, ext) -> dir.resolve("saved" + ext));
        view.show(PlotKind.SCATTER, new PlotSettings.Scatter("_x", "_y", "", "", false, false, 6));
        assertTrue(view.status().startsWith("3 marks"), view.status());
        press(view, "Save Plot...");
        org.fluorite.plot.PlotDocument saved = org.fluorite.plot.PlotDocument.load(dir.resolve("saved.plot.json"));
        assertEquals(PlotKind.SCATTER, saved.kind());
        assertEquals(view.settings(), saved.settings());
        assertEquals(3, saved.data().rowCount());
        press(view, "Export SVG...");
        assertEquals(3, Files.readString(dir.resolve("saved.svg")).split("class=\"mark\"", -1).length - 1);
        press(view, "Export CSV...");
        assertTrue(Files.readString(dir.resolve("saved.csv")).startsWith("_BLOCK_,row,SampleID,ROI_UUID,_x,_y"));
        press(view, "Export PNG...");
        assertTrue(Files.size(dir.resolve("saved.png")) > 100);
        view.show(PlotKind.SCATTER, new PlotSettings.Scatter("_RAW_CURVE", "_y", "", "", false, false, 6));
        assertTrue(view.status().contains("one number per row"), "a wrong column is explained: " + view.status());
    }

    @Test
    void aPeakRowHasItsSpanHighlightedOnTheCurve() {
        Frame f = Frame.of(FlowColumn.ofArrays("_RAW_CURVE", "", new double[][] {{0, 1, 5, 2, 0, 0}}),
                FlowColumn.ofLongs("_pf_b_ix_l", "", new long[] {1}), FlowColumn.ofLongs("_pf_p_ix", "", new long[] {2}),
                FlowColumn.ofLongs("_pf_b_ix_r", "", new long[] {3}), FlowColumn.ofDoubles("_pf_ampl_rel_zero", "", new double[] {5}));
        Transmission t = Transmission.spawn(f, HistoryOperation.of("signal.PeakFeatures", "peak-features", Map.of()), Metadata.EMPTY);
        TracerView tracer = new TracerView(shell);
        shell.open();
        tracer.trace(t, DataRef.of(t, 0), null);
        var series = tracer.curveChart().getSeriesSet().getSeries();
        assertEquals(2, series.length, "curve and peak span");
        assertEquals("peak", series[1].getId());
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {1, 5, 2}, series[1].getYSeries(), 0);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {1, 2, 3}, series[1].getXSeries(), 0);
        assertTrue(tracer.curveChart().getTitle().getText().endsWith("peak at 2"));
        assertEquals("5.0", tracer.valueOf("_pf_ampl_rel_zero"));
        assertTrue(!tracer.openSampleButton().getEnabled(), "no sample to open without a project");
        Shells.pumpFor(display, 100);
        ImageData screen = Shells.screen(tracer.curveChart());
        int orange = 0;
        for (int y = 0; y < screen.height; y++) {
            for (int x = 0; x < screen.width; x++) {
                if (Shells.rgb(screen, x, y) == TracerView.PEAK_RGB) {
                    orange++;
                }
            }
        }
        assertTrue(orange > 20, "the span is drawn in the peak colour: " + orange + " pixels");
    }

    @Test
    void clickingABarSegmentOrABeeswarmPointPicksARowOfIt() {
        Transmission t = known();
        PlotView bars = new PlotView(shell, t, PlotKind.PROPORTIONS, new PlotSettings.Proportions("kind", "kind", false, false, false));
        List<DataRef> picked = new ArrayList<>();
        bars.addSelectionListener(picked::add);
        shell.open();
        Shells.pumpFor(display, 150);
        ChartPlot chart = (ChartPlot) bars.display();
        int[] y = chart.pixelOf(1, 0.5);
        Shells.click(chart.chart().getPlotArea().getControl(), y[0], y[1]);
        assertEquals(1, picked.size());
        assertEquals(1, picked.get(0).row(), "bar 'y' is row 1");
        int[] above = chart.pixelOf(1, 1.04);
        Shells.click(chart.chart().getPlotArea().getControl(), above[0], above[1]);
        assertEquals(1, picked.size(), "above the bar picks nothing");
        bars.dispose();

        PlotView swarm = new PlotView(shell, t, PlotKind.BEESWARM, new PlotSettings.Beeswarm("_y", "", 0.05, false));
        swarm.addSelectionListener(picked::add);
        shell.layout(true, true);
        Shells.pumpFor(display, 150);
        ChartPlot sc = (ChartPlot) swarm.display();
        int[] p = sc.pixelOf(0, 30);
        Shells.click(sc.chart().getPlotArea().getControl(), p[0], p[1]);
        assertEquals(2, picked.size());
        assertEquals(1, picked.get(1).row(), "the point at 30 is row 1");
    }

    private static void press(org.eclipse.swt.widgets.Composite root, String text) {
        org.eclipse.swt.widgets.Button b = find(root, text);
        assertNotNull(b, "button " + text);
        b.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    private static org.eclipse.swt.widgets.Button find(org.eclipse.swt.widgets.Composite root, String text) {
        for (org.eclipse.swt.widgets.Control c : root.getChildren()) {
            if (c instanceof org.eclipse.swt.widgets.Button b && text.equals(b.getText())) {
                return b;
            }
            if (c instanceof org.eclipse.swt.widgets.Composite k) {
                org.eclipse.swt.widgets.Button found = find(k, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
