package org.fluorite.flow.nodes.biology.numerics;

import org.fluorite.testing.ReferenceData;
import static org.fluorite.testing.ReferenceData.assertArrayRel;
import static org.fluorite.testing.ReferenceData.cases;
import static org.fluorite.testing.ReferenceData.doubles;
import static org.fluorite.testing.ReferenceData.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The Biology numerics against resources/biology_reference.json (scripts/make_biology_fixtures.py,
 * NumPy 2.4.6 / SciPy 1.17.1): 1e-9 of the largest expected magnitude, indices exact.
 */
class BiologyReferenceTest {

    static final Map<String, Object> REF = ReferenceData.load("org.fluorite.flow.nodes.biology.tests", "biology_reference.json");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> m, String key) {
        return (Map<String, Object>) m.get(key);
    }

    private static List<StimulusPeriod> periods(Object list) {
        List<StimulusPeriod> out = new ArrayList<>();
        for (Object o : (List<?>) list) {
            List<?> p = (List<?>) o;
            out.add(new StimulusPeriod((String) p.get(0), ((Number) p.get(1)).longValue(), ((Number) p.get(2)).longValue()));
        }
        return out;
    }

    @Test
    void staticDfOverFUsesTheMinimum() {
        Map<String, Object> s = map(REF, "static");
        double[] y = DeltaFOverF.staticDfOverF(doubles(s.get("f")));
        assertArrayRel(doubles(s.get("y")), y, 1e-12, "static dF/F0");
        assertEquals(0.0, java.util.Arrays.stream(y).min().getAsDouble(), 0.0);
        assertArrayRel(new double[] {1, 0, 0.5}, DeltaFOverF.staticDfOverF(new double[] {4, 2, 3}), 0, "analytic");
    }

    @Test
    void percentileFilterMatchesNdimage() {
        for (Map<String, Object> c : cases(REF, "percentile_filter")) {
            double[] y = DeltaFOverF.percentileFilter(doubles(c.get("x")), number(c, "q"), (int) number(c, "size"));
            assertArrayRel(doubles(c.get("y")), y, 0, "percentile_filter q=" + c.get("q") + " size=" + c.get("size"));
        }
    }

    @Test
    void detrendMatchesCaimanFixedQuantile() {
        for (Map<String, Object> c : cases(REF, "detrend")) {
            List<?> f = (List<?>) c.get("F");
            List<?> b = (List<?>) c.get("B");
            List<?> e = (List<?>) c.get("F_df");
            for (int k = 0; k < f.size(); k++) {
                double[] y = DeltaFOverF.detrend(doubles(f.get(k)), doubles(b.get(k)), number(c, "quantile"),
                        (int) number(c, "window"));
                assertArrayRel(doubles(e.get(k)), y, 1e-9, "detrend component " + k + " q=" + c.get("quantile") + " window="
                        + c.get("window"));
            }
        }
        assertThrows(IllegalArgumentException.class, () -> DeltaFOverF.detrend(new double[3], new double[2], 8, 500));
    }

    @Test
    void extractStimFollowsTheSeedOffsets() {
        Map<String, Object> x = map(REF, "extract");
        double[] curve = doubles(x.get("curve"));
        List<StimulusPeriod> periods = periods(x.get("periods"));
        for (Map<String, Object> c : cases(x, "cases")) {
            StimulusExtraction.ZeroPosition zp = StimulusExtraction.ZeroPosition.of((String) c.get("zero_pos"));
            List<StimulusExtraction.Extract> got = StimulusExtraction.extract(curve, periods, (int) number(c, "start_offset"),
                    (int) number(c, "end_offset"), zp);
            List<Map<String, Object>> rows = cases(c, "rows");
            assertEquals(rows.size(), got.size());
            for (int i = 0; i < rows.size(); i++) {
                Map<String, Object> r = rows.get(i);
                StimulusExtraction.Extract g = got.get(i);
                String what = zp.seedName() + " row " + i;
                assertEquals(r.get("name"), g.name(), what);
                assertEquals((int) number(r, "start"), g.startIndex(), what + " start");
                assertEquals((int) number(r, "end"), g.endIndex(), what + " end");
                assertArrayRel(doubles(r.get("curve")), g.curve(), 0, what + " curve");
            }
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void tuningCurvesMatchTheSeedOrderAndStatistics() {
        Map<String, Object> t = map(REF, "tuning");
        double[] curve = doubles(t.get("curve"));
        List<StimulusPeriod> periods = periods(t.get("periods"));
        for (Map<String, Object> c : cases(t, "cases")) {
            StimulusTuning.Curve got = StimulusTuning.of(curve, periods, StimulusTuning.Method.of((String) c.get("method")),
                    (int) number(c, "start_offset"), (int) number(c, "end_offset"));
            String what = c.get("method") + " offsets " + c.get("start_offset") + "/" + c.get("end_offset");
            assertEquals(c.get("stimuli"), got.stimuli(), what);
            assertArrayRel(doubles(c.get("values")), got.values(), 1e-12, what);
            assertEquals(c.get("max"), got.maxStimulus(), what + " argmax");
            assertEquals(c.get("min"), got.minStimulus(), what + " argmin");
        }
        assertEquals(List.of("bright", "dark", "2", "2.5", "10"), (List<String>) cases(t, "cases").get(0).get("stimuli"));
    }
}
