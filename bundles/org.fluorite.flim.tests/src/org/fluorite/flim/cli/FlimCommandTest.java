package org.fluorite.flim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fluorite.cli.CommandLine;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.json.Json;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.flim.BleachCorrection;
import org.fluorite.flim.SeriesData;
import org.fluorite.flim.SimulatedSeriesAccess;
import org.fluorite.flim.TvDenoise;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.flimage.FlimageExporter;
import org.fluorite.io.flimage.FlimageImporter;
import org.fluorite.io.flimage.FlimageWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flim bleach-correct} and {@code flim denoise} end to end with the flimage reader and writer. */
class FlimCommandTest {

    @TempDir
    static Path dir;
    static Path series;
    static SimulatedSeriesAccess.Series simulated;

    @BeforeAll
    static void writeSeries() throws Exception {
        simulated = SimulatedSeriesAccess.realistic(128, 128, 60, 0.08, 21);
        List<FlimageWriter.FlImage> images = new ArrayList<>();
        for (int i = 0; i < simulated.frames().size(); i++) {
            images.add(new FlimageWriter.FlImage(new Plane(PixelType.FLOAT32, 128, 128, simulated.frames().get(i)), null,
                    Map.of("time", simulated.times()[i], "pixel size", 1.39e-7, "identifier", "sim:" + i)));
        }
        series = dir.resolve("series.h5");
        FlimageWriter.writeSeries(series, images, "simulated");
    }

    record Run(int exit, String out, String err) {
        @SuppressWarnings("unchecked")
        Map<String, Object> json() {
            return (Map<String, Object>) Json.parse(out);
        }
    }

    static Run run(String... args) {
        FormatRegistry registry = new FormatRegistry();
        registry.addImporter(new FlimageImporter());
        registry.addExporter(new FlimageExporter());
        CommandLine cl = CommandLine.standalone(registry);
        cl.addCommand(new FlimCommand());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int exit = cl.execute(args, o, e);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    static SeriesData read(Path file) throws Exception {
        ImportResult r = new FlimageImporter().read(file, ImportOptions.NONE, ProgressMonitor.NONE);
        Image image = r.firstImage();
        try {
            return SeriesData.of(image);
        } finally {
            image.close();
        }
    }

    @Test
    void bleachCorrectPrintsTheFitAndWritesTheCorrectedSeries() throws Exception {
        Path out = dir.resolve("corrected.h5");
        Run run = run("flim", "bleach-correct", series.toString(), "--out", out.toString(), "--border-px", "20", "--json");
        assertEquals(0, run.exit(), run.err());
        Map<String, Object> m = run.json();
        assertEquals(0.08, ((Number) m.get("rate")).doubleValue(), 0.0008);
        assertEquals(100, ((Number) m.get("background")).doubleValue(), 0.5);
        assertEquals(60, ((List<?>) m.get("times")).size());
        assertEquals(60, ((List<?>) m.get("trace")).size());
        assertEquals(60, ((List<?>) m.get("decay")).size());
        assertEquals(simulated.times()[4], ((Number) ((List<?>) m.get("times")).get(4)).doubleValue(), 1e-12);
        assertTrue(m.containsKey("amplitude") && m.containsKey("offset"));
        List<?> provenance = (List<?>) m.get("provenance");
        assertEquals("import.flimage", ((Map<?, ?>) provenance.get(0)).get("operation"), provenance.toString());
        assertEquals("flim.bleach-correct", ((Map<?, ?>) provenance.get(provenance.size() - 1)).get("operation"));

        // the same as the engine on the same pixels
        SeriesData in = read(series);
        BleachCorrection.Result r = BleachCorrection.compute(in.frames(), 128, 128, in.times(), 20);
        List<float[]> expected = BleachCorrection.apply(in.frames(), r);
        SeriesData written = read(out);
        assertEquals(60, written.frames().size());
        assertArrayEquals(expected.get(59), written.frames().get(59));
        assertArrayEquals(simulated.times(), written.times(), 0);
        assertEquals("sim:3", written.attributes().get(3).get("identifier"));
        assertEquals(1.39e-7, ((Number) written.attributes().get(3).get("pixel size")).doubleValue(), 1e-20);
    }

    @Test
    void bleachCorrectWithoutJsonPrintsOneLine() {
        Run run = run("flim", "bleach-correct", series.toString(), "--out", dir.resolve("c2.h5").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Wrote ") && run.out().contains(" rate 0.0") && run.out().contains("/s"), run.out());
    }

    @Test
    void denoiseWritesWhatTheEngineComputes() throws Exception {
        Path out = dir.resolve("denoised.h5");
        Run run = run("flim", "denoise", series.toString(), "--out", out.toString(), "--weight", "5", "--json");
        assertEquals(0, run.exit(), run.err());
        assertEquals(60, ((Number) run.json().get("images")).intValue());
        assertEquals(5.0, ((Number) run.json().get("weight")).doubleValue());
        SeriesData in = read(series);
        SeriesData written = read(out);
        float[] expected = TvDenoise.chambolle(in.frames().get(7), 128, 128, 5, 2e-4, 200, 1);
        assertArrayEquals(expected, written.frames().get(7));
        assertEquals(simulated.times()[7], written.times()[7], 0);
    }

    @Test
    void denoiseUsesFlimageWeightByDefaultAndFlimageTraceOnRequest() throws Exception {
        Path out = dir.resolve("denoised2.h5");
        assertEquals(0, run("flim", "denoise", series.toString(), "--out", out.toString()).exit());
        SeriesData in = read(series);
        assertArrayEquals(TvDenoise.chambolle(in.frames().get(0), 128, 128, 2, 2e-4, 200, 1), read(out).frames().get(0));
        Run run = run("flim", "bleach-correct", series.toString(), "--out", dir.resolve("c3.h5").toString(), "--trace", "positive",
                "--json");
        assertEquals(0, run.exit(), run.err());
        assertEquals("positive", run.json().get("trace_kind"));
        BleachCorrection.Result r = BleachCorrection.compute(in.frames(), 128, 128, in.times(), 20,
                BleachCorrection.Trace.POSITIVE_SUM);
        assertEquals(r.fit().rate(), ((Number) run.json().get("rate")).doubleValue(), 1e-12);
    }

    @Test
    void mistakesAreReported() throws Exception {
        Run run = run("flim", "bleach-correct", series.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--out"), run.err());
        run = run("flim", "bleach-correct", series.toString(), "--out", "x.h5", "--trace", "median");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--trace"), run.err());
        run = run("flim", "smooth", series.toString(), "--out", "x.h5");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("bleach-correct or denoise"), run.err());
        run = run("flim", "denoise", series.toString(), "--out", dir.resolve("d.h5").toString(), "--weight", "-1");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--weight"), run.err());

        // a series without times cannot be fitted: the file is named
        List<FlimageWriter.FlImage> images = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            images.add(new FlimageWriter.FlImage(new Plane(PixelType.FLOAT32, 128, 128, simulated.frames().get(i)), null, Map.of()));
        }
        Path untimed = dir.resolve("untimed.h5");
        FlimageWriter.writeSeries(untimed, images, null);
        run = run("flim", "bleach-correct", untimed.toString(), "--out", dir.resolve("u.h5").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("untimed.h5") && run.err().contains("time"), run.err());
    }
}
