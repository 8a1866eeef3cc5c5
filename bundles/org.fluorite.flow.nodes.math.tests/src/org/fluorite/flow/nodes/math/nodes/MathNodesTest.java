package org.fluorite.flow.nodes.math.nodes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
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
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.node.Inputs;
import org.fluorite.flow.node.NodeFactory;
import org.fluorite.flow.nodes.math.numerics.ArrayStatistics;
import org.fluorite.flow.nodes.math.numerics.Elementwise;
import org.fluorite.flow.nodes.math.numerics.LinearRegression;
import org.fluorite.flow.nodes.signal.nodes.ButterworthFactory;
import org.fluorite.flow.nodes.signal.nodes.NormalizeFactory;
import org.fluorite.flow.nodes.signal.nodes.PeakDetectFactory;
import org.fluorite.flow.nodes.signal.nodes.PeakFeaturesFactory;
import org.fluorite.flow.nodes.signal.numerics.Gradient;
import org.fluorite.flow.nodes.signal.support.FixedSource;
import org.junit.jupiter.api.Test;

/** The Math nodes on small transmissions, and the benchmark's pipeline through the flow engine. */
class MathNodesTest {

    static Transmission sample() {
        Frame f = Frame.of(FlowColumn.ofText("cell_type", new String[] {"palp", "atena", "palp", "atena"}),
                FlowColumn.ofText("stage", new String[] {"early", "early", "late", "early"}),
                FlowColumn.ofDoubles("_AREA", "", new double[] {3, 9, 7, Double.NaN}),
                FlowColumn.ofArrays(Transmission.RAW_CURVE, "", new double[][] {{1, 2, 4, 7}, {2, 2, 2, 3}, {-1, 0, 1, 0}, {5, 3, 1, 0}}),
                FlowColumn.ofDoubles(Transmission.SAMPLING_RATE, "Hz", new double[] {2, 2, 2, 2}));
        return Transmission.spawn(f, UUID.fromString("11111111-2222-3333-4444-555555555555"),
                HistoryOperation.of("", "spawn_transmission", Map.of()), Metadata.EMPTY.with(Transmission.LAST_OUTPUT, Transmission.RAW_CURVE));
    }

    static Transmission run(NodeFactory f, Record settings, Transmission in) throws Exception {
        return (Transmission) f.create(settings).execute(Inputs.of(in), ExecutionContext.simple(f.id())).get(0);
    }

    @Test
    void elementwiseNodesWriteTheSeedColumns() throws Exception {
        Transmission t = sample();
        assertArrayEquals(new double[] {1, 1.5, 2.5, 3}, run(new DerivativeFactory(), DerivativeFactory.Settings.DEFAULTS, t)
                .column("_DERIVATIVE").arrays()[0], 0);
        assertArrayEquals(new double[] {1, 4, 16, 49}, run(new XpowerYFactory(), XpowerYFactory.Settings.DEFAULTS, t)
                .column("_X_POWER_Y").arrays()[0], 0);
        assertArrayEquals(new double[] {1, 0, 1, 0}, run(new AbsoluteValueFactory(), AbsoluteValueFactory.Settings.DEFAULTS, t)
                .column("_ABSOLUTE_VALUE").arrays()[2], 0);
        Transmission lg = run(new LogTransformFactory(), new LogTransformFactory.Settings("", Elementwise.LogKind.MODLOG10), t);
        assertArrayEquals(new double[] {-Math.log10(2), 0, Math.log10(2), 0}, lg.column("_LOG_TRANSFORM").arrays()[2], 1e-15);
        assertEquals("modlog10", lg.historyOfRow(0).get(1).parameters().get("transform"));
        Transmission tv = run(new TVDiffFactory(), TVDiffFactory.Settings.DEFAULTS, t);
        assertEquals(4, tv.column("_TVDIFF").arrays()[0].length);
        assertEquals(100, ((Number) tv.historyOfRow(0).get(1).parameters().get("iterations")).intValue());
    }

    @Test
    void arrayStatsPerRowAndPerGroup() throws Exception {
        ArrayStatsFactory f = new ArrayStatsFactory();
        Transmission plain = run(f, new ArrayStatsFactory.Settings("", ArrayStatistics.MEAN, "", "", "mean curve"), sample());
        assertArrayEquals(new double[] {3.5, 2.25, 0, 2.25}, plain.column("_MEAN CURVE").doubles(), 1e-15);
        Transmission grouped = run(f, new ArrayStatsFactory.Settings("", ArrayStatistics.AMAX, "cell_type", "", "_peak"), sample());
        assertEquals(2, grouped.rowCount());
        assertArrayEquals(new String[] {"palp", "atena"}, grouped.column("cell_type").texts());
        assertArrayEquals(new double[] {1, 2, 4, 7}, grouped.column("_PEAK").arrays()[0], 0);
        assertArrayEquals(new double[] {5, 3, 2, 3}, grouped.column("_PEAK").arrays()[1], 0);
        Transmission two = run(f, new ArrayStatsFactory.Settings("", ArrayStatistics.MEAN, "cell_type", "stage", "m"), sample());
        assertEquals(3, two.rowCount(), "palp/early, atena/early, palp/late");
        assertEquals(false, grouped.historyOfRow(0).get(1).parameters().get("group_by_sec"));
    }

