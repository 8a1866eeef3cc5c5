package org.fluorite.flow.nodes.math.numerics;

import org.fluorite.testing.ReferenceData;
import static org.fluorite.testing.ReferenceData.assertArrayRel;
import static org.fluorite.testing.ReferenceData.cases;
import static org.fluorite.testing.ReferenceData.doubles;
import static org.fluorite.testing.ReferenceData.ints;
import static org.fluorite.testing.ReferenceData.number;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The Math numerics against NumPy/SciPy on the inputs of resources/math_reference.json
 * (scripts/make_math_fixtures.py, SciPy 1.17.1, NumPy 2.4.6): 1e-9 of the largest expected
 * magnitude where the algorithm is the same, tighter where exact; TVDiff 1e-6 (see its test).
 */
class MathReferenceTest {

    static final Map<String, Object> REF = ReferenceData.load("org.fluorite.flow.nodes.math.tests", "math_reference.json");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> m, String key) {
        return (Map<String, Object>) m.get(key);
    }

    @Test
    void elementwiseMatchesNumpy() {
        Map<String, Object> e = map(REF, "elementwise");
        double[] x = doubles(e.get("x"));
        for (Map.Entry<String, Object> p : map(e, "power").entrySet()) {
            double y = Double.parseDouble(p.getKey());
            double[] expected = doubles(p.getValue());
            double[] actual = Elementwise.power(x, y);
            for (int i = 0; i < x.length; i++) {
                // element by element: the values span 1e-300..1e300
                assertEquals(expected[i], actual[i], Double.isFinite(expected[i]) ? 1e-14 * Math.abs(expected[i]) : 0,
                        "power(" + x[i] + ", " + y + ")");
            }
        }
        assertArrayRel(doubles(e.get("abs")), Elementwise.abs(x), 0, "abs");
        double[] logInput = doubles(e.get("log_input"));
        assertArrayRel(doubles(e.get("log10")), Elementwise.log(logInput, Elementwise.LogKind.LOG10), 1e-14, "log10");
        assertArrayRel(doubles(e.get("ln")), Elementwise.log(logInput, Elementwise.LogKind.LN), 1e-14, "ln");
        assertArrayRel(doubles(e.get("modlog10")), Elementwise.log(x, Elementwise.LogKind.of("modlog10")), 1e-14, "modlog10");
        assertArrayRel(doubles(e.get("modln")), Elementwise.log(x, Elementwise.LogKind.of("modln")), 1e-14, "modln");
        assertThrows(IllegalArgumentException.class, () -> Elementwise.LogKind.of("log2"));
    }

    @Test
    void arrayStatsMatchNumpyWithAndWithoutNan() {
        Map<String, Object> s = map(REF, "stats");
        double[] a = doubles(s.get("a"));
        double[] an = doubles(s.get("a_nan"));
        List<?> rows = (List<?>) s.get("group");
        double[][] group = new double[rows.size()][];
        for (int i = 0; i < group.length; i++) {
            group[i] = doubles(rows.get(i));
        }
        for (ArrayStatistics f : ArrayStatistics.values()) {
            String name = f.seedName();
            assertEquals(ArrayStatistics.of(name), f);
            double plain = number(map(s, "plain"), name);
            assertEquals(plain, f.apply(a), 1e-12 * Math.abs(plain), name);
            double withNan = number(map(s, "with_nan"), name);
            if (Double.isNaN(withNan)) {
                assertEquals(Double.NaN, f.apply(an), name + " with NaN");
            } else {
                assertEquals(withNan, f.apply(an), 1e-12 * Math.abs(withNan), name + " with NaN");
            }
            assertArrayRel(doubles(map(s, "across").get(name)), f.applyAcross(group), 1e-12, name + " across a group");
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void zscoreOverAWholeGroupMatchesScipy() {
        Map<String, Object> z = map(REF, "zscore");
        List<?> g = (List<?>) z.get("group");
        List<?> e = (List<?>) z.get("z");
        double[][] group = new double[g.size()][];
        for (int i = 0; i < group.length; i++) {
            group[i] = doubles(g.get(i));
        }
        double[][] actual = Standardisation.zscore(group);
        for (int i = 0; i < group.length; i++) {
            assertArrayRel(doubles(e.get(i)), actual[i], 1e-12, "zscore row " + i);
        }
    }

    @Test
    void linregressMatchesScipyIncludingPValue() {
        for (Map<String, Object> c : cases(REF, "linregress")) {
            double[] y = doubles(c.get("y"));
            LinearRegression r = LinearRegression.overIndex(y);
            String what = "linregress n=" + y.length;
            assertEquals(number(c, "slope"), r.slope(), 1e-9 * Math.abs(number(c, "slope")), what + " slope");
            assertEquals(number(c, "intercept"), r.intercept(), 1e-9 * Math.abs(number(c, "intercept")), what + " intercept");
            assertEquals(number(c, "r"), r.rValue(), 1e-9 * Math.abs(number(c, "r")), what + " r");
            assertEquals(number(c, "p"), r.pValue(), 1e-9 * Math.abs(number(c, "p")) + 1e-300, what + " p");
            assertEquals(number(c, "stderr"), r.stderr(), 1e-9 * Math.abs(number(c, "stderr")) + 1e-300, what + " stderr");
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void argGroupStatPicksPandasRows() {
        Map<String, Object> a = map(REF, "arg_group_stat");
        String[] groups = ((List<String>) a.get("groups")).toArray(String[]::new);
        double[] values = doubles(a.get("values"));
        assertArrayEquals(ints(map(a, "rows").get("max")), GroupArg.rows(groups, values, true), "max");
        assertArrayEquals(ints(map(a, "rows").get("min")), GroupArg.rows(groups, values, false), "min");
    }

    /**
     * TVDiff is up to 100 outer iterations of a conjugate-gradient solve stopped at 1e-4 relative
     * residual, the same steps as scipy.sparse.linalg.cg; only rounding differs (BLAS dot products
     * against sequential sums). Measured differences, relative to the largest value: 2.5e-15 and
     * 7.9e-15 for the first two cases, 2.7e-7 for the third (alpha 1, 10 iterations), where a
     * rounding-level change in the residual lets one CG solve stop a step earlier or later than
     * SciPy's. Held to 1e-6: looser than 1e-9 because the stopping test is discontinuous.
     */
    @Test
    void tvdiffMatchesTheSeedSchemeInScipy() {
        for (Map<String, Object> c : cases(REF, "tvdiff")) {
            TotalVariationDerivative.Parameters p = new TotalVariationDerivative.Parameters((int) number(c, "iterations"),
                    number(c, "alpha"), number(c, "epsilon"), number(c, "dx"));
            double[] u = TotalVariationDerivative.of(doubles(c.get("f")), p);
            assertArrayRel(doubles(c.get("u")), u, 1e-6, "tvdiff " + p);
        }
    }

    @Test
    void tvdiffOfALineIsItsSlope() {
        double[] f = new double[50];
        for (int i = 0; i < f.length; i++) {
            f[i] = 3 + 0.2 * i;
        }
        double[] u = TotalVariationDerivative.of(f, new TotalVariationDerivative.Parameters(50, 1e-3, 1e-6, 1.0));
        for (int i = 1; i < f.length; i++) {
            assertEquals(0.2, u[i], 2e-3, "slope at " + i);
        }
    }
}
