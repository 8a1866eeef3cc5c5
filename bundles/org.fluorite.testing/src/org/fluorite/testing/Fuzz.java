package org.fluorite.testing;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
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

/**
 * Mutation fuzzing of readers on real files: each copy of a file (or of one file in a folder read
 * as a whole, see {@link #runInFolder}) is damaged by a {@link Mutator} and read by a
 * {@link Reader} under a time limit. The only acceptable outcomes are a complete
 * read, or an {@link IOException} whose message names the damaged file. Anything else (another
 * exception, an {@link OutOfMemoryError}, a hang) fails the test with the mutation that caused it.
 * Seeds are fixed, so a failure repeats.
 */
public final class Fuzz {

    /** Reads everything a user could ask of the file (data objects and all their planes or rows). */
    @FunctionalInterface
    public interface Reader {
        void readAll(Path file) throws IOException;
    }

    /** Returns a damaged copy of {@code original}; {@code m} is the mutation's number. */
    @FunctionalInterface
    public interface Mutator {
        byte[] mutate(byte[] original, Random random, int m);
    }

    /** How the copies of one file fared. */
    public record Outcome(int read, int refused) {
        public int total() {
            return read + refused;
        }
    }

    /**
     * Format-independent damage, cycling through: truncation, a few bit flips near the start
     * (headers), bit flips anywhere, a run of random bytes, and 32/64-bit fields (either byte order)
     * set to absurd sizes or offsets.
     */
    public static final Mutator GENERIC = (original, r, m) -> {
        byte[] b = original.clone();
        if (b.length == 0) {
            return b;
        }
        switch (m % 6) {
            case 0 -> {
                return Arrays.copyOf(b, r.nextInt(b.length));
            }
            case 1 -> flip(b, r, Math.min(b.length, 4096), 1 + r.nextInt(16));
            case 2 -> flip(b, r, b.length, 1 + r.nextInt(32));
            case 3 -> {
                int at = r.nextInt(b.length);
                int n = Math.min(b.length - at, 1 + r.nextInt(64));
                for (int i = 0; i < n; i++) {
                    b[at + i] = (byte) r.nextInt(256);
                }
            }
            case 4, 5 -> {
                if (b.length >= 8) {
                    ByteBuffer buf = ByteBuffer.wrap(b).order(r.nextBoolean() ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
                    int span = Math.min(b.length, m % 6 == 4 ? 2048 : b.length) - 8;
                    int at = span <= 0 ? 0 : r.nextInt(span) & ~3;
                    long[] absurd = {0xFFFFFFFFL, Integer.MAX_VALUE, 1L << 40, -1L, b.length - 1L, 0L};
                    long v = absurd[r.nextInt(absurd.length)];
                    if (r.nextBoolean()) {
                        buf.putInt(at, (int) v);
                    } else {
                        buf.putLong(at, v);
                    }
                }
            }
            default -> throw new IllegalStateException();
        }
        return b;
    };

    /**
     * Damage aimed at the structures binary formats keep near their start (HDF5 superblocks and
     * object headers, table headers), cycling through: truncation, 1-20 bit flips in the first
     * 2 KiB, 1-30 random bytes anywhere, a little-endian 64-bit field in the first 4 KiB set to an
     * absurd size or address, a 32-bit field there set to a huge or random count.
     */
    public static final Mutator HEADER_FIELDS = (original, r, m) -> {
        byte[] b = original.clone();
        if (b.length < 8) {
            return GENERIC.mutate(original, r, m);
        }
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        switch (m % 5) {
            case 0 -> {
                return Arrays.copyOf(b, r.nextInt(b.length));
            }
            case 1 -> flip(b, r, Math.min(b.length, 2048), 1 + r.nextInt(20));
            case 2 -> scramble(b, r, 1 + r.nextInt(30));
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
    };

    /**
     * Damage anywhere in a file whose structures hold little-endian 64-bit addresses and sizes
     * (HDF5), cycling through: truncation, 1-6 bit flips in the first 2 KiB, 1-30 random bytes
     * anywhere, an aligned 64-bit field anywhere set to {@code huge} or 0xFFFFFFF0, a 32-bit field
     * anywhere set to 0x3FFFFFFF.
     *
     * @param huge the absurd size or address written over 64-bit fields
     */
    public static Mutator wideFields(long huge) {
        return (original, r, m) -> {
            byte[] b = original.clone();
            if (b.length < 8) {
                return GENERIC.mutate(original, r, m);
            }
            switch (m % 5) {
                case 0 -> {
                    return Arrays.copyOf(b, r.nextInt(b.length));
                }
                case 1 -> flip(b, r, Math.min(b.length, 2048), 1 + r.nextInt(6));
                case 2 -> scramble(b, r, 1 + r.nextInt(30));
                case 3 -> {
                    int at = r.nextInt(b.length - 8) & ~7;
                    long v = r.nextBoolean() ? huge : 0xFFFFFFF0L;
                    ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putLong(at, v);
                }
                case 4 -> ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(r.nextInt(b.length - 4), 0x3FFFFFFF);
                default -> throw new IllegalStateException();
            }
            return b;
        };
    }

    private Fuzz() {
    }

    /** Sets {@code count} bytes anywhere to random values. */
    private static void scramble(byte[] b, Random r, int count) {
        for (int i = 0; i < count; i++) {
            b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        }
    }

    /** Flips one random bit of each of {@code count} bytes among the first {@code within}. */
    private static void flip(byte[] b, Random r, int within, int count) {
        for (int i = 0; i < count; i++) {
            int at = r.nextInt(within);
            b[at] ^= (byte) (1 << r.nextInt(8));
        }
    }

    /**
     * Damages {@code original} {@code mutations} times and reads each copy.
     *
     * @param fileName name of the damaged copies (the extension matters to some readers)
     * @param perCase  time limit of one read
     */
    public static Outcome run(Path original, String fileName, int mutations, Duration perCase, Mutator mutator, Reader reader)
            throws IOException {
        return run(original, fileName, seed(original.getFileName().toString()), mutations, perCase, mutator, reader);
    }

    /**
     * {@link #run(Path, String, int, Duration, Mutator, Reader)} with the random generator's
     * seed given (e.g. to keep the mutations a test has always made).
     */
    public static Outcome run(Path original, String fileName, long seed, int mutations, Duration perCase, Mutator mutator,
            Reader reader) throws IOException {
        byte[] bytes = Files.readAllBytes(original);
        Random random = new Random(seed);
        Path dir = TestData.tempDir("fuzz");
        int read = 0;
        int refused = 0;
        try {
            for (int m = 0; m < mutations; m++) {
                Path file = dir.resolve("m" + m + "-" + fileName);
                Files.write(file, mutator.mutate(bytes, random, m));
                String what = "mutation " + m + " of " + original.getFileName();
                boolean ok = assertTimeoutPreemptively(perCase, () -> readOnce(reader, file, what), what + " took too long");
                if (ok) {
                    read++;
                } else {
                    refused++;
                }
                Files.deleteIfExists(file);
            }
        } finally {
            deleteFolder(dir);
        }
        return new Outcome(read, refused);
    }

    /** {@link #run} with the file's own name and the {@link #GENERIC} mutator. */
    public static Outcome run(Path original, int mutations, Duration perCase, Reader reader) throws IOException {
        return run(original, original.getFileName().toString(), mutations, perCase, GENERIC, reader);
    }

    /** The seed {@link #run} uses by default: fixed by the name, so a failure repeats. */
    public static long seed(String name) {
        return 0x5EEDL ^ name.hashCode();
    }

    /**
     * Fuzzing of one file among several read together (a folder of outputs, a file and its
     * sidecar): the regular files of {@code folder} are copied into a temporary folder, then
     * {@code target} there is replaced by each damaged copy in turn and the reader is given the
     * temporary folder. An {@link IOException} must name the folder or a file in it. The seed is
     * {@link #seed} of the folder's name followed by the target's.
     */
    public static Outcome runInFolder(Path folder, String target, int mutations, Duration perCase, Mutator mutator,
            Reader reader) throws IOException {
        List<Path> members;
        try (Stream<Path> s = Files.list(folder)) {
            members = s.filter(Files::isRegularFile).toList();
        }
        return runInFolder(members, target, seed(folder.getFileName() + target), mutations, perCase, mutator, reader);
    }

    /**
     * Like {@link #runInFolder(Path, String, int, Duration, Mutator, Reader)} for the given files
     * only (copied under their own names) and an explicit seed.
     *
     * @param target name of the member to damage
     */
    public static Outcome runInFolder(List<Path> members, String target, long seed, int mutations, Duration perCase,
            Mutator mutator, Reader reader) throws IOException {
        Path damagedOriginal = members.stream().filter(p -> p.getFileName().toString().equals(target)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(target + " is not among " + members));
        byte[] bytes = Files.readAllBytes(damagedOriginal);
        Random random = new Random(seed);
        Path dir = TestData.tempDir("fuzz-folder");
        int read = 0;
        int refused = 0;
        try {
            for (Path p : members) {
                Files.copy(p, dir.resolve(p.getFileName().toString()));
            }
            Path file = dir.resolve(target);
            for (int m = 0; m < mutations; m++) {
                Files.write(file, mutator.mutate(bytes, random, m));
                String what = "mutation " + m + " of " + target + " in " + damagedOriginal.getParent().getFileName();
                boolean ok = assertTimeoutPreemptively(perCase, () -> readOnce(reader, dir, what), what + " took too long");
                if (ok) {
                    read++;
                } else {
                    refused++;
                }
            }
        } finally {
            deleteFolder(dir);
        }
        return new Outcome(read, refused);
    }

    private static void deleteFolder(Path dir) throws IOException {
        try (Stream<Path> left = Files.list(dir)) {
            for (Path p : left.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }

    private static boolean readOnce(Reader reader, Path file, String what) {
        try {
            reader.readAll(file);
            return true;
        } catch (IOException e) {
            if (e.getMessage() == null || !e.getMessage().contains(file.toString())) {
                fail(what + ": the error does not name the file: " + e.getMessage(), e);
            }
            return false;
        } catch (Throwable t) {
            fail(what + ": unexpected " + t, t);
            return false;
        }
    }
}
