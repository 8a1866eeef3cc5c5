package org.fluorite.flow.nodes.signal.numerics;

import static org.fluorite.testing.ReferenceData.assertArrayRel;
import static org.fluorite.testing.ReferenceData.cases;
import static org.fluorite.testing.ReferenceData.doubles;
import static org.fluorite.testing.ReferenceData.ints;
import static org.fluorite.testing.ReferenceData.number;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Butterworth -> Normalize -> Derivative -> PeakDetect -> PeakFeatures on a simulated calcium
 * trace (six transients, two of them overlapping, noise), against the NumPy/SciPy pipeline of
 * scripts/make_signal_fixtures.py for four threshold sets. Events must be identical; features
 * within 1e-9 relative (areas use scipy.integrate.simpson).
 */
class PeakReferenceTest {

    @SuppressWarnings("unchecked")
    @Test
    void pipelineMatchesReference() {
        Map<String, Object> in = (Map<String, Object>) SignalReferenceTest.REF.get("peak_input");
        double[] raw = doubles(in.get("raw"));
        double fps = number(in, "fps");
        Butterworth.Coefficients k = Butterworth.lowPass((int) number(in, "order"), (1.0 / fps) / number(in, "freq_divisor"));
        double[] filtered = ZeroPhaseFilter.filtfilt(k.b(), k.a(), raw);
        assertArrayRel(doubles(in.get("filtered")), filtered, 1e-9, "filtered");
        double[] norm = Scaling.normalize(filtered);
        assertArrayRel(doubles(in.get("normalized")), norm, 1e-9, "normalized");
        double[] d1 = Gradient.of(norm);
        assertArrayRel(doubles(in.get("derivative")), d1, 1e-9, "derivative");
        // the detection thresholds are applied to the reference's own inputs, so that a sign flip
        // from a 1e-16 difference cannot move an event
        double[] refNorm = doubles(in.get("normalized"));
        double[] refD1 = doubles(in.get("derivative"));
        int totalPeaks = 0;
        for (Map<String, Object> c : cases(SignalReferenceTest.REF, "peaks")) {
            PeakDetection.Parameters p = new PeakDetection.Parameters(number(c, "slope_thr"), number(c, "ampl_thr_abs"),
                    number(c, "ampl_thr_rel"), (Boolean) c.get("fictional_bases"));
            PeaksBases pb = PeakDetection.detect(refD1, raw, refNorm, p);
            assertArrayEquals(ints(c.get("events")), pb.events(), "events for " + p);
            List<?> labels = (List<?>) c.get("labels");
            for (int i = 0; i < labels.size(); i++) {
                assertEquals(labels.get(i), pb.label(i), "label " + i + " for " + p);
            }
            List<Map<String, Object>> features = cases(c, "features");
            PeakFeatures.Result r = PeakFeatures.compute(raw, pb);
            assertEquals(features.size(), r.peaks().size(), "peak count for " + p);
            for (int i = 0; i < features.size(); i++) {
                Map<String, Object> f = features.get(i);
                PeakFeatures.Peak q = r.peaks().get(i);
                assertEquals((int) number(f, "p"), q.peakIndex());
                assertEquals((int) number(f, "l"), q.leftBaseIndex());
                assertEquals((int) number(f, "r"), q.rightBaseIndex());
                assertEquals((int) number(f, "duration_base"), q.durationBase());
                double[] expected = {number(f, "ampl_rel_b_ix_l"), number(f, "ampl_rel_b_ix_r"), number(f, "ampl_rel_b_mean"),
                        number(f, "ampl_rel_zero"), number(f, "area_rel_zero"), number(f, "area_rel_min"),
                        number(f, "rising_slope_avg"), number(f, "falling_slope_avg")};
                double[] actual = {q.amplRelLeftBase(), q.amplRelRightBase(), q.amplRelBaseMean(), q.amplRelZero(),
                        q.areaRelZero(), q.areaRelMin(), q.risingSlopeAvg(), q.fallingSlopeAvg()};
                for (int j = 0; j < expected.length; j++) {
                    if (Double.isNaN(expected[j])) {
                        assertEquals(Double.NaN, actual[j], "feature " + j + " of peak " + i);
                    } else {
                        assertEquals(expected[j], actual[j], 1e-9 * Math.max(1e-3, Math.abs(expected[j])),
                                "feature " + j + " of peak " + i + " for " + p);
                    }
                }
            }
            totalPeaks += r.peaks().size();
        }
        assertEquals(55, totalPeaks, "peaks over the four threshold sets");
    }

    @Test
    void featuresOfAnAnalyticTriangle() {
        // 0,1,2,3,4,3,2,1,0 then a base at 8: peak at 4, bases at 0 and 8
        double[] curve = {0, 1, 2, 3, 4, 3, 2, 1, 0, 0};
        PeaksBases pb = new PeaksBases(new int[] {0, 4, 8}, new boolean[] {false, true, false});
        PeakFeatures.Peak q = PeakFeatures.compute(curve, pb).peaks().get(0);
        assertEquals(4.0, q.amplRelLeftBase(), 0);
        assertEquals(4.0, q.amplRelBaseMean(), 0);
        assertEquals(1.0, q.risingSlopeAvg(), 0);
        assertEquals(1.0, q.fallingSlopeAvg(), 0);
        assertEquals(8, q.durationBase());
        // simpson over 0..7 (8 samples, even): exact for this piecewise-linear curve up to the corner
        assertEquals(PeakFeatures.simpson(new double[] {0, 1, 2, 3, 4, 3, 2, 1}), q.areaRelZero(), 0);
        assertEquals(8.0, PeakFeatures.simpson(new double[] {0, 1, 2, 3, 4}), 1e-15, "Simpson is exact for a line");
        assertEquals(9.0, PeakFeatures.simpson(new double[] {0, 1, 4, 9}), 1e-14, "and for a parabola, even length");
    }

    @Test
    void lonelyPeaksAreSkippedWithAReason() {
        PeaksBases pb = new PeaksBases(new int[] {2, 5, 7}, new boolean[] {true, false, true});
        PeakFeatures.Result r = PeakFeatures.compute(new double[10], pb);
        assertEquals(0, r.peaks().size());
        assertEquals(List.of("peak at sample 2 is not flanked by bases on both sides",
                "peak at sample 7 is not flanked by bases on both sides"), r.skipped());
    }
}
