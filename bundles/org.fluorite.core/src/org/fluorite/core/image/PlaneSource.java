package org.fluorite.core.image;

import java.io.IOException;

/**
 * Storage behind an {@link Image}: a sequence of equally sized 2-D planes read on demand. An
 * importer implements this over its file (reading only the bytes of the requested plane), so
 * opening a 20 GB movie reads nothing but the header.
 *
 * <p>Implementations must be safe to call from several threads at once.
 */
public interface PlaneSource extends AutoCloseable {

    int width();

    int height();

    long planeCount();

    PixelType pixelType();

    /**
     * Reads {@code region} of plane {@code index} (0-based, in storage order).
     *
     * @throws IOException naming the file and the problem when the data cannot be read
     */
    Plane read(long index, Region region) throws IOException;

    /** Releases file handles. Reading afterwards fails. */
    @Override
    default void close() throws IOException {
    }
}
