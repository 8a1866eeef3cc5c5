package org.fluorite.smlm;

import java.io.IOException;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.image.PlaneSource;
import org.fluorite.core.image.Region;

/**
 * Several simulated stacks of equal size interleaved plane by plane (storage plane i is frame
 * i / n of stack i % n), so that "TCYX" with n channels or "TZYX" with n Z planes puts stack k at
 * channel (or Z) k. Reads lazily from the stacks.
 */
public final class Interleaved implements PlaneSource {

    private final Image[] stacks;

    private Interleaved(Image... stacks) {
        this.stacks = stacks.clone();
    }

    /** An image with {@code axes} ("TCYX", "TZYX", ...) whose second axis holds the stacks. */
    public static Image of(String name, String axes, Image... stacks) {
        Image first = stacks[0];
        return Image.create(name, new Interleaved(stacks), axes, first.planeCount(), stacks.length, first.height(), first.width())
                .withMetadata(first.metadata()).withCalibration(Axis.X, first.calibration(Axis.X))
                .withCalibration(Axis.Y, first.calibration(Axis.Y));
    }

    @Override
    public int width() {
        return stacks[0].width();
    }

    @Override
    public int height() {
        return stacks[0].height();
    }

    @Override
    public long planeCount() {
        return stacks[0].planeCount() * stacks.length;
    }

    @Override
    public PixelType pixelType() {
        return stacks[0].pixelType();
    }

    @Override
    public Plane read(long index, Region region) throws IOException {
        Image s = stacks[(int) (index % stacks.length)];
        long frame = index / stacks.length;
        if (region.x() == 0 && region.y() == 0 && region.width() == s.width() && region.height() == s.height()) {
            return s.planeAt(frame);
        }
        return s.region(region).planeAt(frame);
    }
}
