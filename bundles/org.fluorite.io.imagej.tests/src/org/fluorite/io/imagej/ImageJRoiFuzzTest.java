package org.fluorite.io.imagej;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.fluorite.io.ImportException;
import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiSet;
import org.fluorite.testing.Fuzz;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Damaged ROI files and zips: truncations, bit flips, absurd vertex counts, name lengths, offsets
 * and composite sizes, plus zip bombs built here. Every outcome must be a set of ROIs whose bounds
 * and description can be computed, or an {@link IOException} naming the file, within two seconds
 * per file (also under -Xmx256m). The seed is fixed, so failures repeat.
 */
class ImageJRoiFuzzTest {

    private static final int MUTATIONS = 150;

    static Stream<Path> files() throws IOException {
        List<Path> files = new ArrayList<>(RoundTripTest.realRoiFiles());
        for (String zip : List.of("imread/rois.zip", "kymographbuilder/RoiSet.zip", "fissa/RoiSet.zip", "fissa/b/rois.zip")) {
            files.add(TestData.file(zip));
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void damagedCopiesFailCleanly(Path original) throws Exception {
        String name = original.getFileName().toString();
        Fuzz.Outcome outcome = Fuzz.run(original, name, 0x501 ^ name.hashCode(), MUTATIONS, Duration.ofSeconds(2),
                ImageJRoiFuzzTest::mutate, ImageJRoiFuzzTest::readEverything);
        assertEquals(MUTATIONS, outcome.total());
        assertTrue(outcome.refused() > 0, "the mutations should break some copies of " + name);
    }

    @Test
    void zipBombsAreRefused() throws IOException {
        Path dir = TestData.tempDir("imagej-bomb");
        Path oneHuge = dir.resolve("huge.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(oneHuge))) {
            zip.putNextEntry(new ZipEntry("big.roi"));
            byte[] zeros = new byte[1 << 20];
            zeros[0] = 'I';
            zeros[1] = 'o';
            zeros[2] = 'u';
            zeros[3] = 't';
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
                zeros[0] = 0;
            }
            zip.closeEntry();
        }
        assertTrue(Files.size(oneHuge) < 200_000, "64 MB compress to little");
        ImportException e = assertThrows(ImportException.class, () -> RoiTestSupport.readSet(oneHuge));
        assertTrue(e.getMessage().contains(oneHuge.toString()) && e.problem().contains("zip bomb"), e.getMessage());

        Path many = dir.resolve("many.zip");
        byte[] roi = Files.readAllBytes(TestData.file("kymographbuilder/mt.roi"));
        try (OutputStream out = Files.newOutputStream(many); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < 100_001; i++) {
                zip.putNextEntry(new ZipEntry(i + ".txt"));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("x.roi"));
            zip.write(roi);
            zip.closeEntry();
        }
        e = assertThrows(ImportException.class, () -> RoiTestSupport.readSet(many));
        assertTrue(e.problem().contains("more than 100000 entries"), e.getMessage());

        Path traversal = dir.resolve("traversal.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(traversal))) {
            zip.putNextEntry(new ZipEntry("../../../../tmp/evil.roi"));
            zip.write(roi);
            zip.closeEntry();
        }
        RoiSet set = RoiTestSupport.readSet(traversal);
        assertEquals(5, ((org.fluorite.roi.VertexRoi) set.rois().get(0)).vertexCount());
        assertEquals(List.of("../../../../tmp/evil.roi"), set.metadata().get("entries"), "the name is only recorded");
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(3, s.count(), "nothing was extracted");
        }
    }

    /** Reads the set, the bounds and point count of every ROI, and its description. */
    private static void readEverything(Path file) throws IOException {
        RoiSet set = RoiTestSupport.readSet(file);
        for (Roi roi : set.rois()) {
            roi.bounds();
            RoiSet.pointCount(roi);
        }
        set.describe();
    }

    /** ROI damage: header counts, composite sizes, header-2 offsets, bounds, types, subtypes; zip entry sizes. */
    private static byte[] mutate(byte[] original, Random r, int m) {
        byte[] b = original.clone();
        boolean zip = b[0] == 'P';
        ByteBuffer buf = ByteBuffer.wrap(b);
        switch (m % 8) {
            case 0 -> {
                return Arrays.copyOf(b, r.nextInt(b.length));
            }
            case 1, 2 -> {
                for (int i = 0, n = 1 + r.nextInt(20); i < n; i++) {
                    int at = r.nextInt(b.length);
                    b[at] ^= (byte) (1 << r.nextInt(8));
                }
            }
            case 3 -> {
                if (!zip && b.length >= 64) {
                    buf.putShort(16, (short) (r.nextBoolean() ? 0xFFFF : r.nextInt(1 << 16))); // vertex count
                } else {
                    b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                }
            }
            case 4 -> {
                if (!zip && b.length >= 64) {
                    buf.putInt(36, r.nextBoolean() ? Integer.MAX_VALUE : r.nextInt()); // composite size
                }
            }
            case 5 -> {
                if (!zip && b.length >= 64) {
                    int h2 = buf.getInt(60);
                    if (h2 > 0 && h2 + 64 <= b.length) {
                        buf.putInt(h2 + 16 + 4 * r.nextInt(9), r.nextBoolean() ? Integer.MAX_VALUE : r.nextInt());
                    } else {
                        buf.putInt(60, r.nextInt());
                    }
                }
            }
            case 6 -> {
                if (!zip && b.length >= 64) {
                    buf.putShort(8 + 2 * r.nextInt(4), (short) r.nextInt()); // bounds
                    buf.put(6, (byte) r.nextInt(12)); // type
                    buf.putShort(50, (short) r.nextInt()); // options
                }
            }
            case 7 -> {
                if (zip) {
                    // sizes in the local header and the central directory
                    for (int i = 0; i + 4 < b.length; i++) {
                        if (b[i] == 'P' && b[i + 1] == 'K' && r.nextInt(3) == 0 && i + 26 < b.length) {
                            buf.putInt(i + 18, r.nextInt());
                            buf.putInt(i + 22, r.nextInt());
                        }
                    }
                } else if (b.length >= 64) {
                    buf.putShort(48, (short) (1 + r.nextInt(5))); // subtype
                    buf.putFloat(18 + 4 * r.nextInt(4), r.nextBoolean() ? Float.NaN : r.nextFloat() * 1e9f);
                }
            }
            default -> throw new IllegalStateException();
        }
        return b;
    }
}
