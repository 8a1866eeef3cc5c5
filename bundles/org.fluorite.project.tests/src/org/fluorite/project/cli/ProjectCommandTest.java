package org.fluorite.project.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fluorite.cli.CommandLine;
import org.fluorite.core.json.Json;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.imagej.ImageJRoiImporter;
import org.fluorite.io.tiff.TiffExporter;
import org.fluorite.io.tiff.TiffImporter;
import org.fluorite.project.Project;
import org.fluorite.project.ProjectOptions;
import org.fluorite.project.Sample;
import org.fluorite.project.SampleId;
import org.fluorite.roi.RoiSet;
import org.fluorite.roi.traces.TraceExtractor;
import org.fluorite.stimulus.StimulusCsvImporter;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./fluorite project ...} through the real dispatcher with the real importers, on FISSA's files. */
class ProjectCommandTest {

    private static final String A01 = "fissa/b/images/AVG_A01.tif";
    private static final String A02 = "fissa/b/images/AVG_A02.tif";
    private static final String ROIS = "fissa/b/rois.zip";

    private record Run(int exit, String out, String err) {
        Map<?, ?> json() {
            return (Map<?, ?>) Json.parse(out);
        }
    }

    private static FormatRegistry registry() {
        FormatRegistry r = new FormatRegistry();
        r.addImporter(new TiffImporter());
        r.addImporter(new ImageJRoiImporter());
        r.addImporter(new StimulusCsvImporter());
        r.addExporter(new TiffExporter());
        r.addImporter(new org.fluorite.project.ProjectTableImporter());
        return r;
    }

