package org.fluorite.viewer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.graphics.ImageData;
import org.fluorite.core.display.Contrast;
import org.fluorite.core.display.LookupTable;
import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.image.PlaneSource;
import org.fluorite.core.image.Region;
import org.junit.jupiter.api.Test;

/** The loader without a display: newest request wins, caches, auto contrast, pixel packing. */
class FrameLoaderTest {

    /** Runs queued tasks only when told, so the order of events is exact. */
    private static final class ManualExecutor extends AbstractExecutorService {
        final ArrayDeque<Runnable> queue = new ArrayDeque<>();

        @Override
        public void execute(Runnable command) {
            queue.add(command);
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        }

        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }

    /** 20 frames of 4x2 uint16; plane k holds k * 1000 + i at flat index i. Counts reads. */
    private static class CountingSource implements PlaneSource {
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public int width() {
            return 4;
        }

        @Override
        public int height() {
            return 2;
        }

        @Override
        public long planeCount() {
            return 20;
        }

        @Override
        public PixelType pixelType() {
            return PixelType.UINT16;
        }

        @Override
        public Plane read(long index, Region region) throws IOException {
            reads.incrementAndGet();
            Plane p = Plane.allocate(PixelType.UINT16, 4, 2);
            for (int i = 0; i < 8; i++) {
                p.set(i, index * 1000 + i);
            }
            return p;
        }
    }

    private final ManualExecutor executor = new ManualExecutor();
    private final List<FrameLoader.Result> results = new ArrayList<>();
    private final List<Exception> failures = new ArrayList<>();
    private final FrameLoader loader = new FrameLoader(executor, new FrameLoader.Sink() {
        @Override
        public void delivered(FrameLoader.Result result) {
            results.add(result);
        }

        @Override
        public void failed(FrameLoader.Request request, Exception error) {
            failures.add(error);
        }
    });

    private static FrameLoader.Request request(long seq, Image img, long t, Contrast c) {
        return new FrameLoader.Request(seq, 1, img, Map.of(Axis.T, t), new int[] {0}, new Contrast[] {c},
                new LookupTable[] {LookupTable.GREY}, false, 0);
    }

    @Test
    void onlyTheNewestWaitingRequestIsLoaded() {
        CountingSource src = new CountingSource();
        Image img = Image.create("m", src, "TYX", 20, 2, 4);
        for (int t = 0; t < 10; t++) {
            loader.request(request(t + 1, img, t, new Contrast(0, 20000)));
        }
        assertEquals(10, executor.queue.size());
        executor.runAll();
        assertEquals(1, results.size());
        assertEquals(10, results.get(0).request().sequence());
        assertEquals(1, src.reads.get(), "frames 0..8 were never read");
        assertEquals(9007, results.get(0).planes()[0].get(7), 0);
    }

    @Test
    void planesAndFramesComeFromTheCacheTheSecondTime() {
        CountingSource src = new CountingSource();
        Image img = Image.create("m", src, "TYX", 20, 2, 4);
        loader.request(request(1, img, 3, new Contrast(0, 8000)));
        executor.runAll();
        loader.request(request(2, img, 3, new Contrast(0, 8000)));
        executor.runAll();
        assertEquals(1, src.reads.get());
        assertSame(results.get(0).data(), results.get(1).data(), "rendered frame reused");
        // another range: same plane, new rendering
        loader.request(request(3, img, 3, new Contrast(3000, 3007)));
        executor.runAll();
        assertEquals(1, src.reads.get());
        ImageData d = results.get(2).data();
        // value 3004 in 3000..3007: floor(4 * 256 / 7) = 146
        assertEquals(0x929292, d.getPixel(0, 1));
        assertEquals(2, loader.cachedFrames());
        loader.clear();
        assertEquals(0, loader.cachedPlanes());
        loader.request(request(4, img, 3, new Contrast(0, 8000)));
        executor.runAll();
        assertEquals(2, src.reads.get(), "read again after clear");
    }

    @Test
    void planeCacheIsBoundedAndEvictsTheOldest() {
        CountingSource src = new CountingSource();
        Image img = Image.create("m", src, "TYX", 20, 2, 4);
        for (int t = 0; t < 20; t++) {
            loader.request(request(t, img, t, new Contrast(0, 1)));
            executor.runAll();
        }
        assertEquals(20, loader.cachedPlanes(), "20 small planes fit");
        assertTrue(loader.cachedFrames() <= FrameLoader.FRAME_CACHE_ENTRIES);
        assertEquals(20, loader.planeReads());
    }

    @Test
    void missingContrastIsComputedFromThePlane() {
        CountingSource src = new CountingSource();
        Image img = Image.create("m", src, "TYX", 20, 2, 4);
        loader.request(request(1, img, 2, null));
        executor.runAll();
        FrameLoader.Result r = results.get(0);
        assertEquals(new Contrast(2000, 2007), r.contrasts()[0]);
        assertEquals(0xFFFFFF, r.data().getPixel(3, 1));
        assertEquals(0x000000, r.data().getPixel(0, 0));
        assertEquals(8, r.histogram().total());
        assertEquals(List.of(), failures);
    }

    @Test
    void readErrorsGoToTheSink() {
        PlaneSource broken = new CountingSource() {
            @Override
            public Plane read(long index, Region region) throws IOException {
                throw new IOException("disk gone");
            }
        };
        Image img = Image.create("m", broken, "TYX", 20, 2, 4);
        loader.request(request(1, img, 0, null));
        executor.runAll();
        assertEquals(List.of(), results);
        assertEquals(1, failures.size());
        assertEquals("disk gone", failures.get(0).getMessage());
    }

    @Test
    void packedPixelsReadBackAsRgb() {
        ImageData d = FrameLoader.toImageData(new int[] {0x123456, 0xFF0000, 0x00FF00, 0x0000FF, 0, 0xFFFFFF}, 3, 2);
        assertEquals(0x123456, d.getPixel(0, 0));
        assertEquals(0xFF0000, d.getPixel(1, 0));
        assertEquals(0x0000FF, d.getPixel(0, 1));
        assertEquals(0xFFFFFF, d.getPixel(2, 1));
        assertEquals(0x12, d.palette.getRGB(d.getPixel(0, 0)).red);
        assertNull(d.alphaData);
    }
}
