package org.fluorite.io.imagej;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.fluorite.core.json.Json;
import org.fluorite.roi.Bounds;
import org.fluorite.roi.CompositeRoi;
import org.fluorite.roi.EllipseRoi;
import org.fluorite.roi.RectangleRoi;
import org.fluorite.roi.Roi;
import org.fluorite.roi.VertexRoi;
import org.fluorite.testing.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every read-roi fixture against the JSON that read-roi must return for it: type, bounds,
 * vertices, composite paths, ellipse axis ends and aspect ratio, name, stroke width, position,
 * point counters.
 */
class ReadRoiJsonTest {

    static Stream<String> names() throws IOException {
        try (Stream<Path> files = Files.list(TestData.file("read-roi/rectangle.json").getParent())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void matchesReadRoi(String name) throws IOException {
        Map<?, ?> root = (Map<?, ?>) Json.parse(Files.readString(TestData.file("read-roi/" + name + ".json")));
        Map<?, ?> expected = (Map<?, ?>) root.get(name);
        Roi roi = RoiTestSupport.read("read-roi/" + name + ".roi");
        // read-roi names a .roi file after the file; ImageJ (and Fluorite) use the name stored in it
        assertEquals(name.equals("point") ? "0001-0077-0068" : expected.get("name"), roi.name(), "name");
        String type = (String) expected.get("type");
        if (expected.containsKey("aspect_ratio")) {
            EllipseRoi e = assertInstanceOf(EllipseRoi.class, roi);
            double x1 = num(expected, "ex1");
            double y1 = num(expected, "ey1");
            double x2 = num(expected, "ex2");
            double y2 = num(expected, "ey2");
            assertEquals((x1 + x2) / 2, e.centreX(), 1e-9, "centre x");
            assertEquals((y1 + y2) / 2, e.centreY(), 1e-9, "centre y");
            assertEquals(Math.hypot(x2 - x1, y2 - y1) / 2, e.radiusX(), 1e-9, "major radius");
            assertEquals(num(expected, "aspect_ratio"), e.radiusY() / e.radiusX(), 1e-7, "aspect ratio");
            assertEquals(Math.atan2(-(y2 - y1), x2 - x1), e.angle(), 1e-12, "angle");
        } else if (type.equals("composite")) {
            CompositeRoi c = assertInstanceOf(CompositeRoi.class, roi);
            // read-roi gives ImageJ's integer bounds: the pixels the outline touches
            Bounds b = c.bounds();
            assertEquals(num(expected, "left"), Math.floor(b.left()), "left");
            assertEquals(num(expected, "top"), Math.floor(b.top()), "top");
            assertEquals(num(expected, "left") + num(expected, "width"), Math.ceil(b.right()), "right");
            assertEquals(num(expected, "top") + num(expected, "height"), Math.ceil(b.bottom()), "bottom");
            List<?> paths = (List<?>) expected.get("paths");
            assertEquals(paths.size(), c.parts().size(), "number of paths");
            for (int p = 0; p < paths.size(); p++) {
                List<?> points = (List<?>) paths.get(p);
                VertexRoi part = assertInstanceOf(VertexRoi.class, c.parts().get(p));
                assertEquals(points.size(), part.vertexCount(), "points of path " + p);
                for (int i = 0; i < points.size(); i++) {
                    List<?> xy = (List<?>) points.get(i);
                    assertEquals(((Number) xy.get(0)).doubleValue(), part.xs()[i], 1e-6, "x of path " + p + " point " + i);
                    assertEquals(((Number) xy.get(1)).doubleValue(), part.ys()[i], 1e-6, "y of path " + p + " point " + i);
                }
            }
        } else if (type.equals("rectangle")) {
            RectangleRoi r = assertInstanceOf(RectangleRoi.class, roi);
            assertBounds(expected, r.bounds());
            assertEquals(num(expected, "arc_size"), r.arcSize(), "arc size");
        } else if (type.equals("oval")) {
            EllipseRoi e = assertInstanceOf(EllipseRoi.class, roi);
            assertEquals("oval", e.type());
            assertBounds(expected, e.bounds());
        } else {
            VertexRoi v = assertInstanceOf(VertexRoi.class, roi);
            assertEquals(type, v.type(), "type");
            assertEquals(num(expected, "n"), v.vertexCount(), "n");
            List<?> xs = (List<?>) expected.get("x");
            List<?> ys = (List<?>) expected.get("y");
            for (int i = 0; i < xs.size(); i++) {
                assertEquals(((Number) xs.get(i)).doubleValue(), v.xs()[i], 1e-9, "x[" + i + "]");
                assertEquals(((Number) ys.get(i)).doubleValue(), v.ys()[i], 1e-9, "y[" + i + "]");
            }
            if (expected.containsKey("width")) {
                assertEquals(num(expected, "width"), v.properties().strokeWidth(), "stroke width");
            }
            if (expected.containsKey("counters")) {
                assertEquals(List.of(0L), v.properties().attributes().get("counters"), "counters");
                assertEquals(List.of(1L), v.properties().attributes().get("pointPositions"), "point slices");
            }
        }
        Object position = expected.get("position");
        if (position instanceof Map<?, ?> p) {
            assertEquals(num(p, "channel"), roi.properties().channel(), "channel");
            assertEquals(num(p, "slice"), roi.properties().slice(), "slice");
            assertEquals(num(p, "frame"), roi.properties().frame(), "frame");
        } else {
            assertEquals(0, ((Number) position).intValue());
            assertEquals(0, roi.properties().channel() + roi.properties().slice() + roi.properties().frame(), "no position");
        }
    }

    private static void assertBounds(Map<?, ?> expected, Bounds b) {
        assertEquals(num(expected, "left"), b.left(), 1e-9, "left");
        assertEquals(num(expected, "top"), b.top(), 1e-9, "top");
        assertEquals(num(expected, "width"), b.width(), 1e-9, "width");
        assertEquals(num(expected, "height"), b.height(), 1e-9, "height");
    }

    private static double num(Map<?, ?> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }
}
