package org.fluorite.io.suite2p;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.fluorite.core.DataObject;
import org.fluorite.core.image.Image;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportException;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.suite2p.npy.NpyFile;
import org.fluorite.io.suite2p.npy.NumpyPickle;
import org.fluorite.testing.Fuzz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Damaged suite2p folders: one file of the real FISSA folder or of the synthetic plane is mutated
 * (truncated, bits flipped, absurd .npy shapes and header lengths, pickle length fields set to
 * 2 GB) while the others stay intact. Every outcome must be a read whose tables and images can
 * all be used, or an {@link IOException} naming the file, within two seconds per mutation. Hand
 * made pickles (unknown globals, nesting 100 000 deep, Python objects) fail with a clear message.
 * The seed is fixed, so failures repeat.
 */
class Suite2pFuzzTest {

    private static final int MUTATIONS = 40;

    static Stream<Object[]> targets() {
        Path real = Suite2pTestSupport.realFolder();
        Path synthetic = Suite2pTestSupport.syntheticRoot().resolve("plane0");
        List<Object[]> out = new ArrayList<>();
        for (String name : List.of("stat.npy", "ops.npy", "F.npy", "iscell.npy")) {
            out.add(new Object[] {real, name});
        }
        for (String name : List.of("stat.npy", "ops.npy", "Fneu.npy")) {
            out.add(new Object[] {synthetic, name});
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("targets")
    void damagedFilesFailCleanly(Path folder, String target) throws Exception {
        Fuzz.Outcome outcome = Fuzz.runInFolder(folder, target, MUTATIONS, Duration.ofSeconds(2), Suite2pFuzzTest::mutate,
                Suite2pFuzzTest::readEverything);
        assertEquals(MUTATIONS, outcome.total());
        assertTrue(outcome.refused() > 0, "the mutations should break at least some copies of " + target);
    }

    /** Reads the folder, every column of its tables and the first plane of its images. */
    private static void readEverything(Path dir) throws IOException {
        ImportResult r = Suite2pTestSupport.read(dir, ImportOptions.NONE);
        for (DataObject d : r.data()) {
            if (d instanceof Table t) {
                for (var c : t.columns()) {
                    c.range();
                }
            } else if (d instanceof Image im) {
                im.planeAt(0);
            }
        }
    }

    /** .npy damage: truncation, header flips, flips anywhere, absurd shapes and header lengths, huge pickle lengths. */
    private static byte[] mutate(byte[] original, Random r, int m) {
        byte[] b = original.clone();
        int headerEnd = Math.min(b.length, 128);
        switch (m % 6) {
            case 0 -> {
                return Arrays.copyOf(b, r.nextInt(b.length));
            }
            case 1 -> {
                for (int i = 0, n = 1 + r.nextInt(8); i < n; i++) {
                    int at = r.nextInt(headerEnd);
                    b[at] ^= (byte) (1 << r.nextInt(8));
                }
            }
            case 2 -> {
                for (int i = 0, n = 1 + r.nextInt(40); i < n; i++) {
                    int at = r.nextInt(b.length);
                    b[at] ^= (byte) (1 << r.nextInt(8));
                }
            }
            case 3 -> {
                // an absurd shape in the header dict
                String head = new String(b, 0, headerEnd, StandardCharsets.ISO_8859_1);
                String[] shapes = {"(99999999999, 864)", "(4611686018427387904, 4)", "(-3, 2)", "(2, 3, 4)", "()"};
                String changed = head.replaceFirst("'shape': \\([^)]*\\)", "'shape': " + shapes[r.nextInt(shapes.length)]);
                byte[] nh = changed.getBytes(StandardCharsets.ISO_8859_1);
                System.arraycopy(nh, 0, b, 0, Math.min(nh.length, headerEnd));
            }
            case 4 -> {
                // header length field far beyond the file
                b[8] = (byte) 0xFF;
                b[9] = (byte) 0x7F;
            }
            case 5 -> {
                // a length field inside the pickle (or the data) set to about 2 GB
                int at = headerEnd + r.nextInt(Math.max(1, b.length - headerEnd - 4));
                for (int i = at; i < b.length - 5; i++) {
                    if (b[i] == 'B' || b[i] == 'X') {
                        at = i + 1;
                        break;
                    }
                }
                if (at + 4 <= b.length) {
                    b[at] = (byte) 0xF0;
                    b[at + 1] = (byte) 0xFF;
                    b[at + 2] = (byte) 0xFF;
                    b[at + 3] = (byte) 0x7F;
                }
            }
            default -> throw new IllegalStateException();
        }
        return b;
    }

    @Test
    void unknownGlobalsAreRefusedByName() {
        Path file = Path.of("crafted.npy");
        byte[] pickle = ascii("\u0080\u0002cos\nsystem\nX\u0002\u0000\u0000\u0000lsR.");
        ImportException e = assertThrows(ImportException.class, () -> NumpyPickle.load(pickle, file));
        assertTrue(e.getMessage().contains("os.system"), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }

    @Test
    void stackGlobalsAreCheckedToo() {
        Path file = Path.of("crafted.npy");
        byte[] pickle = ascii("\u0080\u0004\u008c\u0008builtins\u0094\u008c\u0004eval\u0094\u0093X\u0001\u0000\u0000\u00001\u0085R.");
        ImportException e = assertThrows(ImportException.class, () -> NumpyPickle.load(pickle, file));
        assertTrue(e.getMessage().contains("builtins.eval"), e.getMessage());
    }

    @Test
    void deeplyNestedPicklesFailWithinBounds() {
        Path file = Path.of("nested.npy");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x80);
        out.write(2);
        for (int i = 0; i < 100_000; i++) {
            out.write(']'); // empty list
        }
        for (int i = 0; i < 99_999; i++) {
            out.write('a'); // append to the list below
        }
        out.write('.');
        byte[] pickle = out.toByteArray();
        ImportException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(ImportException.class, () -> NumpyPickle.load(pickle, file)));
        assertTrue(e.getMessage().contains("nested"), e.getMessage());
    }

    /** Lists of lists of shared lists: a few kilobytes that Java would hash and copy 10^12 times. */
    @Test
    void sharedNestedListsDoNotExpand() {
        Path file = Path.of("laughs.npy");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x80);
        out.write(2);
        out.write(']');
        out.write('q');
        out.write(0);
        out.write('(');
        for (int i = 0; i < 1000; i++) {
            out.write('K');
            out.write(i & 0x7F);
        }
        out.write('e');
        for (int level = 1; level <= 4; level++) {
            out.write(']');
            out.write('q');
            out.write(level);
            out.write('(');
            for (int i = 0; i < 1000; i++) {
                out.write('h');
                out.write(level - 1);
            }
            out.write('e');
        }
        out.write('}');
        out.write('h');
        out.write(4);
        out.write('N');
        out.write('s');
        out.write('.');
        byte[] pickle = out.toByteArray();
        ImportException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(ImportException.class, () -> NumpyPickle.load(pickle, file)));
        assertTrue(e.getMessage().contains("refers back"), e.getMessage());
    }

    @Test
    void hugeByteLengthsAreRefusedBeforeAllocation() {
        Path file = Path.of("huge.npy");
        byte[] pickle = ascii("\u0080\u0004\u008e\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u007f.");
        ImportException e = assertThrows(ImportException.class, () -> NumpyPickle.load(pickle, file));
        assertTrue(e.getMessage().contains("past the end"), e.getMessage());
    }

    @Test
    void plainValuesAndForbiddenOpcodes() throws IOException {
        Path file = Path.of("plain.npy");
        // {'a': [1, 2.5, True, None, 'x']}
        byte[] ok = ascii("\u0080\u0002}X\u0001\u0000\u0000\u0000a](K\u0001G@\u0004\u0000\u0000\u0000\u0000\u0000\u0000\u0088NX\u0001\u0000\u0000\u0000xes.");
        assertEquals(1, ((java.util.Map<?, ?>) NumpyPickle.load(ok, file)).size());
        List<?> a = (List<?>) ((java.util.Map<?, ?>) NumpyPickle.load(ok, file)).get("a");
        assertEquals(1L, a.get(0));
        assertEquals(2.5, a.get(1));
        assertEquals(true, a.get(2));
        assertEquals(null, a.get(3));
        assertEquals("x", a.get(4));
        byte[] persistent = ascii("\u0080\u0002X\u0001\u0000\u0000\u0000aQ.");
        ImportException e = assertThrows(ImportException.class, () -> NumpyPickle.load(persistent, file));
        assertTrue(e.getMessage().contains("not allowed"), e.getMessage());
    }

    @Test
    void absurdNpyHeadersAreRefused() throws IOException {
        Path dir = Files.createTempDirectory("fluorite-npy");
        Path file = dir.resolve("F.npy");
        try {
            String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (1000000000, 1000000000), }";
            Files.write(file, npy(dict, new byte[16]));
            ImportException e = assertThrows(ImportException.class, () -> NpyFile.read(file));
            assertTrue(e.getMessage().contains("impossible") || e.getMessage().contains("truncated"), e.getMessage());
            Files.write(file, npy("{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (2,), }", new byte[8]));
            e = assertThrows(ImportException.class, () -> NpyFile.read(file));
            assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
            Files.write(file, npy("{'descr': '<c16', 'fortran_order': False, 'shape': (1,), }", new byte[16]));
            e = assertThrows(ImportException.class, () -> NpyFile.read(file));
            assertTrue(e.getMessage().contains("c16"), e.getMessage());
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static byte[] npy(String dict, byte[] data) {
        StringBuilder h = new StringBuilder(dict);
        while ((10 + h.length() + 1) % 64 != 0) {
            h.append(' ');
        }
        h.append('\n');
        byte[] head = h.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[10 + head.length + data.length];
        byte[] magic = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) head.length, (byte) (head.length >> 8)};
        System.arraycopy(magic, 0, out, 0, 10);
        System.arraycopy(head, 0, out, 10, head.length);
        System.arraycopy(data, 0, out, 10 + head.length, data.length);
        return out;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
