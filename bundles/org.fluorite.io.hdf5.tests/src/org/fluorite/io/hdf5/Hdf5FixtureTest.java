package org.fluorite.io.hdf5;

import static org.fluorite.io.hdf5.Hdf5TestSupport.closeAll;
import static org.fluorite.io.hdf5.Hdf5TestSupport.fixture;
import static org.fluorite.io.hdf5.Hdf5TestSupport.image;
import static org.fluorite.io.hdf5.Hdf5TestSupport.pattern;
import static org.fluorite.io.hdf5.Hdf5TestSupport.read;
import static org.fluorite.io.hdf5.Hdf5TestSupport.table;
import static org.fluorite.io.hdf5.Hdf5TestSupport.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fluorite.core.DataObject;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.image.Region;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportException;
import org.fluorite.io.ImportResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fixtures of scripts/make_fixtures.py: chunked stacks with deflate + shuffle and LZF,
 * big-endian contiguous data, compact data, a 1-D signal, a compound table with text, scalars,
 * links, and (damaged_chunk.h5) a chunk damaged on purpose. Pixel values follow t * 1000 + y * 50 + x, recomputed here.
 */
class Hdf5FixtureTest {

    private static ImportResult result;

    @BeforeAll
    static void open() throws IOException {
        result = read(fixture("filters.h5"));
    }

    @AfterAll
    static void close() throws IOException {
        closeAll(result);
    }

    @Test
    void deflateShuffleStackReadsEveryPlaneAndCrop() throws IOException {
        Hdf5Node node = tree(result).root().find("/stacks/deflate_shuffle").orElseThrow();
        assertEquals(List.of(2, 16, 16), node.dataset().chunks());
        assertEquals(List.of("shuffle", "deflate"), node.dataset().filters());
        assertEquals("uint16", node.dataset().dtype());
        Image im = image(result, "/stacks/deflate_shuffle");
        assertEquals("TYX", im.axesString());
        assertEquals(PixelType.UINT16, im.pixelType());
        assertEquals(6, im.planeCount());
        assertEquals("counts", im.metadata().get("unit"));
        for (int t = 0; t < 6; t++) {
            assertPattern(im.planeAt(t), t, 0, 0);
        }
        // a crop across chunk borders: rows 10..29, columns 14..46 of plane 5
        Image crop = im.region(new Region(14, 10, 33, 20));
        assertPattern(crop.planeAt(5), 5, 10, 14);
    }

    @Test
    void lzfFloatStack() throws IOException {
        assertEquals(List.of("lzf"), tree(result).root().find("/stacks/lzf").orElseThrow().dataset().filters());
        Image im = image(result, "/stacks/lzf");
        assertEquals(PixelType.FLOAT32, im.pixelType());
        for (int t = 0; t < 4; t++) {
            Plane p = im.planeAt(t);
            for (int y = 0; y < 24; y++) {
                for (int x = 0; x < 30; x++) {
                    assertEquals((float) (pattern(t, y, x) / 8), p.get(x, y), 0, "plane " + t + " at " + x + "," + y);
                }
            }
        }
    }

    @Test
    void bigEndianContiguousStack() throws IOException {
        Hdf5Node node = tree(result).root().find("/stacks/contiguous_be").orElseThrow();
        assertTrue(node.dataset().bigEndian());
        assertEquals("contiguous", node.dataset().layout());
        assertEquals("big-endian", node.toMap().get("byteOrder"));
        Image im = image(result, "/stacks/contiguous_be");
        assertEquals(PixelType.INT16, im.pixelType());
        Plane p = im.planeAt(2);
        assertEquals(pattern(2, 19, 29) - 1500, p.get(29, 19));
        assertEquals(-1500, im.planeAt(0).get(0, 0));
        Plane crop = im.region(new Region(3, 4, 5, 6)).planeAt(1);
        assertEquals(pattern(1, 4, 3) - 1500, crop.get(0, 0));
        assertEquals(pattern(1, 9, 7) - 1500, crop.get(4, 5));
    }

    @Test
    void float64ChunkedImageAndCompactImage() throws IOException {
        Image f = image(result, "/images/deflate_f64");
        assertEquals("YX", f.axesString());
        assertEquals(17, f.width());
        assertEquals(33, f.height());
        assertEquals(pattern(0, 32, 16) / 3, f.plane().get(16, 32), 1e-12);
        Hdf5Node compact = tree(result).root().find("/images/compact_u8").orElseThrow();
        assertEquals("compact", compact.dataset().layout());
        Image c = image(result, "/images/compact_u8");
        assertEquals(PixelType.UINT8, c.pixelType());
        assertEquals(pattern(0, 7, 11) % 251, c.plane().get(11, 7));
        assertEquals(pattern(0, 5, 2) % 251, c.region(new Region(2, 5, 3, 2)).plane().get(0, 0));
    }

