package org.fluorite.roi.traces;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.fluorite.core.image.ArrayPlaneSource;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.image.PlaneSource;
import org.fluorite.core.image.Region;
import org.fluorite.core.progress.CancelledException;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.roi.EllipseRoi;
import org.fluorite.roi.MaskRoi;
import org.fluorite.roi.RectangleRoi;
import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiMasks;
import org.fluorite.roi.RoiProperties;
import org.fluorite.roi.VertexRoi;
import org.junit.jupiter.api.Test;

/** Mean traces against values worked out by hand, and the parallel reader against the plain one. */
class TraceExtractorTest {

    private static RectangleRoi rect(String name, double x, double y, double w, double h) {
        return new RectangleRoi(RoiProperties.named(name), x, y, w, h, 0);
    }

    @Test
    void rectangleMeanOnARamp() throws IOException {
        // pixel = 100 t + 10 y + x; the rectangle holds x = 1, 2 and y = 0, 1: mean 100 t + 5 + 1.5
        Image movie = SyntheticMovies.ramp(3, 4, 3);
        double[][] tr = TraceExtractor.meanTraces(movie, List.of(rect("a", 1, 0, 2, 2)), ProgressMonitor.NONE);
        assertArrayEquals(new double[] {6.5, 106.5, 206.5}, tr[0], 0);
    }

    @Test
    void maskWeightsAndPixelsOutsideTheImage() throws IOException {
        Image movie = SyntheticMovies.ramp(3, 4, 3);
        // (0,0) weight 1 and (3,2) weight 3: (100t + 3 (100t + 23)) / 4 = 100 t + 17.25; (9,9) lies outside
        MaskRoi weighted = new MaskRoi(RoiProperties.named("w"), new int[] {0, 3, 9}, new int[] {0, 2, 9},
                new float[] {1, 3, 5});
        MaskRoi zero = new MaskRoi(RoiProperties.named("z"), new int[] {1}, new int[] {1}, new float[] {0});
        double[][] tr = TraceExtractor.meanTraces(movie, List.of(weighted, zero), 2, ProgressMonitor.NONE);
        assertArrayEquals(new double[] {17.25, 117.25, 217.25}, tr[0], 1e-12);
        for (double v : tr[1]) {
            assertTrue(Double.isNaN(v), "a mask of zero weight has no mean");
        }
    }

    @Test
    void singlePlaneGivesOneValue() throws IOException {
        Plane p = Plane.allocate(PixelType.UINT8, 3, 3);
        for (int i = 0; i < 9; i++) {
            p.set(i, i);
        }
        double[][] tr = TraceExtractor.meanTraces(Image.of("one", p), List.of(rect("all", 0, 0, 3, 3)), ProgressMonitor.NONE);
        assertArrayEquals(new double[] {4.0}, tr[0], 0);
    }

    @Test
    void parallelEqualsSequentialAndDirectSums() throws IOException {
        Random random = new Random(11);
        int frames = 203;
        double[][] values = new double[frames][24 * 20];
        for (double[] f : values) {
            for (int i = 0; i < f.length; i++) {
                f[i] = random.nextInt(4096);
            }
        }
        Image movie = SyntheticMovies.movie(frames, 24, 20, (t, i) -> values[t][i]);
        List<Roi> rois = List.of(rect("r", 2, 3, 5, 4), new EllipseRoi(RoiProperties.named("e"), 12, 10, 5, 3, 0.3),
                new VertexRoi(RoiProperties.named("p"), VertexRoi.Shape.POLYGON, new double[] {15, 23, 19},
                        new double[] {1, 2, 15}));
        double[][] one = TraceExtractor.meanTraces(movie, rois, 1, ProgressMonitor.NONE);
        double[][] many = TraceExtractor.meanTraces(movie, rois, 6, ProgressMonitor.NONE);
        for (int r = 0; r < rois.size(); r++) {
            assertArrayEquals(one[r], many[r], 0, "ROI " + r + ": same sums in the same order on any thread");
            boolean[][] mask = RoiMasks.mask(rois.get(r), 24, 20);
            for (int t = 0; t < frames; t++) {
                double sum = 0;
                int n = 0;
                for (int y = 0; y < 20; y++) {
                    for (int x = 0; x < 24; x++) {
                        if (mask[y][x]) {
                            sum += values[t][y * 24 + x];
                            n++;
                        }
                    }
                }
                assertEquals(sum / n, many[r][t], 1e-9, "ROI " + r + " frame " + t);
            }
        }
    }

