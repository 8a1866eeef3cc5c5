package org.fluorite.roi.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fluorite.core.image.ArrayPlaneSource;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.roi.EllipseRoi;
import org.fluorite.roi.RoiProperties;
import org.fluorite.roi.RoiSet;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;

/** The traces CSV the ROI manager writes, and the ROI set size check. */
class RoiFilesTest {

    @Test
    void tracesFileHasAFrameColumnAndOneColumnPerRoi() throws IOException {
        Path dir = TestData.tempDir("roi-traces");
        Path target = dir.resolve("traces.csv");
        Image movie = Image.create("m", new ArrayPlaneSource(List.of(Plane.allocate(PixelType.UINT8, 2, 2),
                Plane.allocate(PixelType.UINT8, 2, 2), Plane.allocate(PixelType.UINT8, 2, 2))), "TYX", 3, 2, 2);
        RoiFiles.writeTraces(target, movie, List.of(new EllipseRoi(RoiProperties.named("r1"), 1, 1, 1, 1, 0),
                new EllipseRoi(RoiProperties.named("a,b"), 1, 1, 1, 1, 0)), new double[][] {{4, 5, 6}, {0.5, Double.NaN, 1e-7}});
        assertEquals(List.of("frame,r1,\"a,b\"", "0,4.0,0.5", "1,5.0,", "2,6.0,1.0E-7"), Files.readAllLines(target));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void sizeMismatchInWords() {
        RoiSet set = new RoiSet("s", List.of()).withImageSize(156, 176);
        assertEquals(null, RoiFiles.sizeMismatch(set, 156, 176));
        assertEquals("the ROIs were made on a 156 x 176 image, the movie is 14 x 21 pixels; they may not line up",
                RoiFiles.sizeMismatch(set, 14, 21));
        assertEquals(null, RoiFiles.sizeMismatch(new RoiSet("s", List.of()), 14, 21), "unknown size: no warning");
    }
}
