package org.fluorite.roi.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.imagej.ImageJRoiExporter;
import org.fluorite.io.imagej.ImageJRoiImporter;
import org.fluorite.io.tiff.TiffExporter;
import org.fluorite.io.tiff.TiffImporter;
import org.fluorite.roi.RectangleRoi;
import org.fluorite.roi.RoiProperties;
import org.fluorite.roi.RoiSet;
import org.fluorite.roi.traces.Baseline;
import org.fluorite.roi.traces.DeltaF;
import org.fluorite.roi.traces.TraceCsv;
import org.fluorite.roi.traces.TraceExtractor;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code traces} with the real TIFF and ImageJ ROI readers on FISSA's movie and ROIs. */
class TracesCommandTest {

    private static final String MOVIE = "fissa/b/images/AVG_A01.tif";
    private static final String ROIS = "fissa/b/rois.zip";

    private record Run(int exit, String out, String err) {
    }

    private static FormatRegistry registry() {
        FormatRegistry r = new FormatRegistry();
        r.addImporter(new TiffImporter());
        r.addImporter(new ImageJRoiImporter());
        return r;
    }

    private static Run run(String... args) {
        CommandLine cl = CommandLine.standalone(registry());
        cl.addCommand(new TracesCommand());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int exit = cl.execute(args, o, e);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /** The traces computed directly, [roi][frame]. */
    private static double[][] direct() throws Exception {
        FormatRegistry r = registry();
        Image movie = r.open(TestData.file(MOVIE), ImportOptions.NONE, ProgressMonitor.NONE).firstImage();
        RoiSet rois = (RoiSet) r.open(TestData.file(ROIS), ImportOptions.NONE, ProgressMonitor.NONE).data().get(0);
        return TraceExtractor.meanTraces(movie, rois.rois(), 1, ProgressMonitor.NONE);
    }

    @Test
    void meanTracesToCsv(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("traces.csv");
        Run r = run("traces", TestData.file(MOVIE).toString(), "--rois", TestData.file(ROIS).toString(), "--out",
                out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("Wrote " + out + " (2 ROIs x 29 frames, mean intensity)\n", r.out());
        List<String> lines = Files.readAllLines(out);
        assertEquals("frame,03,04", lines.get(0));
        assertEquals("0,48.0,73.4", lines.get(1), "frame 0: FISSA's raw values for both cells");
        assertEquals(30, lines.size());
        Table t = TraceCsv.read(out);
        double[][] expected = direct();
        assertArrayEquals(expected[0], t.require("03").toDoubles(), 0);
        assertArrayEquals(expected[1], t.require("04").toDoubles(), 0);
    }

    @Test
    void dffOverAFrameRangeWithJson(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("dff.csv");
        Run r = run("traces", TestData.file(MOVIE).toString(), "--rois", TestData.file(ROIS).toString(), "--out",
                out.toString(), "--dff", "--baseline-frames", "0:5", "--fps", "7.5", "--threads", "3", "--json");
        assertEquals(0, r.exit(), r.err());
        @SuppressWarnings("unchecked")
        Map<String, Object> j = (Map<String, Object>) Json.parse(r.out());
        assertEquals(out.toString(), j.get("file"));
        assertEquals(29L, ((Number) j.get("frames")).longValue());
        assertEquals(List.of("03", "04"), j.get("rois"));
        assertEquals("dF/F", j.get("quantity"));
        assertEquals(List.of("frame", "time [s]", "03 [dF/F]", "04 [dF/F]"), j.get("columns"));
        assertEquals(7.5, ((Number) j.get("fps")).doubleValue(), 1e-12);
        assertEquals(Map.of("baseline", "frames", "fromFrame", 0L, "toFrame", 5L), j.get("baseline"));
        Table t = TraceCsv.read(out);
        double[][] raw = direct();
        for (int roi = 0; roi < 2; roi++) {
            double f0 = 0;
            for (int f = 0; f < 5; f++) {
                f0 += raw[roi][f] / 5;
            }
            double[] dff = t.require(roi == 0 ? "03" : "04").toDoubles();
            for (int f = 0; f < 29; f++) {
                assertEquals((raw[roi][f] - f0) / f0, dff[f], 1e-12, "ROI " + roi + " frame " + f);
            }
        }
        assertEquals(28 / 7.5, t.require("time").getDouble(28), 1e-12);
    }

    @Test
    void dffWithASlidingPercentile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("dff.csv");
        Run r = run("traces", TestData.file(MOVIE).toString(), "--rois", TestData.file(ROIS).toString(), "--out",
                out.toString(), "--dff", "--baseline-percentile", "20", "--baseline-window", "9", "--baseline-trailing");
        assertEquals(0, r.exit(), r.err());
        double[][] raw = direct();
        double[] expected = DeltaF.of(raw[1], new Baseline.Percentile(20, 9, Baseline.Window.TRAILING));
        assertArrayEquals(expected, TraceCsv.read(out).require("04").toDoubles(), 0);
        assertEquals(0.0, expected[0], 0, "a trailing window of one frame is the frame itself");
    }

    @Test
    void aZStackIsReadAsFramesAndTheCalibrationGivesTimes(@TempDir Path dir) throws Exception {
        // 3 slices of 4 x 3 uint16, pixel (x, y) of slice z = 10 z + x; written and read back by the real TIFF and ROI code
        List<Plane> planes = new ArrayList<>();
        for (int z = 0; z < 3; z++) {
            Plane p = Plane.allocate(PixelType.UINT16, 4, 3);
            for (int i = 0; i < 12; i++) {
                p.set(i, 10 * z + i % 4);
            }
            planes.add(p);
        }
        Image stack = Image.create("stack", new ArrayPlaneSource(planes), "ZYX", 3, 3, 4);
        Path movie = dir.resolve("stack.tif");
        new TiffExporter().export(stack, movie, ImportOptions.NONE, ProgressMonitor.NONE);
        Path rois = dir.resolve("rois.zip");
        RoiSet set = new RoiSet("rois", List.of(new RectangleRoi(RoiProperties.named("right"), 2, 0, 2, 3, 0)));
        new ImageJRoiExporter().export(set, rois, ImportOptions.NONE, ProgressMonitor.NONE);
        Path out = dir.resolve("t.csv");
        Run r = run("traces", movie.toString(), "--rois", rois.toString(), "--out", out.toString(), "--fps", "2");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("3 Z planes are taken as frames"), r.err());
        // columns 2 and 3: mean 10 z + 2.5; at 2 frames per second frame z is at z / 2 s
        assertEquals(List.of("frame,time [s],right", "0,0.0,2.5", "1,0.5,12.5", "2,1.0,22.5"), Files.readAllLines(out));
    }

