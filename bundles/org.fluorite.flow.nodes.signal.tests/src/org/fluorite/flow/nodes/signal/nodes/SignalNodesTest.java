package org.fluorite.flow.nodes.signal.nodes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.fluorite.core.meta.Metadata;
import org.fluorite.flow.ColumnType;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Frame;
import org.fluorite.flow.HistoryOperation;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.node.DataSpec;
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.node.Inputs;
import org.fluorite.flow.node.NodeConfigurationException;
import org.fluorite.flow.node.NodeFactory;
import org.fluorite.flow.nodes.signal.numerics.Butterworth;
import org.fluorite.flow.nodes.signal.numerics.Gradient;
import org.fluorite.flow.nodes.signal.numerics.PeakDetection;
import org.fluorite.flow.nodes.signal.numerics.PeakFeatures;
import org.fluorite.flow.nodes.signal.numerics.PeaksBases;
import org.fluorite.flow.nodes.signal.numerics.RealFft;
import org.fluorite.flow.nodes.signal.numerics.Scaling;
import org.fluorite.flow.nodes.signal.numerics.ZeroPhaseFilter;
import org.junit.jupiter.api.Test;

/** The Signal nodes on small transmissions: outputs, history entries, specs and errors. */
class SignalNodesTest {

    static final UUID BLOCK = UUID.fromString("7d1f7a8e-2b7c-4b43-9a0c-5b8f3f0b6a11");

    /** Three noisy calcium-like traces of 300 samples at 10 Hz (fixed seed). */
    static Transmission traces() {
        Random rnd = new Random(42);
        double[][] c = new double[3][300];
        for (int r = 0; r < 3; r++) {
            for (int i = 0; i < 300; i++) {
                double t = i - 50 - 80 * r;
                c[r][i] = 1 + (t > 0 ? Math.exp(-t / 20.0) * (1 - Math.exp(-t / 2.0)) : 0) + 0.02 * rnd.nextGaussian()
                        + (i > 200 ? 0.8 * Math.exp(-(i - 200) / 15.0) * (1 - Math.exp(-(i - 200) / 2.0)) : 0);
            }
        }
        Frame f = Frame.of(FlowColumn.ofText("cell_type", new String[] {"palp", "atena", "palp"}),
                FlowColumn.ofArrays(Transmission.RAW_CURVE, "", c),
                FlowColumn.ofDoubles(Transmission.SAMPLING_RATE, "Hz", new double[] {10, 10, 10}));
        return Transmission.spawn(f, BLOCK, HistoryOperation.of("data.LoadProjDF", "spawn_transmission", Map.of("sub_dataframe_name", "root")),
                Metadata.EMPTY.with(Transmission.LAST_OUTPUT, Transmission.RAW_CURVE).with(Transmission.LAST_UNIT, "time"));
    }

    static Transmission run(NodeFactory f, Record settings, Transmission in) throws Exception {
        return (Transmission) f.create(settings).execute(Inputs.of(in), ExecutionContext.simple(f.id())).get(0);
    }

    @Test
    void butterworthFiltersEveryRowAndLogsItsParameters() throws Exception {
        ButterworthFactory f = new ButterworthFactory();
        Transmission in = traces();
        Transmission out = run(f, f.settings(Map.of("order", 3, "freqDivisor", 1.0)), in);
        Butterworth.Coefficients k = Butterworth.lowPass(3, 0.1);
        for (int r = 0; r < 3; r++) {
            assertArrayEquals(ZeroPhaseFilter.filtfilt(k.b(), k.a(), in.column(Transmission.RAW_CURVE).arrays()[r]),
                    out.column("_BUTTERWORTH").arrays()[r], 0.0);
        }
        assertEquals("_BUTTERWORTH", out.lastOutput());
        HistoryOperation op = out.historyOfRow(0).get(1);
        assertEquals("butterworth", op.name());
        assertEquals("signal.Butterworth", op.nodeId());
        assertEquals(Transmission.RAW_CURVE, op.parameters().get("data_column"));
        assertEquals(3, ((Number) op.parameters().get("order")).intValue());
        assertEquals(0.1, ((Number) op.parameters().get("Wn")).doubleValue(), 1e-15);
        assertEquals(2, in.historyOfRow(0).size() + 1, "the input keeps its own history");
    }

    @Test
    void rowsInParallelGiveTheSameResultsAsInSequence() throws Exception {
        Transmission in = traces();
        for (NodeFactory f : List.of(new ButterworthFactory(), new SavitzkyGolayFactory(), new NormalizeFactory(), new RFFTFactory())) {
            Transmission serial = run(f, f.defaultSettings(), in);
            Transmission parallel = (Transmission) f.create(f.defaultSettings()).execute(Inputs.of(in),
                    new ExecutionContext(f.id(), f.name(), null, null, true)).get(0);
            String out = serial.lastOutput();
            for (int r = 0; r < in.rowCount(); r++) {
                assertArrayEquals(serial.column(out).arrays()[r], parallel.column(out).arrays()[r], 0.0, f.id() + " row " + r);
            }
        }
    }

