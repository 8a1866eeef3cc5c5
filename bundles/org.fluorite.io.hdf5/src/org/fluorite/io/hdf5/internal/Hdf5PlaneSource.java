package org.fluorite.io.hdf5.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.image.PlaneSource;
import org.fluorite.core.image.Region;
import org.fluorite.io.ImportException;
import org.fluorite.io.hdf5.Hdf5File;

import io.jhdf.api.Dataset;
import io.jhdf.api.dataset.ContiguousDataset;
import io.jhdf.dataset.DatasetBase;
import io.jhdf.object.datatype.DataType;
import io.jhdf.object.message.DataLayout;

/**
 * The planes of an N-dimensional numeric dataset (N >= 2): plane i is the last two axes at the
 * row-major index i over the others. Each read asks jHDF for exactly the requested rectangle of
 * one plane, so only the chunks that overlap it are read and decompressed; of contiguous data
 * only the rows of the rectangle are read, in one read. Holds a reference to the shared {@link Hdf5File} until closed.
 */
public final class Hdf5PlaneSource implements PlaneSource {

    private final Hdf5File file;
    private final Dataset dataset;
    private final String path;
    private final DataType type;
    private final PixelType pixelType;
    private final long[] dims;
    private final int width;
    private final int height;
    private final long planes;
    private final boolean compact;
    /** File address of contiguous data (planes are then read with one read of their rows), else -1. */
    private final long contiguousAddress;
    private final boolean unwritten;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * A source over {@code dataset}; retains {@code file} (released by {@link #close()}).
     * Call inside {@link Hdf5File#call}: it reads the dataset's header.
     */
    public Hdf5PlaneSource(Hdf5File file, Dataset dataset, String path, PixelType pixelType) throws ImportException {
        this.dims = dataset.getDimensionsAsLong();
        if (dims.length < 2) {
            throw new ImportException(file.path(), path + " has " + dims.length + " dimensions; an image needs at least 2");
        }
        if (!(dataset instanceof DatasetBase)) {
            throw new ImportException(file.path(), path + " is stored in a way this reader cannot slice ("
                    + dataset.getClass().getSimpleName() + ")");
        }
        this.file = file;
        this.dataset = dataset;
        this.path = path;
        this.type = dataset.getDataType();
        this.pixelType = pixelType;
        Limits.checkSliceable(file.path(), file.length(), dataset, path);
        Limits.planeBytes(file.path(), path, dims[dims.length - 1], dims[dims.length - 2], type.getSize());
        this.width = (int) dims[dims.length - 1];
        this.height = (int) dims[dims.length - 2];
        long n = 1;
        try {
            for (int i = 0; i < dims.length - 2; i++) {
                if (dims[i] < 1) {
                    throw new ImportException(file.path(), path + " is empty along axis " + i);
                }
                n = Math.multiplyExact(n, dims[i]);
            }
        } catch (ArithmeticException e) {
            throw new ImportException(file.path(), path + " claims more planes than can be counted; the file is damaged", e);
        }
        this.planes = n;
        this.compact = dataset.getDataLayout() == DataLayout.COMPACT;
        this.unwritten = dataset.getDataLayout() == DataLayout.CONTIGUOUS && dataset.isEmpty();
        this.contiguousAddress = !unwritten && dataset instanceof ContiguousDataset c ? c.getDataAddress() : -1;
        file.retain();
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public long planeCount() {
        return planes;
    }

    @Override
    public PixelType pixelType() {
        return pixelType;
    }

    /** The shared file this source reads from. */
    public Hdf5File file() {
        return file;
    }

    @Override
    public Plane read(long index, Region region) throws IOException {
        if (closed.get()) {
            throw new ImportException(file.path(), "reading " + path + " after its image was closed");
        }
        if (index < 0 || index >= planes) {
            throw new IndexOutOfBoundsException("Plane " + index + " outside " + planes + " planes of " + path);
        }
        if (!region.fitsIn(width, height)) {
            throw new IllegalArgumentException("Region " + region + " lies outside a " + width + "x" + height + " plane");
        }
        if (region.width() == 0 || region.height() == 0 || unwritten) {
            // never written: HDF5 reads it as the fill value, 0 by default
            return Plane.allocate(pixelType, region.width(), region.height());
        }
        long[] offset = new long[dims.length];
        int[] shape = new int[dims.length];
        long rest = index;
        for (int i = dims.length - 3; i >= 0; i--) {
            offset[i] = rest % dims[i];
            rest /= dims[i];
            shape[i] = 1;
        }
        offset[dims.length - 2] = region.y();
        offset[dims.length - 1] = region.x();
        shape[dims.length - 2] = region.height();
        shape[dims.length - 1] = region.width();
        String what = "reading plane " + index + " of " + path;
        return file.call(what, () -> {
            if (contiguousAddress >= 0) {
                // the requested rows lie one after the other in the file: one read, then crop the columns
                long firstElement = index * (long) width * height + (long) region.y() * width;
                int bytes = Math.toIntExact((long) region.height() * width * type.getSize());
                ByteBuffer rows = file.hdf().getHdfBackingStorage()
                        .readBufferFromAddress(contiguousAddress + firstElement * type.getSize(), bytes);
                return SliceDecoder.decode(rows, type, pixelType, region.x(), width, region.width(), region.height());
            }
            if (compact) {
                ByteBuffer all = ((DatasetBase) dataset).getDataBuffer();
                long first = index * (long) width * height + (long) region.y() * width + region.x();
                return SliceDecoder.decode(all, type, pixelType, first, width, region.width(), region.height());
            }
            ByteBuffer raw = ((DatasetBase) dataset).getSliceDataBuffer(offset, shape);
            return SliceDecoder.decode(raw, type, pixelType, 0, region.width(), region.width(), region.height());
        });
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            file.release();
        }
    }
}