    @Test
    void wrongArgumentsAreUsageErrors(@TempDir Path dir) {
        String movie = TestData.file(MOVIE).toString();
        String rois = TestData.file(ROIS).toString();
        String out = dir.resolve("x.csv").toString();
        assertUsage("needs --rois", "traces", movie, "--out", out);
        assertUsage("needs --out", "traces", movie, "--rois", rois);
        assertUsage("baseline options need --dff", "traces", movie, "--rois", rois, "--out", out, "--baseline-frames", "0:5");
        assertUsage("not both", "traces", movie, "--rois", rois, "--out", out, "--dff", "--baseline-frames", "0:5",
                "--baseline-window", "9");
        assertUsage("outside the movie's 29 frames", "traces", movie, "--rois", rois, "--out", out, "--dff",
                "--baseline-frames", "10:40");
        assertUsage("percentile must lie in 0..100", "traces", movie, "--rois", rois, "--out", out, "--dff",
                "--baseline-percentile", "120");
        assertUsage("--fps takes a positive number", "traces", movie, "--rois", rois, "--out", out, "--fps", "-3");
        assertUsage("must not be an input file", "traces", movie, "--rois", rois, "--out", movie);
        assertFalse(Files.exists(dir.resolve("x.csv")), "nothing written on a usage error");
    }

    private static void assertUsage(String problem, String... args) {
        Run r = run(args);
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains(problem), r.err());
    }

    @Test
    void aFileWithoutRoisFailsNamingIt(@TempDir Path dir) {
        String movie = TestData.file(MOVIE).toString();
        Run r = run("traces", movie, "--rois", movie.replace("AVG_A01", "AVG_A02"), "--out", dir.resolve("x.csv").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("fluorite: ") && r.err().contains("AVG_A02.tif: holds no ROIs (it holds image)"),
                r.err());
    }
}
