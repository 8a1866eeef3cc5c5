package org.fluorite.motion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Calibration;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.image.PlaneSource;
import org.fluorite.core.image.Region;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.meta.Provenance;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.junit.jupiter.api.Test;

/** The corrected movie is computed lazily, frame by frame, with bounded read-ahead; provenance and table. */
class StreamingTest {

    /** Counts how often each frame of a simulated movie is read. */
    static final class CountingSource implements PlaneSource {
        final Image inner;
        final Map<Long, AtomicInteger> reads = new ConcurrentHashMap<>();

        CountingSource(Image inner) {
            this.inner = inner;
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
            reads.computeIfAbsent(index, k -> new AtomicInteger()).incrementAndGet();
            return inner.planeAt(index).crop(region);
        }

        int total() {
            return reads.values().stream().mapToInt(AtomicInteger::get).sum();
        }
    }

    private static Image movie(int frames, CountingSource[] counting) {
        double[] dx = new double[frames];
        double[] dy = new double[frames];
        for (int t = 0; t < frames; t++) {
            dx[t] = 2 * Math.sin(t / 3.0);
            dy[t] = 1.5 * Math.cos(t / 4.0);
        }
        Image sim = MotionTestMovies.rigid(64, 48, dx, dy, 3, PixelType.UINT16);
        counting[0] = new CountingSource(sim);
        return Image.create("counted", counting[0], "TYX", frames, 48, 64)
                .withCalibration(Axis.X, new Calibration(0.5e-6, "m", 0))
                .withCalibration(Axis.T, new Calibration(0.1, "s", 0))
                .withMetadata(Metadata.of(Map.of("fps", 10.0)))
                .withProvenance(Provenance.EMPTY.then(Operation.of("import.test", Map.of("file", "counted.tif"))));
    }

    @Test
    void sequentialReadingComputesEachFrameOnce() throws Exception {
        CountingSource[] c = new CountingSource[1];
        Image movie = movie(60, c);
        MotionCorrectionSettings s = MotionCorrectionSettings.DEFAULTS.withTemplateFrames(20).withMaxShifts(4, 4);
        try (MotionCorrection mc = MotionCorrection.prepare(movie, s, 3, ProgressMonitor.NONE)) {
            int templateReads = c[0].total();
            assertEquals(20, templateReads, "the template reads its 20 sampled frames once (niter_rig = 1)");
            Image out = mc.corrected(PixelType.FLOAT32);
            assertEquals(0, mc.shifts().doneCount(), "nothing is corrected before a plane is asked for");
            for (long t = 0; t < 60; t++) {
                Plane p = out.planeAt(t);
                assertEquals(PixelType.FLOAT32, p.type());
                // never more than the read-ahead window (2 per thread) beyond the frame being read
                assertTrue(mc.shifts().doneCount() <= t + 1 + 6, "frames done after reading " + t);
            }
            assertEquals(60, mc.shifts().doneCount());
            assertEquals(templateReads + 60, c[0].total(), "each frame read once more for correction");
        }
    }

    @Test
    void oneFrameCanBeReadAlone() throws Exception {
        CountingSource[] c = new CountingSource[1];
        Image movie = movie(40, c);
        try (MotionCorrection mc = MotionCorrection.prepare(movie, MotionCorrectionSettings.DEFAULTS.withTemplateFrames(10)
                .withMaxShifts(4, 4), 1, ProgressMonitor.NONE)) {
            int before = c[0].total();
            Image out = mc.corrected(PixelType.UINT16);
            Plane p = out.plane(25L);
            assertEquals(PixelType.UINT16, p.type());
            assertEquals(before + 1, c[0].total(), "one input frame read for one output frame without worker threads");
            assertTrue(mc.shifts().isDone(25));
            assertEquals(1, mc.shifts().doneCount());
            Plane cropped = out.region(new Region(10, 5, 20, 30)).plane(25L);
            assertEquals(20, cropped.width());
            assertEquals(p.get(10 + 3, 5 + 4), cropped.get(3, 4));
        }
    }

    @Test
    void outputKeepsCalibrationMetadataAndHistoryAndAddsTheCorrection() throws Exception {
        CountingSource[] c = new CountingSource[1];
        Image movie = movie(12, c);
        MotionCorrectionSettings s = MotionCorrectionSettings.DEFAULTS.withPiecewise(true).withPatches(24, 24, 8, 8)
                .withMaxShifts(4, 4).withTemplateFrames(12);
        try (MotionCorrection mc = MotionCorrection.prepare(movie, s, 2, ProgressMonitor.NONE)) {
            Image out = mc.corrected(PixelType.FLOAT32);
            assertEquals("TYX", out.axesString());
            assertEquals(0.5e-6, out.calibration(Axis.X).size());
            assertEquals(0.1, out.calibration(Axis.T).size());
            assertEquals(10.0, out.metadata().fps().getAsDouble());
            assertEquals(2, out.provenance().operations().size());
            assertEquals("import.test", out.provenance().operations().get(0).name());
            Operation op = out.provenance().operations().get(1);
            assertEquals("motion.piecewise", op.name());
            Map<String, Object> p = op.parameters();
            assertEquals(4, p.get("maxShiftX"));
            assertEquals(24, p.get("strideX"));
            assertEquals(8, p.get("overlapY"));
            assertEquals(3, p.get("maxDeviationRigid"));
            assertEquals(4, p.get("upsampleFactorGrid"));
            assertEquals(true, p.get("piecewise"));
            assertEquals("nan", p.get("border"));
            assertEquals(12, p.get("frames"));
            assertEquals(3, p.get("patchesX"), "patches of 32 px every 24 px over 64 px: at 0, 24 and 32");
            assertEquals(2, p.get("patchesY"), "over 48 px: at 0 and 16");
            assertEquals("counted", p.get("source"));

            mc.estimateAll(ProgressMonitor.NONE);
            Table t = mc.shiftsTable();
            assertEquals("motion-shifts", t.kind());
            assertEquals(12, t.rowCount());
            assertEquals(3 + 2 * 6, t.columns().size());
            assertEquals("px", t.require("x").unit());
            assertEquals("px", t.require("patch_1_2_y").unit());
            assertEquals(11.0, t.require("frame").getDouble(11));
            assertEquals(mc.shifts().x(5), t.require("x").getDouble(5));
            assertEquals("motion.piecewise", t.provenance().operations().get(1).name());
        }
    }

    @Test
    void closedCorrectionRefusesNewFrames() throws Exception {
        CountingSource[] c = new CountingSource[1];
        Image movie = movie(10, c);
        MotionCorrection mc = MotionCorrection.prepare(movie, MotionCorrectionSettings.DEFAULTS.withMaxShifts(4, 4), 2,
                ProgressMonitor.NONE);
        Image out = mc.corrected(PixelType.FLOAT32);
        mc.close();
        IOException e = assertThrows(IOException.class, () -> out.planeAt(3));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }
}
