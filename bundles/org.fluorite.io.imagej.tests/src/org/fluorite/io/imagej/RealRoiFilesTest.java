package org.fluorite.io.imagej;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.fluorite.roi.Bounds;
import org.fluorite.roi.RectangleRoi;
import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiSet;
import org.fluorite.roi.VertexRoi;
import org.junit.jupiter.api.Test;

/** The ImageJ ROI files of ijroi, imread, KymographBuilder and read-roi's lines, with their quoted values. */
class RealRoiFilesTest {

    @Test
    void line1() throws IOException {
        VertexRoi v = assertInstanceOf(VertexRoi.class, RoiTestSupport.read("read-roi/line1.roi"));
        assertEquals("line", v.type());
        assertArrayEquals(new double[] {260, 89}, v.xs());
        assertArrayEquals(new double[] {52, 103}, v.ys());
        assertEquals(0, v.properties().strokeWidth());
        assertEquals(0, v.properties().channel() + v.properties().slice() + v.properties().frame());
    }

    @Test
    void line2WithPosition() throws IOException {
        VertexRoi v = assertInstanceOf(VertexRoi.class, RoiTestSupport.read("read-roi/line2.roi"));
        assertEquals("line", v.type());
        assertArrayEquals(new double[] {100.5, 132.5}, v.xs());
        assertArrayEquals(new double[] {158.5, 156.5}, v.ys());
        assertEquals(List.of(1, 1, 1), List.of(v.properties().channel(), v.properties().slice(), v.properties().frame()));
    }

    @Test
    void ijroiRectangles() throws IOException {
        for (String name : List.of("subpixel_rectangle", "integer_rectangle")) {
            RectangleRoi r = assertInstanceOf(RectangleRoi.class, RoiTestSupport.read("ijroi/" + name + ".roi"));
            // ImageJ Roi(x=4, y=5, w=4, h=5): corners (row, col) [5,4], [5,8], [10,8], [10,4]
            assertEquals(new Bounds(4, 5, 4, 5), r.bounds(), name);
        }
        RectangleRoi unit = assertInstanceOf(RectangleRoi.class, RoiTestSupport.read("ijroi/unit_rectangle.roi"));
        assertEquals(new Bounds(0, 0, 1, 1), unit.bounds());
    }

    @Test
    void ijroiCircles() throws IOException {
        for (String name : List.of("freehand_circle", "polygon_circle")) {
            VertexRoi v = assertInstanceOf(VertexRoi.class, RoiTestSupport.read("ijroi/" + name + ".roi"));
            assertEquals(100, v.vertexCount(), name);
            assertEquals(10, mean(v.xs()), 0.01, name + " mean column");
            assertEquals(15, mean(v.ys()), 0.01, name + " mean row");
        }
    }

    @Test
    void ijroiIntegerOutlines() throws IOException {
        for (String name : List.of("freehand_integer", "polygon_integer")) {
            VertexRoi v = assertInstanceOf(VertexRoi.class, RoiTestSupport.read("ijroi/" + name + ".roi"));
            assertEquals(3, v.vertexCount(), name);
            // vertex[2] == [row 1, col 10]
            assertEquals(10, v.xs()[2], name);
            assertEquals(1, v.ys()[2], name);
        }
        assertEquals("freehand", RoiTestSupport.read("ijroi/freehand_integer.roi").type());
        assertEquals("polygon", RoiTestSupport.read("ijroi/polygon_integer.roi").type());
    }

    @Test
    void ijroiPoints() throws IOException {
        VertexRoi p = assertInstanceOf(VertexRoi.class, RoiTestSupport.read("ijroi/int_point.roi"));
        assertEquals("point", p.type());
        assertArrayEquals(new double[] {128}, p.xs());
        assertArrayEquals(new double[] {256}, p.ys());
        VertexRoi f = assertInstanceOf(VertexRoi.class, RoiTestSupport.read("ijroi/float_point.roi"));
        assertEquals(123.4, f.xs()[0], 1e-4);
        assertEquals(567.8, f.ys()[0], 1e-4);
    }

