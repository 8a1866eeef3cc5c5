package org.fluorite.flow.nodes.math.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.fluorite.core.meta.Metadata;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Frame;
import org.fluorite.flow.HistoryOperation;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.node.Inputs;
import org.fluorite.flow.node.NodeFactory;
import org.fluorite.flow.nodes.signal.nodes.ButterworthFactory;
import org.fluorite.flow.nodes.signal.nodes.IRFFTFactory;
import org.fluorite.flow.nodes.signal.nodes.NormalizeFactory;
import org.fluorite.flow.nodes.signal.nodes.PowSpecDensFactory;
import org.fluorite.flow.nodes.signal.nodes.RFFTFactory;
import org.fluorite.flow.nodes.signal.nodes.ResampleFactory;
import org.fluorite.flow.nodes.signal.nodes.SavitzkyGolayFactory;
import org.fluorite.flow.nodes.signal.nodes.ScalerMeanVarianceFactory;
import org.junit.jupiter.api.Test;

/**
 * Every array node of the Signal and Math bundles on degenerate rows (empty, one sample, NaN,
 * infinities, a flat trace, 1e300 values, a long random trace), one row at a time with a fixed
 * seed: the only outcomes allowed are an output array for the row (same length for element-wise
 * nodes) or an IllegalArgumentException that names the node and the row. Each run is bounded to
 * 10 s.
 */
class DegenerateInputTest {

    static final List<NodeFactory> NODES = List.of(new ButterworthFactory(), new SavitzkyGolayFactory(), new PowSpecDensFactory(),
            new ResampleFactory(), new ScalerMeanVarianceFactory(), new NormalizeFactory(), new RFFTFactory(), new IRFFTFactory(),
            new DerivativeFactory(), new TVDiffFactory(), new XpowerYFactory(), new AbsoluteValueFactory(), new LogTransformFactory());

    static List<double[]> rows() {
        Random rnd = new Random(20261122);
        double[] longTrace = new double[5000];
        for (int i = 0; i < longTrace.length; i++) {
            longTrace[i] = rnd.nextGaussian();
        }
        double[] nan = {1, 2, Double.NaN, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        double[] inf = {1, 2, Double.POSITIVE_INFINITY, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        double[] flat = new double[40];
        java.util.Arrays.fill(flat, 3);
        double[] huge = new double[40];
        for (int i = 0; i < huge.length; i++) {
            huge[i] = (i % 2 == 0 ? 1 : -1) * 1e300;
        }
        return List.of(new double[0], new double[] {7}, new double[] {1, 2}, nan, inf, flat, huge, longTrace);
    }

    @Test
    void everyNodeGivesAnArrayOrNamesTheRow() {
        int failures = 0;
        int outputs = 0;
        for (NodeFactory f : NODES) {
            for (double[] row : rows()) {
                Transmission t = Transmission.spawn(Frame.of(FlowColumn.ofArrays(Transmission.RAW_CURVE, "", new double[][] {row}),
                        FlowColumn.ofDoubles(Transmission.SAMPLING_RATE, "Hz", new double[] {10})), UUID.randomUUID(),
                        HistoryOperation.of("", "spawn_transmission", Map.of()), Metadata.EMPTY);
                Object out;
                try {
                    out = assertTimeoutPreemptively(Duration.ofSeconds(10),
                            () -> f.create(f.defaultSettings()).execute(Inputs.of(t), ExecutionContext.simple(f.id())).get(0),
                            f.id() + " on " + row.length + " samples");
                } catch (IllegalArgumentException e) {
                    assertTrue(e.getMessage().startsWith(f.id() + ": row 0 of '_RAW_CURVE': "), e.getMessage());
                    failures++;
                    continue;
                } catch (Exception e) {
                    fail(f.id() + " on " + row.length + " samples threw " + e);
                    continue;
                }
                Transmission o = (Transmission) out;
                double[] result = o.column(o.lastOutput()).arrays()[0];
                assertTrue(result != null, f.id());
                if (f.id().startsWith("math.") && !f.id().equals("math.TVDiff")) {
                    assertEquals(row.length, result.length, f.id() + " keeps the length");
                }
                outputs++;
            }
        }
        // counts measured once; they change only when a node's handling of bad rows changes
        assertEquals(NODES.size() * rows().size(), outputs + failures);
        assertEquals(14, failures, "rows refused with a message");
        assertEquals(90, outputs, "rows with an output");
    }
}
