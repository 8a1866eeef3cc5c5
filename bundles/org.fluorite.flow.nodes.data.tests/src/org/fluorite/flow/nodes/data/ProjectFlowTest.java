package org.fluorite.flow.nodes.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fluorite.cli.CommandLine;
import org.fluorite.core.image.ArrayPlaneSource;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.json.Json;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.flow.ColumnType;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.cli.FlowCommand;
import org.fluorite.flow.graph.FlowNode;
import org.fluorite.flow.graph.Flowchart;
import org.fluorite.flow.graph.FlowchartJson;
import org.fluorite.flow.hdf5.TransmissionHdf5;
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.node.NodeRegistry;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.tiff.TiffExporter;
import org.fluorite.io.tiff.TiffImporter;
import org.fluorite.project.Project;
import org.fluorite.project.ProjectColumn;
import org.fluorite.project.ProjectConfiguration;
import org.fluorite.project.ProjectOptions;
import org.fluorite.project.ProjectTab;
import org.fluorite.project.SampleDraft;
import org.fluorite.project.SampleId;
import org.fluorite.project.ValueType;
import org.fluorite.project.filter.TableFilter;
import org.fluorite.roi.RectangleRoi;
import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiProperties;
import org.fluorite.roi.RoiSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LoadProjDF on a real project store, and whole flowcharts run headless with {@code flow run}:
 * LoadProjDF -> TextFilter -> SpliceArrays -> Save, the saved file read back with its history.
 */
class ProjectFlowTest {

    @TempDir
    Path dir;
    Path project;

    static FormatRegistry formats() {
        FormatRegistry r = new FormatRegistry();
        r.addImporter(new TiffImporter());
        r.addExporter(new TiffExporter());
        return r;
    }

    /** 8 x 6 movie: left half 10 t + 1, right half 10 t + 2 + base, so the halves' mean traces are known. */
    static Image movie(int frames, int base, double fps) {
        List<Plane> planes = new ArrayList<>();
        for (int t = 0; t < frames; t++) {
            Plane p = Plane.allocate(PixelType.UINT16, 8, 6);
            for (int y = 0; y < 6; y++) {
                for (int x = 0; x < 8; x++) {
                    p.set(y * 8 + x, x < 4 ? 10 * t + 1 : 10 * t + 2 + base);
                }
            }
            planes.add(p);
        }
        return Image.create("synthetic", new ArrayPlaneSource(planes), "TYX", frames, 6, 8)
                .withMetadata(Metadata.EMPTY.with(Metadata.FPS, fps));
    }

    static RoiSet halves(String left, String right) {
        List<Roi> rois = List.of(new RectangleRoi(new RoiProperties("left", -1, 0, Map.of("cell_name", left), 0, 0, 0), 0, 0, 4, 6, 0),
                new RectangleRoi(new RoiProperties("right", 0xFF0000, 1, Map.of("cell_name", right), 0, 0, 0), 4, 0, 4, 6, 0));
        return new RoiSet("halves", rois).withImageSize(8, 6);
    }

    @BeforeEach
    void makeProject() throws Exception {
        project = dir.resolve("proj");
        ProjectConfiguration config = ProjectConfiguration.of(List.of("cell_name"), List.of(),
                List.of(ProjectColumn.custom("stage", ValueType.INTEGER, null)));
        try (Project p = Project.create(project, "Retina", config, ProjectOptions.of(formats()))) {
            p.addSample(SampleDraft.builder(new SampleId("a1", "1")).image(movie(4, 0, 5.0), null).rois(halves("palp", "atena"))
                    .value("stage", "48").build(), ProgressMonitor.NONE);
            p.addSample(SampleDraft.builder(new SampleId("a2", "1")).image(movie(3, 5, 2.5), null).rois(halves("palp", "untagged"))
                    .value("stage", "72").build(), ProgressMonitor.NONE);
            p.saveTab(ProjectTab.root().child("late", TableFilter.of("stage", "$>=:60")));
        }
    }

    private static Transmission load(Path project, String tab) throws Exception {
        LoadProjDFFactory f = new LoadProjDFFactory();
        ExecutionContext ctx = new ExecutionContext(f.id(), "LoadProjDF.0", ProgressMonitor.NONE, project, false);
        return (Transmission) Run.all(f, new LoadProjDFFactory.Settings(tab), ctx, List.of()).get(0);
    }