    @Test
    void aMovieLargerThanTheHeapIsReadFrameByFrame() throws IOException {
        // 3,000 frames of 512 x 512 uint16 = 1.5 GiB, made when read: pixel (x, y) of frame t = t + x
        int frames = 3000;
        PlaneSource generated = new PlaneSource() {
            @Override
            public int width() {
                return 512;
            }

            @Override
            public int height() {
                return 512;
            }

            @Override
            public long planeCount() {
                return frames;
            }

            @Override
            public PixelType pixelType() {
                return PixelType.UINT16;
            }

            @Override
            public Plane read(long index, Region region) {
                Plane p = Plane.allocate(PixelType.UINT16, region.width(), region.height());
                short[] d = (short[]) p.data();
                for (int i = 0; i < d.length; i++) {
                    d[i] = (short) (index + region.x() + i % region.width());
                }
                return p;
            }
        };
        Image movie = Image.create("large", generated, "TYX", frames, 512, 512);
        assertEquals(3000L * 512 * 512 * 2, movie.sizeInBytes(), "more than the 1 GiB heap the tests run with");
        double[][] tr = TraceExtractor.meanTraces(movie, List.of(rect("left", 0, 0, 2, 512), rect("x 100", 100, 7, 1, 1)),
                ProgressMonitor.NONE);
        for (int t = 0; t < frames; t++) {
            assertEquals(t + 0.5, tr[0][t], 1e-9, "mean of columns 0 and 1 in frame " + t);
            assertEquals(t + 100, tr[1][t], 0, "pixel (100, 7) in frame " + t);
        }
    }

    @Test
    void everyFrameIsReadExactlyOnceForAllRois() throws IOException {
        Image ramp = SyntheticMovies.ramp(50, 8, 8);
        List<Plane> planes = new ArrayList<>();
        for (long t = 0; t < 50; t++) {
            planes.add(ramp.plane(t));
        }
        SyntheticMovies.CountingSource source = new SyntheticMovies.CountingSource(new ArrayPlaneSource(planes), -1);
        Image movie = Image.create("counted", source, "TYX", 50, 8, 8);
        List<Roi> rois = List.of(rect("a", 0, 0, 2, 2), rect("b", 4, 4, 3, 3), rect("c", 1, 5, 6, 2));
        AtomicInteger worked = new AtomicInteger();
        TraceExtractor.meanTraces(movie, rois, 4, new ProgressMonitor() {
            @Override
            public void begin(String task, long totalWork) {
                assertEquals(50, totalWork);
            }

            @Override
            public void worked(long units) {
                worked.addAndGet((int) units);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        for (int t = 0; t < 50; t++) {
            assertEquals(1, source.reads[t].get(), "reads of frame " + t);
        }
        assertEquals(50, worked.get());
    }

    @Test
    void aReadErrorReachesTheCallerWithTheFileName() {
        List<Plane> planes = new ArrayList<>();
        for (int t = 0; t < 30; t++) {
            planes.add(Plane.allocate(PixelType.UINT16, 4, 4));
        }
        SyntheticMovies.CountingSource source = new SyntheticMovies.CountingSource(new ArrayPlaneSource(planes), 17);
        Image movie = Image.create("broken", source, "TYX", 30, 4, 4);
        IOException e = assertThrows(IOException.class,
                () -> TraceExtractor.meanTraces(movie, List.of(rect("a", 0, 0, 2, 2)), 3, ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("movie.tif") && e.getMessage().contains("plane 17"), e.getMessage());
    }

    @Test
    void cancellationStopsTheWorkers() {
        Image movie = SyntheticMovies.ramp(400, 8, 8);
        AtomicInteger worked = new AtomicInteger();
        ProgressMonitor cancelAfterTen = new ProgressMonitor() {
            @Override
            public void begin(String task, long totalWork) {
            }

            @Override
            public void worked(long units) {
                worked.addAndGet((int) units);
            }

            @Override
            public boolean isCancelled() {
                return worked.get() >= 10;
            }
        };
        assertThrows(CancelledException.class,
                () -> TraceExtractor.meanTraces(movie, List.of(rect("a", 0, 0, 2, 2)), 4, cancelAfterTen));
        assertTrue(worked.get() < 400, "stopped early, after " + worked.get() + " frames");
        assertThrows(CancelledException.class,
                () -> TraceExtractor.meanTraces(movie, List.of(rect("a", 0, 0, 2, 2)), 1, cancelAfterTen));
    }

    @Test
    void roisWithoutPixelsAreRefusedByName() {
        Image movie = SyntheticMovies.ramp(2, 4, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TraceExtractor.meanTraces(movie, List.of(rect("far away", 40, 40, 2, 2)), ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("'far away'"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> TraceExtractor.meanTraces(movie, List.of(), 0, ProgressMonitor.NONE));
    }
}
