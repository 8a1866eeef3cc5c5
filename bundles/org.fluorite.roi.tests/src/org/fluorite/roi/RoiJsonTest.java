package org.fluorite.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.fluorite.core.json.Json;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.meta.Provenance;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.imagej.ImageJRoiImporter;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * The JSON form of ROI sets: every ROI type round trips with all its properties, real ImageJ
 * sets survive the trip, weighted masks keep their float weights exactly, the layout is pinned by
 * a golden text, and bad input is refused with a message naming the ROI and the problem.
 */
class RoiJsonTest {

    private static final Instant TIME = Instant.parse("2026-01-02T03:04:05Z");

    @Test
    void everyRoiTypeRoundTripsWithAllProperties() {
        List<Roi> rois = new ArrayList<>();
        for (VertexRoi.Shape shape : VertexRoi.Shape.values()) {
            rois.add(new VertexRoi(full("v " + shape, 0x00FF80), shape, new double[] {0.5, 10.25, 1.0 / 3, 1e-7},
                    new double[] {2, 3.75, 123456.789, 511}));
        }
        rois.add(new RectangleRoi(full("rect", 0xFF0000), 4, 5, 8, 3, 2.5));
        rois.add(new RotatedRectangleRoi(full("rot", 0x0000FF), 1.5, 2.5, 30.25, 40.75, 6));
        rois.add(new EllipseRoi(full("oval", 0x123456), 50, 40, 20, 10, 0));
        rois.add(new EllipseRoi(full("tilted \"ellipse\" é", -1), 50.5, 40.5, 30, 10, Math.PI / 6));
        rois.add(new MaskRoi(full("mask", 0xABCDEF), new int[] {3, 4, 5}, new int[] {7, 7, 8}, new float[] {0.1f, 1f,
                3.4028235e38f}));
        CompositeRoi inner = new CompositeRoi(full("inner", -1), List.of(new RectangleRoi(RoiProperties.named("a"), 0, 0,
                1, 1, 0), EllipseRoi.oval(RoiProperties.named("b"), 0, 0, 4, 2)));
        rois.add(new CompositeRoi(full("donut", 0xFFFFFF), List.of(new RectangleRoi(RoiProperties.named("outer"), 0, 0, 10,
                10, 0), new VertexRoi(RoiProperties.named("hole"), VertexRoi.Shape.POLYGON, new double[] {3, 7, 7},
                        new double[] {3, 3, 7}), inner)));
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("origin", "hand-drawn");
        meta.put("fps", 30.5);
        meta.put("planes", List.of(1L, 2L));
        RoiSet set = new RoiSet("all types", rois).withImageSize(512, 256).withMetadata(Metadata.of(meta))
                .withProvenance(Provenance.EMPTY.then(new Operation("import.test", Map.of("file", "/x/y.zip"), TIME,
                        "fluorite 0.1")));

        RoiSet back = RoiJson.read(RoiJson.write(set));

        assertSameSet(set, back);
        assertEquals(VertexRoi.Shape.values().length + 6, back.size());
        for (Roi roi : rois) {
            assertEquals(roi, RoiJson.fromMap(RoiJson.toMap(roi)), roi.name());
        }
        assertEquals("tilted \"ellipse\" é", back.rois().get(VertexRoi.Shape.values().length + 3).name());
        assertEquals("cell", back.rois().get(0).properties().tag("kind"));
        assertEquals(RoiProperties.UNTAGGED, back.rois().get(0).properties().tag("never set"));
        assertEquals(3.4028235e38f, ((MaskRoi) back.rois().get(VertexRoi.Shape.values().length + 4)).weights()[2]);
        assertEquals(RoiJson.write(set), RoiJson.write(back), "writing what was read gives the same text");
    }

    @Test
    void setWithoutImageSizeMetadataOrProvenance() {
        RoiSet set = new RoiSet("", List.of());
        String json = RoiJson.write(set);
        assertEquals("{\"format\":\"fluorite.rois\",\"version\":1,\"name\":\"\",\"imageWidth\":null,\"imageHeight\":null,"
                + "\"metadata\":{},\"provenance\":[],\"rois\":[]}", json);
        RoiSet back = RoiJson.read(json);
        assertTrue(back.imageWidth().isEmpty() && back.imageHeight().isEmpty());
        assertEquals(0, back.size());
        // property fields may be left out; shape fields may not
        Roi minimal = RoiJson.read("{\"format\":\"fluorite.rois\",\"version\":1,\"rois\":[{\"type\":\"point\",\"x\":[1],"
                + "\"y\":[2]}]}").rois().get(0);
        assertEquals(new VertexRoi(new RoiProperties("", -1, 0, Map.of(), 0, 0, 0), VertexRoi.Shape.POINT,
                new double[] {1}, new double[] {2}), minimal);
    }