    @Test
    void rootTabBecomesOneBlockWithRawCurvesAndRates() throws Exception {
        Transmission t = load(project, "root");
        assertEquals(4, t.rowCount());
        assertArrayEquals(new String[] {"a1-_-1", "a1-_-1", "a2-_-1", "a2-_-1"}, t.column("SampleID").texts());
        assertArrayEquals(new String[] {"palp", "atena", "palp", "untagged"}, t.column("cell_name").texts());
        assertArrayEquals(new long[] {48, 48, 72, 72}, t.column("stage").longs());
        assertEquals(ColumnType.UUID, t.column("ROI_UUID").type());
        double[][] curves = t.column(Transmission.RAW_CURVE).arrays();
        assertArrayEquals(new double[] {1, 11, 21, 31}, curves[0], 1e-9);
        assertArrayEquals(new double[] {2, 12, 22, 32}, curves[1], 1e-9);
        assertArrayEquals(new double[] {7, 17, 27}, curves[3], 1e-9);
        assertArrayEquals(new double[] {5, 5, 2.5, 2.5}, t.column(Transmission.SAMPLING_RATE).doubles());
        assertEquals(1, t.history().blocks().size());
        assertEquals("spawn_transmission", t.historyOfRow(0).get(0).name());
        assertEquals("root", t.historyOfRow(0).get(0).parameters().get("sub_dataframe_name"));
        assertEquals("data.LoadProjDF", t.historyOfRow(0).get(0).nodeId());
        assertEquals(Transmission.RAW_CURVE, t.lastOutput());
        assertEquals(project.toString(), t.metadata().string(Transmission.PROJECT).orElseThrow());
    }

