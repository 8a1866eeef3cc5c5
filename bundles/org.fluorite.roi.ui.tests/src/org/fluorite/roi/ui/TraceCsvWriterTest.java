package org.fluorite.roi.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.fluorite.roi.EllipseRoi;
import org.fluorite.roi.RoiProperties;
import org.fluorite.roi.RoiSet;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;

/** The traces CSV: header, frame column, precision, quoting; and the ROI set size check. */
class TraceCsvWriterTest {

    @Test
    void headerFrameColumnAndValues() throws IOException {
        StringWriter out = new StringWriter();
        TraceCsvWriter.write(out, List.of("cell 1", "a,b", "say \"hi\""),
                new double[][] {{1.5, 2}, {0.1, Double.NaN}, {-3, 1e-7}});
        assertEquals("frame,cell 1,\"a,b\",\"say \"\"hi\"\"\"\n0,1.5,0.1,-3.0\n1,2.0,NaN,1.0E-7\n", out.toString());
    }

    @Test
    void refusesMismatchedInput() {
        assertThrows(IllegalArgumentException.class,
                () -> TraceCsvWriter.write(new StringWriter(), List.of("a"), new double[][] {{1}, {2}}));
        assertThrows(IllegalArgumentException.class,
                () -> TraceCsvWriter.write(new StringWriter(), List.of("a", "b"), new double[][] {{1, 2}, {2}}));
    }

    @Test
    void writtenFileIsReadableByOthers() throws IOException {
        Path dir = TestData.tempDir("roi-traces");
        Path target = dir.resolve("traces.csv");
        RoiFiles.writeTraces(target, List.of(new EllipseRoi(RoiProperties.named("r1"), 1, 1, 1, 1, 0)),
                new double[][] {{4, 5, 6}});
        assertEquals(List.of("frame,r1", "0,4.0", "1,5.0", "2,6.0"), Files.readAllLines(target));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
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
