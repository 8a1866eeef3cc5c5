package org.fluorite.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Localizations;
import org.fluorite.core.table.Table;
import org.fluorite.smlm.post.drift.CrossCorrelationDrift;
import org.fluorite.smlm.post.drift.CrossCorrelationSettings;
import org.fluorite.smlm.post.drift.DriftCurve;
import org.fluorite.smlm.post.drift.FiducialDrift;
import org.fluorite.smlm.post.drift.FiducialSettings;
import org.fluorite.smlm.post.filter.FilterSettings;
import org.fluorite.smlm.post.filter.LocalizationFilter;
import org.fluorite.smlm.post.merge.LocalizationMerger;
import org.fluorite.smlm.post.merge.MergeSettings;
import org.fluorite.smlm.post.render.LocalizationRenderer;
import org.fluorite.smlm.post.render.RenderSettings;
import org.fluorite.smlm.post.store.LocalizationHdf5;

/**
 * Localization post-processing on a simulated table of about 1 million localizations: 5,000
 * frames, 4,000 binding sites over 20 x 20 um blinking with p = 0.05 per frame (about 200 per
 * frame), 10 nm precision, 8 fiducials in every frame, a drift of about 400 nm (sine plus
 * linear). Times drift correction (cross-correlation, fiducials), filtering, merging, histogram
 * and Gaussian rendering at 10 nm and the HDF5 round trip, best of {@code --repeat} runs, and the
 * drift RMSE against the truth.
 *
 * <p>Usage: {@code SmlmPostBenchmark [--frames 5000] [--sites 4000] [--repeat 3]}
 */
public final class SmlmPostBenchmark {

    interface Step {
        Object run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int frames = 5000;
        int sites = 4000;
        int repeat = 3;
        for (int i = 0; i < args.length - 1; i += 2) {
            switch (args[i]) {
                case "--frames" -> frames = Integer.parseInt(args[i + 1]);
                case "--sites" -> sites = Integer.parseInt(args[i + 1]);
                case "--repeat" -> repeat = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        final int nFrames = frames;
        java.util.function.IntToDoubleFunction dx = f -> 150 * Math.sin(2 * Math.PI * f / nFrames) + 0.05 * f;
        java.util.function.IntToDoubleFunction dy = f -> 100 * Math.pow(f / (double) nFrames, 2) - 30 * Math.cos(2 * Math.PI * f / nFrames);
        Table t = simulate(frames, sites, 0.05, 20_000, 10, 8, dx, dy, new Random(1));
        System.out.printf(Locale.ROOT, "table: %,d localizations, %,d frames, %,d sites + 8 fiducials%n", t.rowCount(), frames, sites);

        time("filter (photons >= 500, uncertainty <= 15 nm)", repeat, () -> LocalizationFilter.apply(t,
                FilterSettings.NONE.withPhotons(500, Double.POSITIVE_INFINITY).withMaxUncertainty(15)).rowCount());
        CrossCorrelationDrift.Result[] cc = new CrossCorrelationDrift.Result[1];
        time("drift, cross-correlation, 10 windows", repeat, () -> {
            cc[0] = CrossCorrelationDrift.estimate(t, CrossCorrelationSettings.DEFAULTS, ProgressMonitor.NONE);
            return cc[0].pairsUsed();
        });
        System.out.printf(Locale.ROOT, "   drift RMSE %.2f nm (pixel %.0f nm)%n", rmse(cc[0].curve(), dx, dy, frames), cc[0].pixelNm());
        time("drift, cross-correlation, 20 windows", repeat, () -> {
            cc[0] = CrossCorrelationDrift.estimate(t, new CrossCorrelationSettings(20, 20, 20, 1000), ProgressMonitor.NONE);
            return cc[0].pairsUsed();
        });
        System.out.printf(Locale.ROOT, "   drift RMSE %.2f nm%n", rmse(cc[0].curve(), dx, dy, frames));
        time("drift, cross-correlation, 20 windows, 3 pairs each", repeat, () -> {
            cc[0] = CrossCorrelationDrift.estimate(t, new CrossCorrelationSettings(20, 20, 20, 1000, 3), ProgressMonitor.NONE);
            return cc[0].pairsUsed();
        });
        System.out.printf(Locale.ROOT, "   drift RMSE %.2f nm%n", rmse(cc[0].curve(), dx, dy, frames));
        FiducialDrift.Result[] fd = new FiducialDrift.Result[1];
        time("drift, fiducials (linking all rows)", repeat, () -> {
            fd[0] = FiducialDrift.estimate(t, new FiducialSettings(200, 10, 0.8, 11));
            return fd[0].fiducials();
        });
        System.out.printf(Locale.ROOT, "   fiducials %d, drift RMSE %.2f nm%n", fd[0].fiducials(), rmse(fd[0].curve(), dx, dy, frames));
        Table corrected = cc[0].curve().apply(t, "bench", java.util.Map.of());
        time("merge (radius 30 nm, gap 1)", repeat, () -> LocalizationMerger.apply(corrected, new MergeSettings(30, 1)).rowCount());
        time("render histogram 10 nm", repeat, () -> LocalizationRenderer.render(corrected, RenderSettings.histogram(10)).width());
        time("render Gaussian 10 nm", repeat, () -> LocalizationRenderer.render(corrected, RenderSettings.gaussian(10, 5)).width());
        Path dir = Files.createTempDirectory("fluorite-smlm-post-bench");
        Path f = dir.resolve("locs.h5");
        time("HDF5 write", repeat, () -> {
            LocalizationHdf5.write(t, f);
            return Files.size(f);
        });
        System.out.printf(Locale.ROOT, "   file %.1f MB%n", Files.size(f) / 1e6);
        time("HDF5 read", repeat, () -> LocalizationHdf5.read(f).rowCount());
        Files.deleteIfExists(f);
        Files.deleteIfExists(dir);
    }

    /**
     * Best wall time, and the CPU time of the whole process (all threads, GC included) in the run
     * with the least CPU: on a shared machine, where other processes take the cores, the CPU time
     * is the cost of a step.
     */
    static void time(String what, int repeat, Step step) throws Exception {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        long best = Long.MAX_VALUE;
        long cpu = Long.MAX_VALUE;
        Object result = null;
        for (int r = 0; r < repeat; r++) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            result = step.run();
            best = Math.min(best, System.nanoTime() - t0);
            cpu = Math.min(cpu, os.getProcessCpuTime() - c0);
        }
        System.out.printf(Locale.ROOT, "%-42s %8.1f ms wall %8.1f ms CPU  (%s)%n", what, best / 1e6, cpu / 1e6, result);
    }

