package org.fluorite.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.fluorite.core.meta.Metadata;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Frame;
import org.fluorite.flow.HistoryOperation;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.graph.FlowEngine;
import org.fluorite.flow.graph.Flowchart;
import org.fluorite.flow.graph.NodeResult;
import org.fluorite.flow.graph.NodeStatus;
import org.fluorite.flow.nodes.math.nodes.DerivativeFactory;
import org.fluorite.flow.nodes.signal.nodes.ButterworthFactory;
import org.fluorite.flow.nodes.signal.nodes.NormalizeFactory;
import org.fluorite.flow.nodes.signal.nodes.PeakDetectFactory;
import org.fluorite.flow.nodes.signal.nodes.PeakFeaturesFactory;
import org.fluorite.flow.nodes.signal.support.FixedSource;

/**
 * The flowchart benchmark of issue 6: N traces x M samples (default 10,000 x 3,000, 10 Hz,
 * simulated calcium transients with noise, fixed seed) through Butterworth -> Normalize ->
 * Derivative -> PeakDetect -> PeakFeatures, built as a flowchart and run by the flow engine
 * (FlowEngine, Transmissions with history), single-threaded ({@code --threads 1}: one node at a
 * time, rows in sequence) or multi-threaded ({@code --threads N}: rows spread over the common
 * fork-join pool, independent branches in parallel). Reports wall time per node and in total, the
 * process CPU time (to read the figures on a shared machine: the load average is printed too), the
 * peak heap used (sampled every 20 ms) and the process's peak resident memory (VmHWM). Run each
 * mode in its own JVM (run-flow-benchmark.sh does) so the memory figures are the mode's own.
 *
 * <p>With {@code --mode direct} the nodes are executed one after the other without the engine and
 * timed by the calling thread's CPU clock.
 *
 * <p>Usage: {@code FlowBenchmark [--traces 10000] [--samples 3000] [--threads 1] [--warmup 200] [--mode engine|direct]}
 */
public final class FlowBenchmark {

    private FlowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new LinkedHashMap<>(Map.of("--traces", "10000", "--samples", "3000", "--threads", "1",
                "--warmup", "200", "--mode", "engine"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!a.containsKey(args[i])) {
                throw new IllegalArgumentException("unknown option " + args[i] + " (known: " + a.keySet() + ")");
            }
            a.put(args[i], args[i + 1]);
        }
        int traces = Integer.parseInt(a.get("--traces"));
        int samples = Integer.parseInt(a.get("--samples"));
        int threads = Integer.parseInt(a.get("--threads"));
        int warmup = Integer.parseInt(a.get("--warmup"));
        if (a.get("--mode").equals("direct")) {
            direct(traces, samples, warmup);
            return;
        }
        if (warmup > 0) {
            run(simulate(warmup, samples, 1), threads, false);
        }
        System.gc();
        long before = used();
        Transmission t = simulate(traces, samples, 2026);
        System.gc();
        long input = used() - before;
        PeakSampler sampler = new PeakSampler();
        sampler.start();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        Map<String, NodeResult> results = run(t, threads, true);
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        sampler.stop = true;
        sampler.join();
        NodeResult last = results.get("features");
        System.out.printf(Locale.ROOT, "traces %d x samples %d, threads %d (cpus %d), heap max %d MB%n", traces, samples, threads,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "input transmission: %.0f MB of heap%n", input / 1e6);
        for (NodeResult r : results.values()) {
            System.out.printf(Locale.ROOT, "  %-12s %-6s %8.2f s  rows %d%n", r.nodeId(), r.status(), r.seconds(), r.rows());
        }
        System.out.printf(Locale.ROOT, "total wall %.2f s (process CPU %.2f s); peaks (PeakFeatures rows) %d; %.1f us per trace%n",
                wall, cpu, last.rows(), wall / traces * 1e6);
        System.out.printf(Locale.ROOT, "load average at the end: %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
        System.out.printf(Locale.ROOT, "peak heap used %.0f MB; peak RSS (VmHWM) %s%n", sampler.peak / 1e6, vmHwm());
    }

    /**
     * The same five nodes executed one after the other on the calling thread, without the engine,
     * timed by that thread's CPU clock (GC and JIT threads excluded): the cost of the nodes
     * themselves, steady even on a loaded machine.
     */
    static void direct(int traces, int samples, int warmup) throws Exception {
        var tb = ManagementFactory.getThreadMXBean();
        for (int pass = 0; pass < 2; pass++) {
            Transmission t = simulate(pass == 0 ? Math.max(1, warmup) : traces, samples, 2026);
            long[] cpu = new long[6];
            long[] wall = new long[6];
            cpu[0] = tb.getCurrentThreadCpuTime();
            wall[0] = System.nanoTime();
            Transmission bw = step(new ButterworthFactory(), ButterworthFactory.Settings.DEFAULTS, t);
            cpu[1] = tb.getCurrentThreadCpuTime();
            wall[1] = System.nanoTime();
            Transmission no = step(new NormalizeFactory(), NormalizeFactory.Settings.DEFAULTS, bw);
            cpu[2] = tb.getCurrentThreadCpuTime();
            wall[2] = System.nanoTime();
            Transmission de = step(new DerivativeFactory(), DerivativeFactory.Settings.DEFAULTS, no);
            cpu[3] = tb.getCurrentThreadCpuTime();
            wall[3] = System.nanoTime();
            PeakDetectFactory pdf = new PeakDetectFactory();
            Transmission pd = (Transmission) pdf.create(new PeakDetectFactory.Settings(Transmission.RAW_CURVE, true, 0, 0.2, 0.05))
                    .execute(org.fluorite.flow.node.Inputs.of(de, no, t), org.fluorite.flow.node.ExecutionContext.simple(pdf.id())).get(0);
            cpu[4] = tb.getCurrentThreadCpuTime();
            wall[4] = System.nanoTime();
            Transmission pf = step(new PeakFeaturesFactory(), new PeakFeaturesFactory.Settings(Transmission.RAW_CURVE), pd);
            cpu[5] = tb.getCurrentThreadCpuTime();
            wall[5] = System.nanoTime();
            if (pass == 0) {
                continue;
            }
            String[] names = {"butterworth", "normalize", "derivative", "peakdetect", "features"};
            System.out.printf(Locale.ROOT, "direct (no engine), %d traces x %d samples, calling thread only:%n", traces, samples);
            for (int i = 0; i < 5; i++) {
                System.out.printf(Locale.ROOT, "  %-12s CPU %6.2f s  wall %6.2f s%n", names[i], (cpu[i + 1] - cpu[i]) / 1e9,
                        (wall[i + 1] - wall[i]) / 1e9);
            }
            System.out.printf(Locale.ROOT, "total CPU %.2f s (%.0f us per trace), wall %.2f s; peaks %d; load average %s%n",
                    (cpu[5] - cpu[0]) / 1e9, (cpu[5] - cpu[0]) / 1e3 / traces, (wall[5] - wall[0]) / 1e9, pf.rowCount(),
                    Files.readString(Path.of("/proc/loadavg")).trim());
        }
    }

