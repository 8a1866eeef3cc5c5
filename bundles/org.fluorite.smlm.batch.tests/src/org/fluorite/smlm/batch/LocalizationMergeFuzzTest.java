package org.fluorite.smlm.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.fluorite.smlm.batch.LocalizationMerge.MergeException;
import org.fluorite.smlm.batch.LocalizationMerge.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged partial tables (truncations, bit flips, absurd frame numbers; seeded): the merge either
 * writes a table whose ids run 1..n and whose frames stay in their items' ranges, or refuses naming
 * the damaged item and leaves no output. Each case within 2 s.
 */
class LocalizationMergeFuzzTest {

    private static final String HEADER = "\"id\",\"frame\",\"x [nm]\",\"y [nm]\",\"sigma [nm]\"";
    @TempDir
    Path dir;

    private static byte[] table(long first, long last, Random r) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        int id = 0;
        for (long f = first; f <= last; f++) {
            for (int k = 0; k < 3; k++) {
                b.append(++id).append(',').append(f).append(',').append(r.nextDouble() * 4800).append(',')
                        .append(r.nextDouble() * 4800).append(',').append(100 + r.nextDouble() * 60).append('\n');
            }
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] mutate(byte[] good, Random r, int kind) {
        return switch (kind) {
            case 0 -> java.util.Arrays.copyOf(good, r.nextInt(good.length));
            case 1 -> {
                byte[] b = good.clone();
                for (int i = 0; i < 1 + r.nextInt(8); i++) {
                    b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                }
                yield b;
            }
            default -> new String(good, StandardCharsets.UTF_8).replaceFirst("\n(\\d+),(\\d+),", "\n$1," + switch (r.nextInt(3)) {
                case 0 -> "99999999999999999999";
                case 1 -> "-7";
                default -> Long.toString(Long.MAX_VALUE);
            } + ",").getBytes(StandardCharsets.UTF_8);
        };
    }

    @Test
    void damagedPartsAreMergedCorrectlyOrRefusedNamingTheirItem() throws Exception {
        Random r = new Random(20261122L);
        int refused = 0;
        int merged = 0;
        for (int round = 0; round < 150; round++) {
            int c = round;
            Path a = dir.resolve("a.csv");
            Path b = dir.resolve("b.csv");
            Files.write(a, table(1, 10, r));
            Files.write(b, mutate(table(11, 20, r), r, c % 3));
            Path out = dir.resolve("out-" + c + ".csv");
            List<Part> parts = List.of(new Part("a", "ua", new FrameRange(1, 10), a), new Part("b", "ub", new FrameRange(11, 20), b));
            int kind = c % 3;
            boolean ok = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
                try {
                    long rows = LocalizationMerge.merge(parts, new FrameRange(1, 20), out);
                    List<String> lines = Files.readAllLines(out);
                    assertEquals(rows + 1, lines.size());
                    for (int i = 1; i < lines.size(); i++) {
                        String[] cells = lines.get(i).split(",", -1);
                        assertEquals(i, Long.parseLong(cells[0]), "case " + c + " (kind " + kind + ") row " + i);
                        long f = Long.parseLong(cells[1].trim());
                        assertTrue(f >= 1 && f <= 20, "case " + c + " frame " + f);
                    }
                    return true;
                } catch (MergeException e) {
                    assertTrue(e.getMessage().contains("item 'b' (ub, frames 11:20)"), "case " + c + ": " + e.getMessage());
                    assertFalse(Files.exists(out), "case " + c + " left an output");
                    return false;
                }
            }, "case " + c);
            if (ok) {
                merged++;
            } else {
                refused++;
            }
        }
        assertTrue(refused > 50, refused + " refused");
        assertTrue(merged > 10, merged + " merged");
        assertEquals(150, refused + merged);
    }
}
