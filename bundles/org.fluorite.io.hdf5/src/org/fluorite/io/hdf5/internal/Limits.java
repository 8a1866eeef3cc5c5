package org.fluorite.io.hdf5.internal;

import java.nio.file.Path;

import org.fluorite.io.ImportException;

import io.jhdf.api.Dataset;
import io.jhdf.api.dataset.ChunkedDataset;
import io.jhdf.api.dataset.ContiguousDataset;
import io.jhdf.filter.PipelineFilterWithData;
import io.jhdf.object.message.DataLayout;

/**
 * Checks sizes read from an HDF5 file before anything is allocated from them: a contiguous
 * dataset must lie inside the file, a chunk must be of sane size, and a compressed dataset
 * cannot expand beyond what its stored bytes can hold.
 */
public final class Limits {

    /** Largest plane read at once (bytes). */
    public static final long MAX_PLANE_BYTES = 1L << 30;
    /** Largest chunk decompressed (bytes). */
    public static final long MAX_CHUNK_BYTES = 256L << 20;
    /** Largest dataset read whole into a table (bytes). */
    public static final long MAX_TABLE_BYTES = 512L << 20;
    /** Deflate cannot expand data more than about 1032 times; a little room above that. */
    private static final long MAX_EXPANSION = 1100;
    /** Compact datasets live in an object header, at most 64 KiB. */
    private static final long MAX_COMPACT_BYTES = 64L << 10;

    private Limits() {
    }

    /**
     * Checks that slices of {@code d} can be read: element and chunk sizes, the extent of
     * contiguous data and compact data.
     */
    public static void checkSliceable(Path file, long fileLength, Dataset d, String path) throws ImportException {
        int element = d.getDataType().getSize();
        if (element < 1 || element > 1024) {
            throw new ImportException(file, path + " has an element size of " + element + " bytes, which is not plausible");
        }
        DataLayout layout = d.getDataLayout();
        if (layout == DataLayout.CONTIGUOUS && d instanceof ContiguousDataset c && !d.isEmpty()) {
            long bytes = d.getSizeInBytes();
            long address = c.getDataAddress();
            if (bytes < 0 || address < 0 || address > fileLength || bytes > fileLength - address) {
                throw new ImportException(file, path + " claims " + bytes + " bytes at offset " + address
                        + ", beyond the end of the file (" + fileLength + " bytes); the file is damaged or truncated");
            }
        } else if (layout == DataLayout.COMPACT) {
            if (d.getSizeInBytes() > MAX_COMPACT_BYTES) {
                throw new ImportException(file, path + " claims " + d.getSizeInBytes()
                        + " bytes of compact data, more than an object header holds; the file is damaged");
            }
        } else if (d instanceof ChunkedDataset c) {
            long chunkBytes = element;
            for (int x : c.getChunkDimensions()) {
                if (x < 1) {
                    throw new ImportException(file, path + " has a chunk dimension of " + x + "; the file is damaged");
                }
                chunkBytes *= x;
                if (chunkBytes > MAX_CHUNK_BYTES) {
                    throw new ImportException(file, path + " has chunks larger than " + (MAX_CHUNK_BYTES >> 20)
                            + " MiB, which Fluorite does not read");
                }
            }
            for (PipelineFilterWithData f : c.getFilters()) {
                int[] data = f.getFilterData();
                if ("lzf".equals(f.getName()) && data != null && data.length > 2 && (data[2] < 0 || data[2] > chunkBytes)) {
                    throw new ImportException(file, path + ": the LZF filter claims chunks of " + data[2]
                            + " bytes, the chunk shape holds " + chunkBytes + "; the file is damaged");
                }
            }
        }
    }

    /** Checks that the whole of {@code d} can be read into memory (tables, 1-D signals). */
    public static void checkWhole(Path file, long fileLength, Dataset d, String path, long maxBytes) throws ImportException {
        checkSliceable(file, fileLength, d, path);
        long bytes = d.getSizeInBytes();
        if (bytes < 0 || bytes > maxBytes) {
            throw new ImportException(file, path + " holds " + bytes + " bytes, more than the " + (maxBytes >> 20)
                    + " MiB Fluorite reads into a table");
        }
        if (d instanceof ChunkedDataset && !d.isEmpty()) {
            long stored = d.getStorageInBytes();
            if (stored < 0 || stored > fileLength) {
                throw new ImportException(file, path + " claims " + stored + " stored bytes in a file of " + fileLength
                        + "; the file is damaged");
            }
            if (bytes > stored * MAX_EXPANSION + MAX_CHUNK_BYTES) {
                throw new ImportException(file, path + " claims " + bytes + " bytes from " + stored
                        + " stored bytes; the file is damaged");
            }
        }
    }

    /** Bytes of one {@code width} x {@code height} plane of {@code element}-byte values, checked. */
    public static long planeBytes(Path file, String path, long width, long height, int element) throws ImportException {
        if (width < 1 || height < 1 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE
                || width * height > MAX_PLANE_BYTES / Math.max(1, element)) {
            throw new ImportException(file, path + " has planes of " + width + " x " + height
                    + " values, more than Fluorite reads at once (" + (MAX_PLANE_BYTES >> 20) + " MiB)");
        }
        return width * height * element;
    }
}