    private static Transmission step(org.fluorite.flow.node.NodeFactory f, Record settings, Transmission in) throws Exception {
        return (Transmission) f.create(settings).execute(org.fluorite.flow.node.Inputs.of(in),
                org.fluorite.flow.node.ExecutionContext.simple(f.id())).get(0);
    }

    static Map<String, NodeResult> run(Transmission t, int threads, boolean check) {
        Flowchart chart = new Flowchart();
        chart.addWithId("source", new FixedSource("bench.Source", t), null, 0, 0);
        chart.addWithId("butterworth", new ButterworthFactory(), ButterworthFactory.Settings.DEFAULTS, 1, 0);
        chart.addWithId("normalize", new NormalizeFactory(), NormalizeFactory.Settings.DEFAULTS, 2, 0);
        chart.addWithId("derivative", new DerivativeFactory(), DerivativeFactory.Settings.DEFAULTS, 3, 0);
        chart.addWithId("peakdetect", new PeakDetectFactory(),
                new PeakDetectFactory.Settings(Transmission.RAW_CURVE, true, 0, 0.2, 0.05), 4, 0);
        chart.addWithId("features", new PeakFeaturesFactory(), new PeakFeaturesFactory.Settings(Transmission.RAW_CURVE), 5, 0);
        chart.connect("source", "Out", "butterworth", "In");
        chart.connect("butterworth", "Out", "normalize", "In");
        chart.connect("normalize", "Out", "derivative", "In");
        chart.connect("derivative", "Out", "peakdetect", "Derivative");
        chart.connect("normalize", "Out", "peakdetect", "Normalized");
        chart.connect("source", "Out", "peakdetect", "Curve");
        chart.connect("peakdetect", "Out", "features", "In");
        Map<String, NodeResult> results = new FlowEngine(chart, null, threads, threads > 1).run(null);
        if (check) {
            for (NodeResult r : results.values()) {
                if (r.status() != NodeStatus.OK) {
                    throw new IllegalStateException(r.nodeId() + " " + r.status() + ": " + r.error());
                }
            }
        }
        return results;
    }

    /** Traces of 1..4 transients (rise 0.3 s, decay 1-3 s) on a baseline of 1 with 2 % noise, 10 Hz. */
    static Transmission simulate(int traces, int samples, long seed) {
        Random rnd = new Random(seed);
        double[][] c = new double[traces][samples];
        String[] cell = new String[traces];
        for (int r = 0; r < traces; r++) {
            cell[r] = r % 3 == 0 ? "palp" : "atena";
            double[] x = c[r];
            Arrays.fill(x, 1);
            int events = 1 + rnd.nextInt(4);
            for (int e = 0; e < events; e++) {
                int onset = rnd.nextInt(samples);
                double amp = 0.3 + rnd.nextDouble();
                double decay = 10 + 20 * rnd.nextDouble();
                for (int i = onset; i < samples; i++) {
                    double k = i - onset;
                    x[i] += amp * (1 - Math.exp(-k / 3.0)) * Math.exp(-k / decay);
                }
            }
            for (int i = 0; i < samples; i++) {
                x[i] += 0.02 * rnd.nextGaussian();
            }
        }
        double[] fps = new double[traces];
        Arrays.fill(fps, 10);
        Frame f = Frame.of(FlowColumn.ofText("cell_type", cell), FlowColumn.ofArrays(Transmission.RAW_CURVE, "", c),
                FlowColumn.ofDoubles(Transmission.SAMPLING_RATE, "Hz", fps));
        return Transmission.spawn(f, UUID.randomUUID(), HistoryOperation.of("", "spawn_transmission", Map.of("simulated", traces)),
                Metadata.EMPTY.with(Transmission.LAST_OUTPUT, Transmission.RAW_CURVE).with(Transmission.LAST_UNIT, "time"));
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static String vmHwm() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return line.substring(6).trim();
                }
            }
        } catch (Exception e) {
            return "unknown (" + e.getMessage() + ")";
        }
        return "unknown";
    }

    /** Samples the heap in use every 20 ms and keeps the largest value. */
    private static final class PeakSampler extends Thread {
        volatile boolean stop;
        volatile long peak;

        PeakSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            var mem = ManagementFactory.getMemoryMXBean();
            while (!stop) {
                peak = Math.max(peak, mem.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
            peak = Math.max(peak, mem.getHeapMemoryUsage().getUsed());
        }
    }
}
