package org.fluorite.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.fluorite.core.image.Image;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.thunderstorm.ThunderStormExporter;
import org.fluorite.io.tiff.TiffExporter;
import org.fluorite.io.tiff.TiffImporter;
import org.fluorite.smlm.LocalizationSettings;
import org.fluorite.smlm.Localizer;
import org.fluorite.smlm.camera.CameraModel;
import org.fluorite.smlm.fit.Crlb;
import org.fluorite.smlm.fit.Erf;
import org.fluorite.smlm.fit.FitMethod;
import org.fluorite.smlm.fit.GaussianFit;
import org.fluorite.smlm.fit.GaussianFitter;
import org.fluorite.smlm.simulate.Simulation;
import org.fluorite.smlm.simulate.SimulationSettings;
import org.fluorite.smlm.simulate.Simulator;

/**
 * Single-molecule localization benchmark: (1) end to end on a simulated 256x256x1000 uint16 TIFF
 * with about 20 emitters per frame (read, detect, fit, write a ThunderSTORM CSV) on all cores,
 * MLE and WLSQ, with recall, precision and lateral RMSE against the ground truth and against the
 * Cramér-Rao bound (over all matched emitters and over isolated ones); (2) fits per second of the
 * fitter alone on one core for 7x7 spots. Prints Markdown.
 *
 * <p>Arguments: {@code [--frames 1000] [--emitters 20] [--dir /tmp/fluorite-smlm-bench] [--threads N]}.
 */
public final class SmlmBenchmark {

    private static final CameraModel CAMERA = CameraModel.of(100, 10, 50, 20);
    private static final double PIXEL_NM = 100;
    private static final double SIGMA = 1.3;

    private SmlmBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int frames = 1000;
        int emitters = 20;
        int threads = Runtime.getRuntime().availableProcessors();
        Path dir = Path.of("/tmp/fluorite-smlm-bench");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--frames" -> frames = Integer.parseInt(args[i + 1]);
                case "--emitters" -> emitters = Integer.parseInt(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--dir" -> dir = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        Files.createDirectories(dir);
        SimulationSettings s = SimulationSettings.DEFAULTS.withSize(256, 256, frames).withEmitters(emitters, 2000, 0.5)
                .withBackground(20).withPsf(SIGMA, PIXEL_NM).withLayout(0, 3).withSeed(2026);
        Simulation sim = Simulator.simulate(s, CAMERA);
        Path tif = dir.resolve("smlm-bench.tif");
        long t0 = System.nanoTime();
        new TiffExporter().export(sim.stack(), tif, ImportOptions.NONE, ProgressMonitor.NONE);
        System.out.printf(Locale.ROOT, "Simulated stack: 256x256x%d uint16, %d emitters/frame (2000 photons ±50%%, background 20,"
                + " sigma %.1f px, %.0f nm pixels), EMCCD offset 100, 10 e-/count, gain 50, read noise 20 e-: %s, %.1f MB, made in %.1f s%n%n",
                frames, emitters, SIGMA, PIXEL_NM, tif, Files.size(tif) / 1e6, (System.nanoTime() - t0) / 1e9);

        System.out.println("| run | threads | localizations | wall s | CPU s | localizations/s (wall) | localizations per CPU-second |"
                + " recall | precision | RMSE all (nm) | CRLB all (nm) | RMSE/CRLB all | RMSE/CRLB isolated |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        // first a cold run (what one command-line call gets: the JIT compiles the hot loops during it),
        // then, after another pass, warm runs of both methods
        endToEnd(tif, dir, sim, FitMethod.MLE, threads, frames, true, "cold ");
        endToEnd(tif, dir, sim, FitMethod.WLSQ, threads, frames, false, "");
        for (FitMethod m : FitMethod.values()) {
            endToEnd(tif, dir, sim, m, threads, frames, true, "warm ");
        }
        System.out.println();
        System.out.println("| fit alone (one thread, 7x7 window, 2000 photons, background 20, EMCCD) | fits/s (wall) | fits per CPU-second | mean iterations |");
        System.out.println("|---|---|---|---|");
        for (FitMethod m : FitMethod.values()) {
            fitsPerSecond(m);
        }
        Files.deleteIfExists(tif);
    }

    private static void endToEnd(Path tif, Path dir, Simulation sim, FitMethod method, int threads, int frames, boolean print,
            String label) throws Exception {
        Path csv = dir.resolve("smlm-bench-" + method.label() + ".csv");
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        Image stack = new TiffImporter().read(tif, ImportOptions.NONE, ProgressMonitor.NONE).firstImage();
        Localizer loc = new Localizer(LocalizationSettings.DEFAULTS.withMethod(method), CAMERA, PIXEL_NM);
        Table t = loc.run(stack, 0, frames, threads, ProgressMonitor.NONE);
        new ThunderStormExporter().export(t, csv, ImportOptions.NONE, ProgressMonitor.NONE);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
        stack.close();
        Files.deleteIfExists(csv);
        if (!print) {
            return;
        }
        Accuracy a = accuracy(t, sim.groundTruth(), 200);
        System.out.printf(Locale.ROOT, "| %send to end %s | %d | %d | %.2f | %.1f | %.0f | %.0f | %.3f | %.3f | %.2f | %.2f | %.2f | %.2f |%n",
                label, method.label(), threads, t.rowCount(), seconds, cpuSeconds, t.rowCount() / seconds, t.rowCount() / cpuSeconds,
                a.recall, a.precision, a.rmseAll,
                a.crlbAll, a.rmseAll / a.crlbAll, a.rmseIsolated / a.crlbIsolated);
    }

    record Accuracy(double recall, double precision, double rmseAll, double crlbAll, double rmseIsolated, double crlbIsolated) {
    }

    /**
     * Matches localizations to ground truth per frame within {@code radiusNm}; lateral RMSE is
     * sqrt(mean(dx² + dy²) / 2) (per axis) against the root mean square per-axis CRLB of the matched
     * emitters; isolated = no other emitter within 8 pixels in that frame.
     */
    private static Accuracy accuracy(Table found, Table truth, double radiusNm) {
        double[] ff = found.require("frame").toDoubles();
        double[] fx = found.require("x").toDoubles();
        double[] fy = found.require("y").toDoubles();
        double[] tf = truth.require("frame").toDoubles();
        double[] tx = truth.require("x").toDoubles();
        double[] ty = truth.require("y").toDoubles();
        double[] tn = truth.require("photons").toDoubles();
        int maxFrame = 0;
        for (double f : tf) {
            maxFrame = Math.max(maxFrame, (int) f);
        }
        List<List<Integer>> byFrame = new ArrayList<>();
        for (int i = 0; i <= maxFrame; i++) {
            byFrame.add(new ArrayList<>());
        }
        for (int j = 0; j < tf.length; j++) {
            byFrame.get((int) tf[j]).add(j);
        }
        boolean[] used = new boolean[tx.length];
        double r2 = radiusNm * radiusNm;
        int matched = 0;
        double se = 0;
        double crlb = 0;
        double seIso = 0;
        double crlbIso = 0;
        int iso = 0;
        double isolation2 = Math.pow(8 * PIXEL_NM, 2);
        for (int i = 0; i < fx.length; i++) {
            int frame = (int) ff[i];
            if (frame > maxFrame) {
                continue;
            }
            int best = -1;
            double bestD = r2;
            for (int j : byFrame.get(frame)) {
                double d = sq(fx[i] - tx[j]) + sq(fy[i] - ty[j]);
                if (!used[j] && d < bestD) {
                    bestD = d;
                    best = j;
                }
            }
            if (best < 0) {
                continue;
            }
            used[best] = true;
            matched++;
            double bound = PIXEL_NM * Crlb.lateralPx(tn[best], 20, SIGMA, 7, CAMERA.excessNoiseFactor(),
                    Math.pow(CAMERA.readNoise() / CAMERA.emGain(), 2));
            se += bestD / 2;
            crlb += bound * bound;
            boolean isolated = true;
            for (int j : byFrame.get(frame)) {
                if (j != best && sq(tx[j] - tx[best]) + sq(ty[j] - ty[best]) < isolation2) {
                    isolated = false;
                    break;
                }
            }
            if (isolated) {
                iso++;
                seIso += bestD / 2;
                crlbIso += bound * bound;
            }
        }
        return new Accuracy(matched / (double) tx.length, matched / (double) Math.max(1, fx.length), Math.sqrt(se / matched),
                Math.sqrt(crlb / matched), Math.sqrt(seIso / Math.max(1, iso)), Math.sqrt(crlbIso / Math.max(1, iso)));
    }

    /** CPU time of the whole JVM: other programs on a busy machine do not count. */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return System.nanoTime();
    }

