package org.fluorite.kymo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.Plane;
import org.fluorite.io.ImportException;
import org.fluorite.io.bluelake.BluelakeFile;
import org.junit.jupiter.api.Test;

/** scan_a of the fixture: 2 frames of 3 rows x 4 columns, red = 1 + x + 4 y + 12 f. */
class ConfocalScanTest {

    @Test
    void framesOfTheSlowAxisWithCalibration() throws IOException {
        try (BluelakeFile f = BluelakeFile.open(KymoFixtures.kymos())) {
            assertEquals(List.of("scan_a"), ConfocalScan.names(f));
            Image img = ConfocalScan.open(f, "scan_a");
            assertEquals("TCYX", img.axesString());
            assertEquals(2, img.length(Axis.T));
            assertEquals(3, img.length(Axis.C));
            assertEquals(4, img.width());
            assertEquals(3, img.height());
            assertEquals(50e-9, img.calibration(Axis.X).size(), 1e-20);
            assertEquals(80e-9, img.calibration(Axis.Y).size(), 1e-20);
            assertEquals(0.03, img.calibration(Axis.T).size(), 1e-12);
            for (int t = 0; t < 2; t++) {
                Plane red = img.plane(Map.of(Axis.T, (long) t, Axis.C, 0L));
                Plane green = img.plane(Map.of(Axis.T, (long) t, Axis.C, 1L));
                for (int y = 0; y < 3; y++) {
                    for (int x = 0; x < 4; x++) {
                        assertEquals(1 + x + 4 * y + 12 * t, red.get(x, y), 0, "frame " + t + " at " + x + "," + y);
                        assertEquals(0, green.get(x, y), 0);
                    }
                }
            }
            assertEquals("import.bluelake", img.provenance().operations().get(0).name());
            ImportException e = assertThrows(ImportException.class, () -> ConfocalScan.open(f, "kymo_a"));
            assertTrue(e.getMessage().contains("kymos.h5"), e.getMessage());
        }
    }
}
