package org.fluorite.io.hdf5;

import static org.fluorite.io.hdf5.Hdf5TestSupport.fixture;
import static org.fluorite.io.hdf5.Hdf5TestSupport.pattern;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.image.PlaneSource;
import org.fluorite.core.image.Region;
import org.fluorite.io.ImportException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The API format readers build on (Hdf5File, Hdf5Planes, Hdf5Compound, Hdf5Attributes.number/text),
 * on filters.h5 of scripts/make_fixtures.py. Pixel values follow t * 1000 + y * 50 + x.
 */
class Hdf5ReaderApiTest {

    private Path path;
    private Hdf5File file;

    @BeforeEach
    void open() throws IOException {
        path = fixture("filters.h5");
        file = Hdf5File.open(path);
    }

    @AfterEach
    void close() {
        file.release();
    }

    @Test
    void signatureAtTheStartOrAtAnOffset() {
        byte[] head = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n', 0};
        assertTrue(Hdf5File.hasSignature(head));
        assertFalse(Hdf5File.hasSignature(new byte[] {(byte) 0x89, 'H', 'D', 'F'}));
        assertFalse(Hdf5File.hasSignature(null));
        byte[] shifted = new byte[520];
        System.arraycopy(head, 0, shifted, 512, 8);
        assertFalse(Hdf5File.hasSignature(shifted));
        assertTrue(Hdf5File.hasSignature(shifted, 512));
        assertFalse(Hdf5File.hasSignature(shifted, 513));
    }

    @Test
    void callsOnTheSameFileNest() {
        int v = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> file.call("outer", () -> file.call("inner", () -> 41) + 1));
        assertEquals(42, v);
        ImportException e = assertThrows(ImportException.class,
                () -> file.call("outer", () -> file.call("inner", () -> {
                    throw new IllegalStateException("broken");
                })));
        assertTrue(e.getMessage().startsWith(path.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("inner failed: broken"), e.getMessage());
    }

    @Test
    void planesOfAStackAreReadAsStoredInEitherByteOrder() throws IOException {
        try (PlaneSource s = Hdf5Planes.of(file, "/stacks/contiguous_be")) {
            assertEquals(30, s.width());
            assertEquals(20, s.height());
            assertEquals(3, s.planeCount());
            assertEquals(PixelType.INT16, s.pixelType());
            Plane p = s.read(2, new Region(4, 7, 5, 3));
            for (int y = 0; y < 3; y++) {
                for (int x = 0; x < 5; x++) {
                    assertEquals(pattern(2, 7 + y, 4 + x) - 1500, p.get(x, y), 0);
                }
            }
        }
    }

    @Test
    void transposedPlanesSwapXAndY() throws IOException {
        try (PlaneSource s = Hdf5Planes.transposed(file, "/stacks/deflate_shuffle")) {
            // stored (6, 40, 50): read as x-first, planes are 40 wide and 50 high
            assertEquals(40, s.width());
            assertEquals(50, s.height());
            assertEquals(6, s.planeCount());
            Plane p = s.read(5, new Region(3, 10, 4, 6));
            assertEquals(4, p.width());
            assertEquals(6, p.height());
            for (int y = 0; y < 6; y++) {
                for (int x = 0; x < 4; x++) {
                    // pixel (x, y) is stored at [t][x][y]
                    assertEquals(pattern(5, 3 + x, 10 + y), p.get(x, y), 0);
                }
            }
            assertThrows(IllegalArgumentException.class, () -> s.read(0, new Region(0, 0, 41, 1)));
        }
    }

    @Test
    void aStackOfDatasetsHasOnePlaneEach() throws IOException {
        try (PlaneSource s = Hdf5Planes.stack(file, List.of("/images/deflate_f64", "/stacks/lzf", "/images/deflate_f64"))) {
            fail("datasets of different sizes made one stack: " + s.planeCount());
        } catch (ImportException e) {
            assertTrue(e.getMessage().startsWith(path.toString()), e.getMessage());
        }
        try (PlaneSource s = Hdf5Planes.stack(file, List.of("/images/deflate_f64", "/images/deflate_f64"))) {
            assertEquals(2, s.planeCount());
            assertEquals(17, s.width());
            assertEquals(33, s.height());
            assertEquals(PixelType.FLOAT64, s.pixelType());
            assertEquals(pattern(0, 32, 16) / 3, s.read(1, Region.full(17, 33)).get(16, 32), 1e-12);
            assertThrows(IndexOutOfBoundsException.class, () -> s.read(2, Region.full(17, 33)));
        }
        assertTrue(file.isOpen(), "the sources' references are released, the test's own remains");
    }

