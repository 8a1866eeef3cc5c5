package org.fluorite.io.flimage.internal;

import java.io.IOException;

import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.image.PlaneSource;
import org.fluorite.core.image.Region;

/**
 * Planes computed from two sources of equal size when read, pixel by pixel. The flimage and
 * qpimage layouts define the background-corrected image as raw minus background (fluorescence,
 * phase) or raw divided by background (amplitude), and a background made of an experimental part
 * ({@code bg_data/data}) and a fitted part ({@code bg_data/fit}) as their sum (phase,
 * fluorescence) or product (amplitude).
 */
public final class CombinedPlaneSource implements PlaneSource {

    /** How the two planes are combined. */
    public enum Operation {
        SUBTRACT, DIVIDE, ADD, MULTIPLY
    }

    private final PlaneSource first;
    private final PlaneSource second;
    private final Operation operation;
    private final PixelType type;

    public CombinedPlaneSource(PlaneSource first, PlaneSource second, Operation operation) {
        if (first.width() != second.width() || first.height() != second.height() || first.planeCount() != second.planeCount()) {
            throw new IllegalArgumentException("the two images differ in size");
        }
        this.first = first;
        this.second = second;
        this.operation = operation;
        this.type = first.pixelType() == PixelType.FLOAT32 && second.pixelType() == PixelType.FLOAT32 ? PixelType.FLOAT32
                : PixelType.FLOAT64;
    }

    @Override
    public int width() {
        return first.width();
    }

    @Override
    public int height() {
        return first.height();
    }

    @Override
    public long planeCount() {
        return first.planeCount();
    }

    @Override
    public PixelType pixelType() {
        return type;
    }

    @Override
    public Plane read(long index, Region region) throws IOException {
        Plane a = first.read(index, region);
        Plane b = second.read(index, region);
        Plane out = Plane.allocate(type, a.width(), a.height());
        for (int i = 0; i < out.size(); i++) {
            double x = a.get(i);
            double y = b.get(i);
            out.set(i, switch (operation) {
                case SUBTRACT -> x - y;
                case DIVIDE -> x / y;
                case ADD -> x + y;
                case MULTIPLY -> x * y;
            });
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        try {
            first.close();
        } finally {
            second.close();
        }
    }
}