    @Test
    void aTabGivesItsRowsAndFilterHistory() throws Exception {
        Transmission t = load(project, "late");
        assertArrayEquals(new String[] {"a2-_-1", "a2-_-1"}, t.column("SampleID").texts());
        Map<String, Object> p = t.historyOfRow(0).get(0).parameters();
        assertEquals("late", p.get("sub_dataframe_name"));
        assertEquals(Map.of("dataframe_filter_history", List.of("stage >= 60")), p.get("dataframe_filter_history"));
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> load(project, "nope"));
        assertEquals("The project has no tab 'nope' (tabs: root, late)", e.getMessage());
    }

    /** Without raw range columns NormRaw reads the ROI pixels in the project's movies. */
    @Test
    void normRawReadsRawRangesFromTheProjectMovies() throws Exception {
        Transmission t = load(project, "root");
        NormRawFactory f = new NormRawFactory();
        f.setFormatRegistry(formats());
        ExecutionContext ctx = new ExecutionContext(f.id(), "NormRaw.0", ProgressMonitor.NONE, project, false);
        Transmission out = (Transmission) Run.all(f, new NormRawFactory.Settings(NormRawFactory.Option.TOP_5), ctx, List.of(t)).get(0);
        assertEquals(4, out.rowCount(), String.valueOf(ctx.warnings()));
        // each half of the movie is uniform, so the raw range is the curve's own range and the curve comes back unchanged
        for (int r = 0; r < 4; r++) {
            assertArrayEquals(t.column(Transmission.RAW_CURVE).arrays()[r], out.column(NormRawFactory.OUTPUT).arrays()[r], 1e-9);
        }
        assertEquals("project", out.historyOfRow(0).get(1).parameters().get("raw_range_from"));
        Exception noProject = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> Run.all(f,
                new NormRawFactory.Settings(NormRawFactory.Option.TOP_5), ExecutionContext.simple(f.id()), List.of(t)));
        assertTrue(noProject.getMessage().startsWith("NormRaw needs a project"), noProject.getMessage());
    }

    record Cli(int exit, String out, String err) {
    }

    static Cli flow(Path cwd, String... args) {
        NodeRegistry nodes = new NodeRegistry();
        for (var f : List.of(new LoadProjDFFactory(), new LoadFileFactory(), new SaveFactory(), new MergeFactory(), new TextFilterFactory(),
                new SpliceArraysFactory(), new DropNaFactory(), new NormRawFactory(), new ViewTransmissionFactory(),
                new ViewHistoryFactory())) {
            assertTrue(nodes.addFactory(f));
        }
        CommandLine cl = CommandLine.standalone(formats());
        cl.setWorkingDirectory(cwd);
        cl.addCommand(new FlowCommand(nodes));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int exit = cl.execute(args, o, e);
            return new Cli(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    private Path chart(String name, boolean withBadNode) throws Exception {
        Flowchart c = new Flowchart();
        FlowNode load = c.add(new LoadProjDFFactory(), new LoadProjDFFactory.Settings("root"), 0, 0);
        FlowNode filter = c.add(new TextFilterFactory(), new TextFilterFactory.Settings("cell_name", "palp", TextFilterFactory.Mode.INCLUDE),
                100, 0);
        FlowNode splice = c.add(new SpliceArraysFactory(), new SpliceArraysFactory.Settings(Transmission.RAW_CURVE, "1:"), 200, 0);
        FlowNode save = c.add(new SaveFactory(), new SaveFactory.Settings("trns/palp.trn.h5", false), 300, 0);
        FlowNode hist = c.add(new ViewHistoryFactory(), null, 300, 100);
        c.connect(load.id(), "Out", filter.id(), "In");
        c.connect(filter.id(), "Out", splice.id(), "In");
        c.connect(splice.id(), "Out", save.id(), "In");
        c.connect(splice.id(), "Out", hist.id(), "In");
        if (withBadNode) {
            FlowNode bad = c.add(new SpliceArraysFactory(), new SpliceArraysFactory.Settings("cell_name", "1:"), 200, 100);
            c.connect(load.id(), "Out", bad.id(), "In");
        }
        Path f = project.resolve("flowcharts").resolve(name);
        FlowchartJson.save(c, f);
        return f;
    }

    @Test
    @SuppressWarnings("unchecked")
    void flowRunRunsASavedFlowchartAndSaves() throws Exception {
        chart("palp.json", false);
        Cli r = flow(dir, "flow", "run", "palp.json", "--project", "proj", "--json");
        assertEquals(0, r.exit(), r.err() + r.out());
        Map<String, Object> j = (Map<String, Object>) Json.parse(r.out());
        assertEquals(true, j.get("ok"));
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) j.get("nodes");
        assertEquals(List.of("LoadProjDF.0", "TextFilter.0", "SpliceArrays.0", "Save.0", "ViewHistory.0"),
                nodes.stream().map(n -> n.get("id")).toList());
        assertEquals(4L, nodes.get(0).get("rows"));
        assertEquals(2L, nodes.get(1).get("rows"));
        assertEquals("OK", nodes.get(3).get("status"));
        assertEquals(null, nodes.get(3).get("rows"));
        Map<String, Object> view = (Map<String, Object>) nodes.get(4).get("view");
        Map<String, Object> blocks = (Map<String, Object>) view.get("blocks");
        List<Map<String, Object>> ops = (List<Map<String, Object>>) blocks.values().iterator().next();
        assertEquals(List.of("spawn_transmission", "text_filter", "splice_arrays"), ops.stream().map(o -> o.get("name")).toList());

        Transmission saved = TransmissionHdf5.load(project.resolve("trns/palp.trn.h5"));
        assertEquals(2, saved.rowCount());
        assertArrayEquals(new double[] {11, 21, 31}, saved.column("_SPLICE_ARRAYS").arrays()[0], 1e-9);
        assertArrayEquals(new double[] {11, 21}, saved.column("_SPLICE_ARRAYS").arrays()[1], 1e-9);
        assertEquals(List.of("spawn_transmission", "text_filter", "splice_arrays"), saved.history().operationNames(saved.blockOf(0)));

        // a second run refuses to overwrite the saved file, as Mesmerize does, and says so
        Cli again = flow(dir, "flow", "run", "palp.json", "--project", "proj");
        assertEquals(1, again.exit());
        assertTrue(again.out().contains("already exists"), again.out());
        assertTrue(again.err().contains("1 of 5 nodes did not run"), again.err());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFailingNodeIsReportedAndTheRestRuns() throws Exception {
        chart("bad.json", true);
        Cli r = flow(dir, "flow", "run", "bad.json", "--project", "proj", "--json");
        assertEquals(1, r.exit());
        Map<String, Object> j = (Map<String, Object>) Json.parse(r.out());
        assertEquals(false, j.get("ok"));
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) j.get("nodes");
        Map<String, Object> bad = nodes.stream().filter(n -> n.get("id").equals("SpliceArrays.1")).findFirst().orElseThrow();
        assertEquals("ERROR", bad.get("status"));
        assertEquals("Column 'cell_name' holds text, this node needs array", bad.get("error"));
        assertTrue(Files.exists(project.resolve("trns/palp.trn.h5")), "the other branch saved its file");
    }

    @Test
    void loadFileReadsWhatSaveWrote() throws Exception {
        Transmission t = load(project, "root");
        SaveFactory save = new SaveFactory();
        ExecutionContext ctx = new ExecutionContext(save.id(), "Save.0", ProgressMonitor.NONE, project, false);
        Run.all(save, new SaveFactory.Settings("trns/all.trn.h5", false), ctx, List.of(t));
        Exception exists = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> Run.all(save, new SaveFactory.Settings("trns/all.trn.h5", false), ctx, List.of(t)));
        assertTrue(exists.getMessage().endsWith("all.trn.h5 already exists: choose a new file or set overwrite"), exists.getMessage());
        LoadFileFactory lf = new LoadFileFactory();
        Transmission back = (Transmission) Run.all(lf, new LoadFileFactory.Settings("trns/all.trn.h5"),
                new ExecutionContext(lf.id(), "LoadFile.0", ProgressMonitor.NONE, project, false), List.of()).get(0);
        assertEquals(4, back.rowCount());
        assertArrayEquals(t.column(Transmission.RAW_CURVE).arrays()[3], back.column(Transmission.RAW_CURVE).arrays()[3]);
        assertEquals(List.of("spawn_transmission", "load_file"), back.history().operationNames(back.blockOf(0)));
        assertEquals(t.blockOf(0), back.blockOf(0));
    }
}
