package org.fluorite.flow.nodes.math.nodes;

import static org.fluorite.testing.ReferenceData.assertArrayRel;
import static org.fluorite.testing.ReferenceData.doubles;
import static org.fluorite.testing.ReferenceData.ints;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fluorite.core.meta.Metadata;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Frame;
import org.fluorite.flow.HistoryOperation;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.node.Inputs;
import org.fluorite.flow.node.NodeFactory;
import org.fluorite.testing.ReferenceData;
import org.fluorite.flow.nodes.signal.nodes.ButterworthFactory;
import org.fluorite.flow.nodes.signal.nodes.NormalizeFactory;
import org.fluorite.flow.nodes.signal.nodes.PeakDetectFactory;
import org.fluorite.flow.nodes.signal.nodes.PeakFeaturesFactory;
import org.fluorite.flow.nodes.signal.nodes.PowSpecDensFactory;
import org.fluorite.flow.nodes.signal.nodes.SavitzkyGolayFactory;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * Real calcium traces (suite2p output of the FISSA example, shared data suite2p_fissa_example/F.npy,
 * 23 ROIs x 864 frames at 1 Hz) through the Signal and Math nodes, against SciPy/NumPy on the same
 * traces (scripts/make_suite2p_fixture.py -> resources/suite2p_reference.json): filtered,
 * derivative, Savitzky-Golay and periodogram arrays to 1e-9 of their largest value; every peak and
 * base of all 23 ROIs identical; peak features, linregress and z-scores to 1e-9 relative.
 */
class Suite2pTracesTest {

    static final Map<String, Object> REF = ReferenceData.load("org.fluorite.flow.nodes.math.tests", "suite2p_reference.json");

