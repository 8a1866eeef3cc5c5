package org.fluorite.batch;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged batch files (truncated, bits flipped, absurd numbers, huge): opening the batch either
 * works and every item is readable, or fails with a {@link BatchFileException} naming the damaged
 * file. Fixed seed; each case bounded in time.
 */
class BatchFileFuzzTest {

    @TempDir
    Path dir;

    @Test
    void damagedIndexAndItemFilesFailCleanly() throws Exception {
        Batch b = Batch.create(dir.resolve("b"));
        BatchItem a = b.add(BatchItem.create("motion-correct", "a", Map.of("piecewise", true, "max-shifts", 4), List.of("/x/a.tif")));
        b.add(BatchItem.create("wait", "w", Map.of("seconds", 1.5), List.of()));
        b.update(a.uuid(), i -> i.started(new BatchItem.Execution("slurm", "12_3", null, null)).finished(ItemState.FAILED, 1, "x"));
        Path index = b.index();
        Path item = b.itemFile(a.uuid());
        byte[] goodIndex = Files.readAllBytes(index);
        byte[] goodItem = Files.readAllBytes(item);
        Random r = new Random(20261122L);
        int opened = 0;
        int refused = 0;
        for (int round = 0; round < 300; round++) {
            final int n = round;
            boolean onIndex = round % 2 == 0;
            Path target = onIndex ? index : item;
            byte[] bytes = mutate(onIndex ? goodIndex : goodItem, r, round);
            Files.write(index, onIndex ? bytes : goodIndex);
            Files.write(item, onIndex ? goodItem : bytes);
            boolean ok = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                try {
                    Batch again = Batch.open(b.directory());
                    for (BatchItem i : again.items()) {
                        i.toJson();
                        again.itemFile(i.uuid());
                    }
                    return true;
                } catch (BatchFileException e) {
                    assertTrue(e.getMessage().startsWith(e.file() + ": "), e.getMessage());
                    assertTrue(e.file().equals(target) || e.file().getFileName().toString().equals(Batch.ITEM_FILE), e.getMessage());
                    return false;
                } catch (RuntimeException e) {
                    fail("round " + n + ": " + e + " instead of a BatchFileException", e);
                    return false;
                }
            });
            if (ok) {
                opened++;
            } else {
                refused++;
            }
        }
        assertTrue(refused > 100, "most damage is noticed: " + refused + " refused");
        assertTrue(opened > 0, "some damage (inside texts) is harmless: " + opened + " opened");
    }

    @Test
    void anAbsurdlyLargeIndexIsRefusedWithoutReadingIt() throws Exception {
        Batch b = Batch.create(dir.resolve("b"));
        try (var ch = java.nio.channels.FileChannel.open(b.index(), java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {' '}), Batch.MAX_JSON_BYTES + 10); // sparse
        }
        BatchFileException e = org.junit.jupiter.api.Assertions.assertThrows(BatchFileException.class, () -> Batch.open(b.directory()));
        assertTrue(e.getMessage().contains("too large for a batch file"), e.getMessage());
    }

    private static byte[] mutate(byte[] good, Random r, int round) {
        byte[] b = good.clone();
        switch (round % 5) {
            case 0 -> {
                return java.util.Arrays.copyOf(b, r.nextInt(b.length));
            }
            case 1 -> {
                for (int k = 0; k < 1 + r.nextInt(4); k++) {
                    int i = r.nextInt(b.length);
                    b[i] ^= (byte) (1 << r.nextInt(8));
                }
                return b;
            }
            case 2 -> {
                String s = new String(b, java.nio.charset.StandardCharsets.UTF_8)
                        .replaceFirst("\"version\": 1", "\"version\": 99999999999999999999")
                        .replaceFirst("\"exitCode\": 1", "\"exitCode\": 1e308");
                return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
            case 3 -> {
                String s = new String(b, java.nio.charset.StandardCharsets.UTF_8);
                int i = r.nextInt(s.length());
                return (s.substring(0, i) + "[".repeat(2000) + s.substring(i)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
            default -> {
                int i = r.nextInt(b.length);
                b[i] = (byte) "{}[]\",:0-".charAt(r.nextInt(9));
                return b;
            }
        }
    }
}
