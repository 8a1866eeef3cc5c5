package org.fluorite.flow.hdf5;

import java.io.IOException;
import java.nio.file.Path;

import org.fluorite.core.files.AtomicFile;
import org.fluorite.flow.Transmission;

/**
 * Saves and loads {@link Transmission}s as HDF5 files ({@code .trn.h5}) in the layout documented
 * in the bundle's README.md, which h5py, numpy and pandas read without Fluorite:
 * <ul>
 * <li>root attributes {@code format = "fluorite-transmission"}, {@code version = 1},
 * {@code rows}</li>
 * <li>{@code /schema}, {@code /history}, {@code /metadata}: one JSON text each (the column list
 * with types and units, the history per data block, the transmission's metadata)</li>
 * <li>{@code /columns/<name>}: one dataset (or group, for ragged arrays and nested tables) per
 * column</li>
 * </ul>
 */
public final class TransmissionHdf5 {

    /** The value of the root attribute "format". */
    public static final String FORMAT = "fluorite-transmission";
    /** The layout version written. */
    public static final int VERSION = 1;
    /** The usual file name ending. */
    public static final String EXTENSION = ".trn.h5";

    private TransmissionHdf5() {
    }

    /**
     * Writes the transmission to {@code file} (replaced atomically: readers never see half a file).
     *
     * @throws IOException naming the file when it cannot be written
     */
    public static void save(Transmission t, Path file) throws IOException {
        AtomicFile.replace(file, tmp -> TransmissionWriter.write(t, tmp, file));
    }

    /**
     * Reads a transmission file.
     *
     * @throws IOException "{@code <file>: <problem>}" when the file is not a transmission file or is damaged
     */
    public static Transmission load(Path file) throws IOException {
        return TransmissionReader.read(file);
    }

    /** True when the file is HDF5 with the transmission format attribute (cheap check for importers). */
    public static boolean isTransmissionFile(Path file) {
        return TransmissionReader.looksLikeTransmission(file);
    }
}
