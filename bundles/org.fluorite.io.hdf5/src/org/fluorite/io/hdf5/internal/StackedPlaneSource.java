package org.fluorite.io.hdf5.internal;

import java.io.IOException;
import java.util.List;

import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.image.PlaneSource;
import org.fluorite.core.image.Region;

/**
 * The planes of several sources of equal plane size and pixel type, one after the other: plane
 * {@code i} of the stack is read from the source that holds it, when asked. Used for images kept
 * as one 2-D dataset per plane (an FLSeries has one per group {@code fli_N}).
 */
public final class StackedPlaneSource implements PlaneSource {

    private final List<PlaneSource> parts;
    private final long[] starts;
    private final long planes;

    /** @throws IllegalArgumentException when the parts differ in plane size or pixel type, or there are none */
    public StackedPlaneSource(List<? extends PlaneSource> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a stack needs at least one part");
        }
        this.parts = List.copyOf(parts);
        PlaneSource first = this.parts.get(0);
        this.starts = new long[this.parts.size()];
        long n = 0;
        for (int i = 0; i < this.parts.size(); i++) {
            PlaneSource p = this.parts.get(i);
            if (p.width() != first.width() || p.height() != first.height() || p.pixelType() != first.pixelType()) {
                throw new IllegalArgumentException("part " + i + " has " + p.width() + "x" + p.height() + " "
                        + p.pixelType().label() + " planes, part 0 " + first.width() + "x" + first.height() + " "
                        + first.pixelType().label());
            }
            starts[i] = n;
            n += p.planeCount();
        }
        this.planes = n;
    }

    @Override
    public int width() {
        return parts.get(0).width();
    }

    @Override
    public int height() {
        return parts.get(0).height();
    }

    @Override
    public long planeCount() {
        return planes;
    }

    @Override
    public PixelType pixelType() {
        return parts.get(0).pixelType();
    }

    @Override
    public Plane read(long index, Region region) throws IOException {
        if (index < 0 || index >= planes) {
            throw new IndexOutOfBoundsException("Plane " + index + " outside " + planes + " planes");
        }
        int part = java.util.Arrays.binarySearch(starts, index);
        if (part < 0) {
            part = -part - 2;
        }
        while (part + 1 < starts.length && starts[part + 1] == index) {
            part++; // parts without planes share their start with the next one
        }
        return parts.get(part).read(index - starts[part], region);
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (PlaneSource p : parts) {
            try {
                p.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
