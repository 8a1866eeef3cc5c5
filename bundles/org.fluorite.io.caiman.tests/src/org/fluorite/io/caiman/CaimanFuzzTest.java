package org.fluorite.io.caiman;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

import org.fluorite.core.DataObject;
import org.fluorite.core.image.Image;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.roi.MaskRoi;
import org.fluorite.roi.Roi;
import org.junit.jupiter.api.Test;

/**
 * Damaged copies of the synthetic CNMF file: truncated, bits flipped in the superblock and object
 * headers, bytes overwritten anywhere, 8-byte fields set to huge values. Every outcome must be a
 * read whose ROIs, tables and images can all be used, or an {@link IOException} naming the file,
 * within two seconds per copy. The seed is fixed, so failures repeat.
 */
class CaimanFuzzTest {

    private static final int MUTATIONS = 150;

    @Test
    void damagedCopiesFailCleanly() throws Exception {
        Path original = CaimanTestSupport.fixture("cnmf_synthetic.hdf5");
        byte[] bytes = Files.readAllBytes(original);
        Random random = new Random(0xCA1A);
        Path dir = Files.createTempDirectory("fluorite-caiman-fuzz");
        int failed = 0;
        int ok = 0;
        try {
            for (int m = 0; m < MUTATIONS; m++) {
                Path file = dir.resolve("m" + m + ".hdf5");
                Files.write(file, mutate(bytes, random, m));
                String what = "mutation " + m + " (kind " + m % 5 + ")";
                boolean read = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> readEverything(file, what), what);
                if (read) {
                    ok++;
                } else {
                    failed++;
                }
                Files.delete(file);
            }
        } finally {
            try (java.util.stream.Stream<Path> left = Files.list(dir)) {
                for (Path p : left.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
        assertTrue(failed > 0, "the mutations should break some copies");
        assertTrue(ok + failed == MUTATIONS);
    }

    private static boolean readEverything(Path file, String what) {
        try {
            ImportResult r = new CaimanImporter().read(file, ImportOptions.NONE, ProgressMonitor.NONE);
            SourceExtraction s = (SourceExtraction) r.data().get(0);
            for (Roi roi : s.rois().rois()) {
                ((MaskRoi) roi).bounds();
            }
            for (DataObject d : r.data()) {
                if (d instanceof Table t) {
                    t.columns().forEach(c -> c.range());
                } else if (d instanceof Image im) {
                    im.planeAt(0);
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

    static byte[] mutate(byte[] original, Random r, int m) {
        byte[] b = original.clone();
        switch (m % 5) {
            case 0 -> {
                return Arrays.copyOf(b, r.nextInt(b.length));
            }
            case 1 -> {
                for (int i = 0, n = 1 + r.nextInt(6); i < n; i++) {
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
                // an 8-byte little-endian field (address, length or dimension) set to a huge value
                int at = r.nextInt(b.length - 8) & ~7;
                long v = r.nextBoolean() ? Long.MAX_VALUE / 3 : 0xFFFFFFF0L;
                for (int i = 0; i < 8; i++) {
                    b[at + i] = (byte) (v >>> (8 * i));
                }
            }
            case 4 -> {
                // a 4-byte field set to a huge value
                int at = r.nextInt(b.length - 4);
                b[at] = (byte) 0xFF;
                b[at + 1] = (byte) 0xFF;
                b[at + 2] = (byte) 0xFF;
                b[at + 3] = (byte) 0x3F;
            }
            default -> throw new IllegalStateException();
        }
        return b;
    }
}
