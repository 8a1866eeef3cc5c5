package org.fluorite.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fluorite.core.image.Image;
import org.fluorite.core.json.Json;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.Exporter;
import org.fluorite.io.ImportOptions;

/**
 * Fluorite's I/O benchmark: writes a large uint16 TYX movie as TIFF, then measures in fresh JVMs
 * (heap limited, default -Xmx512m) how Fluorite's TIFF importer opens and reads it: time to first
 * frame (open + read frame 0 + render to RGB), sequential and random frame-read throughput,
 * scrubbing (random read + render) and the largest heap used; and, for comparison, the disk's own
 * throughput with {@code dd}. Prints Markdown and deletes the movie.
 *
 * <p>Page cache: each "cold" run follows {@code sync} and posix_fadvise(DONTNEED) on the movie
 * (through {@code dd iflag=nocache}); the residency measured by {@code fincore} just before the
 * run is printed so the reader can see how cold it really was. "Warm" runs read a movie entirely in
 * the page cache.
 *
 * <pre>
 * IoBenchmark [--gigabytes 4] [--dir /tmp/fluorite-bench] [--width 512] [--height 512]
 *             [--random-frames 2000] [--scrub-frames 500] [--heap 512m] [--writer auto|exporter|direct]
 *             [--seed 42] [--keep]
 * </pre>
 */
public final class IoBenchmark {

