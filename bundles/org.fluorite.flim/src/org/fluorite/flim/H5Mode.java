package org.fluorite.flim;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** How an {@link FLImage} or {@link FLSeries} file is opened; h5py's and flimage's mode letters. */
public enum H5Mode {
    /** Read only; the file must exist. */
    READ("r"),
    /** Read and write; the file must exist. */
    READ_WRITE("r+"),
    /** Create, replacing an existing file. */
    CREATE_TRUNCATE("w"),
    /** Create; fail if the file exists ({@code w-}, also spelled {@code x}). */
    CREATE_EXCLUSIVE("w-"),
    /** Read and write if the file exists, create it otherwise. */
    APPEND("a");

    private final String letters;

    H5Mode(String letters) {
        this.letters = letters;
    }

    /** @return the h5py spelling, e.g. "r+" */
    public String letters() {
        return letters;
    }

    /** @return whether changes are written back to the file */
    public boolean writable() {
        return this != READ;
    }

    /**
     * @param text one of r, r+, w, w-, x, a
     * @throws IllegalArgumentException for anything else
     */
    public static H5Mode parse(String text) {
        for (H5Mode m : values()) {
            if (m.letters.equals(text)) {
                return m;
            }
        }
        if ("x".equals(text)) {
            return CREATE_EXCLUSIVE;
        }
        throw new IllegalArgumentException("unknown HDF5 mode '" + text + "': use r, r+, w, w-, x or a");
    }

    /**
     * Checks the file against this mode.
     *
     * @return true when the existing file's content is to be read, false when the file is (re)created
     * @throws NoSuchFileException for r and r+ on a missing file
     * @throws FileAlreadyExistsException for w- (x) on an existing file
     */
    boolean readsExisting(Path file) throws IOException {
        boolean exists = Files.exists(file);
        return switch (this) {
            case READ, READ_WRITE -> {
                if (!exists) {
                    throw new NoSuchFileException(file.toString(), null, "mode " + letters + " needs an existing file");
                }
                yield true;
            }
            case CREATE_TRUNCATE -> false;
            case CREATE_EXCLUSIVE -> {
                if (exists) {
                    throw new FileAlreadyExistsException(file.toString(), null, "mode " + letters + " does not replace a file");
                }
                yield false;
            }
            case APPEND -> exists;
        };
    }
}
