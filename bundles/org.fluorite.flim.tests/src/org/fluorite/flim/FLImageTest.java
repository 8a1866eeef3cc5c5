package org.fluorite.flim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FLImage on the real flimage files (values from SOURCES.md) and the meaning of each HDF5 mode. */
class FLImageTest {

    @TempDir
    Path dir;

    private static double[] stats(float[] f) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY, sum = 0;
        for (float v : f) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
        }
        return new double[] { min, max, sum / f.length };
    }

    @Test
    void basicFile() throws Exception {
        try (FLImage fli = FLImage.open(TestData.file("flimage/basic.h5"), H5Mode.READ)) {
            assertArrayEquals(new int[] { 10, 20 }, fli.shape());
            assertEquals("float32", fli.dtype());
            assertArrayEquals(new double[] { 0, 9, 4.5 }, stats(fli.fl()), 1e-6);
            assertEquals(5.4e-8, ((Number) fli.get("pixel size")).doubleValue(), 1e-20);
            assertEquals("0.1.0.post7", fli.get("flimage version"));
            assertFalse(fli.hasBackground(), "the bg_data group is empty");
        }
    }

    @Test
    void retinaFile() throws Exception {
        try (FLImage fli = FLImage.open(TestData.file("flimage/retina_p10.h5"), H5Mode.READ)) {
            assertArrayEquals(new int[] { 146, 168 }, fli.shape());
            double[] s = stats(fli.fl());
            assertEquals(-6.691, s[0], 5e-4);
            assertEquals(237.820, s[1], 5e-4);
            assertEquals(24.0203, s[2], 5e-5);
            assertEquals("cda88:49", fli.get("identifier"));
            assertEquals(1.39e-7, ((Number) fli.get("pixel size")).doubleValue(), 1e-20);
            // stored as float32 in the file: 0.04327999999804888
            assertEquals(0.04328, ((Number) fli.get("time")).doubleValue(), 1e-9);
        }
    }

    @Test
    void basicCopiedTwiceIntoASeriesHasTwoImages() throws Exception {
        FLImage basic = FLImage.open(TestData.file("flimage/basic.h5"), H5Mode.READ);
        Path file = dir.resolve("series.h5");
        try (FLSeries series = FLSeries.open(file, H5Mode.CREATE_TRUNCATE, "twice")) {
            series.add(basic.copy(), "a");
            series.add(basic.copy(), "b");
            assertEquals(2, series.size());
        }
        try (FLSeries series = FLSeries.open(file, H5Mode.READ, null)) {
            assertEquals(2, series.size());
            assertEquals(java.util.List.of("a", "b"), series.identifiers());
            assertArrayEquals(basic.fl(), series.get("b").fl());
            assertArrayEquals(basic.fl(), series.get(0).fl());
            assertThrows(IllegalStateException.class, () -> series.add(basic, "c"));
            assertThrows(IllegalArgumentException.class, () -> series.get("zz"));
        }
    }

    @Test
    void backgroundSetAndReset() {
        FLImage fli = FLImage.of(new float[] { 5, 6, 7, 8, 9, 10 }, 3, 2, Map.of("time", 1.5));
        assertArrayEquals(new float[] { 5, 6, 7, 8, 9, 10 }, fli.fl());
        fli.setBackground(new float[] { 1, 1, 1, 2, 2, 2 });
        assertArrayEquals(new float[] { 4, 5, 6, 6, 7, 8 }, fli.fl());
        assertArrayEquals(new float[] { 5, 6, 7, 8, 9, 10 }, fli.raw());
        FLImage copy = fli.copy();
        fli.setBackground((float[]) null);
        assertArrayEquals(new float[6], fli.background());
        assertArrayEquals(new float[] { 5, 6, 7, 8, 9, 10 }, fli.fl());
        assertArrayEquals(new float[] { 4, 5, 6, 6, 7, 8 }, copy.fl(), "a copy keeps its own background");
        assertEquals(1.5, copy.get("time"));
        assertThrows(IllegalArgumentException.class, () -> fli.setBackground(new float[5]));
    }

    @Test
    void modes() throws Exception {
        Path file = dir.resolve("image.h5");
        FLImage data = FLImage.of(new float[] { 1, 2, 3, 4 }, 2, 2, Map.of("identifier", "first", "time", 2.0));
        // r and r+ need the file
        assertThrows(NoSuchFileException.class, () -> FLImage.open(file, H5Mode.READ));
        assertThrows(NoSuchFileException.class, () -> FLImage.open(file, H5Mode.READ_WRITE));
        // w- (x) creates it
        FLImage.create(file, H5Mode.parse("x"), data).close();
        assertTrue(Files.exists(file));
        assertThrows(FileAlreadyExistsException.class, () -> FLImage.create(file, H5Mode.CREATE_EXCLUSIVE, data));
        // r is read only
        try (FLImage r = FLImage.open(file, H5Mode.READ)) {
            assertArrayEquals(new float[] { 1, 2, 3, 4 }, r.fl());
            assertEquals("first", r.get("identifier"));
            assertThrows(IllegalStateException.class, () -> r.setBackground(new float[4]));
        }
        // r+ writes changes back
        try (FLImage rw = FLImage.open(file, H5Mode.parse("r+"))) {
            rw.setBackground(new float[] { 1, 1, 1, 1 });
        }
        try (FLImage r = FLImage.open(file, H5Mode.READ)) {
            assertTrue(r.hasBackground());
            assertArrayEquals(new float[] { 0, 1, 2, 3 }, r.fl());
            assertArrayEquals(new float[] { 1, 2, 3, 4 }, r.raw());
        }
        // a on an existing file reads it (the given data is not used) ...
        FLImage other = FLImage.of(new float[] { 9, 9, 9, 9 }, 2, 2, Map.of());
        try (FLImage a = FLImage.create(file, H5Mode.APPEND, other)) {
            assertArrayEquals(new float[] { 0, 1, 2, 3 }, a.fl());
            a.setBackground((float[]) null);
        }
        assertFalse(FLImage.open(file, H5Mode.READ).hasBackground(), "a writes the reset background back");
        // ... and creates a missing one
        Path fresh = dir.resolve("fresh.h5");
        try (FLImage a = FLImage.create(fresh, H5Mode.parse("a"), other)) {
            assertArrayEquals(new float[] { 9, 9, 9, 9 }, a.raw());
        }
        assertArrayEquals(new float[] { 9, 9, 9, 9 }, FLImage.open(fresh, H5Mode.READ).raw());
        // w replaces whatever was there
        FLImage.create(file, H5Mode.parse("w"), other).close();
        FLImage replaced = FLImage.open(file, H5Mode.READ);
        assertArrayEquals(new float[] { 9, 9, 9, 9 }, replaced.raw());
        assertNull(replaced.get("identifier"));
        // modes that create need the data
        assertThrows(IllegalArgumentException.class, () -> FLImage.open(dir.resolve("none.h5"), H5Mode.CREATE_TRUNCATE));
        assertThrows(IllegalArgumentException.class, () -> H5Mode.parse("rw"));
    }

    @Test
    void imageAndSeriesFilesAreNotConfused() throws Exception {
        java.io.IOException e = assertThrows(java.io.IOException.class,
                () -> FLSeries.open(TestData.file("flimage/basic.h5"), H5Mode.READ, null));
        assertTrue(e.getMessage().contains("basic.h5") && e.getMessage().contains("FLSeries"), e.getMessage());
        Path file = dir.resolve("two.h5");
        try (FLSeries s = FLSeries.open(file, H5Mode.CREATE_TRUNCATE, null)) {
            s.add(FLImage.of(new float[] { 1, 2 }, 2, 1, Map.of()), "a");
            s.add(FLImage.of(new float[] { 3, 4 }, 2, 1, Map.of()), "b");
        }
        e = assertThrows(java.io.IOException.class, () -> FLImage.open(file, H5Mode.READ));
        assertTrue(e.getMessage().contains("two.h5") && e.getMessage().contains("single"), e.getMessage());
    }

    @Test
    void seriesModesAndIdentifiers() throws Exception {
        Path file = dir.resolve("s.h5");
        assertThrows(NoSuchFileException.class, () -> FLSeries.open(file, H5Mode.READ, null));
        try (FLSeries s = FLSeries.open(file, H5Mode.CREATE_EXCLUSIVE, "exp")) {
            s.add(FLImage.of(new float[] { 1, 2 }, 2, 1, Map.of("identifier", "own", "time", 0.0)), null);
            s.add(FLImage.of(new float[] { 3, 4 }, 2, 1, Map.of("time", 0.5)), "given");
            assertThrows(IllegalArgumentException.class, () -> s.add(FLImage.of(new float[] { 5, 6 }, 2, 1, Map.of()), "own"));
            assertThrows(IllegalArgumentException.class, () -> s.add(FLImage.of(new float[] { 5, 6, 7 }, 3, 1, Map.of()), "x"));
        }
        assertThrows(FileAlreadyExistsException.class, () -> FLSeries.open(file, H5Mode.parse("x"), null));
        try (FLSeries s = FLSeries.open(file, H5Mode.APPEND, "exp")) {
            assertEquals(2, s.size());
            s.add(FLImage.of(new float[] { 7, 8 }, 2, 1, Map.of("time", 1.0)), "third");
        }
        try (FLSeries s = FLSeries.open(file, H5Mode.READ, null)) {
            assertEquals(3, s.size());
            assertArrayEquals(new float[] { 1, 2 }, s.get("own").fl());
            assertArrayEquals(new float[] { 3, 4 }, s.get(1).fl());
            assertEquals(0.5, ((Number) s.get("given").get("time")).doubleValue());
            assertArrayEquals(new float[] { 7, 8 }, s.get("third").raw());
        }
        try (FLSeries s = FLSeries.open(file, H5Mode.CREATE_TRUNCATE, null)) {
            assertEquals(0, s.size(), "w starts empty");
            s.add(FLImage.of(new float[] { 0, 0 }, 2, 1, Map.of()), "only");
        }
        assertEquals(1, FLSeries.open(file, H5Mode.READ, null).size());
    }
}