    private static long threadCpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double sq(double v) {
        return v * v;
    }

    /** Fits per second on one thread for pre-made noisy 7x7 windows. */
    private static void fitsPerSecond(FitMethod method) {
        int w = 7;
        int spots = 20000;
        float[][] data = new float[spots][];
        double[][] start = new double[spots][2];
        SplittableRandom r = new SplittableRandom(7);
        for (int k = 0; k < spots; k++) {
            double x0 = 3 + r.nextDouble();
            double y0 = 3 + r.nextDouble();
            float[] d = new float[w * w];
            double inv = 1 / (Math.sqrt(2) * SIGMA);
            for (int row = 0; row < w; row++) {
                double fy = 0.5 * (Erf.erf((row + 1 - y0) * inv) - Erf.erf((row - y0) * inv));
                for (int c = 0; c < w; c++) {
                    double fx = 0.5 * (Erf.erf((c + 1 - x0) * inv) - Erf.erf((c - x0) * inv));
                    double mu = 20 + 2000 * fx * fy;
                    // EMCCD-like noise: variance 2 mu, Gaussian approximation is enough for timing
                    d[row * w + c] = (float) (mu + Math.sqrt(2 * mu) * r.nextGaussian());
                }
            }
            data[k] = d;
            start[k][0] = Math.floor(x0) + 0.5;
            start[k][1] = Math.floor(y0) + 0.5;
        }
        GaussianFitter f = new GaussianFitter(method, CAMERA.excessNoiseFactor(), 50);
        float[] readVar = new float[w * w];
        java.util.Arrays.fill(readVar, (float) Math.pow(CAMERA.readNoise() / CAMERA.emGain(), 2));
        long iterations = 0;
        // warm-up
        for (int k = 0; k < spots; k++) {
            f.setWindow(data[k], w, readVar, null, 0, 0, w, w);
            f.fitOne(start[k][0], start[k][1], SIGMA);
        }
        int rounds = 3;
        long t0 = System.nanoTime();
        long cpu0 = threadCpuNanos();
        double checksum = 0;
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < spots; k++) {
                f.setWindow(data[k], w, readVar, null, 0, 0, w, w);
                GaussianFit fit = f.fitOne(start[k][0], start[k][1], SIGMA);
                iterations += fit.iterations();
                checksum += fit.x();
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (threadCpuNanos() - cpu0) / 1e9;
        int fits = rounds * spots;
        System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.1f |%n", method.label(), fits / seconds, fits / cpuSeconds,
                iterations / (double) fits);
        if (Double.isNaN(checksum)) {
            System.out.println("(NaN positions)");
        }
    }
}
