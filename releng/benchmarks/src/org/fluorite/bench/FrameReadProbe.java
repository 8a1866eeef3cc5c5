package org.fluorite.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.fluorite.core.display.Contrast;
import org.fluorite.core.display.LookupTable;
import org.fluorite.core.display.Renderer;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.Plane;
import org.fluorite.core.json.Json;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Importer;

/**
 * The measuring side, run in a fresh JVM per measurement ({@code IoBenchmark probe FILE ...}):
 * opens the movie through Fluorite's format registry with the TIFF importer, then times the first
 * frame (open + read plane 0 + render to RGB), sequential and random frame reads and scrubbing
 * (random read + render), checking every frame read against the movie's formula and sampling the
 * heap throughout. Prints "FIRST_FRAME" as soon as the first frame is on screen, then one line
 * "RESULT {json}".
 */
final class FrameReadProbe {

    static final String TIFF_IMPORTER = "org.fluorite.io.tiff.TiffImporter";

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong maxHeapUsed = new AtomicLong();
    private final Map<String, Object> result = new LinkedHashMap<>();

    private FrameReadProbe() {
    }

    static Importer tiffImporter() throws ReflectiveOperationException {
        return (Importer) Class.forName(TIFF_IMPORTER).getDeclaredConstructor().newInstance();
    }

    /** args: FILE PHASES(first,seq,random,scrub) RANDOM_FRAMES SCRUB_FRAMES SEED */
    static void main(List<String> args) throws Exception {
        long start = System.nanoTime();
        Path file = Path.of(args.get(0));
        Set<String> phases = Set.of(args.get(1).split(","));
        int randomFrames = Integer.parseInt(args.get(2));
        int scrubFrames = Integer.parseInt(args.get(3));
        long seed = Long.parseLong(args.get(4));
        new FrameReadProbe().run(start, file, phases, randomFrames, scrubFrames, seed);
    }

    private void sampleHeap() {
        long used = memory.getHeapMemoryUsage().getUsed();
        maxHeapUsed.accumulateAndGet(used, Math::max);
    }

    private void run(long start, Path file, Set<String> phases, int randomFrames, int scrubFrames, long seed) throws Exception {
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sampleHeap();
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();

        FormatRegistry registry = new FormatRegistry();
        registry.addImporter(tiffImporter());
        ImportResult opened = registry.open(file, ImportOptions.NONE, ProgressMonitor.NONE);
        Image image = opened.firstImage();
        long tOpen = System.nanoTime();
        Plane first = image.planeAt(0);
        long tRead = System.nanoTime();
        Contrast contrast = Contrast.auto(first);
        int[] rgb = Renderer.render(first, contrast, LookupTable.GREY);
        long tRender = System.nanoTime();
        System.out.println("FIRST_FRAME");
        System.out.flush();
        long mismatches = SyntheticMovie.mismatches(first, 0);
        result.put("importer", opened.formatId());
        result.put("axes", image.axesString());
        result.put("shape", Arrays.stream(image.shape()).boxed().toList());
        result.put("pixelType", image.pixelType().label());
        result.put("openMs", ms(tOpen - start));
        result.put("readFirstMs", ms(tRead - tOpen));
        result.put("renderFirstMs", ms(tRender - tRead));
        result.put("firstFrameMs", ms(tRender - start));
        result.put("jvmUptimeAtFirstFrameMs", ManagementFactory.getRuntimeMXBean().getUptime());
        result.put("renderedPixels", rgb.length);

        long frames = image.planeCount();
        long frameBytes = (long) image.width() * image.height() * image.pixelType().bytes();
        if (phases.contains("seq")) {
            long t0 = System.nanoTime();
            for (long t = 0; t < frames; t++) {
                Plane p = image.planeAt(t);
                mismatches += SyntheticMovie.mismatches(p, t);
                if ((t & 7) == 0) {
                    sampleHeap();
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            result.put("seqFrames", frames);
            result.put("seqSeconds", s);
            result.put("seqMBs", frames * frameBytes / s / 1e6);
        }
        Random random = new Random(seed);
        if (phases.contains("random")) {
            double[] latency = new double[randomFrames];
            long t0 = System.nanoTime();
            for (int i = 0; i < randomFrames; i++) {
                long t = (long) (random.nextDouble() * frames);
                long a = System.nanoTime();
                Plane p = image.planeAt(t);
                latency[i] = (System.nanoTime() - a) / 1e6;
                mismatches += SyntheticMovie.mismatches(p, t);
                if ((i & 7) == 0) {
                    sampleHeap();
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            Arrays.sort(latency);
            result.put("randomFrames", randomFrames);
            result.put("randomSeconds", s);
            result.put("randomMBs", randomFrames * frameBytes / s / 1e6);
            result.put("randomFramesPerSecond", randomFrames / s);
            result.put("randomP50Ms", latency[latency.length / 2]);
            result.put("randomP99Ms", latency[Math.min(latency.length - 1, (int) Math.ceil(latency.length * 0.99) - 1)]);
        }
        if (phases.contains("scrub")) {
            int[] out = new int[image.width() * image.height()];
            long t0 = System.nanoTime();
            for (int i = 0; i < scrubFrames; i++) {
                long t = (long) (random.nextDouble() * frames);
                Plane p = image.planeAt(t);
                Renderer.render(p, contrast, LookupTable.GREY, out);
                mismatches += SyntheticMovie.mismatches(p, t);
                if ((i & 7) == 0) {
                    sampleHeap();
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            result.put("scrubFrames", scrubFrames);
            result.put("scrubFramesPerSecond", scrubFrames / s);
        }
        sampler.interrupt();
        sampleHeap();
        System.gc();
        long retained = memory.getHeapMemoryUsage().getUsed();
        image.close();
        long gcCount = 0;
        long gcMs = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcCount += Math.max(0, gc.getCollectionCount());
            gcMs += Math.max(0, gc.getCollectionTime());
        }
        result.put("mismatches", mismatches);
        result.put("maxHeapUsedMB", maxHeapUsed.get() / 1048576.0);
        result.put("heapAfterGcMB", retained / 1048576.0);
        result.put("heapLimitMB", Runtime.getRuntime().maxMemory() / 1048576.0);
        result.put("gcCount", gcCount);
        result.put("gcMs", gcMs);
        System.out.println("RESULT " + Json.write(result));
        System.out.flush();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
