package org.fluorite.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;

/** Against scipy.stats.gaussian_kde (resources/kde_scipy.txt from scripts/make_kde_fixture.py); tolerance 1e-12 relative. */
class GaussianKdeTest {

    @Test
    void matchesScipyOnTheFixture() throws IOException {
        Map<String, double[]> f = new HashMap<>();
        for (String line : Files.readAllLines(TestData.fixture("org.fluorite.plot.tests", "kde_scipy.txt"))) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] parts = line.trim().split(" ");
            f.put(parts[0], Arrays.stream(parts).skip(1).mapToDouble(Double::parseDouble).toArray());
        }
        GaussianKde kde = new GaussianKde(f.get("sample"));
        assertEquals(50, kde.size());
        assertEquals(f.get("bandwidth")[0], kde.bandwidth(), 1e-12 * f.get("bandwidth")[0]);
        double[] expected = f.get("density");
        double[] actual = kde.density(f.get("grid"));
        assertEquals(23, expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-12 * expected[i], "density at " + f.get("grid")[i]);
        }
    }

    @Test
    void analyticSinglePointPairAndRefusals() {
        // two values 0 and 2: sd = sqrt(2), bandwidth = 2^(-1/5) * sqrt(2)
        GaussianKde kde = new GaussianKde(new double[] {0, 2, Double.NaN});
        double h = Math.pow(2, -0.2) * Math.sqrt(2);
        assertEquals(h, kde.bandwidth(), 1e-15);
        double expected = (Math.exp(-0.5 / (h * h)) * 2) / (2 * h * Math.sqrt(2 * Math.PI));
        assertEquals(expected, kde.density(1), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> new GaussianKde(new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> new GaussianKde(new double[] {3, 3, 3}));
    }
}
