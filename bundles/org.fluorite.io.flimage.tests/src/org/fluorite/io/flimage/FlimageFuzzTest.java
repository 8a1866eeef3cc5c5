package org.fluorite.io.flimage;

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
import org.fluorite.testing.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Damaged flimage/qpimage files: each real file and fixture is mutated many times (truncated, bits
 * flipped in the superblock and object headers, random bytes anywhere, 8-byte fields overwritten
 * with absurd sizes and addresses). Every outcome must be a successful read whose planes can all be
 * read, or an {@link IOException} whose message names the file, within two seconds per copy, never
 * another exception, an error or a hang. The seed is fixed, so failures repeat.
 */
class FlimageFuzzTest {

    private static final int MUTATIONS_PER_FILE = 80;

    static Stream<Path> files() {
        return Stream.concat(
                Stream.of("flimage/basic.h5", "flimage/retina_p10.h5", "qpimage/bg_tilt.h5").map(TestData::file),
                Stream.of("series12.h5", "with_background.h5").map(FlimageTestSupport::fixture));
    }

    @ParameterizedTest
    @MethodSource("files")
    void damagedCopiesFailCleanly(Path original) throws Exception {
        byte[] bytes = Files.readAllBytes(original);
        Path dir = TestData.tempDir("flimage-fuzz");
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
            List<DataObject> data = FlimageTestSupport.read(file).data();
            try {
                for (DataObject d : data) {
                    Image im = (Image) d;
                    for (long p = 0; p < im.planeCount(); p++) {
                        assertEquals(im.width() * im.height(), im.planeAt(p).size());
                    }
                }
            } finally {
                for (DataObject d : data) {
                    ((Image) d).close();
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
