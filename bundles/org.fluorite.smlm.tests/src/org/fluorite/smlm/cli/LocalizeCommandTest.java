package org.fluorite.smlm.cli;

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
import org.fluorite.core.table.Table;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.thunderstorm.ThunderStormExporter;
import org.fluorite.io.thunderstorm.ThunderStormImporter;
import org.fluorite.io.tiff.TiffExporter;
import org.fluorite.io.tiff.TiffImporter;
import org.fluorite.smlm.camera.CameraModel;
import org.fluorite.smlm.simulate.Simulation;
import org.fluorite.smlm.simulate.SimulationSettings;
import org.fluorite.smlm.simulate.Simulator;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code localize} end to end with the real TIFF reader and ThunderSTORM writer. */
class LocalizeCommandTest {

    @TempDir
    static Path dir;
    private static Path movie;
    private static Simulation sim;

    @BeforeAll
    static void writeMovie() throws Exception {
        sim = Simulator.simulate(SimulationSettings.DEFAULTS.withSize(64, 64, 10).withEmitters(8, 2500, 0.3).withBackground(15)
                .withSeed(21), CameraModel.of(300, 2, 1, 3));
        movie = dir.resolve("blinks.tif");
        new TiffExporter().export(sim.stack(), movie, ImportOptions.NONE, ProgressMonitor.NONE);
    }

    private static FormatRegistry registry() {
        FormatRegistry registry = new FormatRegistry();
        registry.addImporter(new TiffImporter());
        registry.addImporter(new ThunderStormImporter());
        registry.addExporter(new ThunderStormExporter());
        return registry;
    }

    record Run(int exit, String out, String err) {
        @SuppressWarnings("unchecked")
        Map<String, Object> json() {
            return (Map<String, Object>) Json.parse(out);
        }
    }

