package org.fluorite.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.image.PlaneSource;
import org.fluorite.core.image.Region;
import org.fluorite.core.json.Json;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.tiff.TiffExporter;
import org.fluorite.io.tiff.TiffImporter;
import org.fluorite.motion.FrameShifts;
import org.fluorite.motion.MotionCorrection;
import org.fluorite.motion.MotionCorrectionSettings;

/**
 * Motion-correction benchmark: writes a uint16 movie (default 512 x 512 x 1000) of a field of
 * cells moved by known sub-pixel shifts, then times rigid and piecewise-rigid correction end to end
 * (open the TIFF, build the template, correct every frame, write a float32 TIFF) with one worker
 * thread and with all processors, each in a fresh JVM whose heap use is sampled. Prints a
 * Markdown table.
 *
 * <p>Usage: {@code MotionBenchmark [--dir DIR] [--frames 1000] [--size 512] [--threads N] [--heap 256m] [--keep]}
 */
public final class MotionBenchmark {

    /** CaImAn's rates on this kind of machine for such a movie, frames per second (from the issue). */
    private static final double CAIMAN_RIGID_FPS = 12;
    private static final double CAIMAN_PIECEWISE_FPS = 3.6;

    private final Map<String, String> options = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        MotionBenchmark b = new MotionBenchmark();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                String key = args[i].substring(2);
                boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
                b.options.put(key, flag ? "true" : args[++i]);
            }
        }
        if (b.options.containsKey("run")) {
            b.runOne();
        } else {
            System.exit(b.runAll());
        }
    }

    private String opt(String key, String fallback) {
        return options.getOrDefault(key, fallback);
    }

    // ---------------------------------------------------------------- parent: movie, child JVMs, table

    private int runAll() throws Exception {
        Path dir = Path.of(opt("dir", "/tmp/fluorite-motion-bench"));
        Files.createDirectories(dir);
        int frames = Integer.parseInt(opt("frames", "1000"));
        int size = Integer.parseInt(opt("size", "512"));
        int cpus = Runtime.getRuntime().availableProcessors();
        int threads = Integer.parseInt(opt("threads", Integer.toString(cpus)));
        String heap = opt("heap", "256m");
        Path movie = dir.resolve("motion-" + size + "x" + size + "x" + frames + ".tif");
        Path truth = dir.resolve("motion-truth.csv");
        long t0 = System.nanoTime();
        ShakyMovie source = new ShakyMovie(size, size, frames, 2024);
        Image image = Image.create("motion benchmark", source, "TYX", frames, size, size);
        new TiffExporter().export(image, movie, ImportOptions.NONE, ProgressMonitor.NONE);
        source.writeTruth(truth);
        System.out.printf(Locale.ROOT, "Wrote %s (%d frames of %dx%d uint16, %.0f MB) in %.1f s%n", movie, frames, size, size,
                Files.size(movie) / 1e6, (System.nanoTime() - t0) / 1e9);

        String loadBefore = loadAverage();
        List<Map<String, Object>> results = new ArrayList<>();
        for (String mode : List.of("rigid", "piecewise")) {
            for (int n : threads > 1 ? List.of(1, threads) : List.of(1)) {
                Map<String, Object> r = child(mode, n, movie, truth, dir.resolve("corrected-" + mode + "-" + n + ".tif"), heap);
                results.add(r);
                System.out.println("  " + Json.write(r));
            }
        }
        System.out.println();
        System.out.println("Load average before the runs: " + loadBefore + "; after: " + loadAverage());
        System.out.println();
        System.out.println("| Mode | Threads | Frames/s end to end | Seconds | vs CaImAn | Frames per CPU-second | Peak heap (MB, -Xmx"
                + heap + ") | Shift RMSE (px) | bord_px |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (Map<String, Object> r : results) {
            double fps = ((Number) r.get("fps")).doubleValue();
            double caiman = r.get("mode").equals("rigid") ? CAIMAN_RIGID_FPS : CAIMAN_PIECEWISE_FPS;
            System.out.printf(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1fx | %.1f | %.0f | %.3f | %s |%n", r.get("mode"),
                    r.get("threads"), fps, ((Number) r.get("seconds")).doubleValue(), fps / caiman,
                    ((Number) r.get("fpsPerCpuSecond")).doubleValue(),
                    ((Number) r.get("peakHeapMB")).doubleValue(), ((Number) r.get("rmse")).doubleValue(), r.get("bord_px"));
        }
        if (!options.containsKey("keep")) {
            Files.deleteIfExists(movie);
            Files.deleteIfExists(truth);
            for (Map<String, Object> r : results) {
                Files.deleteIfExists(Path.of((String) r.get("out")));
            }
        }
        return 0;
    }

    /** The 1, 5 and 15 minute load averages (other work on the machine slows the runs down). */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private Map<String, Object> child(String mode, int threads, Path movie, Path truth, Path out, String heap)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                MotionBenchmark.class.getName(), "--run", mode, "--threads", Integer.toString(threads), "--in", movie.toString(),
                "--truth", truth.toString(), "--out", out.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String last = null;
        StringBuilder all = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                all.append(line).append('\n');
                if (line.startsWith("{")) {
                    last = line;
                }
            }
        }
        if (p.waitFor() != 0 || last == null) {
            throw new IOException("benchmark run " + mode + "/" + threads + " failed:\n" + all);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) Json.parse(last);
        return m;
    }

    // ---------------------------------------------------------------- child: one timed run

    private void runOne() throws Exception {
        String mode = opt("run", "rigid");
        int threads = Integer.parseInt(opt("threads", "1"));
        Path in = Path.of(opt("in", ""));
        Path out = Path.of(opt("out", ""));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        FormatRegistry registry = new FormatRegistry();
        registry.addImporter(new TiffImporter());
        Image movie = registry.open(in, ImportOptions.NONE, ProgressMonitor.NONE).firstImage();
        MotionCorrectionSettings settings = MotionCorrectionSettings.DEFAULTS.withPiecewise(mode.equals("piecewise"));
        FrameShifts shifts;
        long templateDone;
        try (MotionCorrection mc = MotionCorrection.prepare(movie, settings, threads, ProgressMonitor.NONE)) {
            templateDone = System.nanoTime();
            new TiffExporter().export(mc.corrected(PixelType.FLOAT32), out, ImportOptions.NONE, ProgressMonitor.NONE);
            shifts = mc.shifts();
        }
        long end = System.nanoTime();
        long cpu = processCpuNanos() - cpuStart;
        movie.close();
        sampler.interrupt();
        double seconds = (end - start) / 1e9;
        double[][] truth = readTruth(Path.of(opt("truth", "")));
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("mode", mode);
        r.put("threads", threads);
        r.put("frames", shifts.frames());
        r.put("seconds", seconds);
        r.put("templateSeconds", (templateDone - start) / 1e9);
        r.put("fps", shifts.frames() / seconds);
        r.put("cpuSeconds", cpu / 1e9);
        r.put("fpsPerCpuSecond", shifts.frames() / (cpu / 1e9));
        r.put("peakHeapMB", peak.get() / 1048576.0);
        r.put("rmse", rmse(shifts, truth));
        r.put("bord_px", shifts.borderPixels());
        r.put("out", out.toString());
        System.out.println(Json.write(r));
    }

    /** CPU time of this JVM (all threads, including JIT and GC), nanoseconds. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** RMS error of the applied shifts against the negated true displacements, after removing the mean offset. */
    private static double rmse(FrameShifts s, double[][] truth) {
        int n = s.frames();
        double ox = 0;
        double oy = 0;
        for (int t = 0; t < n; t++) {
            ox += s.x(t) + truth[0][t];
            oy += s.y(t) + truth[1][t];
        }
        ox /= n;
        oy /= n;
        double sum = 0;
        for (int t = 0; t < n; t++) {
            double ex = s.x(t) + truth[0][t] - ox;
            double ey = s.y(t) + truth[1][t] - oy;
            sum += ex * ex + ey * ey;
        }
        return Math.sqrt(sum / (2.0 * n));
    }

    private static double[][] readTruth(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        double[][] d = new double[2][lines.size() - 1];
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",");
            d[0][i - 1] = Double.parseDouble(f[1]);
            d[1][i - 1] = Double.parseDouble(f[2]);
        }
        return d;
    }

    /**
     * The benchmark movie, computed frame by frame: a scene of Gaussian cells on a smooth
     * background, sampled bilinearly at (x - dx, y - dy) for a random-walk displacement (dx, dy)
     * within 5 px, plus uniform noise. Bilinear sampling keeps the generator independent of the
     * bicubic interpolation the correction uses.
     */
    static final class ShakyMovie implements PlaneSource {
        private static final int MARGIN = 8;
        private final int width;
        private final int height;
        private final int frames;
        private final float[] scene;
        private final int sceneWidth;
        private final double[] dx;
        private final double[] dy;

        ShakyMovie(int width, int height, int frames, long seed) {
            this.width = width;
            this.height = height;
            this.frames = frames;
            sceneWidth = width + 2 * MARGIN;
            int sceneHeight = height + 2 * MARGIN;
            scene = new float[sceneWidth * sceneHeight];
            Random r = new Random(seed);
            for (int y = 0; y < sceneHeight; y++) {
                for (int x = 0; x < sceneWidth; x++) {
                    scene[y * sceneWidth + x] = (float) (400 + 100 * Math.sin(x / 41.0) * Math.cos(y / 57.0));
                }
            }
            int cells = width * height / 60;
            for (int c = 0; c < cells; c++) {
                double cx = r.nextDouble() * sceneWidth;
                double cy = r.nextDouble() * sceneHeight;
                double s = 1.5 + 2.5 * r.nextDouble();
                double a = 300 + 1500 * r.nextDouble();
                int rad = (int) Math.ceil(4 * s);
                for (int y = Math.max(0, (int) cy - rad); y <= Math.min(sceneHeight - 1, (int) cy + rad); y++) {
                    for (int x = Math.max(0, (int) cx - rad); x <= Math.min(sceneWidth - 1, (int) cx + rad); x++) {
                        double d2 = (x - cx) * (x - cx) + (y - cy) * (y - cy);
                        scene[y * sceneWidth + x] += (float) (a * Math.exp(-d2 / (2 * s * s)));
                    }
                }
            }
            dx = new double[frames];
            dy = new double[frames];
            double x = 0;
            double y = 0;
            for (int t = 0; t < frames; t++) {
                x = Math.max(-5, Math.min(5, 0.9 * x + r.nextGaussian()));
                y = Math.max(-5, Math.min(5, 0.9 * y + r.nextGaussian()));
                dx[t] = x;
                dy[t] = y;
            }
        }

        void writeTruth(Path file) throws IOException {
            StringBuilder b = new StringBuilder("frame,dx,dy\n");
            for (int t = 0; t < frames; t++) {
                b.append(t).append(',').append(dx[t]).append(',').append(dy[t]).append('\n');
            }
            Files.writeString(file, b.toString());
        }

        @Override
        public int width() {
            return width;
        }

        @Override
        public int height() {
            return height;
        }

        @Override
        public long planeCount() {
            return frames;
        }

        @Override
        public PixelType pixelType() {
            return PixelType.UINT16;
        }

        @Override
        public Plane read(long index, Region region) {
            int t = (int) index;
            short[] out = new short[width * height];
            long noise = 0x9E3779B97F4A7C15L ^ index;
            double sx = MARGIN - dx[t];
            double sy = MARGIN - dy[t];
            int ix = (int) Math.floor(sx);
            int iy = (int) Math.floor(sy);
            float fx = (float) (sx - ix);
            float fy = (float) (sy - iy);
            for (int y = 0; y < height; y++) {
                int r0 = (y + iy) * sceneWidth + ix;
                int r1 = r0 + sceneWidth;
                for (int x = 0; x < width; x++) {
                    float v = (1 - fy) * ((1 - fx) * scene[r0 + x] + fx * scene[r0 + x + 1])
                            + fy * ((1 - fx) * scene[r1 + x] + fx * scene[r1 + x + 1]);
                    noise ^= noise << 13;
                    noise ^= noise >>> 7;
                    noise ^= noise << 17;
                    v += ((noise >>> 40) / (float) (1 << 24) - 0.5f) * 40f;
                    out[y * width + x] = (short) Math.max(0, Math.min(65535, Math.round(v)));
                }
            }
            Plane p = new Plane(PixelType.UINT16, width, height, out);
            return region.x() == 0 && region.y() == 0 && region.width() == width && region.height() == height ? p : p.crop(region);
        }
    }
}
