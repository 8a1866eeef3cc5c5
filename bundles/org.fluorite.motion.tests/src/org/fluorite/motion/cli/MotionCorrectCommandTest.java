package org.fluorite.motion.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.fluorite.cli.CommandLine;
import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.json.Json;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.tiff.TiffExporter;
import org.fluorite.io.tiff.TiffImporter;
import org.fluorite.motion.MotionTestMovies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code motion-correct} end to end with the real TIFF reader and writer on a simulated movie. */
class MotionCorrectCommandTest {

    private static final int FRAMES = 48;
    @TempDir
    static Path dir;
    private static Path movie;
    private static double[] dx;
    private static double[] dy;

    @BeforeAll
    static void writeMovie() throws Exception {
        dx = new double[FRAMES];
        dy = new double[FRAMES];
        Random r = new Random(17);
        for (int t = 0; t < FRAMES; t++) {
            dx[t] = -3 + 6 * r.nextDouble();
            dy[t] = -3 + 6 * r.nextDouble();
        }
        Image image = MotionTestMovies.rigid(112, 96, dx, dy, 6, PixelType.UINT16);
        movie = dir.resolve("shaky.tif");
        new TiffExporter().export(image, movie, ImportOptions.NONE, ProgressMonitor.NONE);
    }

    private static FormatRegistry registry() {
        FormatRegistry registry = new FormatRegistry();
        registry.addImporter(new TiffImporter());
        registry.addExporter(new TiffExporter());
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
        cl.addCommand(new MotionCorrectCommand());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int exit = cl.execute(args, o, e);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void rigidRunWritesAFloatMovieAndTheShiftsTable() throws Exception {
        Path out = dir.resolve("rigid.tif");
        Path csv = dir.resolve("rigid.csv");
        Run r = run("motion-correct", movie.toString(), "--out", out.toString(), "--shifts", csv.toString(), "--threads", "2",
                "--json");
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> j = r.json();
        assertEquals(48L, j.get("frames"));
        assertEquals("rigid", j.get("mode"));
        assertEquals("float32", j.get("pixelType"));
        assertEquals(0L, j.get("patches"));

        List<String> lines = Files.readAllLines(csv);
        assertEquals("frame,x,y", lines.get(0));
        assertEquals(FRAMES + 1, lines.size());
        double[] x = new double[FRAMES];
        double[] y = new double[FRAMES];
        double maxAbs = 0;
        for (int t = 0; t < FRAMES; t++) {
            String[] f = lines.get(t + 1).split(",");
            assertEquals(3, f.length, lines.get(t + 1));
            assertEquals(t, Integer.parseInt(f[0]));
            x[t] = Double.parseDouble(f[1]);
            y[t] = Double.parseDouble(f[2]);
            maxAbs = Math.max(maxAbs, Math.max(Math.abs(x[t]), Math.abs(y[t])));
        }
        double rmse = MotionTestMovies.rigidRmse(x, y, dx, dy);
        assertTrue(rmse < 0.1, "shifts read back from the CSV are off by " + rmse + " px RMS");
        assertEquals((long) Math.ceil(maxAbs - 1e-9), j.get("bord_px"), "bord_px = ceil(max |shift|)");

        FormatRegistry registry = registry();
        Image corrected = registry.open(out, ImportOptions.NONE, ProgressMonitor.NONE).firstImage();
        Image raw = registry.open(movie, ImportOptions.NONE, ProgressMonitor.NONE).firstImage();
        assertEquals(PixelType.FLOAT32, corrected.pixelType());
        assertEquals(FRAMES, corrected.length(Axis.T));
        assertEquals(112, corrected.width());
        assertEquals(96, corrected.height());
        double rawJitter = MotionTestMovies.frameToFrameDifference(raw, 8);
        double correctedJitter = MotionTestMovies.frameToFrameDifference(corrected, 8);
        assertTrue(correctedJitter < rawJitter / 3, "corrected frames differ by " + correctedJitter + " from one frame to the"
                + " next, raw ones by " + rawJitter);
        // NaN borders: a frame moved right by more than a pixel has NaN in its first column
        int t = 0;
        while (x[t] < 1.2) {
            t++;
        }
        Plane p = corrected.plane((long) t);
        assertTrue(Double.isNaN(p.get(0, 48)), "border column of frame " + t + " shifted by " + x[t]);
        assertTrue(Double.isFinite(p.get(56, 48)));
    }

    @Test
    void piecewiseRunWritesPatchShiftsBesideTheRigidOnes() throws Exception {
        Path out = dir.resolve("pw.tif");
        Path csv = dir.resolve("pw.csv");
        Run r = run("motion-correct", movie.toString(), "--out", out.toString(), "--shifts", csv.toString(), "--piecewise",
                "--strides", "48,40", "--overlaps", "24", "--max-deviation-rigid", "2", "--output-type", "uint16",
                "--threads", "1", "--json");
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> j = r.json();
        assertEquals("piecewise", j.get("mode"));
        assertEquals("uint16", j.get("pixelType"));
        // x: patches of 72 px at 0 and 40 over 112 px; y: 64 px at 0 and 32 over 96 px
        assertEquals(4L, j.get("patches"));
        List<String> lines = Files.readAllLines(csv);
        assertEquals("frame,x,y,patch_0_0_x,patch_0_0_y,patch_0_1_x,patch_0_1_y,patch_1_0_x,patch_1_0_y,patch_1_1_x,patch_1_1_y",
                lines.get(0));
        double[] x = new double[FRAMES];
        double[] y = new double[FRAMES];
        for (int t = 0; t < FRAMES; t++) {
            String[] f = lines.get(t + 1).split(",");
            assertEquals(11, f.length);
            x[t] = Double.parseDouble(f[1]);
            y[t] = Double.parseDouble(f[2]);
            for (int p = 0; p < 4; p++) {
                double px = Double.parseDouble(f[3 + 2 * p]);
                double py = Double.parseDouble(f[4 + 2 * p]);
                assertTrue(Math.abs(px - x[t]) <= 2 + 1e-9 && Math.abs(py - y[t]) <= 2 + 1e-9, "max_deviation_rigid in " + lines.get(t + 1));
                // rigid motion: every patch sees the same shift
                assertEquals(x[t], px, 0.25, "patch x in frame " + t);
                assertEquals(y[t], py, 0.25, "patch y in frame " + t);
            }
        }
        assertTrue(MotionTestMovies.rigidRmse(x, y, dx, dy) < 0.1);
        Image corrected = registry().open(out, ImportOptions.NONE, ProgressMonitor.NONE).firstImage();
        assertEquals(PixelType.UINT16, corrected.pixelType());
        assertEquals(FRAMES, corrected.length(Axis.T));
    }

    @Test
    void autoCropCorrectsTheCroppedMovie() throws Exception {
        // a dark frame with the simulated cells only in a window: the crop is that window plus padding
        java.util.List<Plane> planes = new java.util.ArrayList<>();
        Image cells = MotionTestMovies.rigid(112, 96, dx, dy, 6, PixelType.UINT16);
        for (int t = 0; t < FRAMES; t++) {
            Plane src = cells.plane((long) t);
            Plane p = Plane.allocate(PixelType.UINT16, 160, 128);
            for (int y = 0; y < 96; y++) {
                for (int x = 0; x < 112; x++) {
                    p.set((y + 20) * 160 + x + 30, src.get(x, y));
                }
            }
            planes.add(p);
        }
        Path framed = dir.resolve("framed.tif");
        new TiffExporter().export(Image.create("framed", new org.fluorite.core.image.ArrayPlaneSource(planes), "TYX", FRAMES,
                128, 160), framed, ImportOptions.NONE, ProgressMonitor.NONE);
        Path out = dir.resolve("cropped.tif");
        Run r = run("motion-correct", framed.toString(), "--out", out.toString(), "--auto-crop", "4", "--json");
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> j = r.json();
        @SuppressWarnings("unchecked")
        List<Long> crop = (List<Long>) j.get("crop");
        long x0 = crop.get(0);
        long y0 = crop.get(1);
        long x1 = x0 + crop.get(2) - 1;
        long y1 = y0 + crop.get(3) - 1;
        // the cells fill x 30..141, y 20..115; the crop is that grown by the 4 px padding, and at
        // most by another half of the 32 px smoothing box the projection is denoised with
        assertTrue(x0 <= 26 && x0 >= 26 - 16 && y0 <= 16 && y0 >= 16 - 16, "crop " + crop);
        assertTrue(x1 >= 145 && x1 <= 145 + 16 && y1 >= 119 && y1 <= Math.min(127, 119 + 16), "crop " + crop);
        assertEquals(crop.get(2), j.get("width"));
        assertEquals(crop.get(3), j.get("height"));
        Image corrected = registry().open(out, ImportOptions.NONE, ProgressMonitor.NONE).firstImage();
        assertEquals(crop.get(2).intValue(), corrected.width());
        assertEquals(crop.get(3).intValue(), corrected.height());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> history = (List<Map<String, Object>>) j.get("provenance");
        assertEquals(List.of("import.tiff", "motion.autocrop", "motion.rigid"),
                history.stream().map(o -> o.get("operation")).toList());
        @SuppressWarnings("unchecked")
        Map<String, Object> cropParameters = (Map<String, Object>) history.get(1).get("parameters");
        assertEquals(4L, cropParameters.get("padding"));
        assertEquals("max+std", cropParameters.get("projection"));
    }

    @Test
    void textSummaryNamesTheOutput() {
        Path out = dir.resolve("text.tif");
        Run r = run("motion-correct", movie.toString(), "--out", out.toString(), "--max-shifts", "4", "--output-type", "uint8");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Wrote " + out + " (48 frames, rigid, uint8): mean shift "), r.out());
    }

    @Test
    void badOptionsAreUsageErrors() {
        Path out = dir.resolve("bad.tif");
        Run type = run("motion-correct", movie.toString(), "--out", out.toString(), "--output-type", "int32");
        assertEquals(CommandLine.EXIT_USAGE, type.exit());
        assertTrue(type.err().contains("--output-type takes float32, uint16 or uint8, not 'int32'"), type.err());
        Run shifts = run("motion-correct", movie.toString(), "--out", out.toString(), "--max-shifts", "60");
        assertEquals(CommandLine.EXIT_USAGE, shifts.exit());
        assertTrue(shifts.err().contains("too large for frames of 112x96 px"), shifts.err());
        Run niter = run("motion-correct", movie.toString(), "--out", out.toString(), "--niter-rig", "0");
        assertEquals(CommandLine.EXIT_USAGE, niter.exit());
        assertTrue(niter.err().contains("niterRig"), niter.err());
        Run missing = run("motion-correct", movie.toString());
        assertEquals(CommandLine.EXIT_USAGE, missing.exit());
        assertTrue(missing.err().contains("needs --out"), missing.err());
        assertTrue(!Files.exists(out), "nothing written on a usage error");
    }
}
