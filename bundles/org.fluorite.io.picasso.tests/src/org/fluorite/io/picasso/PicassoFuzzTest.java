package org.fluorite.io.picasso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
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
 * Damaged Picasso files: the HDF5 localization files (truncated, bits flipped, absurd 8-byte
 * sizes and addresses) and the raw movie with its sidecar (truncated movie; sidecars with absurd
 * frame counts and sizes, unknown data types, cut or scrambled text). Every outcome must be a
 * successful read whose data can all be read, or an {@link IOException} naming the file, within two
 * seconds per copy. The seed is fixed, so failures repeat.
 */
class PicassoFuzzTest {

    private static final int MUTATIONS_PER_FILE = 80;

    static Stream<String> files() {
        return Stream.of("picasso/testdata_locs.hdf5", "picasso/testdata_mols.hdf5",
                "lumicks_image_alignment/20231228-A_IRM_0.5_beads_locs.hdf5", "picasso/testdata.raw");
    }

    @ParameterizedTest
    @MethodSource("files")
    void damagedCopiesFailCleanly(String name) throws Exception {
        Path original = TestData.file(name);
        byte[] bytes = Files.readAllBytes(original);
        byte[] yaml = Files.readAllBytes(original.resolveSibling(original.getFileName().toString().replaceAll("\\.[^.]+$", ".yaml")));
        boolean raw = name.endsWith(".raw");
        Path dir = TestData.tempDir("picasso-fuzz");
        Random random = new Random(0x5EED ^ name.hashCode());
        int ok = 0;
        int failed = 0;
        try {
            for (int m = 0; m < MUTATIONS_PER_FILE; m++) {
                String stem = "m" + m;
                Path file = dir.resolve(stem + (raw ? ".raw" : ".hdf5"));
                Path sidecar = dir.resolve(stem + ".yaml");
                boolean damageSidecar = raw && m % 2 == 1;
                Files.write(file, damageSidecar ? bytes : mutateBinary(bytes, random, m / (raw ? 2 : 1)));
                Files.write(sidecar, damageSidecar ? mutateYaml(yaml, random, m / 2) : yaml);
                String what = "mutation " + m + " of " + name;
                boolean read = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> readEverything(file, raw, what), what);
                if (read) {
                    ok++;
                } else {
                    failed++;
                }
                Files.delete(file);
                Files.delete(sidecar);
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
        assertTrue(failed > 0, "the mutations should break at least some copies of " + name);
    }

    private static boolean readEverything(Path file, boolean raw, String what) {
        try {
            Importer importer = raw ? new PicassoRawImporter() : new PicassoLocsImporter();
            for (DataObject d : importer.read(file, ImportOptions.NONE, ProgressMonitor.NONE).data()) {
                if (d instanceof Image im) {
                    try {
                        for (long p = 0; p < im.planeCount(); p++) {
                            assertEquals(im.width() * im.height(), im.planeAt(p).size());
                        }
                    } finally {
                        im.close();
                    }
                } else {
                    assertTrue(((Table) d).rowCount() >= 0);
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

    private static byte[] mutateBinary(byte[] original, Random r, int m) {
        byte[] b = original.clone();
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        switch (m % 5) {
            case 0 -> {
                return Arrays.copyOf(b, r.nextInt(b.length));
            }
            case 1 -> {
                for (int i = 0, n = 1 + r.nextInt(20); i < n; i++) {
                    b[r.nextInt(Math.min(b.length, 2048))] ^= (byte) (1 << r.nextInt(8));
                }
            }
            case 2 -> {
                for (int i = 0, n = 1 + r.nextInt(30); i < n; i++) {
                    b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                }
            }
            case 3 -> {
                long[] absurd = {Long.MAX_VALUE, 0xFFFFFFFFL, 1L << 40, b.length * 3L, -1L};
                buf.putLong(r.nextInt(Math.min(b.length, 4096) - 8), absurd[r.nextInt(absurd.length)]);
            }
            case 4 -> buf.putInt(r.nextInt(Math.min(b.length, 4096) - 4), r.nextBoolean() ? Integer.MAX_VALUE : r.nextInt(1 << 24));
            default -> throw new IllegalStateException();
        }
        return b;
    }

    private static byte[] mutateYaml(byte[] original, Random r, int m) {
        String text = new String(original, StandardCharsets.UTF_8);
        String out = switch (m % 6) {
            case 0 -> text.replaceFirst("(?m)^Frames: .*$", "Frames: " + (r.nextBoolean() ? "1000000000000" : "-5"));
            case 1 -> text.replaceFirst("(?m)^Width: .*$", "Width: " + (r.nextBoolean() ? "2147483648" : "0"));
            case 2 -> text.replaceFirst("(?m)^Data Type: .*$", "Data Type: " + (r.nextBoolean() ? "complex128" : "float64"));
            case 3 -> text.substring(0, r.nextInt(text.length()));
            case 4 -> text.replaceFirst("(?m)^Height: .*$", "Height: " + (r.nextBoolean() ? "99999" : "1"));
            case 5 -> {
                char[] c = text.toCharArray();
                String noise = ":- '\"\n\t[]{}#";
                for (int i = 0; i < 20; i++) {
                    c[r.nextInt(c.length)] = noise.charAt(r.nextInt(noise.length()));
                }
                yield new String(c);
            }
            default -> throw new IllegalStateException();
        };
        return out.getBytes(StandardCharsets.UTF_8);
    }
}
