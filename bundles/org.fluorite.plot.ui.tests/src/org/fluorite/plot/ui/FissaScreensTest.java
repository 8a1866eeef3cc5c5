package org.fluorite.plot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.core.image.Image;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.nodes.data.ProjectTransmissions;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.imagej.ImageJRoiImporter;
import org.fluorite.io.tiff.TiffExporter;
import org.fluorite.io.tiff.TiffImporter;
import org.fluorite.plot.Colormap;
import org.fluorite.plot.DataRef;
import org.fluorite.plot.PlotKind;
import org.fluorite.plot.PlotSettings;
import org.fluorite.project.Project;
import org.fluorite.project.ProjectConfiguration;
import org.fluorite.project.ProjectOptions;
import org.fluorite.project.SampleDraft;
import org.fluorite.project.SampleId;
import org.fluorite.roi.RoiSet;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every plot kind and the Datapoint Tracer on a project of FISSA's three real two-photon movies
 * (fissa/b/images, 29 frames of 14 x 21 pixels) and their two ROIs; screenshots go to
 * java.io.tmpdir/fluorite-plot-*.png.
 */
class FissaScreensTest {

    private static final Path SHOTS = Path.of(System.getProperty("java.io.tmpdir"));

    @TempDir
    Path dir;
    private Display display;
    private Shell shell;
    private Project project;
    private Transmission data;

