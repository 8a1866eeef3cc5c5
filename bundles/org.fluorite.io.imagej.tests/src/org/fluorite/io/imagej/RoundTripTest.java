package org.fluorite.io.imagej;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.roi.CompositeRoi;
import org.fluorite.roi.EllipseRoi;
import org.fluorite.roi.MaskRoi;
import org.fluorite.roi.RectangleRoi;
import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiProperties;
import org.fluorite.roi.RoiSet;
import org.fluorite.roi.RotatedRectangleRoi;
import org.fluorite.roi.VertexRoi;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;

/** Writing RoiSet zips and .roi files and reading them back gives the same ROIs. */
class RoundTripTest {

    static List<Path> realRoiFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String dir : List.of("read-roi", "ijroi", "imread", "kymographbuilder", "fissa/rois", "fissa/b/rois")) {
            try (Stream<Path> s = Files.list(TestData.root().resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".roi")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    @Test
    void everyRealRoiReencodesToAnEqualRoi() throws IOException {
        List<Roi> originals = new ArrayList<>();
        for (Path file : realRoiFiles()) {
            originals.add(RoiTestSupport.readSet(file).rois().get(0));
        }
        assertEquals(77, originals.size(), "real .roi files");
        RoiSet back = writeAndRead(new RoiSet("all", originals), "all.zip");
        assertEquals(originals.size(), back.size());
        for (int i = 0; i < originals.size(); i++) {
            assertEquals(originals.get(i), back.rois().get(i), "ROI " + originals.get(i).name());
        }
    }

    @Test
    void constructedRoisSurvive() throws IOException {
        RoiProperties p = new RoiProperties("cell 1", 0x00FF80, 1.5, Map.of(), 2, 3, 4);
        List<Roi> rois = List.of(
                new RectangleRoi(p, 10, 20, 30, 40, 6),
                new RectangleRoi(RoiProperties.named("sub-pixel box"), 1.25, 2.5, 3.75, 4.5, 0),
                EllipseRoi.oval(RoiProperties.named("oval"), 5, 6, 7, 8),
                new EllipseRoi(RoiProperties.named("tilted"), 50.5, 40.25, 12, 5, 0.5),
                new RotatedRectangleRoi(RoiProperties.named("rotated"), 10, 10, 30, 20, 6),
                new VertexRoi(RoiProperties.named("tri"), VertexRoi.Shape.POLYGON, new double[] {1, 9, 5},
                        new double[] {1, 1, 8}),
                new VertexRoi(RoiProperties.named("path"), VertexRoi.Shape.POLYLINE, new double[] {0.5, 10.25, 20},
                        new double[] {3, 4.75, 5}),
                new VertexRoi(RoiProperties.named("segment"), VertexRoi.Shape.LINE, new double[] {1.5, 8}, new double[] {2, 9.5}),
                new VertexRoi(RoiProperties.named("spots").withAttribute("counters", List.of(0, 2))
                        .withAttribute("pointPositions", List.of(1, 5)), VertexRoi.Shape.POINT, new double[] {3, 4.5},
                        new double[] {7, 8}),
                new CompositeRoi(RoiProperties.named("donut"), List.of(
                        new VertexRoi(RoiProperties.named(""), VertexRoi.Shape.POLYGON, new double[] {0, 10, 10, 0},
                                new double[] {0, 0, 10, 10}),
                        new VertexRoi(RoiProperties.named(""), VertexRoi.Shape.POLYGON, new double[] {3, 6, 6, 3},
                                new double[] {3, 3, 6, 6}))));
        RoiSet back = writeAndRead(new RoiSet("made", rois), "made.zip");
        for (int i = 0; i < rois.size(); i++) {
            Roi expected = rois.get(i);
            Roi actual = back.rois().get(i);
            if (expected instanceof EllipseRoi e && e.angle() != 0) {
                EllipseRoi a = (EllipseRoi) actual;
                assertEquals(e.centreX(), a.centreX(), 1e-5);
                assertEquals(e.centreY(), a.centreY(), 1e-5);
                assertEquals(e.radiusX(), a.radiusX(), 1e-5);
                assertEquals(e.radiusY(), a.radiusY(), 1e-5);
                assertEquals(e.angle(), a.angle(), 1e-6);
                assertEquals(e.name(), a.name());
            } else {
                assertEquals(expected, actual, expected.name());
            }
        }
        assertEquals(1.5, back.rois().get(0).properties().strokeWidth());
        assertEquals(List.of(2, 3, 4), List.of(back.rois().get(0).properties().channel(),
                back.rois().get(0).properties().slice(), back.rois().get(0).properties().frame()));
    }

    @Test
    void singleRoiFileAndUnsafeNames() throws IOException {
        Path dir = TestData.tempDir("imagej-roundtrip");
        Roi roi = new VertexRoi(RoiProperties.named("../../escape"), VertexRoi.Shape.POLYGON, new double[] {1, 5, 3},
                new double[] {1, 1, 4});
        Path single = dir.resolve("one.roi");
        new ImageJRoiExporter().export(new RoiSet("one", List.of(roi)), single, ImportOptions.NONE, ProgressMonitor.NONE);
        assertEquals(roi, RoiTestSupport.readSet(single).rois().get(0));
        RoiSet two = writeAndRead(new RoiSet("two", List.of(roi, roi)), "two.zip");
        assertEquals(2, two.size());
        assertEquals(List.of("_.._escape.roi", "_.._escape-2.roi"), two.metadata().get("entries"),
                "entry names without separators stay in the zip root");
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("one.roi"), s.map(p -> p.getFileName().toString()).toList());
        }
        Path bad = dir.resolve("mask.zip");
        MaskRoi mask = new MaskRoi(RoiProperties.named("footprint"), new int[] {1}, new int[] {2}, new float[] {0.5f});
        IOException e = assertThrows(IOException.class, () -> new ImageJRoiExporter().export(new RoiSet("m", List.of(mask)), bad,
                ImportOptions.NONE, ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("footprint") && e.getMessage().contains(bad.toString()), e.getMessage());
        assertTrue(Files.notExists(bad), "no half-written file");
    }

    private static RoiSet writeAndRead(RoiSet set, String fileName) throws IOException {
        Path dir = TestData.tempDir("imagej-roundtrip");
        Path file = dir.resolve(fileName);
        new ImageJRoiExporter().export(set, file, ImportOptions.NONE, ProgressMonitor.NONE);
        return RoiTestSupport.readSet(file);
    }
}