    private static Run run(String... args) {
        CommandLine cl = CommandLine.standalone(registry());
        cl.addCommand(new ProjectCommand());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int exit = cl.execute(args, o, e);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    private static String p(String relative) {
        return TestData.file(relative).toString();
    }

    @Test
    void createAddListAndInfoOnRealFiles(@TempDir Path dir) throws Exception {
        String proj = dir.resolve("proj").toString();
        Run created = run("project", "create", proj, "--roi-types", "cell_name", "--stim-types", "light,odour", "--custom",
                "promoter:text", "--custom", "stage:int=0", "--json");
        assertEquals(0, created.exit(), created.err());
        Map<?, ?> info = created.json();
        assertEquals(2L, info.get("schemaVersion"));
        assertEquals(0L, info.get("samples"));
        assertEquals(List.of("cell_name"), ((Map<?, ?>) info.get("configuration")).get("roiTypes"));
        assertEquals(List.of("light", "odour"), ((Map<?, ?>) info.get("configuration")).get("stimulusTypes"));
        assertEquals(5, ((List<?>) ((Map<?, ?>) info.get("configuration")).get("columns")).size());

        Path stim = dir.resolve("stim.csv");
        Files.writeString(stim, "type,name,start,end,unit,colour\nlight,blue,2,5,frames,#0000FF\nlight,uv,10,12,frames,#8000FF\n");
        Run added = run("project", "add-sample", proj, "--image", p(A01), "--animal", "fissa_b", "--trial", "A01", "--rois",
                p(ROIS), "--stimulus", stim.toString(), "--set", "promoter=pc2", "--set", "stage=48", "--json");
        assertEquals(0, added.exit(), added.err());
        Map<?, ?> a = added.json();
        assertEquals("fissa_b-_-A01", a.get("sampleId"));
        assertEquals(2L, a.get("rois"));
        assertEquals(29L, a.get("frames"));
        assertEquals(14L, a.get("width"));
        assertEquals(21L, a.get("height"));
        assertEquals("copy", a.get("imageStorage"));
        assertEquals(2L, a.get("stimulusPeriods"));
        assertEquals(2, ((List<?>) a.get("roiUuids")).size());

        Run ref = run("project", "add-sample", proj, "--image", p(A02), "--animal", "fissa_b", "--trial", "A02", "--rois",
                p(ROIS), "--reference", "--set", "promoter=cng_ch4", "--set", "stage=60", "--json");
        assertEquals(0, ref.exit(), ref.err());
        assertEquals("reference", ref.json().get("imageStorage"));
        assertEquals(TestData.file(A02).toAbsolutePath().toString(), ref.json().get("imageFile"));

        // the traces stored are those of org.fluorite.roi's extractor
        FormatRegistry r = registry();
        RoiSet rois = (RoiSet) r.open(TestData.file(ROIS), ImportOptions.NONE, ProgressMonitor.NONE).data().get(0);
        var movie = r.open(TestData.file(A01), ImportOptions.NONE, ProgressMonitor.NONE).firstImage();
        var frames = movie.has(org.fluorite.core.image.Axis.T) ? movie : movie.withAxes(movie.axesString().replace('Z', 'T'));
        double[][] expected = TraceExtractor.meanTraces(frames, rois.rois(), 1, ProgressMonitor.NONE);
        movie.close();
        try (Project project = Project.open(Path.of(proj), ProjectOptions.of(r))) {
            Sample s = project.sample(new SampleId("fissa_b", "A01")).orElseThrow();
            assertArrayEquals(expected[0], s.rois().get(0).trace(), 0);
            assertArrayEquals(expected[1], s.rois().get(1).trace(), 0);
            assertEquals(48L, s.customValues().get("stage"));
        }

        Run all = run("project", "list", proj, "--json");
        assertEquals(0, all.exit(), all.err());
        assertEquals(4L, all.json().get("rowCount"));
        List<?> rows = (List<?>) all.json().get("rows");
        assertEquals("blue, uv", ((Map<?, ?>) rows.get(0)).get("light"));
        assertEquals("untagged", ((Map<?, ?>) rows.get(0)).get("odour"));
        assertEquals("untagged", ((Map<?, ?>) rows.get(2)).get("light"));
        assertEquals(60L, ((Map<?, ?>) rows.get(3)).get("stage"));

        assertEquals(2L, run("project", "list", proj, "--filter", "promoter=$STR=:pc2", "--json").json().get("rowCount"));
        assertEquals(4L, run("project", "list", proj, "--filter", "promoter=pc2|ch4", "--json").json().get("rowCount"));
        assertEquals(2L, run("project", "list", proj, "--filter", "stage=$>:50", "--json").json().get("rowCount"));
        assertEquals(1L, run("project", "list", proj, "--filter", "stage=$RANGE:40..50", "--filter", "ROI_name=04", "--json")
                .json().get("rowCount"));
        Run csv = run("project", "list", proj, "--filter", "SampleID=$STR!=:fissa_b-_-A01");
        assertEquals(0, csv.exit(), csv.err());
        String[] lines = csv.out().split("\n");
        assertEquals(3, lines.length);
        assertTrue(lines[0].startsWith("SampleID,AnimalID,TrialID,ImgUUID,ROI_UUID,ROI_index,ROI_name,ROI_shape,cell_name,light,odour,promoter,stage,comments,date"),
                lines[0]);
        assertTrue(lines[1].startsWith("fissa_b-_-A02,fissa_b,A02,"), lines[1]);

        Run configured = run("project", "config", proj, "--custom", "drug_state:text=control", "--roi-types", "region", "--json");
        assertEquals(0, configured.exit(), configured.err());
        assertEquals(7, ((List<?>) ((Map<?, ?>) configured.json().get("configuration")).get("columns")).size());
        Run listed = run("project", "list", proj, "--filter", "drug_state=$STR=:control", "--json");
        assertEquals(4L, listed.json().get("rowCount"), "existing samples got the replace value");

        Run infoRun = run("project", "info", proj, "--json");
        assertEquals(0, infoRun.exit(), infoRun.err());
        assertEquals(2L, infoRun.json().get("samples"));
        assertEquals(4L, infoRun.json().get("rois"));
        assertEquals("proj", infoRun.json().get("name"));
        assertEquals(4L, infoRun.json().get("backups"), "one before each sample and each added column");
        Run generic = run("info", proj, "--json");
        assertEquals(0, generic.exit(), generic.err());
        Map<?, ?> g = generic.json();
        assertEquals("project-table", g.get("kind"), generic.out());
        assertEquals(4L, g.get("rowCount"), generic.out());
        Map<?, ?> meta = (Map<?, ?>) g.get("metadata");
        assertEquals(2L, meta.get("samples"), generic.out());
        assertEquals(2L, meta.get("schemaVersion"));
        assertEquals("import.fluorite-project", ((Map<?, ?>) ((List<?>) g.get("provenance")).get(0)).get("operation"), generic.out());
        try (Project open = Project.open(Path.of(proj), ProjectOptions.of(r))) {
            Run beside = run("project", "list", proj, "--filter", "promoter=cng_ch4", "--json");
            assertEquals(0, beside.exit(), beside.err());
            assertEquals(2L, beside.json().get("rowCount"), "list reads beside a workbench holding the project");
            Run blocked = run("project", "add-sample", proj, "--image", p(A01), "--animal", "x", "--trial", "1");
            assertEquals(CommandLine.EXIT_FAILURE, blocked.exit());
            assertTrue(blocked.err().contains("is open in another Fluorite"), blocked.err());
        }
        Run text = run("project", "info", proj);
        assertTrue(text.out().contains("2 samples, 4 ROIs"), text.out());
    }

    @Test
    void mistakesAreReportedWithTheirExitStatus(@TempDir Path dir) {
        String proj = dir.resolve("proj").toString();
        assertEquals(0, run("project", "create", proj, "--custom", "stage:int").exit());
        Run sep = run("project", "add-sample", proj, "--image", p(A01), "--animal", "a-_-b", "--trial", "1");
        assertEquals(CommandLine.EXIT_USAGE, sep.exit());
        assertTrue(sep.err().contains("contains '-_-'"), sep.err());
        Run badValue = run("project", "add-sample", proj, "--image", p(A01), "--animal", "a", "--trial", "1", "--set", "stage=late");
        assertEquals(CommandLine.EXIT_FAILURE, badValue.exit());
        assertTrue(badValue.err().contains("'late' is not one"), badValue.err());
        Run unknownColumn = run("project", "list", proj, "--filter", "colour=red");
        assertEquals(CommandLine.EXIT_USAGE, unknownColumn.exit());
        assertTrue(unknownColumn.err().contains("no column 'colour'"), unknownColumn.err());
        Run badFilter = run("project", "list", proj, "--filter", "stage=$>:old");
        assertEquals(CommandLine.EXIT_USAGE, badFilter.exit());
        assertTrue(badFilter.err().contains("'old' is not a number"), badFilter.err());
        Run noSub = run("project");
        assertEquals(CommandLine.EXIT_USAGE, noSub.exit());
        Run unknownSub = run("project", "remove", proj);
        assertEquals(CommandLine.EXIT_USAGE, unknownSub.exit());
        assertTrue(unknownSub.err().contains("unknown project sub-command 'remove'"), unknownSub.err());
        Run notProject = run("project", "info", dir.resolve("nothing").toString());
        assertEquals(CommandLine.EXIT_FAILURE, notProject.exit());
        assertTrue(notProject.err().contains("nothing"), notProject.err());
        Run plainFolder = run("project", "list", dir.toString());
        assertEquals(CommandLine.EXIT_FAILURE, plainFolder.exit());
        assertTrue(plainFolder.err().contains("holds no Fluorite project"), plainFolder.err());
        assertTrue(!Files.exists(dir.resolve("project.sqlite")), "looking does not create a project");
        Run twice = run("project", "create", proj);
        assertEquals(CommandLine.EXIT_FAILURE, twice.exit());
        assertTrue(twice.err().contains("holds a project already"), twice.err());
        Run help = run("help", "project");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("./fluorite project add-sample DIR --image MOVIE --animal A --trial T"), help.out());
    }
}
