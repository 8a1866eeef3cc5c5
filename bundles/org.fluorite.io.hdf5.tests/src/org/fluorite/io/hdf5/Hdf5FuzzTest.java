package org.fluorite.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.fluorite.core.DataObject;
import org.fluorite.core.image.Image;
import org.fluorite.core.json.Json;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.testing.Fuzz;
import org.fluorite.testing.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Damaged HDF5 files: every real HDF5 file and fixture is mutated many times (truncated, bits
 * flipped in the superblock and object headers and anywhere, absurd 64-bit sizes and addresses
 * written over the structure, blocks zeroed or copied elsewhere). Every outcome must be a
 * successful read whose tree serialises to JSON and whose every plane and table can be read, or
 * an {@link IOException} whose message names the file, within six seconds per mutation (each
 * jHDF call is bounded to two), never another exception, an {@link OutOfMemoryError} or a hang.
 * The seed is fixed, so failures repeat. Run once with -Xmx256m as well.
 */
class Hdf5FuzzTest {

    private static final int MUTATIONS_PER_FILE = 120;
    private static final ImportOptions SHORT_TIMEOUT = ImportOptions.NONE.with(Hdf5Importer.TIMEOUT_OPTION, "2");

    static Stream<Path> files() {
        List<Path> files = new ArrayList<>();
        for (String name : List.of("qpimage/bg_tilt.h5", "flimage/basic.h5", "flimage/retina_p10.h5",
                "python-microscopy/test_hdf.hdf", "picasso/testdata_locs.hdf5", "picasso/testdata_mols.hdf5",
                "lumicks_image_alignment/20231228-A_IRM_0.5_beads_locs.hdf5")) {
            files.add(TestData.file(name));
        }
        files.add(Hdf5TestSupport.fixture("filters.h5"));
        files.add(Hdf5TestSupport.fixture("userblock.h5"));
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void damagedCopiesFailCleanly(Path original) throws Exception {
        Fuzz.Outcome outcome = Fuzz.run(original, original.getFileName().toString(), MUTATIONS_PER_FILE,
                Duration.ofSeconds(6), Hdf5FuzzTest::mutate, Hdf5FuzzTest::readEverything);
        assertEquals(MUTATIONS_PER_FILE, outcome.total());
        assertTrue(outcome.refused() > 0, "the mutations should break at least some copies of " + original.getFileName());
        assertTrue(outcome.read() > 0, "some mutations (e.g. flips in data) should leave " + original.getFileName() + " readable");
    }

    /** Reads the file, serialises its tree and reads all its planes and tables; closes the images. */
    private static void readEverything(Path file) throws IOException {
        ImportResult r = new Hdf5Importer().read(file, SHORT_TIMEOUT, null);
        try {
            assertTrue(r.data().get(0) instanceof Hdf5Tree, file + ": the tree comes first");
            Json.write(r.data().get(0).describe());
            for (DataObject d : r.data()) {
                if (d instanceof Image im) {
                    for (long p = 0; p < im.planeCount(); p++) {
                        im.planeAt(p);
                    }
                } else if (d instanceof Table t) {
                    for (var c : t.columns()) {
                        c.range();
                    }
                }
            }
        } finally {
            for (Image im : r.images()) {
                try {
                    im.close();
                } catch (IOException e) {
                    fail(file + ": closing failed: " + e);
                }
            }
        }
    }

    /** HDF5 structure damage, cycling through eight kinds (see the class comment). */
    private static byte[] mutate(byte[] original, Random r, int m) {
        byte[] b = original.clone();
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        switch (m % 8) {
            case 0 -> {
                return Arrays.copyOf(b, r.nextInt(b.length));
            }
            case 1 -> {
                int flips = 1 + r.nextInt(12);
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
            case 3 -> {
                int at = r.nextInt(Math.min(b.length, 8192) - 8) & ~7;
                buf.putLong(at, -1L);
            }
            case 4 -> {
                int at = r.nextInt(Math.min(b.length, 8192) - 8) & ~7;
                buf.putLong(at, (1L << (20 + r.nextInt(40))) + r.nextInt(1000));
            }
            case 5 -> {
                int at = r.nextInt(Math.min(b.length, 2048) - 4) & ~3;
                buf.putInt(at, r.nextBoolean() ? Integer.MAX_VALUE : r.nextInt());
            }
            case 6 -> {
                int at = r.nextInt(Math.max(1, b.length - 64));
                Arrays.fill(b, at, Math.min(b.length, at + 64), (byte) 0);
            }
            case 7 -> {
                int from = r.nextInt(b.length - 16);
                int to = r.nextInt(Math.min(b.length, 8192) - 16);
                System.arraycopy(original, from, b, to, 16);
            }
            default -> throw new IllegalStateException();
        }
        return b;
    }
}
