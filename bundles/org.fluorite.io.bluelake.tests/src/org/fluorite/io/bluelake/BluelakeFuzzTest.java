package org.fluorite.io.bluelake;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.fluorite.core.DataObject;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Damaged copies of the synthetic Bluelake files: truncated, bits flipped in the superblock and
 * object headers, bytes overwritten anywhere, 8-byte fields set to huge values, JSON documents
 * broken. Every outcome must be a read whose tables and typed channels can all be used, or an
 * {@link IOException} naming the file, within two seconds per copy. The seed is fixed.
 */
class BluelakeFuzzTest {

    private static final int MUTATIONS = 120;

    @ParameterizedTest
    @ValueSource(strings = {"bluelake_kymo.h5", "bluelake_v1.h5"})
    void damagedCopiesFailCleanly(String name) throws Exception {
        byte[] bytes = Files.readAllBytes(BluelakeTestSupport.fixture(name));
        Random random = new Random(0xB1E ^ name.hashCode());
        Path dir = Files.createTempDirectory("fluorite-bluelake-fuzz");
        int failed = 0;
        try {
            for (int m = 0; m < MUTATIONS; m++) {
                Path file = dir.resolve("m" + m + ".h5");
                Files.write(file, mutate(bytes, random, m));
                String what = "mutation " + m + " (kind " + m % 6 + ") of " + name;
                boolean ok = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> readEverything(file, what), what);
                failed += ok ? 0 : 1;
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
        assertTrue(failed > 0, "the mutations should break some copies of " + name);
    }

    private static boolean readEverything(Path file, String what) {
        try {
            ImportResult r = new BluelakeImporter().read(file, ImportOptions.NONE, ProgressMonitor.NONE);
            for (DataObject d : r.data()) {
                if (d instanceof Table t) {
                    t.columns().forEach(c -> c.range());
                }
                d.describe();
            }
            try (BluelakeFile f = BluelakeFile.open(file)) {
                for (Channel c : f.channels()) {
                    switch (c.kind()) {
                        case CONTINUOUS -> f.read(c, 0, (int) Math.min(c.length(), 1000));
                        case TIME_SERIES -> f.readTimeSeries(c);
                        case TIME_TAGS -> f.readTimeTags(c);
                        default -> throw new IllegalStateException();
                    }
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
        switch (m % 6) {
            case 0 -> {
                return Arrays.copyOf(b, r.nextInt(b.length));
            }
            case 1 -> {
                for (int i = 0, n = 1 + r.nextInt(6); i < n; i++) {
                    b[r.nextInt(Math.min(b.length, 2048))] ^= (byte) (1 << r.nextInt(8));
                }
            }
            case 2 -> {
                for (int i = 0, n = 1 + r.nextInt(30); i < n; i++) {
                    b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                }
            }
            case 3 -> {
                int at = r.nextInt(b.length - 8) & ~7;
                long v = r.nextBoolean() ? Long.MAX_VALUE / 5 : 0xFFFFFFF0L;
                for (int i = 0; i < 8; i++) {
                    b[at + i] = (byte) (v >>> (8 * i));
                }
            }
            case 4 -> {
                int at = r.nextInt(b.length - 4);
                b[at] = (byte) 0xFF;
                b[at + 1] = (byte) 0xFF;
                b[at + 2] = (byte) 0xFF;
                b[at + 3] = (byte) 0x3F;
            }
            case 5 -> {
                // break a JSON document or a number inside it
                String text = new String(b, StandardCharsets.ISO_8859_1);
                List<String> targets = List.of("{\"value0\"", "\"num of pixels\": 4", "\"scan axes\"", "\"name\"", "{\"x\"");
                String target = targets.get(r.nextInt(targets.size()));
                int at = text.indexOf(target);
                if (at >= 0) {
                    byte[] repl = (r.nextBoolean() ? "[" : "9").repeat(target.length()).getBytes(StandardCharsets.ISO_8859_1);
                    System.arraycopy(repl, 0, b, at, repl.length);
                } else {
                    b[r.nextInt(b.length)] ^= 0x20;
                }
            }
            default -> throw new IllegalStateException();
        }
        return b;
    }
}