    @Test
    void fissaImageJSetRoundTrips() throws IOException {
        RoiSet set = imagej("fissa/b/rois.zip");
        assertEquals(2, set.size());
        RoiSet back = RoiJson.read(RoiJson.write(set));
        assertSameSet(jsonNumbers(set), back);
        assertEquals(List.of("polygon", "polygon"), back.rois().stream().map(Roi::type).toList());
        assertEquals(7, ((VertexRoi) back.rois().get(0)).vertexCount());
        assertEquals(10, ((VertexRoi) back.rois().get(1)).vertexCount());
        assertEquals("import.imagej-roi", back.provenance().operations().get(0).name());
        // whole numbers are kept as Long whatever the reader made of them, so the set read back equals the file's
        assertEquals(41L, set.rois().get(0).properties().attributes().get("imagej.position"));
        assertEquals(41L, back.rois().get(0).properties().attributes().get("imagej.position"));
        assertEquals(48L, back.rois().get(1).properties().attributes().get("imagej.position"));
        assertEquals(set.rois(), back.rois());
    }

    @Test
    void attributeNumbersAreCanonical() {
        RoiProperties ints = RoiProperties.named("a").withAttribute("n", 3).withAttribute("xs", List.of(1, 2.5f))
                .withAttribute("m", Map.of("k", (short) 7));
        RoiProperties longs = RoiProperties.named("a").withAttribute("n", 3L).withAttribute("xs", List.of(1L, 2.5))
                .withAttribute("m", Map.of("k", 7L));
        assertEquals(longs, ints);
        assertEquals(longs.hashCode(), ints.hashCode());
        assertEquals(3L, ints.attributes().get("n"));
        assertEquals(List.of(1L, 2.5), ints.attributes().get("xs"));
    }

    @Test
    void imreadImageJSetRoundTrips() throws IOException {
        RoiSet set = imagej("imread/rois.zip");
        RoiSet back = RoiJson.read(RoiJson.write(set));
        assertSameSet(jsonNumbers(set), back);
        // SOURCES.md: 4 freehand ROIs of 827, 473, 1253 and 529 vertices
        assertEquals(List.of("freehand", "freehand", "freehand", "freehand"), back.rois().stream().map(Roi::type).toList());
        assertEquals(List.of(827, 473, 1253, 529), back.rois().stream().map(r -> ((VertexRoi) r).vertexCount()).toList());
        // SOURCES.md [measured] bounding boxes, top/left/bottom/right
        assertEquals("0413-0119", back.rois().get(0).name());
        assertEquals(new Bounds(0, 314, 239, 512 - 314), back.rois().get(0).bounds());
        assertEquals("0186-0099", back.rois().get(1).name());
        assertEquals(new Bounds(1, 157, 197 - 1, 216 - 157), back.rois().get(1).bounds());
        assertEquals(List.of(221L, 221L, 221L, 221L), back.metadata().get("roiVersions"));
    }

