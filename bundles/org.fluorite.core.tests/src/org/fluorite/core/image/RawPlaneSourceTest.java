package org.fluorite.core.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import org.fluorite.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Raw planes written here with known values: value(t, y, x) = t * 1000 + y * 10 + x, after a
 * header of 13 bytes, in both byte orders and in every pixel type.
 */
class RawPlaneSourceTest {

    private static final int W = 7;
    private static final int H = 5;
    private static final int T = 3;
    private static final int HEADER = 13;

    private Path dir;

    @BeforeEach
    void makeDir() throws IOException {
        dir = TestData.tempDir("raw");
    }

    @AfterEach
    void removeDir() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    private static double value(long t, int y, int x) {
        return t * 1000 + y * 10 + x;
    }

    /** Writes the header then T planes of {@code type} in {@code order}; {@code cut} bytes are left off the end. */
    private Path write(PixelType type, ByteOrder order, int cut) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(HEADER + T * W * H * type.bytes()).order(order);
        b.position(HEADER);
        for (int t = 0; t < T; t++) {
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    double v = value(t, y, x) % (type == PixelType.UINT8 || type == PixelType.INT8 ? 128 : 1 << 15);
                    switch (type) {
                        case UINT8, INT8 -> b.put((byte) v);
                        case UINT16, INT16 -> b.putShort((short) v);
                        case UINT32, INT32 -> b.putInt((int) v);
                        case FLOAT32 -> b.putFloat((float) v);
                        case FLOAT64 -> b.putDouble(v);
                    }
                }
            }
        }
        Path file = dir.resolve(type.label() + "-" + order + ".raw");
        Files.write(file, java.util.Arrays.copyOf(b.array(), b.capacity() - cut));
        return file;
    }

    @Test
    void everyTypeAndByteOrderReadsTheValuesWritten() throws IOException {
        for (PixelType type : PixelType.values()) {
            for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
                Path file = write(type, order, 0);
                try (RawPlaneSource s = new RawPlaneSource(file, HEADER, T, W, H, type, order)) {
                    assertEquals(W, s.width());
                    assertEquals(H, s.height());
                    assertEquals(T, s.planeCount());
                    assertEquals(type, s.pixelType());
                    assertEquals((long) W * H * type.bytes(), s.planeBytes());
                    Plane p = s.read(2, Region.full(W, H));
                    double mod = type == PixelType.UINT8 || type == PixelType.INT8 ? 128 : 1 << 15;
                    for (int y = 0; y < H; y++) {
                        for (int x = 0; x < W; x++) {
                            assertEquals(value(2, y, x) % mod, p.get(x, y), 0, type + " " + order + " at " + x + "," + y);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aRegionReadsOnlyItsPixels() throws IOException {
        Path file = write(PixelType.FLOAT32, ByteOrder.BIG_ENDIAN, 0);
        try (RawPlaneSource s = new RawPlaneSource(file, HEADER, T, W, H, PixelType.FLOAT32, ByteOrder.BIG_ENDIAN)) {
            Plane p = s.read(1, new Region(2, 1, 3, 2));
            assertEquals(3, p.width());
            assertEquals(2, p.height());
            assertArrayEquals(new double[] {1012, 1013, 1014, 1022, 1023, 1024}, p.toDoubles(), 0);
        }
    }

    @Test
    void aPlaneTheFileEndsInsideFailsNamingTheFile() throws IOException {
        Path file = write(PixelType.UINT16, ByteOrder.LITTLE_ENDIAN, 3);
        try (RawPlaneSource s = new RawPlaneSource(file, HEADER, T, W, H, PixelType.UINT16, ByteOrder.LITTLE_ENDIAN)) {
            assertEquals(1034, s.read(1, Region.full(W, H)).get(4, 3), 0);
            IOException e = assertThrows(IOException.class, () -> s.read(2, Region.full(W, H)));
            assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
            // the rows before the missing bytes are still there
            assertEquals(2000, s.read(2, new Region(0, 0, W, 1)).get(0, 0), 0);
        }
    }

    @Test
    void impossibleSizesAndIndicesAreRefused() throws IOException {
        Path file = write(PixelType.UINT8, ByteOrder.LITTLE_ENDIAN, 0);
        assertThrows(IllegalArgumentException.class,
                () -> new RawPlaneSource(file, 0, 1, 1 << 20, 1 << 20, PixelType.UINT8, ByteOrder.LITTLE_ENDIAN));
        assertThrows(IllegalArgumentException.class,
                () -> new RawPlaneSource(file, 0, Long.MAX_VALUE / 2, W, H, PixelType.UINT8, ByteOrder.LITTLE_ENDIAN));
        assertThrows(IllegalArgumentException.class,
                () -> new RawPlaneSource(file, -1, 1, W, H, PixelType.UINT8, ByteOrder.LITTLE_ENDIAN));
        try (RawPlaneSource s = new RawPlaneSource(file, HEADER, T, W, H, PixelType.UINT8, ByteOrder.LITTLE_ENDIAN)) {
            assertThrows(IndexOutOfBoundsException.class, () -> s.read(T, Region.full(W, H)));
            assertThrows(IllegalArgumentException.class, () -> s.read(0, new Region(5, 0, 3, 1)));
        }
    }
}
