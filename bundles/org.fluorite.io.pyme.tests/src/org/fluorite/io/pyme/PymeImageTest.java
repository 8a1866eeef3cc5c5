package org.fluorite.io.pyme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.image.Region;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.junit.jupiter.api.Test;

/**
 * Raw PYME series generated in PYME's layout (scripts/make_fixtures.py): /ImageData [frame][x][y]
 * with value f*1000 + x*10 + y for 7 x 5 pixels, voxelsize 0.117/0.118/0.2 µm, CycleTime 0.05 s.
 */
class PymeImageTest {

    @Test
    void seriesIsALazyTyxImageWithXFirstStorageTransposed() throws Exception {
        Image im = new PymeImageImporter().read(PymeTestSupport.fixture("pyme_series.h5"), ImportOptions.NONE,
                ProgressMonitor.NONE).firstImage();
        assertEquals("TYX", im.axesString());
        assertArrayEquals(new long[] {4, 5, 7}, im.shape(), "5 rows (y) of 7 columns (x)");
        assertEquals(PixelType.UINT16, im.pixelType());
        for (int f = 0; f < 4; f++) {
            Plane p = im.plane(f);
            assertEquals(f * 1000 + 6 * 10 + 4, p.get(6, 4), 0);
            assertEquals(f * 1000 + 3 * 10 + 1, p.get(3, 1), 0);
        }
        Image crop = im.region(new Region(2, 1, 3, 2));
        assertEquals(3000 + 2 * 10 + 1, crop.plane(3).get(0, 0), 0, "region read from x=2, y=1");
        assertEquals(0.117e-6, im.calibration(Axis.X).size(), 1e-15);
        assertEquals(0.118e-6, im.calibration(Axis.Y).size(), 1e-15);
        assertEquals(0.05, im.calibration(Axis.T).size(), 1e-12);
        assertEquals("Simulated", im.metadata().get("Camera.Name"));
        assertEquals(100.0, im.metadata().number("Camera.ADOffset").getAsDouble(), 0);
        assertEquals("Series", im.metadata().get("AcquisitionType"));
        List<?> events = (List<?>) im.metadata().get("events");
        assertEquals(2, events.size());
        assertEquals("StartAq", ((Map<?, ?>) events.get(1)).get("name"));
        assertEquals(1.5e9 + 0.25, ((Number) ((Map<?, ?>) events.get(1)).get("time")).doubleValue(), 1e-6);
        assertEquals("import.pyme", im.provenance().operations().get(0).name());
        im.close();
    }

    @Test
    void dimensionOrderGivesZAndTAxes() throws Exception {
        Image im = new PymeImageImporter().read(PymeTestSupport.fixture("pyme_zt.h5"), ImportOptions.NONE,
                ProgressMonitor.NONE).firstImage();
        assertEquals("TZYX", im.axesString(), "XYZTC: Z fastest, then T");
        assertArrayEquals(new long[] {3, 2, 5, 7}, im.shape());
        assertEquals(5 * 1000 + 2 * 10 + 3, im.plane(2, 1).get(2, 3), 0, "frame t*2 + z");
        assertEquals(0.2e-6, im.calibration(Axis.Z).size(), 1e-15);
        im.close();
    }
}
