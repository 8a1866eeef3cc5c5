package org.fluorite.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.fluorite.core.progress.ProgressMonitor;

/**
 * Reads one family of file formats. Registered as an OSGi service; the {@link FormatRegistry}
 * picks the importer for a file in three steps, each cheaper than the next: the magic bytes at
 * the start of the file, then {@link #sniff} of its content, then {@link #read}.
 *
 * <p>Readers must return lazy data where the format allows it (pixels read when asked), check
 * every size and offset they read against the file length before allocating, and report a bad
 * file as an {@link ImportException}, never as a hang or an {@link OutOfMemoryError}.
 */
public interface Importer {

    /** Stable id, e.g. "fluorite.tiff". Never changes once released. */
    String id();

    /** Name for menus and messages, e.g. "TIFF / OME-TIFF / ImageJ". */
    String name();

    /** Lower-case file name endings this importer usually handles, e.g. "tif", "tiff". */
    List<String> extensions();

    /**
     * Cheap first check on the first bytes of the file (up to {@link FormatRegistry#HEAD_BYTES}).
     *
     * @param head     the first bytes (fewer for short files)
     * @param fileName file name, for formats without magic bytes
     */
    boolean matchesMagic(byte[] head, String fileName);

    /**
     * Order among importers whose magic matches the same file: higher is tried first. Importers of
     * a specific layout inside a container format (flimage or Bluelake inside HDF5) use
     * {@link #SPECIFIC}; the generic reader of the container uses {@link #GENERIC}.
     */
    default int priority() {
        return SPECIFIC;
    }

    /** Priority of importers of one specific format. */
    int SPECIFIC = 100;
    /** Priority of generic readers of a container format (any HDF5 file, any TIFF). */
    int GENERIC = 0;

    /**
     * True when this importer opens folders (e.g. a suite2p output folder). Such an importer gets
     * an empty head in {@link #matchesMagic} and decides in {@link #sniff}.
     */
    default boolean readsFolders() {
        return false;
    }

    /** Content check after the magic matched; may read more of the file. */
    default boolean sniff(Path file) throws IOException {
        return true;
    }

    /**
     * Reads the file.
     *
     * @throws ImportException naming the file and the problem when it cannot be read
     */
    ImportResult read(Path file, ImportOptions options, ProgressMonitor monitor) throws IOException;
}