    static final String TIFF_EXPORTER = "org.fluorite.io.tiff.TiffExporter";
    private static final long GB = 1_000_000_000L;

    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("probe")) {
            FrameReadProbe.main(Arrays.asList(args).subList(1, args.length));
            return;
        }
        System.exit(new IoBenchmark().run(args));
    }

    private String opt(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private int run(String[] args) throws Exception {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--keep")) {
                options.put("keep", "true");
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                System.err.println("io-benchmark: unexpected argument '" + args[i] + "'");
                return 2;
            }
        }
        try {
            FrameReadProbe.tiffImporter();
        } catch (ReflectiveOperationException | LinkageError e) {
            System.out.println("Benchmark ready but NOT run: Fluorite's TIFF importer (" + FrameReadProbe.TIFF_IMPORTER
                    + ") is not on the class path (" + e + ").");
            return 3;
        }
        double gigabytes = Double.parseDouble(opt("gigabytes", "4"));
        int width = Integer.parseInt(opt("width", "512"));
        int height = Integer.parseInt(opt("height", "512"));
        int randomFrames = Integer.parseInt(opt("random-frames", "2000"));
        int scrubFrames = Integer.parseInt(opt("scrub-frames", "500"));
        String heap = opt("heap", "512m");
        long seed = Long.parseLong(opt("seed", "42"));
        Path dir = Path.of(opt("dir", "/tmp/fluorite-bench")).toAbsolutePath();
        Files.createDirectories(dir);

        long free = Files.getFileStore(dir).getUsableSpace();
        double requested = gigabytes;
        if (free < 10 * GB) {
            gigabytes = Math.min(gigabytes, Math.max(0.25, (free - 2 * GB) * 0.8 / GB));
        }
        if (gigabytes * GB > free - GB) {
            gigabytes = Math.max(0.25, (free - GB) * 0.8 / GB);
        }
        if (gigabytes != requested) {
            notes.add(String.format(Locale.ROOT, "SCALED DOWN: only %.1f GB free in %s, so the movie is %.2f GB instead of %.2f GB.",
                    free / 1e9, dir, gigabytes, requested));
        }
        SyntheticMovie movie = new SyntheticMovie(width, height, Math.max(1, Math.round(gigabytes * GB / (2.0 * width * height))));
        Path file = dir.resolve("fluorite-io-benchmark-" + ProcessHandle.current().pid() + ".tif");
        Thread cleanup = new Thread(() -> deleteQuietly(file), "benchmark-cleanup");
        if (!options.containsKey("keep")) {
            Runtime.getRuntime().addShutdownHook(cleanup);
        }
        try {
            return measure(movie, file, randomFrames, scrubFrames, heap, seed, free);
        } finally {
            if (!options.containsKey("keep")) {
                deleteQuietly(file);
                System.out.println("\nDeleted " + file + ".");
            }
        }
    }

    private int measure(SyntheticMovie movie, Path file, int randomFrames, int scrubFrames, String heap, long seed, long free)
            throws Exception {
        System.out.printf(Locale.ROOT, "Machine: %d CPUs (%s), %s memory; movie folder %s (%s, %.1f GB free)%n",
                Runtime.getRuntime().availableProcessors(), SystemTools.firstMatch(Path.of("/proc/cpuinfo"), "model name"),
                memory(), file.getParent(),
                SystemTools.filesystem(file.getParent()), free / 1e9);
        System.out.printf(Locale.ROOT, "Movie: %d frames of %dx%d uint16 (%.3f GB of pixels), %s%n", movie.frames, movie.width,
                movie.height, movie.dataBytes() / 1e9, file);

        long t0 = System.nanoTime();
        String writer = write(movie, file);
        double writeSeconds = (System.nanoTime() - t0) / 1e9;
        long fileBytes = Files.size(file);
        System.out.printf(Locale.ROOT, "Written by %s in %.1f s (%.0f MB/s; not a metric), file %d bytes%n", writer, writeSeconds,
                fileBytes / writeSeconds / 1e6, fileBytes);

        // the disk, without and with Fluorite
        String drop = SystemTools.dropFromPageCache(file);
        String resDirect = SystemTools.residency(file);
        SystemTools.DdRun ddDirect = SystemTools.dd(file, "iflag=direct");
        SystemTools.dropFromPageCache(file);
        String resDdCold = SystemTools.residency(file);
        SystemTools.DdRun ddCold = SystemTools.dd(file);
        SystemTools.DdRun ddWarm = SystemTools.dd(file);
        System.out.println("dd O_DIRECT: " + ddDirect.line() + "   [" + ddDirect.command() + "]");
        System.out.println("dd cold:     " + ddCold.line());
        System.out.println("dd warm:     " + ddWarm.line());

        String probe = String.join(",", "first", "seq");
        SystemTools.dropFromPageCache(file);
        String resSeqCold = SystemTools.residency(file);
        Map<String, Object> seqCold = child(file, probe, randomFrames, scrubFrames, heap, seed);
        SystemTools.dropFromPageCache(file);
        String resRandomCold = SystemTools.residency(file);
        Map<String, Object> randomCold = child(file, "first,random", randomFrames, scrubFrames, heap, seed + 1);
        SystemTools.dd(file); // make sure the whole movie is cached for the warm run
        String resWarm = SystemTools.residency(file);
        Map<String, Object> warm = child(file, "first,seq,random,scrub", randomFrames, scrubFrames, heap, seed + 2);

        notes.add("Writer: " + writer + ".");
        notes.add("Cold runs: before each, " + drop + "; share of the movie in the page cache just before (fincore): dd O_DIRECT "
                + resDirect + ", dd cold " + resDdCold + ", Fluorite sequential " + resSeqCold + ", Fluorite random "
                + resRandomCold + ". Warm runs: " + resWarm + " cached.");
        notes.add("This is a virtual machine: a \"cold\" read misses the guest's page cache but may still be served from the"
                + " host's cache, so cold figures are an upper bound for a physical disk.");
        long mismatches = num(seqCold, "mismatches") == 0 && num(randomCold, "mismatches") == 0 && num(warm, "mismatches") == 0
                ? 0 : 1;
        notes.add(mismatches == 0 ? "Every frame read was checked against the movie's formula: no wrong pixel."
                : "WRONG PIXELS were read: see the mismatches in the raw results.");
        notes.add("Child JVMs: -Xmx" + heap + ", Java " + Runtime.version() + "; importer " + seqCold.get("importer") + ", axes "
                + seqCold.get("axes") + " " + seqCold.get("shape") + ".");
        printTable(movie, ddDirect, ddCold, ddWarm, seqCold, randomCold, warm, heap);
        System.out.println("\nRaw results:");
        System.out.println("- cold sequential: " + Json.write(seqCold));
        System.out.println("- cold random:     " + Json.write(randomCold));
        System.out.println("- warm:            " + Json.write(warm));
        return mismatches == 0 ? 0 : 1;
    }

    /** Total memory from /proc/meminfo in GiB, or "unknown". */
    private static String memory() {
        String kb = SystemTools.firstMatch(Path.of("/proc/meminfo"), "MemTotal").replace("kB", "").strip();
        try {
            return String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(kb) / 1048576.0);
        } catch (NumberFormatException e) {
            return "unknown";
        }
    }

    private String write(SyntheticMovie movie, Path file) throws IOException {
        String choice = opt("writer", "auto");
        if (!choice.equals("direct")) {
            try {
                Exporter exporter = (Exporter) Class.forName(TIFF_EXPORTER).getDeclaredConstructor().newInstance();
                Image image = Image.create("benchmark", movie, "TYX", movie.frames, movie.height, movie.width);
                exporter.export(image, file, ImportOptions.NONE, ProgressMonitor.NONE);
                SystemTools.exec(List.of("sync", file.toString()));
                return "Fluorite's TIFF exporter (" + TIFF_EXPORTER + ")";
            } catch (ReflectiveOperationException | LinkageError e) {
                if (choice.equals("exporter")) {
                    throw new IOException("TIFF exporter not available: " + e, e);
                }
                notes.add("The TIFF exporter is not on the class path; the movie was written directly.");
            } catch (IOException | RuntimeException e) {
                if (choice.equals("exporter")) {
                    throw e;
                }
                notes.add("The TIFF exporter failed (" + e + "); the movie was written directly.");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        boolean big = movie.writeTiff(file);
        return "the benchmark's own TIFF writer (" + (big ? "BigTIFF" : "classic TIFF")
                + ", uncompressed, one strip per frame, ImageJ description)";
    }

    /** Runs a probe in a fresh JVM; adds "firstFrameWallMs", the time from spawn to the first frame. */
    private Map<String, Object> child(Path file, String phases, int randomFrames, int scrubFrames, String heap, long seed)
            throws IOException, InterruptedException {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap, "-cp",
                System.getProperty("java.class.path"), IoBenchmark.class.getName(), "probe", file.toString(), phases,
                String.valueOf(randomFrames), String.valueOf(scrubFrames), String.valueOf(seed));
        long spawn = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Map<String, Object> result = null;
        double firstWall = Double.NaN;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.equals("FIRST_FRAME")) {
                    firstWall = (System.nanoTime() - spawn) / 1e6;
                } else if (line.startsWith("RESULT ")) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> parsed = (Map<String, Object>) Json.parse(line.substring(7));
                    result = new LinkedHashMap<>(parsed);
                } else {
                    System.out.println("  probe: " + line);
                }
            }
        }
        int exit = p.waitFor();
        if (exit != 0 || result == null) {
            throw new IOException("probe (" + phases + ") failed with exit status " + exit);
        }
        result.put("firstFrameWallMs", firstWall);
        System.out.println("Probe " + phases + " done.");
        return result;
    }

    private static double num(Map<String, Object> m, String key) {
        return m.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private void printTable(SyntheticMovie movie, SystemTools.DdRun ddDirect, SystemTools.DdRun ddCold, SystemTools.DdRun ddWarm,
            Map<String, Object> seqCold, Map<String, Object> randomCold, Map<String, Object> warm, String heap) {
        double frameMB = movie.frameBytes() / 1e6;
        System.out.printf(Locale.ROOT, "%n### Fluorite I/O benchmark: %.2f GB uint16 TYX movie, %d frames of %dx%d%n%n",
                movie.dataBytes() / 1e9, movie.frames, movie.width, movie.height);
        System.out.println("| Measurement | Cold (dropped from page cache) | Warm (in page cache) |");
        System.out.println("|---|---|---|");
        row("Time to first frame: open + read frame 0 + render to RGB, in the JVM", f(num(seqCold, "firstFrameMs"), "ms"),
                f(num(warm, "firstFrameMs"), "ms"));
        row("  of which open / read / render", split(seqCold), split(warm));
        row("Time to first frame including JVM start (spawn to frame)", f(num(seqCold, "firstFrameWallMs"), "ms"),
                f(num(warm, "firstFrameWallMs"), "ms"));
        row("Sequential read, Fluorite, all " + movie.frames + " frames", mbs(num(seqCold, "seqMBs")), mbs(num(warm, "seqMBs")));
        row("Sequential read, `dd bs=4M`", mbs(ddCold.megabytesPerSecond()), mbs(ddWarm.megabytesPerSecond()));
        row("Sequential read, `dd bs=4M iflag=direct` (disk, no page cache)", mbs(ddDirect.megabytesPerSecond()), "n/a");
        row("**Fluorite sequential / dd**", ratio(num(seqCold, "seqMBs"), ddCold.megabytesPerSecond()),
                ratio(num(warm, "seqMBs"), ddWarm.megabytesPerSecond()));
        row("Fluorite sequential / dd O_DIRECT", ratio(num(seqCold, "seqMBs"), ddDirect.megabytesPerSecond()), "n/a");
        row("Random read, " + (long) num(warm, "randomFrames") + " frames (" + String.format(Locale.ROOT, "%.2f", frameMB) + " MB each)",
                mbs(num(randomCold, "randomMBs")) + ", " + f(num(randomCold, "randomFramesPerSecond"), "frames/s"),
                mbs(num(warm, "randomMBs")) + ", " + f(num(warm, "randomFramesPerSecond"), "frames/s"));
        row("Random frame latency p50 / p99", f(num(randomCold, "randomP50Ms"), "ms") + " / " + f(num(randomCold, "randomP99Ms"), "ms"),
                f(num(warm, "randomP50Ms"), "ms") + " / " + f(num(warm, "randomP99Ms"), "ms"));
        row("Scrubbing: random read + render, " + (long) num(warm, "scrubFrames") + " frames", "n/a",
                f(num(warm, "scrubFramesPerSecond"), "frames/s"));
        double maxCold = Math.max(num(seqCold, "maxHeapUsedMB"), num(randomCold, "maxHeapUsedMB"));
        row("Largest heap used (sampled every 5 ms and every 8 frames), -Xmx" + heap, f(maxCold, "MB"),
                f(num(warm, "maxHeapUsedMB"), "MB"));
        row("Heap still used after a full GC at the end (image open)",
                f(Math.max(num(seqCold, "heapAfterGcMB"), num(randomCold, "heapAfterGcMB")), "MB"),
                f(num(warm, "heapAfterGcMB"), "MB"));
        row("Garbage collections (count, total pause)",
                (long) (num(seqCold, "gcCount") + num(randomCold, "gcCount")) + ", "
                        + f(num(seqCold, "gcMs") + num(randomCold, "gcMs"), "ms"),
                (long) num(warm, "gcCount") + ", " + f(num(warm, "gcMs"), "ms"));
        System.out.println("\nNotes:");
        for (String n : notes) {
            System.out.println("- " + n);
        }
    }

    private static String split(Map<String, Object> m) {
        return f(num(m, "openMs"), "ms") + " / " + f(num(m, "readFirstMs"), "ms") + " / " + f(num(m, "renderFirstMs"), "ms");
    }

    private static void row(String what, String cold, String warm) {
        System.out.println("| " + what + " | " + cold + " | " + warm + " |");
    }

    private static String mbs(double v) {
        return f(v, "MB/s");
    }

    private static String ratio(double a, double b) {
        return String.format(Locale.ROOT, "%.2f", a / b);
    }

    private static String f(double v, String unit) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        String n = v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
        return n + " " + unit;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.err.println("Could not delete " + file + ": " + e.getMessage());
        }
    }
}
