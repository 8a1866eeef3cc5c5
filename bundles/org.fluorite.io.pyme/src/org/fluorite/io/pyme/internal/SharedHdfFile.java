package org.fluorite.io.pyme.internal;

import java.io.IOException;
import java.nio.file.Path;

import io.jhdf.HdfFile;

/**
 * One open HDF5 file shared by the images read from it (raw, background, corrected): the file is
 * closed when the last of them is closed. Reads are serialised on this object, since a jHDF file
 * is not documented as safe for concurrent reads.
 */
public final class SharedHdfFile {

    private final Path path;
    private final HdfFile file;
    private int users;

    public SharedHdfFile(Path path, HdfFile file) {
        this.path = path;
        this.file = file;
    }

    public Path path() {
        return path;
    }

    public HdfFile file() {
        return file;
    }

    /** Registers one more image over this file. */
    public synchronized SharedHdfFile acquire() {
        users++;
        return this;
    }

    /** Releases one image; the file closes with the last. */
    public synchronized void release() throws IOException {
        if (users > 0 && --users == 0) {
            closeNow();
        }
    }

    /** Closes the file at once (used when reading fails before any image exists). */
    public synchronized void closeNow() throws IOException {
        try {
            file.close();
        } catch (RuntimeException e) {
            throw new IOException(path + ": cannot be closed: " + e.getMessage(), e);
        }
    }
}
