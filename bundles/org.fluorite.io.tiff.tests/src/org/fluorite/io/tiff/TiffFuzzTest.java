package org.fluorite.io.tiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.fluorite.core.image.Image;
import org.fluorite.io.ImportResult;
import org.fluorite.testing.Fuzz;
import org.fluorite.testing.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Damaged TIFF files: each real file and fixture is mutated many times (truncated, bits flipped,
 * directory entries pointed outside the file, absurd sizes, strip byte counts of 4 GB, looping
 * directory chains). Every outcome must be a successful read whose planes can all be read, or an
 * {@link IOException} whose message names the file, within two seconds per file, never another
 * exception, an {@link OutOfMemoryError} or a hang. The seed is fixed, so failures repeat.
 */
class TiffFuzzTest {

    private static final int MUTATIONS_PER_FILE = 100;

    static Stream<Path> files() {
        List<Path> files = new ArrayList<>();
        for (String name : List.of("fissa/b/images/AVG_A01.tif", "imread/stack.tiff", "imread/mono.tif",
                "kymographbuilder/mt.tif", "python-microscopy/beads1.tif", "thunderstorm/tubulins1_00020.tif",
                "thunderstorm/7peaksWaveletFiltered.tif", "lumicks_image_alignment/20231228-A_IRM_0.5_beads.tiff",
                "lumicks_image_alignment/20231228-A_WT_0.5_beads.tiff")) {
            files.add(TestData.file(name));
        }
        for (String name : List.of("lzw_u16_predictor.tif", "deflate_f32_fpredictor_tiled.tif", "packbits_rgb_planar_be.tif",
                "bigtiff_be_f64.tif", "lzw_i32_predictor.tif", "bilevel_miniswhite.tif", "imagej_tzc.tif",
                "ome_deltat.ome.tif")) {
            files.add(TiffTestSupport.fixture(name));
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void damagedCopiesFailCleanly(Path original) throws Exception {
        List<int[]> entries = entryPositions(Files.readAllBytes(original));
        Fuzz.Mutator directoryDamage = (bytes, random, m) -> mutate(bytes, entries, random, m);
        Fuzz.Outcome outcome = Fuzz.run(original, original.getFileName().toString(), MUTATIONS_PER_FILE,
                Duration.ofSeconds(2), directoryDamage, TiffFuzzTest::readEverything);
        assertEquals(MUTATIONS_PER_FILE, outcome.total());
        assertTrue(outcome.refused() > 0, "the mutations should break at least some copies of " + original.getFileName());
    }

    /** Reads the file and all its planes. */
    private static void readEverything(Path file) throws IOException {
        ImportResult r = TiffTestSupport.read(file);
        Image im = r.firstImage();
        try {
            for (long p = 0; p < im.planeCount(); p++) {
                im.planeAt(p);
            }
        } finally {
            im.close();
        }
    }

    /** {entry offset, tag, type, entry size} of every entry of the first 4 directories. */
    private static List<int[]> entryPositions(byte[] b) {
        List<int[]> out = new ArrayList<>();
        ByteBuffer buf = ByteBuffer.wrap(b).order(b[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        boolean big = buf.getShort(2) == 43;
        long ifd = big ? buf.getLong(8) : buf.getInt(4) & 0xFFFFFFFFL;
        for (int k = 0; k < 4 && ifd > 0 && ifd < b.length - 16; k++) {
            int n = big ? (int) buf.getLong((int) ifd) : buf.getShort((int) ifd) & 0xFFFF;
            int first = (int) ifd + (big ? 8 : 2);
            int size = big ? 20 : 12;
            for (int i = 0; i < n && first + (i + 1) * size <= b.length; i++) {
                int at = first + i * size;
                out.add(new int[] {at, buf.getShort(at) & 0xFFFF, buf.getShort(at + 2) & 0xFFFF, size});
            }
            int next = first + n * size;
            if (next + 8 > b.length) {
                break;
            }
            ifd = big ? buf.getLong(next) : buf.getInt(next) & 0xFFFFFFFFL;
        }
        return out;
    }

    private static byte[] mutate(byte[] original, List<int[]> entries, Random r, int m) {
        byte[] b = original.clone();
        ByteBuffer buf = ByteBuffer.wrap(b).order(b[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int[] e = entries.get(r.nextInt(entries.size()));
        int valueAt = e[0] + (e[3] == 20 ? 12 : 8);
        int countAt = e[0] + 4;
        switch (m % 9) {
            case 0 -> {
                return java.util.Arrays.copyOf(b, r.nextInt(b.length));
            }
            case 1 -> {
                int flips = 1 + r.nextInt(20);
                for (int i = 0; i < flips; i++) {
                    int at = r.nextInt(Math.min(b.length, 4096));
                    b[at] ^= (byte) (1 << r.nextInt(8));
                }
            }
            case 2 -> {
                for (int i = 0; i < 1 + r.nextInt(30); i++) {
                    int at = r.nextInt(b.length);
                    b[at] ^= (byte) (1 << r.nextInt(8));
                }
            }
            case 3 -> setEntry(buf, entries, 256, 257, r.nextBoolean() ? Integer.MAX_VALUE : 1 + r.nextInt(1 << 16));
            case 4 -> setEntry(buf, entries, 279, 325, r.nextBoolean() ? 0xFFFFFFFFL : r.nextInt(1 << 30));
            case 5 -> setEntry(buf, entries, 273, 324, r.nextBoolean() ? 0xFFFFFFF0L : b.length - 1 - r.nextInt(16));
            case 6 -> buf.putInt(valueAt, r.nextInt());
            case 7 -> buf.putInt(countAt, r.nextBoolean() ? Integer.MAX_VALUE : r.nextInt(1 << 24));
            case 8 -> {
                // the first directory's link points back to itself or to the header
                boolean big = buf.getShort(2) == 43;
                long ifd = big ? buf.getLong(8) : buf.getInt(4) & 0xFFFFFFFFL;
                int n = big ? (int) buf.getLong((int) ifd) : buf.getShort((int) ifd) & 0xFFFF;
                int next = (int) ifd + (big ? 8 : 2) + n * (big ? 20 : 12);
                long target = r.nextBoolean() ? ifd : 4;
                if (big) {
                    buf.putLong(next, target);
                } else {
                    buf.putInt(next, (int) target);
                }
                int at = r.nextInt(b.length);
                b[at] = (byte) r.nextInt(256);
            }
            default -> throw new IllegalStateException();
        }
        return b;
    }

    /** Sets the value of the first entry with one of the two tags (as a single inline value). */
    private static void setEntry(ByteBuffer buf, List<int[]> entries, int tag, int otherTag, long value) {
        for (int[] e : entries) {
            if (e[1] == tag || e[1] == otherTag) {
                boolean big = e[3] == 20;
                int valueAt = e[0] + (big ? 12 : 8);
                buf.putShort(e[0] + 2, (short) (big ? 16 : 4)); // LONG8 / LONG
                if (big) {
                    buf.putLong(e[0] + 4, 1);
                    buf.putLong(valueAt, value);
                } else {
                    buf.putInt(e[0] + 4, 1);
                    buf.putInt(valueAt, (int) value);
                }
                return;
            }
        }
    }
}
