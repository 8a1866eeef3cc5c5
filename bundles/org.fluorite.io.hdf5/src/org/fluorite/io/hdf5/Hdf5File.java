package org.fluorite.io.hdf5;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;

import org.fluorite.io.ImportException;
import org.fluorite.io.hdf5.internal.Guard;

import io.jhdf.HdfFile;
import io.jhdf.Superblock;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;

/**
 * One open HDF5 file shared by everything read from it: the lazy images of its datasets keep it
 * open, and it closes when the last user {@link #release() releases} it. Opening gives one
 * reference; each {@link #retain()} adds one.
 *
 * <p>Every jHDF call goes through {@link #call}, which serialises access to the file, turns any
 * exception or error jHDF throws on a damaged file into an {@link ImportException} naming the
 * file, and gives up on calls that take longer than {@link #timeout()}.
 */
public final class Hdf5File {

    /** Default bound on a single read (structure or one plane). */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    /** The eight bytes an HDF5 file starts with (after its user block, if it has one). */
    private static final byte[] SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    private final Path path;
    private final HdfFile hdf;
    private final Duration timeout;
    private final long length;
    /** Guards the reference count; never held during a read, so closing never waits on a hung read. */
    private final Object lock = new Object();
    /** Serialises reads. */
    private final Object readLock = new Object();
    private int references = 1;

    private Hdf5File(Path path, HdfFile hdf, Duration timeout, long length) {
        this.path = path;
        this.hdf = hdf;
        this.timeout = timeout;
        this.length = length;
    }

    /**
     * True when {@code head} (the first bytes of a file) starts with the HDF5 signature: the
     * cheap magic-number check of importers of HDF5-based formats. Files with a user block (the
     * signature at byte 512 or later) are not recognised here.
     */
    public static boolean hasSignature(byte[] head) {
        return hasSignature(head, 0);
    }

    /** True when {@code head} holds the HDF5 signature at byte {@code at}. */
    public static boolean hasSignature(byte[] head, int at) {
        if (head == null || at < 0 || head.length - at < SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (head[at + i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    /** Opens {@code file} with the {@link #DEFAULT_TIMEOUT}. */
    public static Hdf5File open(Path file) throws IOException {
        return open(file, DEFAULT_TIMEOUT);
    }

    /**
     * Opens {@code file}: reads the superblock and nothing else.
     *
     * @param timeout bound on each read; a read that takes longer fails with an {@link ImportException}
     * @throws ImportException when the file is missing or not HDF5
     */
    public static Hdf5File open(Path file, Duration timeout) throws IOException {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file, "file not found");
        }
        long length = Files.size(file);
        HdfFile hdf = Guard.run(file, "opening as HDF5", timeout, () -> new HdfFile(file));
        long end;
        try {
            Superblock sb = hdf.getHdfBackingStorage().getSuperblock();
            // stored as the file length the writer left, user block included (as libhdf5 compares it)
            end = sb.getEndOfFileAddress();
        } catch (RuntimeException e) {
            hdf.close();
            throw new ImportException(file, "the HDF5 superblock cannot be read: " + e.getMessage(), e);
        }
        if (end > length || end < 0) {
            hdf.close();
            throw new ImportException(file, "is truncated or damaged: its HDF5 superblock says it ends at byte " + end
                    + ", but it has " + length + " bytes");
        }
        return new Hdf5File(file, hdf, timeout, length);
    }

    /** Work on an open file, for {@link #using}. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Hdf5File file) throws Exception;
    }

    /**
     * Opens {@code file}, runs {@code work} on it as one {@link #call} and releases it again: for
     * sniffing a layout and for reads whose results do not keep the file open (tables, metadata).
     *
     * @param what words for an error message, e.g. "reading the PYME table"
     * @throws ImportException naming the file when it cannot be opened or the work fails
     */
    public static <T> T using(Path file, String what, Work<T> work) throws IOException {
        Hdf5File f = open(file);
        try {
            return f.call(what, () -> work.apply(f));
        } finally {
            f.release();
        }
    }

    /**
     * Takes over an {@link HdfFile} a caller already opened (e.g. a format reader that looked at
     * its layout first); it is closed when the last reference is released.
     */
    public static Hdf5File adopt(HdfFile hdf, Duration timeout) throws IOException {
        Path file = hdf.getFileAsPath();
        long length = file != null && Files.isRegularFile(file) ? Files.size(file) : hdf.size();
        return new Hdf5File(file, hdf, timeout, length);
    }

    public Path path() {
        return path;
    }

    /** File length in bytes: the upper bound of every size and offset read from the file. */
    public long length() {
        return length;
    }

    public Duration timeout() {
        return timeout;
    }

    /**
     * The jHDF file. Calls on it should go through {@link #call} so that damaged files fail
     * cleanly and threads do not read at the same time.
     */
    public HdfFile hdf() {
        return hdf;
    }

    /** Adds a reference; each must be matched by a {@link #release()}. */
    public Hdf5File retain() {
        synchronized (lock) {
            if (references <= 0) {
                throw new IllegalStateException(path + " is already closed");
            }
            references++;
            return this;
        }
    }

    /** Drops a reference; the file closes with the last one. Extra calls do nothing. */
    public void release() {
        synchronized (lock) {
            if (references <= 0) {
                return;
            }
            references--;
            if (references == 0) {
                try {
                    hdf.close();
                } catch (RuntimeException e) {
                    // the channel is gone either way; nothing the user can do about a failed close
                }
            }
        }
    }

    public boolean isOpen() {
        synchronized (lock) {
            return references > 0;
        }
    }

    /**
     * Runs a jHDF call on this file under its time bound, one call at a time. Calls may nest: a
     * call made from inside another on the same file runs at once, within the outer call's bound.
     *
     * @param what words for an error message, e.g. "reading plane 3 of /data"
     * @throws ImportException naming the file when the call fails, takes too long or the file is closed
     */
    public <T> T call(String what, Callable<T> call) throws ImportException {
        if (Thread.holdsLock(readLock)) {
            // nested in a call on this file: already on a guarded thread, under the outer call's bound
            try {
                return call.call();
            } catch (ImportException e) {
                throw e;
            } catch (Exception e) {
                throw Guard.translate(path, what, e);
            }
        }
        return Guard.run(path, what, timeout, () -> {
            synchronized (readLock) {
                if (!isOpen()) {
                    throw new ImportException(path, what + " failed: the file is closed");
                }
                return call.call();
            }
        });
    }

    /** The dataset at {@code datasetPath}, or an {@link ImportException} saying what is there instead. */
    public Dataset dataset(String datasetPath) throws ImportException {
        return call("finding " + datasetPath, () -> {
            Node node = hdf.getByPath(datasetPath);
            if (node instanceof Dataset d) {
                return d;
            }
            throw new ImportException(path, datasetPath + " is a " + node.getType().name().toLowerCase().replace('_', ' ')
                    + ", not a dataset");
        });
    }

    @Override
    public String toString() {
        return "Hdf5File[" + path + "]";
    }
}