    @BeforeEach
    void open() throws Exception {
        TestData.assumeDisplay();
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1100, 650);
        FormatRegistry registry = new FormatRegistry();
        registry.addImporter(new TiffImporter());
        registry.addImporter(new ImageJRoiImporter());
        registry.addExporter(new TiffExporter());
        RoiSet rois = (RoiSet) registry.open(TestData.file("fissa/b/rois.zip"), ImportOptions.NONE, ProgressMonitor.NONE).data().get(0);
        project = Project.create(dir.resolve("fissa"), "fissa", ProjectConfiguration.EMPTY, ProjectOptions.of(registry));
        for (int i = 1; i <= 3; i++) {
            Path file = TestData.file("fissa/b/images/AVG_A0" + i + ".tif");
            Image movie = registry.open(file, ImportOptions.NONE, ProgressMonitor.NONE).firstImage();
            project.addSample(SampleDraft.builder(new SampleId("fissa_b", "A0" + i)).image(movie, file).rois(rois).build(),
                    ProgressMonitor.NONE);
            movie.close();
        }
        Transmission t = ProjectTransmissions.fromTab(project, "root",
                new ExecutionContext("data.LoadProjDF", "LoadProjDF.0", ProgressMonitor.NONE, project.directory(), false));
        double[][] curves = t.column("_RAW_CURVE").arrays();
        double[] mean = Arrays.stream(curves).mapToDouble(c -> Arrays.stream(c).average().orElse(Double.NaN)).toArray();
        double[] max = Arrays.stream(curves).mapToDouble(c -> Arrays.stream(c).max().orElse(Double.NaN)).toArray();
        String[] roi = new String[t.rowCount()];
        for (int r = 0; r < roi.length; r++) {
            roi[r] = "roi " + (r % 2);
        }
        data = t.withColumn(FlowColumn.ofDoubles("_MEAN", "", mean)).withColumn(FlowColumn.ofDoubles("_MAX", "", max))
                .withColumn(FlowColumn.ofText("cell", roi));
    }

    @AfterEach
    void close() throws Exception {
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
        while (display != null && display.readAndDispatch()) {
            // flush
        }
        if (project != null) {
            project.close();
        }
    }

    @Test
    void everyPlotKindDrawsTheRealRows() {
        Object[][] cases = {
                {PlotKind.SIMPLE, new PlotSettings.Simple("_RAW_CURVE", "SampleID", false), 6},
                {PlotKind.HEATMAP, new PlotSettings.Heatmap("_RAW_CURVE", "cell", PlotSettings.ColormapName.MAGMA, true, 0, 1), 6},
                {PlotKind.SCATTER, new PlotSettings.Scatter("_MEAN", "_MAX", "SampleID", "cell", false, false, 12), 6},
                {PlotKind.BEESWARM, new PlotSettings.Beeswarm("_MEAN", "cell", 0.05, true), 6},
                {PlotKind.PROPORTIONS, new PlotSettings.Proportions("SampleID", "cell", true, false, false), 6},
                {PlotKind.PROPORTIONS, new PlotSettings.Proportions("SampleID", "cell", false, true, true), 6}};
        int n = 0;
        for (Object[] c : cases) {
            for (var child : shell.getChildren()) {
                child.dispose();
            }
            PlotView view = new PlotView(shell, data, (PlotKind) c[0], (Record) c[1]);
            shell.layout(true, true);
            shell.open();
            Shells.pumpFor(display, 150);
            assertNotNull(view.model(), c[0] + ": " + view.status());
            assertEquals((int) c[2], view.model().marks().size(), c[0] + " marks");
            ImageData screen = Shells.screen(view.display().control());
            assertTrue(distinctColours(screen) > 3, c[0] + " drew something");
            Shells.capture(shell, SHOTS.resolve("fluorite-plot-" + (n++) + "-" + ((PlotKind) c[0]).name().toLowerCase() + ".png"));
        }
    }

    private static int distinctColours(ImageData d) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < d.height; y += 3) {
            for (int x = 0; x < d.width; x += 3) {
                seen.add(d.getPixel(x, y));
            }
        }
        return seen.size();
    }

    @Test
    void clickingAHeatmapRowTracesTheRoiOnItsSample() {
        shell.setLayout(new org.eclipse.swt.layout.GridLayout(2, true));
        PlotView view = new PlotView(shell, data, PlotKind.HEATMAP, new PlotSettings.Heatmap("_RAW_CURVE", "SampleID", PlotSettings.ColormapName.VIRIDIS, true, 0, 1));
        view.setLayoutData(new org.eclipse.swt.layout.GridData(org.eclipse.swt.SWT.FILL, org.eclipse.swt.SWT.FILL, true, true));
        TracerView tracer = new TracerView(shell);
        tracer.setLayoutData(new org.eclipse.swt.layout.GridData(org.eclipse.swt.SWT.FILL, org.eclipse.swt.SWT.FILL, true, true));
        List<SampleId> opened = new java.util.ArrayList<>();
        tracer.setSampleOpener(s -> opened.add(s.sampleId()));
        view.addSelectionListener(ref -> tracer.trace(data, ref, project));
        shell.setSize(1500, 700);
        shell.layout(true, true);
        shell.open();
        Shells.pumpFor(display, 150);
        HeatmapCanvas canvas = (HeatmapCanvas) view.display();
        Rectangle a = canvas.cellArea();
        Shells.click(canvas.control(), a.x + 5, a.y + 3 * a.height / 6 + a.height / 12);
        DataRef ref = tracer.row().ref();
        assertEquals(3, ref.row(), "line 3 = second ROI of A02");
        assertEquals("fissa_b-_-A02", ref.sampleId());
        Shells.pumpUntil(display, () -> tracer.snapshot() != null, "the sample's projection");
        assertEquals(1, tracer.snapshot().roiIndex());
        assertEquals(14, tracer.snapshot().plane().width());
        assertEquals("fissa_b-_-A02", tracer.valueOf("SampleID"));
        assertEquals("array of 29", tracer.valueOf("_RAW_CURVE"));
        assertTrue(tracer.historyText().contains("spawn_transmission"));
        ImageData px = ProjectionCanvas.pixels(tracer.snapshot());
        int rx = tracer.snapshot().roi().xs()[0];
        int ry = tracer.snapshot().roi().ys()[0];
        int tinted = Shells.rgb(px, rx, ry);
        assertTrue(((tinted >> 16) & 0xff) > (tinted & 0xff), "ROI pixels are tinted red: " + Integer.toHexString(tinted));
        Shells.capture(shell, SHOTS.resolve("fluorite-plot-tracer-max.png"));
        tracer.projectionChoice().select(1);
        tracer.projectionChoice().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        Shells.pumpUntil(display, () -> tracer.snapshot() != null, "the std projection");
        assertEquals(org.fluorite.core.image.Projection.STD, tracer.snapshot().projection());
        tracer.openSampleButton().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertEquals(List.of(new SampleId("fissa_b", "A02")), opened);
        Shells.capture(shell, SHOTS.resolve("fluorite-plot-tracer-std.png"));
        assertEquals(Colormap.categorical(1), ((org.fluorite.plot.Heatmap) view.model()).legend().get(1).rgb());
    }
}