    static Run run(String... args) {
        CommandLine cl = CommandLine.standalone(registry());
        cl.addCommand(new LocalizeCommand());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int exit = cl.execute(args, o, e);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    private static Table read(Path csv) throws Exception {
        return (Table) new ThunderStormImporter().read(csv, ImportOptions.NONE, ProgressMonitor.NONE).data().get(0);
    }

    @Test
    void writesThunderStormCsvThatMatchesTheGroundTruth() throws Exception {
        Path csv = dir.resolve("locs.csv");
        Run r = run("localize", movie.toString(), "--out", csv.toString(), "--adoffset", "300", "--e-per-count", "2", "--em-gain",
                "1", "--pixel-nm", "100", "--threshold", "1", "--method", "mle", "--threads", "2", "--json");
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> j = r.json();
        assertEquals(10L, j.get("frames"));
        long n = (Long) j.get("localizations");
        assertTrue(n >= 76 && n <= 82, "localizations " + n);
        assertTrue(((Number) j.get("localizationsPerSecond")).doubleValue() > 0);
        assertTrue(((Number) j.get("seconds")).doubleValue() > 0);
        assertEquals("mle", j.get("method"));
        assertEquals("option", j.get("adOffsetFrom"));
        List<String> lines = Files.readAllLines(csv);
        assertEquals(n + 1, lines.size());
        assertTrue(lines.get(0).startsWith(
                "\"id\",\"frame\",\"x [nm]\",\"y [nm]\",\"sigma [nm]\",\"intensity [photon]\",\"offset [photon]\",\"chi2\",\"uncertainty [nm]\""),
                lines.get(0));
        Table t = read(csv);
        org.fluorite.smlm.Match m = org.fluorite.smlm.Match.of(t, sim.groundTruth(), 200);
        assertTrue(m.recall() > 0.95 && m.precision() > 0.97, "recall " + m.recall() + ", precision " + m.precision());
        assertTrue(m.rmse() < 15, "RMSE " + m.rmse());
        assertEquals(1, t.require("frame").range()[0]);
        double photons = java.util.Arrays.stream(t.require("photons").toDoubles()).average().orElseThrow();
        assertEquals(2500, photons, 150);
    }

    @Test
    void framesRangeAndWlsqAndTextSummary() throws Exception {
        Path csv = dir.resolve("part.csv");
        Run r = run("localize", movie.toString(), "--out", csv.toString(), "--adoffset", "300", "--e-per-count", "2", "--pixel-nm",
                "100", "--method", "wlsq", "--frames", "4:6", "--roi-size", "9", "--debounce", "3", "--start-frame", "0",
                "--background", "-2:0", "--threads", "1");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Wrote "), r.out());
        Table t = read(csv);
        double[] f = t.require("frame").range();
        assertEquals(4, f[0]);
        assertEquals(6, f[1]);
        assertTrue(t.rowCount() >= 20 && t.rowCount() <= 26, "rows " + t.rowCount());
    }

    @Test
    void tubulinsFrameThroughTheCommandLine() throws Exception {
        Path csv = dir.resolve("tubulins.csv");
        Run r = run("localize", TestData.file("thunderstorm/tubulins1_00020.tif").toString(), "--out", csv.toString(), "--adoffset",
                "100", "--e-per-count", "100", "--em-gain", "100", "--read-noise", "450", "--pixel-nm", "150", "--psf-sigma", "1",
                "--json");
        assertEquals(0, r.exit(), r.err());
        assertEquals(45L, r.json().get("localizations"), "as the engine test (measured 45)");
    }

    @Test
    void cameraAndPixelSizeComeFromTheFileWhenNotGiven() throws Exception {
        Path csv = dir.resolve("auto.csv");
        Run r = run("localize", movie.toString(), "--out", csv.toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> j = r.json();
        assertEquals("metadata", j.get("adOffsetFrom"));
        assertEquals(100.0, ((Number) j.get("pixelNm")).doubleValue(), 1e-6);
        @SuppressWarnings("unchecked")
        Map<String, Object> cam = (Map<String, Object>) j.get("camera");
        assertEquals(300.0, ((Number) cam.get("Camera.ADOffset")).doubleValue());
        assertEquals(2.0, ((Number) cam.get("Camera.ElectronsPerCount")).doubleValue());
    }

    @Test
    void scmosMapsFromImageFiles() throws Exception {
        int w = 48;
        float[] dark = new float[w * w];
        float[] var = new float[w * w];
        java.util.SplittableRandom r = new java.util.SplittableRandom(9);
        for (int i = 0; i < dark.length; i++) {
            dark[i] = (float) (95 + 10 * r.nextDouble());
            var[i] = r.nextDouble() < 0.2 ? 400 : 4;
        }
        CameraModel scmos = CameraModel.of(100, 1, 1, 0).withMaps(new org.fluorite.smlm.camera.CameraMaps(w, w, dark, var, null));
        Simulation s = Simulator.simulate(SimulationSettings.DEFAULTS.withSize(w, w, 6).withEmitters(5, 2500, 0).withBackground(10)
                .withLayout(9, 5).withSeed(12), scmos);
        Path stack = dir.resolve("scmos.tif");
        new TiffExporter().export(s.stack(), stack, ImportOptions.NONE, ProgressMonitor.NONE);
        Path darkFile = dir.resolve("dark.tif");
        Path varFile = dir.resolve("variance.tif");
        new TiffExporter().export(org.fluorite.core.image.Image.of("dark", new org.fluorite.core.image.Plane(
                org.fluorite.core.image.PixelType.FLOAT32, w, w, dark)), darkFile, ImportOptions.NONE, ProgressMonitor.NONE);
        new TiffExporter().export(org.fluorite.core.image.Image.of("variance", new org.fluorite.core.image.Plane(
                org.fluorite.core.image.PixelType.FLOAT32, w, w, var)), varFile, ImportOptions.NONE, ProgressMonitor.NONE);
        Path csv = dir.resolve("scmos.csv");
        Run run = run("localize", stack.toString(), "--out", csv.toString(), "--dark-map", darkFile.toString(), "--variance-map",
                varFile.toString(), "--pixel-nm", "100", "--json");
        assertEquals(0, run.exit(), run.err());
        @SuppressWarnings("unchecked")
        Map<String, Object> cam = (Map<String, Object>) run.json().get("camera");
        assertEquals(Boolean.TRUE, cam.get("Camera.sCMOSMaps"));
        org.fluorite.smlm.Match m = org.fluorite.smlm.Match.of(read(csv), s.groundTruth(), 200);
        assertTrue(m.recall() > 0.95 && m.precision() > 0.95, "recall " + m.recall() + ", precision " + m.precision());
        assertTrue(m.rmse() < 15, "RMSE " + m.rmse());
        Run wrong = run("localize", movie.toString(), "--out", dir.resolve("x.csv").toString(), "--dark-map", darkFile.toString(),
                "--pixel-nm", "100");
        assertEquals(CommandLine.EXIT_USAGE, wrong.exit());
        assertTrue(wrong.err().contains("48x48"), wrong.err());
    }

    @Test
    void usageErrorsNameTheProblem() {
        Path csv = dir.resolve("bad.csv");
        Run noOut = run("localize", movie.toString());
        assertEquals(CommandLine.EXIT_USAGE, noOut.exit());
        assertTrue(noOut.err().contains("--out"), noOut.err());
        Run method = run("localize", movie.toString(), "--out", csv.toString(), "--pixel-nm", "100", "--method", "lsq");
        assertEquals(CommandLine.EXIT_USAGE, method.exit());
        assertTrue(method.err().contains("mle or wlsq"), method.err());
        Run threshold = run("localize", movie.toString(), "--out", csv.toString(), "--pixel-nm", "100", "--threshold", "0");
        assertEquals(CommandLine.EXIT_USAGE, threshold.exit());
        assertTrue(threshold.err().contains("--threshold"), threshold.err());
        Run frames = run("localize", movie.toString(), "--out", csv.toString(), "--pixel-nm", "100", "--frames", "5:99");
        assertEquals(CommandLine.EXIT_USAGE, frames.exit());
        assertTrue(frames.err().contains("outside the stack's frames 1 to 10"), frames.err());
        Run roi = run("localize", movie.toString(), "--out", csv.toString(), "--pixel-nm", "100", "--roi-size", "8");
        assertEquals(CommandLine.EXIT_USAGE, roi.exit());
        assertTrue(roi.err().contains("odd"), roi.err());
        Run missing = run("localize", dir.resolve("nothing.tif").toString(), "--out", csv.toString(), "--pixel-nm", "100");
        assertTrue(missing.exit() != 0);
        assertTrue(missing.err().contains("nothing.tif"), missing.err());
        assertTrue(!Files.exists(csv), "nothing written on errors");
    }

    /** Two simulations with different emitters written as the channels of one TCYX TIFF hyperstack. */
    private static Path twoChannelMovie() throws Exception {
        Path tif = dir.resolve("two-channels.tif");
        if (!Files.exists(tif)) {
            SimulationSettings s = SimulationSettings.DEFAULTS.withSize(48, 48, 5).withEmitters(5, 3000, 0).withBackground(10)
                    .withLayout(8, 5);
            CameraModel camera = CameraModel.of(100, 1, 1, 2);
            twoSims = new Simulation[] {Simulator.simulate(s.withSeed(11), camera), Simulator.simulate(s.withSeed(12), camera)};
            new TiffExporter().export(org.fluorite.smlm.Interleaved.of("two", "TCYX", twoSims[0].stack(), twoSims[1].stack()), tif,
                    ImportOptions.NONE, ProgressMonitor.NONE);
        }
        return tif;
    }

    private static Simulation[] twoSims;

    @Test
    void channelOptionLocalizesThatChannelAndReportsIt() throws Exception {
        Path tif = twoChannelMovie();
        Path csv = dir.resolve("c2.csv");
        Run r = run("localize", tif.toString(), "--out", csv.toString(), "--channel", "2", "--adoffset", "100", "--pixel-nm", "100",
                "--threads", "2", "--json");
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> j = r.json();
        assertEquals(2L, j.get("channel"));
        assertEquals(2L, j.get("channels"));
        assertEquals("T", j.get("frameAxis"));
        assertEquals(5L, j.get("frames"));
        assertEquals(5L, j.get("lastFrame"));
        Table t = read(csv);
        org.fluorite.smlm.Match own = org.fluorite.smlm.Match.of(t, twoSims[1].groundTruth(), 100);
        org.fluorite.smlm.Match other = org.fluorite.smlm.Match.of(t, twoSims[0].groundTruth(), 100);
        assertTrue(own.recall() > 0.95 && own.precision() > 0.95, own.toString());
        assertTrue(other.matched() < 0.2 * other.truth(), "matched channel 1's emitters: " + other.matched());
        assertEquals(1, t.require("frame").range()[0]);
        assertEquals(5, t.require("frame").range()[1]);

        Path c1 = dir.resolve("c1.csv");
        Run text = run("localize", tif.toString(), "--out", c1.toString(), "--adoffset", "100", "--pixel-nm", "100", "--threads", "1");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains(" in 5 frames of channel 1, "), text.out());
        org.fluorite.smlm.Match first = org.fluorite.smlm.Match.of(read(c1), twoSims[0].groundTruth(), 100);
        assertTrue(first.recall() > 0.95 && first.precision() > 0.95, first.toString());
    }

    @Test
    void channelOrZOutsideTheImageIsAUsageErrorNamingTheFile() throws Exception {
        Path tif = twoChannelMovie();
        Path csv = dir.resolve("bad.csv");
        Run r = run("localize", tif.toString(), "--out", csv.toString(), "--channel", "3", "--pixel-nm", "100");
        assertEquals(CommandLine.EXIT_USAGE, r.exit());
        assertTrue(r.err().contains("channel 3 is outside 'two-channels.tif', which has 2 (channels 1 to 2)"), r.err());
        r = run("localize", tif.toString(), "--out", csv.toString(), "--z", "2", "--pixel-nm", "100");
        assertEquals(CommandLine.EXIT_USAGE, r.exit());
        assertTrue(r.err().contains("Z plane 2 is outside 'two-channels.tif': it has no Z axis"), r.err());
        r = run("localize", movie.toString(), "--out", csv.toString(), "--channel", "2");
        assertEquals(CommandLine.EXIT_USAGE, r.exit());
        assertTrue(r.err().contains("channel 2 is outside 'blinks.tif': it has no C axis"), r.err());
        r = run("localize", tif.toString(), "--out", csv.toString(), "--channel", "0");
        assertEquals(CommandLine.EXIT_USAGE, r.exit());
        assertTrue(r.err().contains("--channel must be a whole number between 1 and"), r.err());
        assertTrue(!Files.exists(csv), "no output after a usage error");
    }
}