    @Test
    void oneDimensionalSignalIsATable() {
        Table sine = table(result, "/signals/sine");
        assertEquals(500, sine.rowCount());
        assertEquals(List.of("sine"), sine.columnNames());
        for (int i = 0; i < 500; i += 37) {
            assertEquals(Math.sin(i / 10.0), sine.require("sine").getDouble(i), 1e-15);
        }
    }

    @Test
    void compoundTableWithTextField() {
        Table t = table(result, "/tables/records");
        assertEquals(List.of("id", "value", "label", "frame"), t.columnNames());
        assertEquals(7, t.rowCount());
        assertEquals(Column.Type.LONG, t.require("id").type());
        assertEquals(Column.Type.TEXT, t.require("label").type());
        assertEquals(60, t.require("id").getDouble(6));
        assertEquals(2.5, t.require("value").getDouble(5));
        assertEquals("r3", t.require("label").getText(3));
        assertEquals(106, t.require("frame").getDouble(6));
    }

    @Test
    void treeShowsScalarsLinksAttributesAndWhatIsNotOpened() {
        Hdf5Tree tree = tree(result);
        Hdf5Node answer = tree.root().find("/scalars/answer").orElseThrow();
        assertEquals(42L, answer.dataset().value());
        assertEquals(List.of(), answer.dataset().shape());
        assertEquals("scalar int64", answer.summary());
        assertEquals("fluorite", tree.root().find("/scalars/name").orElseThrow().dataset().value());
        Hdf5Node link = tree.root().find("/links/soft").orElseThrow();
        assertEquals(Hdf5Node.Kind.SOFT_LINK, link.kind());
        assertEquals("/stacks/lzf", link.linkTarget());
        Hdf5Node fourD = tree.root().find("/misc/four_d").orElseThrow();
        assertEquals(Hdf5Node.View.NONE, fourD.view());
        assertEquals("2 \u00d7 3 \u00d7 4 \u00d7 5 float32", fourD.summary());

        Map<String, Object> root = tree.metadata().asMap();
        assertEquals("Fluorite HDF5 fixture", root.get("title"));
        assertEquals(1.5e-7, (Double) root.get("pixel size"), 0);
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L), root.get("counts"));
        assertEquals("variable length", root.get("vlen text"));
        assertEquals(1L, root.get("flag"));
        assertEquals(Boolean.TRUE, root.get("enabled"), "an h5py boolean reads as a Boolean");
        assertEquals(List.of(List.of(1.0, 2.0, 3.0), List.of(4.0, 5.0, 6.0)), root.get("matrix"));
        @SuppressWarnings("unchecked")
        Map<String, Object> longList = (Map<String, Object>) root.get("long list");
        assertEquals(true, longList.get("truncated"));
        assertEquals(List.of(200L), longList.get("shape"));
        assertEquals(64, Hdf5TestSupport.list(longList.get("first")).size());
        assertEquals(1.0 / 199, (Double) Hdf5TestSupport.list(longList.get("first")).get(1), 1e-15);

        List<String> names = result.data().stream().map(DataObject::name).toList();
        assertFalse(names.contains("/misc/four_d"));
        assertFalse(names.contains("/scalars/answer"));
    }

    @Test
    void onlyTheChunksOfTheRequestedPlaneAreRead() throws IOException {
        // the chunk of plane 2 is garbage: planes 0 and 1 must still read, plane 2 must fail naming the file
        Path file = fixture("damaged_chunk.h5");
        ImportResult r = read(file);
        Image im = image(r, "/stack");
        try {
            assertPattern(im.planeAt(0), 0, 0, 0);
            assertPattern(im.planeAt(1), 1, 0, 0);
            ImportException e = assertThrows(ImportException.class, () -> im.planeAt(2));
            assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("reading plane 2 of /stack"), e.getMessage());
        } finally {
            im.close();
        }
    }

    @Test
    void imagesKeepTheFileOpenUntilTheLastIsClosed() throws IOException {
        Hdf5File file = Hdf5File.open(fixture("filters.h5"));
        Image a = Hdf5Datasets.image(file, "/stacks/lzf", "a", null);
        Image b = Hdf5Datasets.image(file, "/stacks/deflate_shuffle", "b", "ZYX");
        assertEquals("ZYX", b.axesString());
        file.release();
        assertTrue(file.isOpen());
        a.close();
        a.close(); // a second close of the same source does not take the other image's reference
        assertTrue(file.isOpen());
        assertPattern(b.planeAt(3), 3, 0, 0);
        b.close();
        assertFalse(file.isOpen());
        assertThrows(ImportException.class, () -> b.planeAt(0));
    }

    @Test
    void openDatasetByPathGivesItsDefaultView() throws IOException {
        Path file = fixture("filters.h5");
        DataObject image = Hdf5Datasets.open(file, "/stacks/lzf");
        assertTrue(image instanceof Image);
        assertEquals(4, ((Image) image).planeCount());
        ((Image) image).close();
        DataObject tableData = Hdf5Datasets.open(file, "/tables/records");
        assertEquals(7, ((Table) tableData).rowCount());
        ImportException none = assertThrows(ImportException.class, () -> Hdf5Datasets.open(file, "/misc/four_d"));
        assertTrue(none.problem().contains("/misc/four_d"), none.problem());
        ImportException missing = assertThrows(ImportException.class, () -> Hdf5Datasets.open(file, "/no/such"));
        assertTrue(missing.getMessage().startsWith(file.toString()));
        ImportException notNumeric = assertThrows(ImportException.class,
                () -> Hdf5Datasets.image(Hdf5File.open(file), "/tables/records", "x", "YX"));
        assertTrue(notNumeric.problem().contains("compound"), notNumeric.problem());
    }

    @Test
    void userBlockFileIsFoundBySniffing() throws IOException {
        Path file = fixture("userblock.h5");
        Hdf5Importer importer = new Hdf5Importer();
        byte[] head = java.nio.file.Files.readAllBytes(file);
        byte[] first512 = java.util.Arrays.copyOf(head, 512);
        assertTrue(importer.matchesMagic(first512, "userblock.h5"));
        assertFalse(importer.matchesMagic(first512, "userblock.bin"));
        assertTrue(importer.sniff(file));
        assertEquals(512, Hdf5Importer.signatureOffset(file));
        ImportResult r = read(file);
        Image im = image(r, "/image");
        assertEquals(pattern(0, 9, 11), im.plane().get(11, 9));
        im.close();
    }

    @Test
    void truncatedFileIsReportedAtOpen() throws IOException {
        byte[] all = java.nio.file.Files.readAllBytes(fixture("filters.h5"));
        Path dir = org.fluorite.testing.TestData.tempDir("hdf5-truncated");
        Path cut = dir.resolve("cut.h5");
        java.nio.file.Files.write(cut, java.util.Arrays.copyOf(all, all.length - 100));
        try {
            ImportException e = assertThrows(ImportException.class, () -> read(cut));
            assertEquals(cut, e.file());
            assertTrue(e.problem().contains("truncated"), e.problem());
            assertTrue(e.problem().contains(String.valueOf(all.length)), e.problem());
        } finally {
            java.nio.file.Files.delete(cut);
            java.nio.file.Files.delete(dir);
        }
    }

    @Test
    void atMostFiftyDatasetsOpenAndAMessageNamesTheRest() throws IOException {
        ImportResult r = read(fixture("many.h5"));
        try {
            assertEquals(60, tree(r).datasets().size());
            assertEquals(1 + Hdf5Importer.MAX_OBJECTS, r.data().size());
            assertEquals("/images/im49", r.data().get(50).name());
            assertEquals(49, r.images().get(49).plane().get(2, 1));
            assertEquals(1, r.messages().size());
            String text = r.messages().get(0).text();
            assertTrue(text.startsWith("10 more datasets were not opened"), text);
            assertTrue(text.contains("/images/im50, /images/im51"), text);
        } finally {
            closeAll(r);
        }
    }

    @Test
    void adoptedHdfFileClosesWithItsLastImage() throws IOException {
        io.jhdf.HdfFile hdf = new io.jhdf.HdfFile(fixture("filters.h5"));
        Hdf5File file = Hdf5File.adopt(hdf, java.time.Duration.ofSeconds(10));
        Image im = Hdf5Datasets.image(file, "/images/deflate_f64", "f64", "YX");
        file.release();
        assertEquals(pattern(0, 10, 5) / 3, im.plane().get(5, 10), 1e-12);
        im.close();
        assertFalse(file.isOpen());
        assertThrows(RuntimeException.class, () -> hdf.getDatasetByPath("/images/deflate_f64").getData());
    }

    @Test
    void magicCheck() {
        Hdf5Importer importer = new Hdf5Importer();
        assertTrue(importer.matchesMagic(Hdf5Importer.SIGNATURE, "x.dat"));
        assertFalse(importer.matchesMagic(new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0}, "x.h5"));
        assertFalse(importer.matchesMagic(new byte[0], "x.h5"));
        assertEquals(org.fluorite.io.Importer.GENERIC, importer.priority());
        assertEquals("fluorite.hdf5", importer.id());
    }

    private static void assertPattern(Plane p, int t, int y0, int x0) {
        for (int y = 0; y < p.height(); y++) {
            for (int x = 0; x < p.width(); x++) {
                assertEquals(pattern(t, y0 + y, x0 + x), p.get(x, y), "plane " + t + " at x=" + (x0 + x) + ", y=" + (y0 + y));
            }
        }
    }
}
