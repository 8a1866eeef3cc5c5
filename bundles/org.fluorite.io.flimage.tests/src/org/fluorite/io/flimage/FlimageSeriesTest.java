package org.fluorite.io.flimage;

import static org.fluorite.io.flimage.FlimageTestSupport.fixture;
import static org.fluorite.io.flimage.FlimageTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Calibration;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.Plane;
import org.fluorite.io.ImportResult;
import org.junit.jupiter.api.Test;

/**
 * Fixtures written with h5py in flimage's layout (scripts/make_fixtures.py): an FLSeries of 12
 * images of 6x8 pixels where image i holds i*10 + y*8 + x, background 0.5*i + 0.25, time
 * 1.5 + 0.25*i s, identifier img_i; and an FLImage (i = 3) of 5x7 pixels with background.
 */
class FlimageSeriesTest {

    @Test
    void seriesIsTyxInNumericGroupOrderWithRegularTime() throws Exception {
        ImportResult r = read(fixture("series12.h5"));
        assertEquals(3, r.data().size());
        Image corrected = r.images().get(0);
        Image raw = r.images().get(1);
        Image bg = r.images().get(2);
        assertEquals("TYX", raw.axesString());
        assertArrayEquals(new long[] {12, 6, 8}, raw.shape());
        for (int i = 0; i < 12; i++) {
            Plane p = raw.plane(i);
            assertEquals(i * 10 + 5 * 8 + 7, p.get(7, 5), 0, "raw of fli_" + i);
            assertEquals(0.5 * i + 0.25, bg.plane(i).get(3, 2), 0, "background of fli_" + i);
            assertEquals(i * 10 + 2 * 8 + 3 - (0.5 * i + 0.25), corrected.plane(i).get(3, 2), 1e-5, "corrected");
        }
        Calibration t = raw.calibration(Axis.T);
        assertEquals("s", t.unit());
        assertEquals(0.25, t.size(), 1e-12);
        assertEquals(1.5, t.origin(), 1e-12);
        assertEquals(2e-7, raw.calibration(Axis.X).size(), 1e-20);
        assertEquals("fluorite-series", raw.metadata().get("identifier"));
        assertEquals("FLSeries", raw.metadata().get("layout"));
        List<?> ids = (List<?>) raw.metadata().get("series.identifiers");
        assertEquals("img_0", ids.get(0));
        assertEquals("img_11", ids.get(11));
        List<?> times = (List<?>) raw.metadata().get("series.times");
        assertEquals(4.25, ((Number) times.get(11)).doubleValue(), 1e-12);
        assertEquals("fli_10", ((List<?>) raw.metadata().get("series.groups")).get(10));
        raw.close();
        bg.close();
        corrected.close();
    }

    @Test
    void flimageWithBackgroundGivesCorrectedRawAndBackground() throws Exception {
        ImportResult r = read(fixture("with_background.h5"));
        assertEquals(List.of("with_background", "with_background raw", "with_background background"),
                r.data().stream().map(d -> d.name()).toList());
        Image corrected = r.images().get(0);
        assertArrayEquals(new long[] {5, 7}, corrected.shape());
        assertEquals(30 + 4 * 7 + 6 - 1.75, corrected.plane().get(6, 4), 1e-6);
        assertEquals(2.25, corrected.metadata().number("time").getAsDouble(), 0);
        assertEquals("img_3", corrected.metadata().get("identifier"));
        for (var d : r.images()) {
            d.close();
        }
    }
}