    @Test
    void settingsComeFromSavedValuesAndRanges() {
        ButterworthFactory f = new ButterworthFactory();
        ButterworthFactory.Settings s = (ButterworthFactory.Settings) f.settings(Map.of("order", "4"));
        assertEquals(4, s.order());
        assertEquals(2.0, s.freqDivisor());
        assertThrows(IllegalArgumentException.class, () -> f.settings(Map.of("order", 0)));
        assertEquals("signal.Butterworth", f.id());
        assertEquals("Signal", f.category());
    }

    @Test
    void configureNamesAMissingColumnWithoutData() {
        NormalizeFactory f = new NormalizeFactory();
        DataSpec spec = DataSpec.of(traces());
        NodeConfigurationException e = assertThrows(NodeConfigurationException.class,
                () -> f.create(new NormalizeFactory.Settings("_NOPE")).configure(Inputs.of(spec)));
        assertTrue(e.getMessage().contains("'_NOPE'"), e.getMessage());
        List<DataSpec> out = assertDoesNotThrowConfigure(f, new NormalizeFactory.Settings(""), spec);
        assertEquals(ColumnType.ARRAY, out.get(0).columns().get("_NORMALIZE"));
    }

    private static List<DataSpec> assertDoesNotThrowConfigure(NodeFactory f, Record s, DataSpec spec) {
        try {
            return f.create(s).configure(Inputs.of(spec));
        } catch (NodeConfigurationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aRowWithoutSamplingRateIsNamed() {
        Transmission t = traces().withColumn(FlowColumn.ofDoubles(Transmission.SAMPLING_RATE, "Hz", new double[] {10, Double.NaN, 10}));
        ButterworthFactory f = new ButterworthFactory();
        Exception e = assertThrows(IllegalArgumentException.class, () -> run(f, f.defaultSettings(), t));
        assertEquals("signal.Butterworth: row 1 of '_RAW_CURVE': no sampling rate for this row (column _SAMPLING_RATE); "
                + "set the frame rate of its sample", e.getMessage());
    }

    @Test
    void rfftThenIrfftGivesTheTracesBackWithFrequencyUnit() throws Exception {
        Transmission in = traces();
        Transmission spec = run(new RFFTFactory(), RFFTFactory.Settings.DEFAULTS, in);
        assertEquals("frequency", spec.lastUnit());
        Map<String, Object> params = spec.historyOfRow(0).get(1).parameters();
        List<?> freqs = (List<?>) params.get("frequencies");
        assertEquals(300, freqs.size());
        // fftpack.rfftfreq(300) * 10 Hz: 0, 1/30, 1/30, 2/30, ...; the last is the Nyquist frequency 5 Hz
        assertEquals(0.0, ((Number) freqs.get(0)).doubleValue());
        assertEquals(10.0 / 300, ((Number) freqs.get(2)).doubleValue(), 1e-15);
        assertEquals(5.0, ((Number) params.get("nyquist_frequency")).doubleValue(), 1e-15);
        Transmission back = run(new IRFFTFactory(), IRFFTFactory.Settings.DEFAULTS, spec);
        assertEquals("time", back.lastUnit());
        assertEquals("iRFFT", new IRFFTFactory().name());
        for (int r = 0; r < 3; r++) {
            assertArrayEquals(in.column(Transmission.RAW_CURVE).arrays()[r], back.column("_IRFFT").arrays()[r], 1e-12);
        }
        assertArrayEquals(RealFft.rfftPacked(in.column(Transmission.RAW_CURVE).arrays()[2]), spec.column("_RFFT").arrays()[2], 0);
    }

    @Test
    void resampleUsesTheRowRate() throws Exception {
        ResampleFactory f = new ResampleFactory();
        Transmission out = run(f, f.settings(Map.of("rs", 5, "tu", 1)), traces());
        assertEquals(150, out.column("_RESAMPLE").arrays()[0].length, "30 s at 5 Hz");
        assertEquals(5.0, ((Number) out.historyOfRow(0).get(1).parameters().get("output_rate")).doubleValue());
    }

    @Test
    void peakDetectAndFeaturesGiveOneRowPerFlankedPeak() throws Exception {
        Transmission in = traces();
        double[][] raw = in.column(Transmission.RAW_CURVE).arrays();
        Transmission filtered = run(new ButterworthFactory(), ButterworthFactory.Settings.DEFAULTS, in);
        Transmission norm = run(new NormalizeFactory(), NormalizeFactory.Settings.DEFAULTS, filtered);
        double[][] nv = norm.column("_NORMALIZE").arrays();
        double[][] d1 = new double[3][];
        for (int r = 0; r < 3; r++) {
            d1[r] = Gradient.of(nv[r]);
        }
        Transmission deriv = norm.withOutput(FlowColumn.ofArrays("_DERIVATIVE", "", d1), "time",
                HistoryOperation.of("math.Derivative", "derivative", Map.of("data_column", "_NORMALIZE")));
        PeakDetectFactory pf = new PeakDetectFactory();
        PeakDetectFactory.Settings ps = new PeakDetectFactory.Settings(Transmission.RAW_CURVE, true, 0, 0.2, 0.05);
        Transmission peaks = (Transmission) pf.create(ps)
                .execute(Inputs.of(deriv, norm, in), ExecutionContext.simple(pf.id())).get(0);
        int total = 0;
        for (int r = 0; r < 3; r++) {
            PeaksBases expected = PeakDetection.detect(d1[r], raw[r], nv[r], new PeakDetection.Parameters(0, 0.2, 0.05, true));
            PeaksBases got = PeakDetectFactory.fromTable(peaks.column(PeakDetectFactory.PEAKS_BASES).tables()[r]);
            assertEquals(expected, got, "row " + r);
            assertTrue(got.peakCount() >= 1, "row " + r + " has its transient: " + got);
            total += PeakFeatures.compute(raw[r], got).peaks().size();
        }
        assertEquals("peak_detect", peaks.historyOfRow(0).get(peaks.historyOfRow(0).size() - 1).name());
        PeakFeaturesFactory ff = new PeakFeaturesFactory();
        Transmission feats = run(ff, new PeakFeaturesFactory.Settings(Transmission.RAW_CURVE), peaks);
        assertEquals(total, feats.rowCount());
        assertTrue(total >= 4, "each trace has one or two transients: " + total);
        for (String c : PeakFeaturesFactory.FEATURES) {
            assertTrue(feats.frame().has(c), c);
        }
        long[] pix = feats.column("_pf_p_ix").longs();
        double[] ampl = feats.column("_pf_ampl_rel_zero").doubles();
        String[] cell = feats.column("cell_type").texts();
        for (int i = 0; i < total; i++) {
            int parent = "atena".equals(cell[i]) ? 1 : -1;
            if (parent == 1) {
                assertEquals(raw[1][(int) pix[i]], ampl[i], 0.0);
            }
            assertEquals(feats.column("_pf_b_ix_r").longs()[i] - feats.column("_pf_b_ix_l").longs()[i],
                    feats.column("_pf_duration_base").longs()[i]);
        }
        List<HistoryOperation> h = feats.historyOfRow(0);
        assertEquals(List.of("spawn_transmission", "peak_detect", "peak-features"), h.stream().map(HistoryOperation::name).toList());
    }

    @Test
    void peakDetectPassesPbInputThrough() throws Exception {
        Transmission t = traces();
        PeakDetectFactory pf = new PeakDetectFactory();
        Object out = pf.create(pf.defaultSettings()).execute(new Inputs<>(List.of(List.of(), List.of(), List.of(), List.of(t))),
                ExecutionContext.simple(pf.id())).get(0);
        assertSame(t, out);
    }

    @Test
    void peakDetectAsksForItsInputsItselfSoPbInputAloneIsEnough() throws Exception {
        PeakDetectFactory pf = new PeakDetectFactory();
        assertTrue(pf.inputs().stream().allMatch(p -> p.optional()), "the engine lets every terminal stay unconnected");
        var node = pf.create(pf.defaultSettings());
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.fluorite.flow.node.NodeConfigurationException.class,
                () -> node.configure(new Inputs<>(List.of(List.of(), List.of(), List.of(), List.of()))));
        assertEquals("Connect the Derivative, Normalized and Curve terminals (or PB_Input)", e.getMessage());
    }

    @Test
    void normalizeGivesZeroToOneAndNanForFlatTraces() throws Exception {
        Transmission t = traces().withColumn(FlowColumn.ofArrays(Transmission.RAW_CURVE, "",
                new double[][] {{2, 4, 3}, {1, 1, 1}, {-5, 5}}));
        Transmission out = run(new NormalizeFactory(), NormalizeFactory.Settings.DEFAULTS, t);
        assertArrayEquals(new double[] {0, 1, 0.5}, out.column("_NORMALIZE").arrays()[0], 0);
        assertTrue(Double.isNaN(out.column("_NORMALIZE").arrays()[1][0]), "0/0 as NumPy");
        assertArrayEquals(Scaling.normalize(new double[] {-5, 5}), out.column("_NORMALIZE").arrays()[2], 0);
    }
}
