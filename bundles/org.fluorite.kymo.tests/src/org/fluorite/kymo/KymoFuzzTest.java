package org.fluorite.kymo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.fluorite.io.bluelake.BluelakeFile;
import org.fluorite.testing.Fuzz;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Damaged copies of the kymograph fixtures: truncated, bits flipped, bytes overwritten, 8-byte
 * fields set to huge values, scan JSON numbers made absurd (pixels per line, pixel size). Every
 * kymograph (and confocal scan) must then be rebuilt into an image whose counts can be summed, or refused with an
 * {@link IOException} naming the file, within five seconds per copy (seed fixed; passes with
 * -Xmx256m). The bound is wider than the reader's own fuzz test because a cold HDF5 reader takes
 * up to two seconds to refuse some damaged headers on a loaded two-core machine.
 */
class KymoFuzzTest {

    private static final int MUTATIONS = 100;

    @ParameterizedTest
    @ValueSource(strings = {"kymos.h5", "kymo_truncated.h5"})
    void damagedCopiesFailCleanly(String name) throws Exception {
        Fuzz.Outcome outcome = Fuzz.run(KymoFixtures.file(name), name, 0x4B7 ^ name.hashCode(), MUTATIONS, Duration.ofSeconds(5),
                KymoFuzzTest::mutate, KymoFuzzTest::reconstructEverything);
        assertEquals(MUTATIONS, outcome.total());
        assertTrue(outcome.refused() > 0, "the mutations should break some copies of " + name);
        assertTrue(outcome.read() > 0, "some copies of " + name + " should still read");
    }

    private static void reconstructEverything(Path file) throws IOException {
        try (BluelakeFile f = BluelakeFile.open(file)) {
            for (KymographFile.Entry e : KymographFile.list(f)) {
                Kymograph k = KymographFile.open(f, e.name());
                if (k.lines() < 1 || k.pixelsPerLine() < 1) {
                    throw new AssertionError("an empty kymograph was returned for " + e.name());
                }
                double sum = k.sum(KymoChannel.RGB);
                if (Double.isNaN(sum)) {
                    throw new AssertionError("NaN counts in " + e.name());
                }
                k.describe();
                k.image(KymoChannel.RGB).plane(java.util.Map.of(org.fluorite.core.image.Axis.C, 1L));
            }
            for (String scan : ConfocalScan.names(f)) {
                org.fluorite.core.image.Image img = ConfocalScan.open(f, scan);
                img.plane(java.util.Map.of(org.fluorite.core.image.Axis.T, img.length(org.fluorite.core.image.Axis.T) - 1,
                        org.fluorite.core.image.Axis.C, 0L));
            }
        }
    }

    private static byte[] mutate(byte[] original, Random r, int m) {
        if (m % 5 != 4) {
            return Fuzz.wideFields(Long.MAX_VALUE / 7).mutate(original, r, m % 5);
        }
        byte[] b = original.clone();
        String text = new String(b, StandardCharsets.ISO_8859_1);
        List<String> targets = List.of("\"num of pixels\": 5", "\"num of pixels\": 30", "\"pixel size (nm)\": 100.0", "{\"value0\"");
        String target = targets.get(r.nextInt(targets.size()));
        int at = text.indexOf(target);
        if (at >= 0) {
            String repl = switch (r.nextInt(3)) {
                case 0 -> target.replaceAll("[0-9]", "9");
                case 1 -> target.replaceAll("[0-9]", "0");
                default -> "[".repeat(target.length());
            };
            System.arraycopy(repl.getBytes(StandardCharsets.ISO_8859_1), 0, b, at, repl.length());
        } else {
            b[r.nextInt(b.length)] ^= 0x40;
        }
        return b;
    }
}
