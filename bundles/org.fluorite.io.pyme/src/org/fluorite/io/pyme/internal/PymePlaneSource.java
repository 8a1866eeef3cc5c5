package org.fluorite.io.pyme.internal;

import java.io.IOException;

import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.image.PlaneSource;
import org.fluorite.core.image.Region;

import io.jhdf.api.Dataset;

/**
 * Frames of PYME's {@code /ImageData}, stored as {@code [frame][x][y]} (PYME indexes images x
 * first): frame {@code i} is read on its own, only the requested columns, and transposed to rows.
 */
public final class PymePlaneSource implements PlaneSource {

    private final SharedHdfFile hdf;
    private final String path;
    private final long frames;
    private final int width;
    private final int height;
    private final PixelType type;

    /**
     * @param width  PYME's x size (the dataset's second dimension)
     * @param height PYME's y size (the dataset's third dimension)
     */
    public PymePlaneSource(SharedHdfFile hdf, String path, long frames, int width, int height, PixelType type) {
        this.hdf = hdf.acquire();
        this.path = path;
        this.frames = frames;
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
        return frames;
    }

    @Override
    public PixelType pixelType() {
        return type;
    }

    @Override
    public Plane read(long index, Region region) throws IOException {
        if (index < 0 || index >= frames) {
            throw new IndexOutOfBoundsException("Frame " + index + " outside " + frames + " frames");
        }
        if (!region.fitsIn(width, height)) {
            throw new IllegalArgumentException("Region " + region + " lies outside a " + width + "x" + height + " frame");
        }
        synchronized (hdf) {
            return Hdf5Support.call(hdf.path(), "cannot read frame " + index + " of " + path, () -> {
                Dataset d = hdf.file().getDatasetByPath(path);
                Object data = d.getData(new long[] {index, region.x(), region.y()},
                        new int[] {1, region.width(), region.height()});
                return PlaneArrays.toPlaneTransposed(data, type, region.width(), region.height());
            });
        }
    }

    @Override
    public void close() throws IOException {
        hdf.release();
    }
}
