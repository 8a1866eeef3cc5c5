package org.fluorite.io.flimage.internal;

import java.io.IOException;
import java.util.List;

import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.image.PlaneSource;
import org.fluorite.core.image.Region;
import org.fluorite.io.ImportException;

import io.jhdf.api.Dataset;

/**
 * Planes stored as 2-D HDF5 datasets, one dataset per plane (an FLImage has one, an FLSeries one
 * per group {@code fli_N}). Only the requested region of the requested dataset is read.
 */
public final class DatasetPlaneSource implements PlaneSource {

    private final SharedHdfFile hdf;
    private final List<String> paths;
    private final int width;
    private final int height;
    private final PixelType type;

    /**
     * @param paths datasets of {@code height x width} values each, in plane order
     */
    public DatasetPlaneSource(SharedHdfFile hdf, List<String> paths, int width, int height, PixelType type) {
        this.hdf = hdf.acquire();
        this.paths = List.copyOf(paths);
        this.width = width;
        this.height = height;
        this.type = type;
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
        return paths.size();
    }

    @Override
    public PixelType pixelType() {
        return type;
    }

    /** The dataset path of plane {@code index}. */
    public String path(long index) {
        return paths.get(Math.toIntExact(index));
    }

    @Override
    public Plane read(long index, Region region) throws IOException {
        if (index < 0 || index >= paths.size()) {
            throw new IndexOutOfBoundsException("Plane " + index + " outside " + paths.size() + " planes");
        }
        if (!region.fitsIn(width, height)) {
            throw new IllegalArgumentException("Region " + region + " lies outside a " + width + "x" + height + " plane");
        }
        String path = paths.get((int) index);
        synchronized (hdf) {
            return Hdf5Support.call(hdf.path(), "cannot read " + path, () -> {
                Dataset d = hdf.file().getDatasetByPath(path);
                Object data = d.getData(new long[] {region.y(), region.x()}, new int[] {region.height(), region.width()});
                return PlaneArrays.toPlane(data, type, region.width(), region.height());
            });
        }
    }

    @Override
    public void close() throws IOException {
        hdf.release();
    }

    /** Fails with an {@link ImportException} unless {@code d} is a 2-D number dataset of a sane size. */
    public static int[] checkImageDataset(java.nio.file.Path file, Dataset d, String path) throws ImportException {
        int[] dims = d.getDimensions();
        if (dims.length != 2 || dims[0] < 1 || dims[1] < 1) {
            throw new ImportException(file, path + " is not a 2-D image (shape " + java.util.Arrays.toString(dims) + ")");
        }
        if ((long) dims[0] * dims[1] > Integer.MAX_VALUE - 8) {
            throw new ImportException(file, path + " has planes too large to hold in memory (" + dims[0] + "x" + dims[1] + ")");
        }
        if (PlaneArrays.pixelType(d.getDataType()) == null) {
            throw new ImportException(file, path + " does not hold numbers Fluorite can show as pixels");
        }
        return dims;
    }
}