    @Test
    void planesOfATableAreRefused() {
        ImportException e = assertThrows(ImportException.class, () -> Hdf5Planes.of(file, "/tables/records"));
        assertTrue(e.getMessage().contains("compound"), e.getMessage());
        assertThrows(ImportException.class, () -> Hdf5Planes.of(file, "/no/such/dataset"));
    }

    @Test
    void compoundMembersAsFlatColumns() throws IOException {
        Map<String, Object> cols = Hdf5Compound.flatColumns(file, "/tables/records");
        assertEquals(List.of("id", "value", "label", "frame"), List.copyOf(cols.keySet()));
        assertArrayEquals(new long[] {0, 10, 20, 30, 40, 50, 60}, (long[]) cols.get("id"));
        assertArrayEquals(new double[] {0, 0.5, 1, 1.5, 2, 2.5, 3}, (double[]) cols.get("value"), 0);
        assertArrayEquals(new String[] {"r0", "r1", "r2", "r3", "r4", "r5", "r6"}, (String[]) cols.get("label"));
        assertArrayEquals(new long[] {100, 101, 102, 103, 104, 105, 106}, (long[]) cols.get("frame"));
        ImportException e = assertThrows(ImportException.class, () -> Hdf5Compound.flatColumns(file, "/signals/sine"));
        assertTrue(e.getMessage().contains("not a table"), e.getMessage());
    }

    @Test
    void numericColumnsAsDoubles() {
        long[] ints = {3, -4, 1L << 40};
        double[] reals = {0.5, 1.5};
        assertTrue(Hdf5Compound.isNumeric(ints));
        assertTrue(Hdf5Compound.isNumeric(reals));
        assertFalse(Hdf5Compound.isNumeric(new String[] {"a"}));
        assertFalse(Hdf5Compound.isNumeric(null));
        assertArrayEquals(new double[] {3, -4, 1099511627776.0}, Hdf5Compound.numbers(ints), 0);
        assertTrue(reals == Hdf5Compound.numbers(reals), "doubles are returned as they are");
        assertThrows(IllegalArgumentException.class, () -> Hdf5Compound.numbers(new String[] {"a"}));
    }

    @Test
    void usingOpensRunsAndReleases() throws IOException {
        Hdf5File[] seen = new Hdf5File[1];
        double size = Hdf5File.using(path, "reading the pixel size", h5 -> {
            seen[0] = h5;
            return Hdf5Attributes.number(h5.hdf(), "pixel size");
        });
        assertEquals(1.5e-7, size, 0);
        assertFalse(seen[0].isOpen(), "released after the work");
        ImportException e = assertThrows(ImportException.class, () -> Hdf5File.using(path, "failing on purpose", h5 -> {
            seen[0] = h5;
            throw new IllegalStateException("no");
        }));
        assertTrue(e.getMessage().startsWith(path.toString()) && e.getMessage().contains("failing on purpose failed: no"),
                e.getMessage());
        assertFalse(seen[0].isOpen(), "released after a failure too");
        assertThrows(ImportException.class, () -> Hdf5File.using(path.resolveSibling("missing.h5"), "x", h5 -> 1));
    }

    @Test
    void attributesAsNumberAndText() throws IOException {
        file.call("reading attributes", () -> {
            var root = file.hdf();
            assertEquals(1.5e-7, Hdf5Attributes.number(root, "pixel size"), 0);
            assertEquals(1, Hdf5Attributes.number(root, "flag"), 0);
            assertTrue(Double.isNaN(Hdf5Attributes.number(root, "counts")), "five values are not one number");
            assertTrue(Double.isNaN(Hdf5Attributes.number(root, "title")));
            assertTrue(Double.isNaN(Hdf5Attributes.number(root, "missing")));
            assertEquals("Fluorite HDF5 fixture", Hdf5Attributes.text(root, "title"));
            assertEquals("[0, 1, 2, 3, 4]", Hdf5Attributes.text(root, "counts"));
            assertNull(Hdf5Attributes.text(root, "missing"));
            return null;
        });
    }

    private static void fail(String message) {
        org.junit.jupiter.api.Assertions.fail(message);
    }
}
