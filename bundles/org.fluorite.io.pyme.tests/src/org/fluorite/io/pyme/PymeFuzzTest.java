package org.fluorite.io.pyme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.fluorite.core.DataObject;
import org.fluorite.core.image.Image;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.Importer;
import org.fluorite.testing.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Damaged PYME files (HDF5 tables, raw series, text tables): each real file and fixture is mutated many times (truncated, bits
 * flipped in the superblock and object headers, random bytes anywhere, 8-byte fields overwritten
 * with absurd sizes and addresses). Every outcome must be a successful read whose planes can all be
 * read, or an {@link IOException} whose message names the file, within two seconds per copy, never
 * another exception, an error or a hang. The seed is fixed, so failures repeat.
 */
class PymeFuzzTest {

    private static final int MUTATIONS_PER_FILE = 80;

    static Stream<Path> files() {
        return Stream.concat(Stream.of("python-microscopy/test_hdf.hdf", "python-microscopy/test_csv.csv").map(TestData::file),
                Stream.of("pyme_series.h5", "pyme_zt.h5", "fit_results.h5r").map(PymeTestSupport::fixture));
    }

    @ParameterizedTest
    @MethodSource("files")
    void damagedCopiesFailCleanly(Path original) throws Exception {
        byte[] bytes = Files.readAllBytes(original);
        Path dir = TestData.tempDir("pyme-fuzz");
        Random random = new Random(0x5EED ^ original.getFileName().toString().hashCode());
        int ok = 0;
        int failed = 0;
        try {
            for (int m = 0; m < MUTATIONS_PER_FILE; m++) {
                byte[] damaged = mutate(bytes, random, m);
                Path file = dir.resolve("m" + m + "-" + original.getFileName());
                Files.write(file, damaged);
                String what = "mutation " + m + " (kind " + m % 5 + ") of " + original.getFileName();
                boolean read = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> readEverything(file, what), what);
                if (read) {
                    ok++;
                } else {
                    failed++;
                }
                Files.delete(file);
            }
        } finally {
            try (Stream<Path> left = Files.list(dir)) {
                for (Path p : left.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
        assertEquals(MUTATIONS_PER_FILE, ok + failed);
        assertTrue(failed > 0, "the mutations should break at least some copies of " + original.getFileName());
    }

    /** True when the file and all its planes were read, false when it failed with an IOException naming it. */
    private static boolean readEverything(Path file, String what) {
        try {
            String name = file.getFileName().toString();
            Importer importer = name.endsWith(".csv") ? new PymeCsvImporter()
                    : name.contains("pyme_") ? new PymeImageImporter() : new PymeTableImporter();
            List<DataObject> data = importer.read(file, ImportOptions.NONE, ProgressMonitor.NONE).data();
            for (DataObject d : data) {
                if (d instanceof Image im) {
                    try {
                        for (long p = 0; p < im.planeCount(); p++) {
                            assertEquals(im.width() * im.height(), im.planeAt(p).size());
                        }
                    } finally {
                        im.close();
                    }
                } else {
                    Table t = (Table) d;
                    assertTrue(t.rowCount() >= 0 && t.column("frame").isPresent());
                }
            }
            return true;
        } catch (IOException e) {
            if (e.getMessage() == null || !e.getMessage().contains(file.toString())) {
                fail(what + ": the message does not name the file: " + e.getMessage(), e);
            }
            return false;
        } catch (Throwable t) {
            fail(what + ": unexpected " + t, t);
            return false;
        }
    }

    private static byte[] mutate(byte[] original, Random r, int m) {
        byte[] b = original.clone();
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        switch (m % 5) {
            case 0 -> {
                return Arrays.copyOf(b, r.nextInt(b.length));
            }
            case 1 -> {
                for (int i = 0, n = 1 + r.nextInt(20); i < n; i++) {
                    int at = r.nextInt(Math.min(b.length, 2048));
                    b[at] ^= (byte) (1 << r.nextInt(8));
                }
            }
            case 2 -> {
                for (int i = 0, n = 1 + r.nextInt(30); i < n; i++) {
                    b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                }
            }
            case 3 -> {
                int at = r.nextInt(Math.min(b.length, 4096) - 8);
                long[] absurd = {Long.MAX_VALUE, 0xFFFFFFFFL, 1L << 40, b.length * 3L, -1L};
                buf.putLong(at, absurd[r.nextInt(absurd.length)]);
            }
            case 4 -> {
                int at = r.nextInt(Math.min(b.length, 4096) - 4);
                buf.putInt(at, r.nextBoolean() ? Integer.MAX_VALUE : r.nextInt(1 << 24));
            }
            default -> throw new IllegalStateException();
        }
        return b;
    }
}
