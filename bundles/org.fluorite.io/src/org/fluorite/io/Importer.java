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
