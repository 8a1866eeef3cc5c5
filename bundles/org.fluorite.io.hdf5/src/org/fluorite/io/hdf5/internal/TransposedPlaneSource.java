package org.fluorite.io.hdf5.internal;

import java.io.IOException;

import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.image.PlaneSource;
import org.fluorite.core.image.Region;

/**
 * The planes of another source with X and Y swapped: for data stored with x before y (PYME's
 * {@code [frame][x][y]}), so that the stored planes' rows become this source's columns. Only
 * the transposed rectangle of the requested region is read from the stored source.
 */
public final class TransposedPlaneSource implements PlaneSource {

    private final PlaneSource stored;

    /** @param stored planes whose rows are X and whose columns are Y */
    public TransposedPlaneSource(PlaneSource stored) {
        this.stored = stored;
    }

    @Override
    public int width() {
        return stored.height();
    }

    @Override
    public int height() {
        return stored.width();
    }

    @Override
    public long planeCount() {
        return stored.planeCount();
    }

    @Override
    public PixelType pixelType() {
        return stored.pixelType();
    }

    @Override
    public Plane read(long index, Region region) throws IOException {
        if (!region.fitsIn(width(), height())) {
            throw new IllegalArgumentException("Region " + region + " lies outside a " + width() + "x" + height() + " plane");
        }
        int w = region.width();
        int h = region.height();
        // stored rows are x, stored columns y: the same rectangle seen the other way round
        Plane s = stored.read(index, new Region(region.y(), region.x(), h, w));
        Plane out = Plane.allocate(s.type(), w, h);
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                out.set(y * w + x, s.get(x * h + y));
            }
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        stored.close();
    }
}
