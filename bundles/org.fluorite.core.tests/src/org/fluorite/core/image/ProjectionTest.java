package org.fluorite.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.fluorite.core.meta.Operation;
import org.fluorite.core.progress.CancelledException;
import org.fluorite.core.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;

class ProjectionTest {

    /**
     * Three 2x2 uint16 frames; pixel series over time: [1,2,3], [10,10,10], [0,65535,0], [100,200,600].
     */
    private static Image frames() {
        int[][] values = {{1, 10, 0, 100}, {2, 10, 65535, 200}, {3, 10, 0, 600}};
        List<Plane> planes = new ArrayList<>();
        for (int[] frame : values) {
            Plane p = Plane.allocate(PixelType.UINT16, 2, 2);
            for (int i = 0; i < 4; i++) {
                p.set(i, frame[i]);
            }
            planes.add(p);
        }
        return Image.create("cells", new ArrayPlaneSource(planes), "TYX", 3, 2, 2)
                .withCalibration(Axis.X, Calibration.metres(0.16e-6));
    }

    private static double[] project(Projection p) throws IOException {
        Image out = p.apply(frames(), Axis.T, ProgressMonitor.NONE);
        assertEquals("YX", out.axesString());
        return out.plane().toDoubles();
    }

    @Test
    void maxAndMinKeepTheTypeAndReadUnsigned() throws IOException {
        Image max = Projection.MAX.apply(frames(), Axis.T, ProgressMonitor.NONE);
        assertEquals(PixelType.UINT16, max.pixelType());
        assertEquals("MAX_cells", max.name());
        assertEquals(List.of(3.0, 10.0, 65535.0, 600.0), box(max.plane().toDoubles()));
        assertEquals(List.of(1.0, 10.0, 0.0, 100.0), box(project(Projection.MIN)));
    }

    @Test
    void meanAndStdAreFloatWithPopulationDeviation() throws IOException {
        Image mean = Projection.MEAN.apply(frames(), Axis.T, ProgressMonitor.NONE);
        assertEquals(PixelType.FLOAT32, mean.pixelType());
        double[] m = mean.plane().toDoubles();
        assertEquals(2.0, m[0], 1e-6);
        assertEquals(10.0, m[1], 1e-6);
        assertEquals(21845.0, m[2], 1e-3);
        assertEquals(300.0, m[3], 1e-4);
        double[] s = project(Projection.STD);
        assertEquals(Math.sqrt(2.0 / 3), s[0], 1e-6);
        assertEquals(0.0, s[1], 0);
        assertEquals(65535 * Math.sqrt(2.0 / 9), s[2], 1e-2);
        assertEquals(Math.sqrt(140000.0 / 3), s[3], 1e-3);
    }

    @Test
    void projectingZKeepsTimeCalibrationAndRecordsProvenance() throws IOException {
        // T=2, Z=3: plane (t, z) filled with 10 * t + z
        List<Plane> planes = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            for (int z = 0; z < 3; z++) {
                Plane p = Plane.allocate(PixelType.FLOAT32, 1, 1);
                p.set(0, 10 * t + z);
                planes.add(p);
            }
        }
        Image img = Image.create("stack", new ArrayPlaneSource(planes), "TZYX", 2, 3, 1, 1)
                .withCalibration(Axis.T, Calibration.seconds(0.25));
        Image out = Projection.MEAN.apply(img, Axis.Z, ProgressMonitor.NONE);
        assertEquals("TYX", out.axesString());
        assertEquals(1.0, out.plane(0).get(0), 1e-6);
        assertEquals(11.0, out.plane(1).get(0), 1e-6);
        assertEquals(0.25, out.calibration(Axis.T).size(), 0);
        List<Operation> ops = out.provenance().operations();
        assertEquals(1, ops.size());
        assertEquals("image.project", ops.get(0).name());
        assertEquals("mean", ops.get(0).parameters().get("projection"));
        assertEquals("Z", ops.get(0).parameters().get("axis"));
        assertEquals(0.16e-6, Projection.MAX.apply(frames(), Axis.T, ProgressMonitor.NONE).calibration(Axis.X).size(), 0);
    }

    @Test
    void reportsProgressAndStopsWhenCancelled() {
        long[] worked = {0};
        long[] total = {0};
        ProgressMonitor counting = new ProgressMonitor() {
            @Override
            public void begin(String task, long totalWork) {
                total[0] = totalWork;
            }

            @Override
            public void worked(long units) {
                worked[0] += units;
            }

            @Override
            public boolean isCancelled() {
                return worked[0] >= 1;
            }
        };
        assertThrows(CancelledException.class, () -> Projection.MAX.apply(frames(), Axis.T, counting));
        assertEquals(3, total[0]);
        assertEquals(1, worked[0]);
        assertThrows(IllegalArgumentException.class, () -> Projection.MAX.apply(frames(), Axis.Z, ProgressMonitor.NONE));
    }

    @Test
    void labelsParseCaseInsensitively() {
        assertSame(Projection.STD, Projection.fromLabel("Std"));
        assertEquals("mean", Projection.MEAN.label());
        assertThrows(IllegalArgumentException.class, () -> Projection.fromLabel("median"));
    }

    private static List<Double> box(double[] a) {
        List<Double> l = new ArrayList<>();
        for (double d : a) {
            l.add(d);
        }
        return l;
    }
}
