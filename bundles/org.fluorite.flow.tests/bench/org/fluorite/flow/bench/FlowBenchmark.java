package org.fluorite.flow.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.fluorite.core.meta.Metadata;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Frame;
import org.fluorite.flow.HistoryOperation;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.graph.FlowEngine;
import org.fluorite.flow.graph.FlowNode;
import org.fluorite.flow.graph.Flowchart;
import org.fluorite.flow.graph.NodeResult;
import org.fluorite.flow.graph.NodeStatus;
import org.fluorite.flow.node.AbstractNodeFactory;
import org.fluorite.flow.node.DataSpec;
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.node.Inputs;
import org.fluorite.flow.node.Node;
import org.fluorite.flow.node.NoSettings;
import org.fluorite.flow.node.PortSpec;
import org.fluorite.flow.nodes.math.nodes.DerivativeFactory;
import org.fluorite.flow.nodes.signal.nodes.ButterworthFactory;
import org.fluorite.flow.nodes.signal.nodes.NormalizeFactory;
import org.fluorite.flow.nodes.signal.nodes.PeakDetectFactory;
import org.fluorite.flow.nodes.signal.nodes.PeakFeaturesFactory;

/**
 * The flowchart benchmark: N traces x L points (default 10,000 x 3,000, 10 Hz, noise plus
 * calcium-like transients, fixed seed) through Butterworth -> Normalize -> Derivative ->
 * PeakDetect -> PeakFeatures with the flow engine. Prints per-node and total wall time, the peak
 * heap in use (sampled every 20 ms) and the heap still used after the run and a GC.
 *
 * <pre>java ... org.fluorite.flow.bench.FlowBenchmark single|multi [traces] [points]</pre>
 *
 * single: one node at a time, rows on one thread; multi: independent nodes at once and rows
 * spread over all processors ({@link ExecutionContext#parallel()}).
 */
public final class FlowBenchmark {

    private FlowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean multi = args.length > 0 && args[0].equals("multi");
        int traces = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int points = args.length > 2 ? Integer.parseInt(args[2]) : 3_000;
        long t0 = System.nanoTime();
        Transmission input = synthetic(traces, points, 10.0, 42);
        double makeSeconds = (System.nanoTime() - t0) / 1e9;

        Flowchart c = new Flowchart();
        FlowNode src = c.add(new Source(input), null, 0, 0);
        FlowNode bw = c.add(new ButterworthFactory(), new ButterworthFactory.Settings(Transmission.RAW_CURVE, 2, 2.0), 0, 0);
        FlowNode norm = c.add(new NormalizeFactory(), new NormalizeFactory.Settings("_BUTTERWORTH"), 0, 0);
        FlowNode der = c.add(new DerivativeFactory(), new DerivativeFactory.Settings("_NORMALIZE"), 0, 0);
        FlowNode pd = c.add(new PeakDetectFactory(), new PeakDetectFactory.Settings("_BUTTERWORTH", true, 0, 0.2, 0.05), 0, 0);
        FlowNode pf = c.add(new PeakFeaturesFactory(), new PeakFeaturesFactory.Settings("_BUTTERWORTH"), 0, 0);
        c.connect(src.id(), "Out", bw.id(), "In");
        c.connect(bw.id(), "Out", norm.id(), "In");
        c.connect(norm.id(), "Out", der.id(), "In");
        c.connect(der.id(), "Out", pd.id(), "Derivative");
        c.connect(norm.id(), "Out", pd.id(), "Normalized");
        c.connect(bw.id(), "Out", pd.id(), "Curve");
        c.connect(pd.id(), "Out", pf.id(), "In");

        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = mem.getHeapMemoryUsage().getUsed();
        long[] peak = {before};
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak[0] = Math.max(peak[0], mem.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        int threads = multi ? Runtime.getRuntime().availableProcessors() : 1;
        FlowEngine engine = new FlowEngine(c, null, threads, multi);
        long start = System.nanoTime();
        Map<String, NodeResult> results = engine.run(ProgressMonitor.NONE);
        double total = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        sampler.join();
        System.gc();
        long after = mem.getHeapMemoryUsage().getUsed();

        System.out.printf(Locale.ROOT, "mode=%s traces=%d points=%d processors=%d threads=%d xmx=%dMB%n", multi ? "multi" : "single",
                traces, points, Runtime.getRuntime().availableProcessors(), threads, Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "input made in %.2f s, %d MB of curves%n", makeSeconds, (long) traces * points * 8 >> 20);
        for (NodeResult r : results.values()) {
            System.out.printf(Locale.ROOT, "  %-16s %-6s %7.2f s  %7d rows%s%n", r.nodeId(), r.status(), r.seconds(), r.rows(),
                    r.error().isEmpty() ? "" : "  " + r.error());
            if (r.status() != NodeStatus.OK) {
                System.exit(1);
            }
        }
        System.out.printf(Locale.ROOT, "total %.2f s; heap before %d MB, peak %d MB, after run and GC %d MB%n", total, before >> 20,
                peak[0] >> 20, after >> 20);
    }

    /** Noise (sd 0.05) on a baseline of 1 with transients 0.5-2 high, rise 0.3 s, decay 1-3 s, about one per 20 s. */
    static Transmission synthetic(int traces, int points, double hz, long seed) {
        Random r = new Random(seed);
        double[][] curves = new double[traces][points];
        String[] type = new String[traces];
        for (int i = 0; i < traces; i++) {
            double[] y = curves[i];
            for (int k = 0; k < points; k++) {
                y[k] = 1 + 0.05 * r.nextGaussian();
            }
            int events = (int) Math.round(points / hz / 20.0 * (0.5 + r.nextDouble()));
            for (int e = 0; e < events; e++) {
                int at = r.nextInt(points);
                double amp = 0.5 + 1.5 * r.nextDouble();
                double tau = 1 + 2 * r.nextDouble();
                for (int k = at; k < points; k++) {
                    double t = (k - at) / hz;
                    double v = amp * (1 - Math.exp(-t / 0.3)) * Math.exp(-t / tau);
                    if (v < 1e-4 && t > 1) {
                        break;
                    }
                    y[k] += v;
                }
            }
            type[i] = i % 3 == 0 ? "palp" : "atena";
        }
        double[] rate = new double[traces];
        java.util.Arrays.fill(rate, hz);
        Frame f = Frame.of(FlowColumn.ofText("cell_type", type), FlowColumn.ofArrays(Transmission.RAW_CURVE, "", curves),
                FlowColumn.ofDoubles(Transmission.SAMPLING_RATE, "Hz", rate));
        return Transmission.spawn(f, UUID.nameUUIDFromBytes(new byte[] {1}), HistoryOperation.of("bench", "synthetic",
                Map.of("traces", traces, "points", points, "seed", seed)), Metadata.EMPTY.with(Transmission.LAST_OUTPUT, Transmission.RAW_CURVE)
                        .with(Transmission.LAST_UNIT, "time"));
    }

    /** Gives the prepared transmission. */
    static final class Source extends AbstractNodeFactory<NoSettings> {
        private final Transmission t;

        Source(Transmission t) {
            super("bench.Source", "Source", "Bench", "", NoSettings.INSTANCE, List.of(), List.of(PortSpec.transmission("Out")));
            this.t = t;
        }

        @Override
        protected Node createNode(NoSettings s) {
            return new Node() {
                @Override
                public List<DataSpec> configure(Inputs<DataSpec> inputs) {
                    return List.of(DataSpec.of(t));
                }

                @Override
                public List<Object> execute(Inputs<Object> inputs, ExecutionContext context) {
                    return List.of(t);
                }
            };
        }
    }
}