    /** A C-ordered little-endian float32 2-D .npy file, widened to double rows. */
    static double[][] readNpyFloat32(java.nio.file.Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        ByteBuffer bb = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
        String magic = new String(all, 1, 5, StandardCharsets.US_ASCII);
        assertEquals("NUMPY", magic, file + ": not an .npy file");
        int major = all[6];
        int headerLen = major == 1 ? Short.toUnsignedInt(bb.getShort(8)) : bb.getInt(8);
        int start = (major == 1 ? 10 : 12) + headerLen;
        String header = new String(all, major == 1 ? 10 : 12, headerLen, StandardCharsets.US_ASCII);
        assertEquals(true, header.contains("'descr': '<f4'") && header.contains("'fortran_order': False"), header);
        String shape = header.substring(header.indexOf("'shape': (") + 10, header.indexOf(')', header.indexOf("'shape'")));
        String[] dims = shape.split(",");
        int rows = Integer.parseInt(dims[0].trim());
        int cols = Integer.parseInt(dims[1].trim());
        assertEquals((long) start + 4L * rows * cols, all.length, file + ": size");
        double[][] out = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[r][c] = bb.getFloat(start + 4 * (r * cols + c));
            }
        }
        return out;
    }

    static Transmission run(NodeFactory f, Record s, Transmission in) throws Exception {
        return (Transmission) f.create(s).execute(Inputs.of(in), ExecutionContext.simple(f.id())).get(0);
    }

    @SuppressWarnings("unchecked")
    @Test
    void realTracesMatchScipyThroughTheNodes() throws Exception {
        double[][] f = readNpyFloat32(TestData.file("suite2p_fissa_example/F.npy"));
        assertEquals(23, f.length);
        assertEquals(864, f[0].length);
        // SOURCES.md [measured]: F[0,:3] = [49.62264, 55.09028, 57.421738]
        assertArrayEquals(new double[] {49.62264, 55.09028, 57.421738}, Arrays.copyOf(f[0], 3), 5e-6);
        assertArrayEquals(doubles(REF.get("first_values")), Arrays.copyOf(f[0], 3), 0);
        double[] fps = new double[23];
        Arrays.fill(fps, 1.0);
        Transmission t = Transmission.spawn(Frame.of(FlowColumn.ofArrays(Transmission.RAW_CURVE, "", f),
                FlowColumn.ofDoubles(Transmission.SAMPLING_RATE, "Hz", fps)), UUID.randomUUID(),
                HistoryOperation.of("", "spawn_transmission", Map.of("file", "F.npy")),
                Metadata.EMPTY.with(Transmission.LAST_OUTPUT, Transmission.RAW_CURVE));
        Transmission bw = run(new ButterworthFactory(), new ButterworthFactory.Settings("", 2, 4.0), t);
        Transmission no = run(new NormalizeFactory(), NormalizeFactory.Settings.DEFAULTS, bw);
        Transmission de = run(new DerivativeFactory(), DerivativeFactory.Settings.DEFAULTS, no);
        PeakDetectFactory pdf = new PeakDetectFactory();
        Transmission pd = (Transmission) pdf.create(new PeakDetectFactory.Settings(Transmission.RAW_CURVE, true, 0, 0.15, 10))
                .execute(Inputs.of(de, no, t), ExecutionContext.simple(pdf.id())).get(0);
        Transmission pf = run(new PeakFeaturesFactory(), new PeakFeaturesFactory.Settings(Transmission.RAW_CURVE), pd);
        Transmission sg = run(new SavitzkyGolayFactory(), new SavitzkyGolayFactory.Settings(Transmission.RAW_CURVE, 11, 3), t);
        Transmission psd = run(new PowSpecDensFactory(), new PowSpecDensFactory.Settings(Transmission.RAW_CURVE), t);
        Transmission lr = run(new LinRegressFactory(), new LinRegressFactory.Settings(Transmission.RAW_CURVE), t);
        Transmission z = run(new ZScoreFactory(), new ZScoreFactory.Settings(Transmission.RAW_CURVE, ""), t);
        List<Map<String, Object>> rois = (List<Map<String, Object>>) REF.get("rois");
        int peakRow = 0;
        int totalPeaks = 0;
        for (int r = 0; r < 23; r++) {
            Map<String, Object> e = rois.get(r);
            String roi = "ROI " + r;
            if (e.containsKey("butterworth")) {
                assertArrayRel(doubles(e.get("butterworth")), bw.column("_BUTTERWORTH").arrays()[r], 1e-9, roi + " filtered");
                assertArrayRel(doubles(e.get("derivative")), de.column("_DERIVATIVE").arrays()[r], 1e-9, roi + " derivative");
                assertArrayRel(doubles(e.get("savgol")), sg.column("_SAVITZKY_GOLAY").arrays()[r], 1e-9, roi + " savgol");
                assertArrayRel(doubles(e.get("psd")), psd.column("_POWER_SPECTRAL_DENSITY").arrays()[r], 1e-9, roi + " psd");
            }
            int[] events = PeakDetectFactory.fromTable(pd.column("peaks_bases").tables()[r]).events();
            assertArrayEquals(ints(e.get("events")), events, roi + " events");
            List<List<Number>> feats = (List<List<Number>>) e.get("features");
            for (List<Number> ft : feats) {
                assertEquals(ft.get(0).longValue(), pf.column("_pf_p_ix").longs()[peakRow], roi + " peak");
                assertEquals(ft.get(1).longValue(), pf.column("_pf_b_ix_l").longs()[peakRow], roi + " left base");
                assertEquals(ft.get(2).longValue(), pf.column("_pf_b_ix_r").longs()[peakRow], roi + " right base");
                double[] expected = {ft.get(3).doubleValue(), ft.get(4).doubleValue(), ft.get(5).doubleValue(), ft.get(6).doubleValue()};
                double[] actual = {pf.column("_pf_ampl_rel_b_mean").doubles()[peakRow], pf.column("_pf_area_rel_zero").doubles()[peakRow],
                        pf.column("_pf_area_rel_min").doubles()[peakRow], pf.column("_pf_rising_slope_avg").doubles()[peakRow]};
                for (int k = 0; k < 4; k++) {
                    assertEquals(expected[k], actual[k], 1e-9 * Math.abs(expected[k]), roi + " feature " + k);
                }
                peakRow++;
            }
            totalPeaks += feats.size();
            double[] l = doubles(e.get("linregress"));
            String[] cols = {"_SLOPE", "_INTERCEPT", "_R-VALUE", "_P-VALUE", "_STDERR"};
            for (int k = 0; k < 5; k++) {
                assertEquals(l[k], lr.column(cols[k]).doubles()[r], 1e-9 * Math.abs(l[k]), roi + " " + cols[k]);
            }
        }
        assertEquals(totalPeaks, pf.rowCount());
        assertEquals(211, totalPeaks, "flanked peaks over the 23 ROIs");
        assertArrayRel(doubles(REF.get("zscore_row0")), z.column("_ZSCORE").arrays()[0], 1e-9, "z-score ROI 0");
        assertArrayRel(doubles(REF.get("zscore_row22")), z.column("_ZSCORE").arrays()[22], 1e-9, "z-score ROI 22");
    }
}
