package org.fluorite.core.image;

import java.util.List;

/** Planes already in memory: results of computations and small test images. */
public final class ArrayPlaneSource implements PlaneSource {
    private final List<Plane> planes;

    public ArrayPlaneSource(List<Plane> planes) {
        if (planes.isEmpty()) {
            throw new IllegalArgumentException("An image needs at least one plane");
        }
        Plane first = planes.get(0);
        for (Plane p : planes) {
            if (p.width() != first.width() || p.height() != first.height() || p.type() != first.type()) {
                throw new IllegalArgumentException("All planes must share size and pixel type");
            }
        }
        this.planes = List.copyOf(planes);
    }

    @Override
    public int width() {
        return planes.get(0).width();
    }

    @Override
    public int height() {
        return planes.get(0).height();
    }

    @Override
    public long planeCount() {
        return planes.size();
    }

    @Override
    public PixelType pixelType() {
        return planes.get(0).type();
    }

    @Override
    public Plane read(long index, Region region) {
        Plane p = planes.get(Math.toIntExact(index));
        return region.x() == 0 && region.y() == 0 && region.width() == p.width() && region.height() == p.height()
                ? p : p.crop(region);
    }
}