    @Test
    void readRoiPointAndPolygon() throws IOException {
        VertexRoi p = assertInstanceOf(VertexRoi.class, RoiTestSupport.read("read-roi/point.roi"));
        assertArrayEquals(new double[] {68.0}, p.xs());
        assertArrayEquals(new double[] {77.25}, p.ys());
        assertEquals(List.of(0L), p.properties().attributes().get("counters"));
        RectangleRoi r = assertInstanceOf(RectangleRoi.class, RoiTestSupport.read("read-roi/rectangle.roi"));
        assertEquals(new Bounds(43, 19, 43, 36), r.bounds());
        Roi oval = RoiTestSupport.read("read-roi/oval.roi");
        assertEquals(new Bounds(97, 58, 34, 37), oval.bounds());
        VertexRoi poly = assertInstanceOf(VertexRoi.class, RoiTestSupport.read("read-roi/polygon.roi"));
        assertArrayEquals(new double[] {69, 76, 162, 174, 159, 132, 105, 82, 70, 66, 65}, poly.xs());
        assertArrayEquals(new double[] {93, 138, 125, 103, 77, 56, 49, 50, 57, 63, 71}, poly.ys());
    }

    @Test
    void imreadRoiSet() throws IOException {
        RoiSet set = RoiTestSupport.readSet("imread/rois.zip");
        assertEquals(4, set.size());
        assertEquals(List.of("0413-0119", "0186-0099", "0362-0314", "0261-0400"), set.rois().stream().map(Roi::name).toList());
        int[] n = {827, 473, 1253, 529};
        for (int i = 0; i < 4; i++) {
            VertexRoi v = assertInstanceOf(VertexRoi.class, set.rois().get(i));
            assertEquals("freehand", v.type());
            assertEquals(n[i], v.vertexCount(), v.name());
        }
        // header bounding boxes (top, left, bottom, right): 314/0/512/239 and 157/1/216/197
        assertEquals(new Bounds(0, 314, 239, 198), roundOut(set.rois().get(0).bounds()));
        assertEquals(new Bounds(1, 157, 196, 59), roundOut(set.rois().get(1).bounds()));
        Roi loose = RoiTestSupport.read("imread/0186-0099.roi");
        assertEquals(set.rois().get(1), loose, "the loose file equals the zip entry");
        assertEquals(List.of(221, 221, 221, 221), set.metadata().get("roiVersions"));
        Map<String, Object> described = set.describe();
        assertEquals(4, described.get("roiCount"));
        Map<?, ?> first = (Map<?, ?>) ((List<?>) described.get("rois")).get(1);
        assertEquals("0186-0099", first.get("name"));
        assertEquals("freehand", first.get("type"));
        assertEquals(473, first.get("points"));
    }

    @Test
    void kymographBuilderPolyline() throws IOException {
        VertexRoi v = assertInstanceOf(VertexRoi.class, RoiTestSupport.read("kymographbuilder/mt.roi"));
        assertEquals("polyline", v.type());
        assertArrayEquals(new double[] {64, 48, 37, 29, 24}, v.xs());
        assertArrayEquals(new double[] {11, 48, 80, 106, 156}, v.ys());
        assertEquals(new Bounds(24, 11, 40, 145), v.bounds());
        assertEquals(21, v.properties().strokeWidth(), "line width");
        assertEquals(0xFFFF00, v.properties().colour(), "yellow");
        assertEquals(0x4DFFFF00L, v.properties().attributes().get("imagej.strokeColor"), "translucent stroke kept");
        RoiSet set = RoiTestSupport.readSet("kymographbuilder/RoiSet.zip");
        assertEquals(2, set.size());
        assertEquals(v.properties().withName(set.rois().get(0).name()), set.rois().get(0).properties());
        assertArrayEquals(v.xs(), ((VertexRoi) set.rois().get(0)).xs());
        VertexRoi second = assertInstanceOf(VertexRoi.class, set.rois().get(1));
        assertEquals("0001-0087-0087", second.name());
        assertEquals("polyline", second.type());
        assertArrayEquals(new double[] {100, 76, 74}, second.xs());
        assertArrayEquals(new double[] {22, 96, 153}, second.ys());
    }

    private static Bounds roundOut(Bounds b) {
        double l = Math.floor(b.left());
        double t = Math.floor(b.top());
        return new Bounds(l, t, Math.ceil(b.right()) - l, Math.ceil(b.bottom()) - t);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        assertTrue(v.length > 0);
        return s / v.length;
    }
}
