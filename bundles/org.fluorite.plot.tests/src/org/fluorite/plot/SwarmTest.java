package org.fluorite.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class SwarmTest {

    @Test
    void spreadValuesStayOnTheCentreLine() {
        double[] off = Swarm.layout(new double[] {0, 1, 2, 3}, 1);
        assertArrayEquals(new double[] {0, 0, 0, 0}, off, 0);
    }

    @Test
    void equalValuesAlternateAroundTheCentre() {
        double[] off = Swarm.layout(new double[] {5, 5, 5}, 1);
        assertEquals(0, off[0], 0);
        assertEquals(1, off[1], 1e-8, "right first");
        assertEquals(-1, off[2], 1e-8);
    }

    @Test
    void denseRandomValuesNeverOverlapAndLayoutIsDeterministic() {
        Random r = new Random(7);
        double[] v = new double[300];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.nextGaussian();
        }
        double d = 0.05;
        double[] off = Swarm.layout(v, d);
        for (int i = 0; i < v.length; i++) {
            for (int j = i + 1; j < v.length; j++) {
                double dist = Math.hypot(off[i] - off[j], v[i] - v[j]);
                assertTrue(dist >= d * (1 - 1e-9), "points " + i + " and " + j + " overlap: " + dist);
            }
        }
        assertArrayEquals(off, Swarm.layout(v.clone(), d), 0);
        double widest = 0;
        for (double o : off) {
            widest = Math.max(widest, Math.abs(o));
        }
        assertTrue(widest < 3, "swarm stays compact: " + widest);
        assertTrue(Double.isNaN(Swarm.layout(new double[] {Double.NaN, 1}, 1)[0]));
    }
}