    @Test
    void suite2pLikeMaskKeepsItsWeights() {
        // a suite2p footprint: pixels of a disk of radius 4 around (20, 30), lam a Gaussian of sigma 2 normalised to sum 1
        List<int[]> pixels = new ArrayList<>();
        double total = 0;
        for (int y = 26; y <= 34; y++) {
            for (int x = 16; x <= 24; x++) {
                double r2 = (x - 20) * (x - 20) + (y - 30) * (y - 30);
                if (r2 <= 16) {
                    pixels.add(new int[] {x, y});
                    total += Math.exp(-r2 / 8);
                }
            }
        }
        int n = pixels.size();
        int[] xs = new int[n];
        int[] ys = new int[n];
        float[] lam = new float[n];
        for (int i = 0; i < n; i++) {
            xs[i] = pixels.get(i)[0];
            ys[i] = pixels.get(i)[1];
            double r2 = (xs[i] - 20) * (xs[i] - 20) + (ys[i] - 30) * (ys[i] - 30);
            lam[i] = (float) (Math.exp(-r2 / 8) / total);
        }
        MaskRoi mask = new MaskRoi(RoiProperties.named("cell 0").withTag("suite2p", "cell"), xs, ys, lam);
        RoiSet set = new RoiSet("stat", List.of(mask)).withImageSize(64, 64);

        String json = RoiJson.write(set);
        MaskRoi back = (MaskRoi) RoiJson.read(json).rois().get(0);

        assertEquals(mask, back);
        assertEquals(49, back.pixelCount(), "pixels of the disk x^2 + y^2 <= 16");
        double sum = 0;
        for (float w : back.weights()) {
            sum += w;
        }
        assertEquals(1.0, sum, 1e-6);
        assertEquals(new Bounds(16, 26, 9, 9), back.bounds());
        // weights written as the shortest decimal of the float, not of its double widening
        String centre = Float.toString(lam[24]);
        assertTrue(json.contains("," + centre + ","), json);
        List<?> weights = (List<?>) ((Map<?, ?>) ((List<?>) ((Map<?, ?>) Json.parse(json)).get("rois")).get(0)).get("weights");
        assertEquals(Double.parseDouble(centre), weights.get(24));
    }

    @Test
    void goldenTextPinsTheLayout() {
        assertEquals(GOLDEN, RoiJson.write(goldenSet()));
        assertSameSet(goldenSet(), RoiJson.read(GOLDEN));
    }

