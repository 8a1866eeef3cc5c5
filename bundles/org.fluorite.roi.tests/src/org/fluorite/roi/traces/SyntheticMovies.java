package org.fluorite.roi.traces;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.fluorite.core.image.ArrayPlaneSource;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.image.PlaneSource;
import org.fluorite.core.image.Region;

/** Small movies with known pixel values, and a plane source that counts its reads. */
final class SyntheticMovies {

    private SyntheticMovies() {
    }

    /** A float32 movie "TYX" whose pixel (x, y) of frame t is {@code value(t, y * width + x)}. */
    static Image movie(int frames, int width, int height, FrameValue value) {
        List<Plane> planes = new ArrayList<>();
        for (int t = 0; t < frames; t++) {
            Plane p = Plane.allocate(PixelType.FLOAT32, width, height);
            for (int i = 0; i < width * height; i++) {
                p.set(i, value.at(t, i));
            }
            planes.add(p);
        }
        return Image.create("synthetic", new ArrayPlaneSource(planes), "TYX", frames, height, width);
    }

    /** A uint16 movie with pixel (x, y) of frame t = 100 t + 10 y + x. */
    static Image ramp(int frames, int width, int height) {
        List<Plane> planes = new ArrayList<>();
        for (int t = 0; t < frames; t++) {
            Plane p = Plane.allocate(PixelType.UINT16, width, height);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    p.set(y * width + x, 100 * t + 10 * y + x);
                }
            }
            planes.add(p);
        }
        return Image.create("ramp", new ArrayPlaneSource(planes), "TYX", frames, height, width);
    }

    @FunctionalInterface
    interface FrameValue {
        double at(int frame, int pixel);
    }

    /** Wraps a source, counting reads per plane and failing on a chosen plane. */
    static final class CountingSource implements PlaneSource {
        final PlaneSource inner;
        final AtomicInteger[] reads;
        final int failAt;

        CountingSource(PlaneSource inner, int failAt) {
            this.inner = inner;
            this.failAt = failAt;
            this.reads = new AtomicInteger[(int) inner.planeCount()];
            for (int i = 0; i < reads.length; i++) {
                reads[i] = new AtomicInteger();
            }
        }

        @Override
        public int width() {
            return inner.width();
        }

        @Override
        public int height() {
            return inner.height();
        }

        @Override
        public long planeCount() {
            return inner.planeCount();
        }

        @Override
        public PixelType pixelType() {
            return inner.pixelType();
        }

        @Override
        public Plane read(long index, Region region) throws IOException {
            reads[(int) index].incrementAndGet();
            if (index == failAt) {
                throw new IOException("movie.tif: plane " + index + " is damaged");
            }
            return inner.read(index, region);
        }
    }
}