    @Test
    void argGroupStatZScoreAndLinRegress() throws Exception {
        Transmission a = run(new ArgGroupStatFactory(), new ArgGroupStatFactory.Settings("_AREA", "cell_type", "stage",
                ArgGroupStatFactory.Stat.MAX), sample());
        assertArrayEquals(new String[] {"late", "early"}, a.column("ARG_STAT").texts(), "palp: area 7 (late); atena: 9 (NaN skipped)");
        Transmission z = run(new ZScoreFactory(), new ZScoreFactory.Settings("", "cell_type"), sample());
        double[] palp = z.column("_ZSCORE").arrays()[0];
        double mean = (1 + 2 + 4 + 7 - 1 + 0 + 1 + 0) / 8.0;
        double var = 0;
        for (double v : new double[] {1, 2, 4, 7, -1, 0, 1, 0}) {
            var += (v - mean) * (v - mean) / 8;
        }
        assertEquals((7 - mean) / Math.sqrt(var), palp[3], 1e-14);
        Transmission lr = run(new LinRegressFactory(), LinRegressFactory.Settings.DEFAULTS, sample());
        LinearRegression expected = LinearRegression.overIndex(new double[] {5, 3, 1, 0});
        assertEquals(expected.slope(), lr.column("_SLOPE").doubles()[3], 0);
        assertEquals(expected.pValue(), lr.column("_P-VALUE").doubles()[3], 0);
        assertEquals(-1.7, expected.slope(), 1e-14);
        assertEquals("linreg", lr.historyOfRow(0).get(1).name());
    }

    @Test
    void groupedStatsRefuseArraysOfDifferentLengths() {
        Transmission t = sample().withColumn(FlowColumn.ofArrays("_X", "", new double[][] {{1}, {1, 2}, {1, 2}, {3}}));
        Exception e = assertThrows(IllegalArgumentException.class,
                () -> run(new ArrayStatsFactory(), new ArrayStatsFactory.Settings("_X", ArrayStatistics.MEAN, "cell_type", "", "m"), t));
        assertTrue(e.getMessage().contains("differ in length"), e.getMessage());
    }

    /** Butterworth -> Normalize -> Derivative -> PeakDetect -> PeakFeatures as a flowchart, history kept end to end. */
    @Test
    void benchmarkPipelineRunsThroughTheEngine() {
        int rows = 6;
        int n = 400;
        double[][] c = new double[rows][n];
        String[] cell = new String[rows];
        java.util.Random rnd = new java.util.Random(7);
        for (int r = 0; r < rows; r++) {
            cell[r] = r % 2 == 0 ? "palp" : "atena";
            for (int i = 0; i < n; i++) {
                double t = i - 60 - 40 * r;
                c[r][i] = 1 + (t > 0 ? Math.exp(-t / 25.0) * (1 - Math.exp(-t / 3.0)) : 0) + 0.01 * rnd.nextGaussian();
            }
        }
        double[] fps = new double[rows];
        java.util.Arrays.fill(fps, 10);
        Transmission t = Transmission.spawn(Frame.of(FlowColumn.ofText("cell_type", cell), FlowColumn.ofArrays(Transmission.RAW_CURVE, "", c),
                FlowColumn.ofDoubles(Transmission.SAMPLING_RATE, "Hz", fps)), UUID.randomUUID(),
                HistoryOperation.of("", "spawn_transmission", Map.of()), Metadata.EMPTY.with(Transmission.LAST_OUTPUT, Transmission.RAW_CURVE));
        Flowchart chart = new Flowchart();
        String src = chart.add(new FixedSource("test.Source", t), null, 0, 0).id();
        String bw = chart.add(new ButterworthFactory(), ButterworthFactory.Settings.DEFAULTS, 1, 0).id();
        String no = chart.add(new NormalizeFactory(), NormalizeFactory.Settings.DEFAULTS, 2, 0).id();
        String de = chart.add(new DerivativeFactory(), DerivativeFactory.Settings.DEFAULTS, 3, 0).id();
        String pd = chart.add(new PeakDetectFactory(), new PeakDetectFactory.Settings(Transmission.RAW_CURVE, true, 0, 0.3, 0.05), 4, 0).id();
        String pf = chart.add(new PeakFeaturesFactory(), new PeakFeaturesFactory.Settings(Transmission.RAW_CURVE), 5, 0).id();
        chart.connect(src, "Out", bw, "In");
        chart.connect(bw, "Out", no, "In");
        chart.connect(no, "Out", de, "In");
        chart.connect(de, "Out", pd, "Derivative");
        chart.connect(no, "Out", pd, "Normalized");
        chart.connect(src, "Out", pd, "Curve");
        chart.connect(pd, "Out", pf, "In");
        Map<String, NodeResult> results = new FlowEngine(chart, null, 2, true).run(null);
        NodeResult last = results.get(pf);
        assertEquals(NodeStatus.OK, last.status(), last.error());
        Transmission out = last.transmission(0);
        assertEquals(rows, out.rowCount(), "one transient per trace: " + out.column("_pf_p_ix"));
        long[] pix = out.column("_pf_p_ix").longs();
        for (int i = 0; i < rows; i++) {
            // the transient peaks a few samples after its onset at 60 + 40 r
            int onset = 60 + 40 * i;
            assertTrue(pix[i] > onset && pix[i] < onset + 15, "peak " + i + " at " + pix[i]);
        }
        List<String> history = out.historyOfRow(0).stream().map(HistoryOperation::name).toList();
        assertEquals(List.of("spawn_transmission", "peak_detect", "peak-features"), history);
        @SuppressWarnings("unchecked")
        Map<String, Object> derivHistory = (Map<String, Object>) out.historyOfRow(0).get(1).parameters()
                .get("derivative_input_history_trace");
        assertTrue(derivHistory.toString().contains("butterworth") && derivHistory.toString().contains("derivative"),
                derivHistory.toString());
        double[] expectedD = Gradient.of(results.get(no).transmission(0).column("_NORMALIZE").arrays()[0]);
        assertArrayEquals(expectedD, results.get(de).transmission(0).column("_DERIVATIVE").arrays()[0], 0);
    }
}
