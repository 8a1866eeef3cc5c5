package org.fluorite.flim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;

/** DecayFit against scipy's curve_fit on the trace of resources/decay (scripts/make_decay_fixture.py). */
class DecayFitReferenceTest {

    @Test
    void matchesScipy() throws Exception {
        List<String> lines = Files.readAllLines(TestData.fixture("org.fluorite.flim.tests", "decay/trace.txt"));
        String[] fit = lines.get(1).substring("# fit ".length()).split(" ");
        List<double[]> points = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith("#")) {
                String[] p = line.trim().split(" ");
                points.add(new double[] { Double.parseDouble(p[0]), Double.parseDouble(p[1]) });
            }
        }
        assertEquals(80, points.size());
        double[] t = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = points.stream().mapToDouble(p -> p[1]).toArray();
        DecayFit f = DecayFit.fit(t, y, null);
        // the same least-squares minimum: parameters to 1e-6 relative
        assertEquals(Double.parseDouble(fit[0]), f.amplitude(), 1e-6 * Double.parseDouble(fit[0]));
        assertEquals(Double.parseDouble(fit[1]), f.rate(), 1e-6 * Double.parseDouble(fit[1]));
        assertEquals(Double.parseDouble(fit[2]), f.offset(), 1e-6 * Double.parseDouble(fit[2]));
        assertEquals(Double.parseDouble(fit[4]), f.rms(), 1e-8 * Double.parseDouble(fit[4]));
    }
}
