package org.fluorite.smlm.post.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.table.Table;
import org.fluorite.smlm.post.SimulatedLocalizations;
import org.junit.jupiter.api.Test;

/** Rendering integrals and the top-left pixel convention, on analytic cases. */
class RenderTest {

    static double sum(Plane p) {
        double s = 0;
        for (int i = 0; i < p.size(); i++) {
            s += p.get(i);
        }
        return s;
    }

    @Test
    void histogramPutsEachLocalizationInThePixelItFallsIn() throws Exception {
        SimulatedLocalizations sim = new SimulatedLocalizations(1);
        sim.addExact(1, 75, 25, 100, 100, 10); // pixel (1, 0) at 50 nm
        sim.addExact(1, 50, 149.9, 100, 100, 10); // left edge of pixel 1 belongs to it; y 149.9 -> row 2
        sim.addExact(2, 0, 0, 100, 100, 10); // pixel (0, 0)
        sim.addExact(2, 499, 301, 100, 100, 10); // pixel (9, 6)
        Table t = sim.table("four");
        Image im = LocalizationRenderer.render(t, RenderSettings.histogram(50));
        assertEquals(10, im.width());
        assertEquals(7, im.height());
        Plane p = im.plane();
        assertEquals(PixelType.FLOAT32, p.type());
        assertEquals(1, p.get(1, 0), 0);
        assertEquals(1, p.get(1, 2), 0);
        assertEquals(1, p.get(0, 0), 0);
        assertEquals(1, p.get(9, 6), 0);
        assertEquals(4, sum(p), 0);
        // calibration: 50 nm pixels, first pixel centre at 25 nm
        assertEquals(50e-9, im.calibration(Axis.X).size(), 1e-18);
        assertEquals("m", im.calibration(Axis.X).unit());
        assertEquals(25e-9, im.calibration(Axis.X).origin(), 1e-18);
        assertEquals(25e-9, im.calibration(Axis.Y).origin(), 1e-18);
        assertEquals(LocalizationRenderer.OPERATION, im.provenance().operations().get(0).name());
        assertEquals(4, im.metadata().get("localizationsInside"));
    }

    @Test
    void histogramOfManyRandomLocalizationsSumsToTheirCount() throws Exception {
        Table t = new SimulatedLocalizations(4).blinkers(200, 5000, 100, 0.3, 20, f -> 0, f -> 0).table("many");
        Image im = LocalizationRenderer.render(t, RenderSettings.histogram(20));
        assertEquals(t.rowCount(), sum(im.plane()), 0);
    }

    @Test
    void gaussianRenderIntegratesToTheCountAndCentresOnThePosition() throws Exception {
        SimulatedLocalizations sim = new SimulatedLocalizations(1);
        sim.addExact(1, 1000, 1000, 100, 100, 15);
        sim.addExact(1, 2013, 1507, 100, 100, 40);
        sim.addExact(1, 3000, 2500, 100, 100, 2); // narrower than the minimum width: drawn 8 nm wide
        Table t = sim.table("three");
        Image im = LocalizationRenderer.render(t, RenderSettings.gaussian(10, 8), new RenderBounds(0, 0, 4000, 3000));
        Plane p = im.plane();
        assertEquals(400, im.width());
        assertEquals(300, im.height());
        // tails beyond 4 sigma (6e-5 of each Gaussian) are left out
        assertEquals(3, sum(p), 3e-4);
        // centroid of the second spot, pixel centres at (i + 0.5) * 10 nm
        double sx = 0;
        double sy = 0;
        double s = 0;
        for (int y = 120; y < 180; y++) {
            for (int x = 170; x < 240; x++) {
                double v = p.get(x, y);
                sx += v * (x + 0.5) * 10;
                sy += v * (y + 0.5) * 10;
                s += v;
            }
        }
        assertEquals(1, s, 1e-3);
        assertEquals(2013, sx / s, 0.05);
        assertEquals(1507, sy / s, 0.05);
        // the first spot sits on the corner of four pixels: each holds (half the integral of a
        // 15 nm Gaussian over 0..10 nm)^2
        double expected = Math.pow(0.5 * erf(10 / (15 * Math.sqrt(2))), 2);
        assertEquals(expected, p.get(99, 99), 1e-6);
        assertEquals(p.get(99, 99), p.get(100, 100), 1e-6);
        // the narrow spot is 8 nm wide: its 4 central pixels hold erf(10/(8 sqrt 2))^2 / 4 * 4
        double centre = p.get(299, 249) + p.get(300, 249) + p.get(299, 250) + p.get(300, 250);
        assertEquals(Math.pow(erf(10 / (8 * Math.sqrt(2))), 2), centre, 1e-4);
    }

    static double erf(double x) {
        return Erf.erf(x);
    }

    @Test
    void oversizedRenderingsAreRefused() {
        Table t = new SimulatedLocalizations(1).blinkers(10, 1e7, 2, 1, 1, f -> 0, f -> 0).table("huge");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LocalizationRenderer.render(t, RenderSettings.histogram(0.5)));
        assertTrue(e.getMessage().contains("larger pixel"), e.getMessage());
    }
}