    static double rmse(DriftCurve c, java.util.function.IntToDoubleFunction tx, java.util.function.IntToDoubleFunction ty, int frames) {
        double mx = 0;
        double my = 0;
        for (int f = 1; f <= frames; f++) {
            mx += c.dx(f) - tx.applyAsDouble(f);
            my += c.dy(f) - ty.applyAsDouble(f);
        }
        mx /= frames;
        my /= frames;
        double s = 0;
        for (int f = 1; f <= frames; f++) {
            double ex = c.dx(f) - tx.applyAsDouble(f) - mx;
            double ey = c.dy(f) - ty.applyAsDouble(f) - my;
            s += ex * ex + ey * ey;
        }
        return Math.sqrt(s / frames);
    }

    static Table simulate(int frames, int sites, double pOn, double field, double precision, int fiducials,
            java.util.function.IntToDoubleFunction dx, java.util.function.IntToDoubleFunction dy, Random r) {
        double[][] pos = new double[sites + fiducials][2];
        for (double[] p : pos) {
            p[0] = r.nextDouble() * field;
            p[1] = r.nextDouble() * field;
        }
        int capacity = (int) (frames * (sites * pOn * 1.2 + fiducials)) + 1000;
        long[] frame = new long[capacity];
        double[] x = new double[capacity];
        double[] y = new double[capacity];
        double[] ph = new double[capacity];
        double[] unc = new double[capacity];
        int n = 0;
        for (int f = 1; f <= frames; f++) {
            for (int s = 0; s < pos.length && n < capacity; s++) {
                boolean fid = s >= sites;
                if (fid || r.nextDouble() < pOn) {
                    double u = fid ? 3 : precision;
                    frame[n] = f;
                    x[n] = pos[s][0] + dx.applyAsDouble(f) + r.nextGaussian() * u;
                    y[n] = pos[s][1] + dy.applyAsDouble(f) + r.nextGaussian() * u;
                    ph[n] = fid ? 50_000 : 300 + r.nextDouble() * 2000;
                    unc[n] = u;
                    n++;
                }
            }
        }
        return Table.of("simulated", Localizations.KIND, List.of(
                Column.ofLongs(Localizations.FRAME, "", java.util.Arrays.copyOf(frame, n)),
                Column.ofDoubles(Localizations.X, "nm", java.util.Arrays.copyOf(x, n)),
                Column.ofDoubles(Localizations.Y, "nm", java.util.Arrays.copyOf(y, n)),
                Column.ofDoubles(Localizations.PHOTONS, "photon", java.util.Arrays.copyOf(ph, n)),
                Column.ofDoubles(Localizations.UNCERTAINTY, "nm", java.util.Arrays.copyOf(unc, n))));
    }
}
