package org.fluorite.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.fluorite.kymo.KymoChannel;
import org.fluorite.kymo.Kymograph;
import org.fluorite.kymo.KymographFile;
import org.fluorite.kymo.tracking.GreedyTracker;
import org.fluorite.kymo.tracking.TrackGroup;

/**
 * Kymograph benchmark: reconstruction of all three colours of a Bluelake kymograph (open the file,
 * read info wave and photon counts, build the red, green and blue images and the pixel
 * timestamps) and greedy tracking of its green channel. The first reconstruction runs in a cold
 * JVM; then {@code --repeat} more runs give the warm median.
 *
 * <p>Usage: KymoBenchmark FILE.h5 NAME [--repeat 5] [--threshold 4]
 */
public final class KymoBenchmark {

    private KymoBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String name = args[1];
        int repeat = 5;
        double threshold = 4;
        for (int i = 2; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--repeat" -> repeat = Integer.parseInt(args[i + 1]);
                case "--threshold" -> threshold = Double.parseDouble(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Kymograph kymo = KymographFile.open(file, name);
        double cold = (System.nanoTime() - t0) / 1e9;
        double coldCpu = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
        System.out.printf(Locale.ROOT, "kymograph %s: %d pixels x %d lines; sums red %.0f green %.0f blue %.0f%n", name,
                kymo.pixelsPerLine(), kymo.lines(), kymo.sum(KymoChannel.RED), kymo.sum(KymoChannel.GREEN),
                kymo.sum(KymoChannel.BLUE));
        System.out.printf(Locale.ROOT, "reconstruction, cold JVM: %.3f s wall, %.3f s CPU of this thread%n", cold, coldCpu);
        List<Double> warm = new ArrayList<>();
        List<Double> warmCpu = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            long c = cpu.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            KymographFile.open(file, name);
            warm.add((System.nanoTime() - t) / 1e9);
            warmCpu.add((cpu.getCurrentThreadCpuTime() - c) / 1e9);
        }
        System.out.printf(Locale.ROOT, "reconstruction, warm (%d runs): wall median %.3f s, min %.3f s, all %s; CPU median %.3f s%n",
                repeat, median(warm), warm.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN), fmt(warm),
                median(warmCpu));
        GreedyTracker.Settings s = GreedyTracker.Settings.defaults().withThreshold(threshold);
        long t1 = System.nanoTime();
        TrackGroup tracks = GreedyTracker.track(kymo, KymoChannel.GREEN, s);
        double trackCold = (System.nanoTime() - t1) / 1e9;
        List<Double> trackWarm = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            long t = System.nanoTime();
            GreedyTracker.track(kymo, KymoChannel.GREEN, s);
            trackWarm.add((System.nanoTime() - t) / 1e9);
        }
        System.out.printf(Locale.ROOT, "greedy tracking (green, threshold %.1f): %d tracks, %d points; first %.3f s, warm median %.3f s%n",
                threshold, tracks.size(), tracks.tracks().stream().mapToInt(t -> t.size()).sum(), trackCold, median(trackWarm));
        System.out.printf(Locale.ROOT, "ratio to pylake's 0.75 s: cold %.1fx (CPU %.1fx), warm %.1fx (CPU %.1fx)%n", 0.75 / cold,
                0.75 / coldCpu, 0.75 / median(warm), 0.75 / median(warmCpu));
    }

    private static double median(List<Double> v) {
        double[] a = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return a.length == 0 ? Double.NaN : a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }

    private static String fmt(List<Double> v) {
        return Arrays.toString(v.stream().map(d -> String.format(Locale.ROOT, "%.3f", d)).toArray());
    }
}