    /**
     * Mutations of the golden text (truncations, replaced and inserted characters, absurd numbers)
     * either read as a valid set or are refused with an IllegalArgumentException saying where;
     * never another exception, and quickly.
     */
    @Test
    void mutatedTextIsReadOrRefusedCleanly() {
        Random random = new Random(20261122L);
        String[] inserts = {"NaN", "-1", "1e400", "3000000000", "null", "[]", "{}", "\"\"", "\"x\"", "[[[[", "2", "-0",
            "1.5", "\"#GGGGGG\"", "\"composite\""};
        int read = 0;
        int refused = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder(GOLDEN);
            int kind = i % 4;
            int at = random.nextInt(b.length());
            if (kind == 0) {
                b.setLength(at);
            } else if (kind == 1) {
                b.setCharAt(at, (char) (32 + random.nextInt(95)));
            } else if (kind == 2) {
                b.insert(at, inserts[random.nextInt(inserts.length)]);
            } else {
                int end = Math.min(b.length(), at + 1 + random.nextInt(12));
                b.replace(at, end, inserts[random.nextInt(inserts.length)]);
            }
            String text = b.toString();
            try {
                RoiSet set = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> RoiJson.read(text), text);
                assertEquals(RoiJson.write(set), RoiJson.write(RoiJson.read(RoiJson.write(set))), text);
                read++;
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage().startsWith("ROI"), e.getMessage());
                refused++;
            }
        }
        assertEquals(3000, read + refused);
        assertTrue(read > 100 && refused > 1000, read + " read, " + refused + " refused");
    }

    private static RoiSet goldenSet() {
        RoiProperties tri = new RoiProperties("tri", 0xFF8000, 1.5, Map.of("cell type", "neuron"), 1, 2, 3,
                Map.of("group", 4L));
        return new RoiSet("golden", List.of(
                new VertexRoi(tri, VertexRoi.Shape.POLYGON, new double[] {0, 4, 0.5}, new double[] {0, 0, 3}),
                new EllipseRoi(RoiProperties.named("e"), 5, 6, 2, 1, 0.25),
                new MaskRoi(RoiProperties.named("m"), new int[] {1, 2}, new int[] {3, 3}, new float[] {0.25f, 0.1f}),
                new CompositeRoi(RoiProperties.named("c"), List.of(new RectangleRoi(RoiProperties.named("r"), 1, 2, 3, 4, 0),
                        new RotatedRectangleRoi(RoiProperties.named("rr"), 0, 0, 10, 0, 2)))))
                .withImageSize(64, 48).withMetadata(Metadata.of(Map.of("origin", "test")))
                .withProvenance(Provenance.EMPTY.then(new Operation("import.test", Map.of(), TIME, "fluorite")));
    }

    private static final String GOLDEN = "{\"format\":\"fluorite.rois\",\"version\":1,\"name\":\"golden\","
            + "\"imageWidth\":64,\"imageHeight\":48,"
            + "\"metadata\":{\"origin\":\"test\"},"
            + "\"provenance\":[{\"operation\":\"import.test\",\"parameters\":{},\"time\":\"2026-01-02T03:04:05Z\","
            + "\"tool\":\"fluorite\"}],"
            + "\"rois\":["
            + "{\"type\":\"polygon\",\"name\":\"tri\",\"colour\":\"#FF8000\",\"strokeWidth\":1.5,"
            + "\"tags\":{\"cell type\":\"neuron\"},\"attributes\":{\"group\":4},"
            + "\"position\":{\"channel\":1,\"slice\":2,\"frame\":3},\"x\":[0.0,4.0,0.5],\"y\":[0.0,0.0,3.0]},"
            + "{\"type\":\"ellipse\",\"name\":\"e\",\"colour\":null,\"strokeWidth\":0.0,\"tags\":{},\"attributes\":{},"
            + "\"position\":{\"channel\":0,\"slice\":0,\"frame\":0},"
            + "\"centreX\":5.0,\"centreY\":6.0,\"radiusX\":2.0,\"radiusY\":1.0,\"angle\":0.25},"
            + "{\"type\":\"mask\",\"name\":\"m\",\"colour\":null,\"strokeWidth\":0.0,\"tags\":{},\"attributes\":{},"
            + "\"position\":{\"channel\":0,\"slice\":0,\"frame\":0},\"x\":[1,2],\"y\":[3,3],\"weights\":[0.25,0.1]},"
            + "{\"type\":\"composite\",\"name\":\"c\",\"colour\":null,\"strokeWidth\":0.0,\"tags\":{},\"attributes\":{},"
            + "\"position\":{\"channel\":0,\"slice\":0,\"frame\":0},\"parts\":["
            + "{\"type\":\"rectangle\",\"name\":\"r\",\"colour\":null,\"strokeWidth\":0.0,\"tags\":{},\"attributes\":{},"
            + "\"position\":{\"channel\":0,\"slice\":0,\"frame\":0},"
            + "\"left\":1.0,\"top\":2.0,\"width\":3.0,\"height\":4.0,\"arcSize\":0.0},"
            + "{\"type\":\"rotated-rectangle\",\"name\":\"rr\",\"colour\":null,\"strokeWidth\":0.0,\"tags\":{},"
            + "\"attributes\":{},\"position\":{\"channel\":0,\"slice\":0,\"frame\":0},"
            + "\"x1\":0.0,\"y1\":0.0,\"x2\":10.0,\"y2\":0.0,\"rectangleWidth\":2.0}]}]}";

    @Test
    void refusesBadInputNamingTheRoiAndTheProblem() {
        assertRefused("ROI 0: \"x\" and \"y\" differ in length (3 vs 2)",
                roi("\"type\":\"polygon\",\"x\":[1,2,3],\"y\":[1,2]"));
        assertRefused("ROI 0: \"x\" and \"weights\" differ in length (2 vs 1)",
                roi("\"type\":\"mask\",\"x\":[1,2],\"y\":[1,2],\"weights\":[1]"));
        assertRefused("ROI 0: \"y\"[1] is NaN, not a finite number", roi("\"type\":\"freehand\",\"x\":[1,2],\"y\":[1,NaN]"));
        assertRefused("ROI 0: \"radiusX\" is Infinity, not a finite number",
                roi("\"type\":\"ellipse\",\"centreX\":1,\"centreY\":1,\"radiusX\":Infinity,\"radiusY\":1,\"angle\":0"));
        assertRefused("ROI 0: unknown type \"blob\"", roi("\"type\":\"blob\",\"x\":[],\"y\":[]"));
        assertRefused("ROI 0: \"type\" must be a string, not null", roi("\"x\":[],\"y\":[]"));
        assertRefused("ROI JSON: version 2 is newer than this Fluorite reads (up to 1)",
                "{\"format\":\"fluorite.rois\",\"version\":2,\"rois\":[]}");
        assertRefused("ROI JSON: \"format\" is \"imagej\", not \"fluorite.rois\"",
                "{\"format\":\"imagej\",\"version\":1,\"rois\":[]}");
        assertRefused("ROI JSON: \"version\" is missing", "{\"format\":\"fluorite.rois\",\"rois\":[]}");
        assertRefused("ROI JSON: Invalid JSON at character", "{\"format\":\"fluorite.rois\",");
        assertRefused("ROI 0: \"width\" is -3.0, it must not be negative",
                roi("\"type\":\"rectangle\",\"left\":0,\"top\":0,\"width\":-3,\"height\":1,\"arcSize\":0"));
        assertRefused("ROI 0: \"top\" is missing",
                roi("\"type\":\"rectangle\",\"left\":0,\"width\":3,\"height\":1,\"arcSize\":0"));
        assertRefused("ROI 0: \"x\"[1] is 1.5, not a whole number",
                roi("\"type\":\"mask\",\"x\":[1,1.5],\"y\":[1,2],\"weights\":[1,1]"));
        assertRefused("ROI 0: \"x\"[0] is 3000000000, not a whole number",
                roi("\"type\":\"mask\",\"x\":[3000000000],\"y\":[1],\"weights\":[1]"));
        assertRefused("ROI 0: \"weights\"[0] = 1.0E39 is beyond the float range",
                roi("\"type\":\"mask\",\"x\":[1],\"y\":[1],\"weights\":[1e39]"));
        assertRefused("ROI 0: \"colour\" must be \"#RRGGBB\" or null, not \"red\"",
                roi("\"type\":\"point\",\"colour\":\"red\",\"x\":[1],\"y\":[1]"));
        assertRefused("ROI 0: tag \"kind\" must be a string, not 3",
                roi("\"type\":\"point\",\"tags\":{\"kind\":3},\"x\":[1],\"y\":[1]"));
        assertRefused("ROI 0, position: \"frame\" is -1, not a whole number",
                roi("\"type\":\"point\",\"position\":{\"frame\":-1},\"x\":[1],\"y\":[1]"));
        assertRefused("ROI 0, part 1: \"x\" must be a list, not \"1\"",
                roi("\"type\":\"composite\",\"parts\":[{\"type\":\"point\",\"x\":[1],\"y\":[1]},"
                        + "{\"type\":\"polygon\",\"x\":\"1\",\"y\":[1]}]"));
        assertRefused("ROI JSON: \"imageWidth\" and \"imageHeight\" must both be given or both null",
                "{\"format\":\"fluorite.rois\",\"version\":1,\"imageWidth\":3,\"rois\":[]}");
        assertRefused("ROI JSON: provenance entry 0: \"time\" \"yesterday\" is not an ISO-8601 instant",
                "{\"format\":\"fluorite.rois\",\"version\":1,\"provenance\":[{\"operation\":\"x\",\"time\":\"yesterday\"}],"
                        + "\"rois\":[]}");
        String second = "{\"format\":\"fluorite.rois\",\"version\":1,\"rois\":[{\"type\":\"point\",\"x\":[1],\"y\":[1]},"
                + "{\"type\":\"line\",\"x\":[1],\"y\":[]}]}";
        assertRefused("ROI 1: \"x\" and \"y\" differ in length (1 vs 0)", second);
    }

    @Test
    void refusesCompositesNestedTooDeeply() {
        String part = "{\"type\":\"point\",\"x\":[1],\"y\":[1]}";
        for (int i = 0; i <= RoiJson.MAX_DEPTH; i++) {
            part = "{\"type\":\"composite\",\"parts\":[" + part + "]}";
        }
        String json = "{\"format\":\"fluorite.rois\",\"version\":1,\"rois\":[" + part + "]}";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RoiJson.read(json));
        assertTrue(e.getMessage().startsWith("ROI 0, part 0, part 0") && e.getMessage().endsWith("composites nested deeper than "
                + RoiJson.MAX_DEPTH), e.getMessage());
    }

    @Test
    void writingRefusesWhatJsonCannotHold() {
        RoiSet nan = new RoiSet("s", List.of(new VertexRoi(RoiProperties.named("bad"), VertexRoi.Shape.POLYGON,
                new double[] {1, Double.NaN}, new double[] {1, 2})));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RoiJson.write(nan));
        assertEquals("ROI 0 ('bad'): \"x[1]\" is NaN, which JSON cannot hold", e.getMessage());
        Roi badColour = new RectangleRoi(RoiProperties.named("c").withColour(0x1000000), 0, 0, 1, 1, 0);
        e = assertThrows(IllegalArgumentException.class, () -> RoiJson.toMap(badColour));
        assertEquals("colour 0x1000000 is not 0xRRGGBB or -1", e.getMessage());
        Roi badWeight = new CompositeRoi(RoiProperties.named("c"), List.of(new MaskRoi(RoiProperties.named("m"),
                new int[] {0}, new int[] {0}, new float[] {Float.POSITIVE_INFINITY})));
        e = assertThrows(IllegalArgumentException.class, () -> RoiJson.toMap(badWeight));
        assertEquals("part 0: \"weights\"[0] is Infinity, which JSON cannot hold", e.getMessage());
    }

    private static RoiProperties full(String name, int colour) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("counter", 7L);
        attributes.put("fillColor", 4278190335L);
        attributes.put("scale", 0.75);
        attributes.put("note", "drawn twice");
        attributes.put("flags", List.of(true, false));
        attributes.put("nested", Map.of("a", List.of(1L, 2.5)));
        attributes.put("missing", null);
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("kind", "cell");
        tags.put("quality", "good");
        return new RoiProperties(name, colour, 2.5, tags, 2, 3, 4, attributes);
    }

    private static RoiSet imagej(String path) throws IOException {
        return (RoiSet) new ImageJRoiImporter().read(TestData.file(path), ImportOptions.NONE, ProgressMonitor.NONE).data()
                .get(0);
    }

    /** The set as JSON numbers make it: integral attribute and metadata values become Long. */
    private static RoiSet jsonNumbers(RoiSet set) {
        List<Roi> rois = new ArrayList<>();
        for (Roi roi : set.rois()) {
            rois.add(jsonNumbers(roi));
        }
        RoiSet out = new RoiSet(set.name(), rois).withMetadata(Metadata.fromJson(set.metadata().toJson()))
                .withProvenance(Provenance.fromJson(set.provenance().toJson()));
        return set.imageWidth().isPresent() ? out.withImageSize(set.imageWidth().getAsInt(), set.imageHeight().getAsInt())
                : out;
    }

    @SuppressWarnings("unchecked")
    private static Roi jsonNumbers(Roi roi) {
        RoiProperties p = roi.properties();
        RoiProperties q = new RoiProperties(p.name(), p.colour(), p.strokeWidth(), p.tags(), p.channel(), p.slice(),
                p.frame(), (Map<String, Object>) Json.parse(Json.write(p.attributes())));
        return switch (roi) {
            case VertexRoi v -> new VertexRoi(q, v.shape(), v.xs(), v.ys());
            case RectangleRoi r -> new RectangleRoi(q, r.left(), r.top(), r.width(), r.height(), r.arcSize());
            case RotatedRectangleRoi r -> new RotatedRectangleRoi(q, r.x1(), r.y1(), r.x2(), r.y2(), r.rectangleWidth());
            case EllipseRoi e -> new EllipseRoi(q, e.centreX(), e.centreY(), e.radiusX(), e.radiusY(), e.angle());
            case MaskRoi m -> new MaskRoi(q, m.xs(), m.ys(), m.weights());
            case CompositeRoi c -> new CompositeRoi(q, c.parts().stream().map(RoiJsonTest::jsonNumbers).toList());
        };
    }

    private static void assertSameSet(RoiSet expected, RoiSet actual) {
        assertEquals(expected.name(), actual.name());
        assertEquals(expected.imageWidth(), actual.imageWidth());
        assertEquals(expected.imageHeight(), actual.imageHeight());
        assertEquals(expected.metadata(), actual.metadata());
        assertEquals(expected.provenance(), actual.provenance());
        assertEquals(expected.rois(), actual.rois());
    }

    private static String roi(String fields) {
        return "{\"format\":\"fluorite.rois\",\"version\":1,\"rois\":[{" + fields + "}]}";
    }

    private static void assertRefused(String expectedStart, String json) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RoiJson.read(json), json);
        assertTrue(e.getMessage().startsWith(expectedStart), "expected \"" + expectedStart + "...\" but was \""
                + e.getMessage() + "\"");
    }
}
