package org.fluorite.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.fluorite.core.image.Image;
import org.fluorite.core.image.Plane;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.ImportOptions;
import org.fluorite.project.internal.ImageFiles;
import org.fluorite.roi.RoiSet;
import org.fluorite.roi.VertexRoi;
import org.fluorite.roi.traces.TraceExtractor;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FISSA's three downsampled two-photon movies (b/images/AVG_A0*.tif, 29 frames of 21 x 14 uint16)
 * with their two polygon ROIs (b/rois.zip) as samples of a project; values from SOURCES.md.
 */
class RealDataTest {

    private static final String[] MOVIES = {"fissa/b/images/AVG_A01.tif", "fissa/b/images/AVG_A02.tif",
            "fissa/b/images/AVG_A03.tif"};
    private static final String ROIS = "fissa/b/rois.zip";

    @Test
    void fissaMoviesAndRoisAreStoredFaithfully(@TempDir Path dir) throws Exception {
        FormatRegistry registry = ProjectTestSupport.registry();
        RoiSet rois = (RoiSet) registry.open(TestData.file(ROIS), ImportOptions.NONE, ProgressMonitor.NONE).data().get(0);
        try (Project p = Project.create(dir.resolve("fissa"), "fissa", ProjectConfiguration.of(List.of("cell"), List.of(),
                List.of(ProjectColumn.custom("trial_no", ValueType.INTEGER, null))), ProjectOptions.of(registry))) {
            List<double[][]> expected = new ArrayList<>();
            for (int i = 0; i < MOVIES.length; i++) {
                Path file = TestData.file(MOVIES[i]);
                Image movie = registry.open(file, ImportOptions.NONE, ProgressMonitor.NONE).firstImage();
                Image frames = movie.has(org.fluorite.core.image.Axis.T) ? movie : movie.withAxes(movie.axesString().replace('Z', 'T'));
                expected.add(TraceExtractor.meanTraces(frames, rois.rois(), 1, ProgressMonitor.NONE));
                Sample s = p.addSample(SampleDraft.builder(new SampleId("fissa_b", "A0" + (i + 1))).image(movie, file).rois(rois)
                        .value("trial_no", (long) (i + 1)).build(), ProgressMonitor.NONE);
                movie.close();
                assertEquals(29, s.frames(), "[src] 29 pages");
                assertEquals(14, s.width());
                assertEquals(21, s.height());
                assertEquals(ImageFiles.sha256(file), s.imageSha256(), "the copy is byte for byte the file");
            }
            assertEquals(6, p.table().rowCount(), "3 samples x 2 ROIs");
            for (int i = 0; i < MOVIES.length; i++) {
                Sample s = p.sample(new SampleId("fissa_b", "A0" + (i + 1))).orElseThrow();
                assertEquals(2, s.rois().size());
                assertEquals(7, ((VertexRoi) s.rois().get(0).roi()).vertexCount(), "[src] 03.roi has 7 vertices");
                assertEquals(10, ((VertexRoi) s.rois().get(1).roi()).vertexCount(), "[src] 04.roi has 10 vertices");
                for (int r = 0; r < 2; r++) {
                    assertEquals(org.fluorite.core.json.Json.write(org.fluorite.roi.RoiJson.toMap(rois.rois().get(r))),
                            org.fluorite.core.json.Json.write(org.fluorite.roi.RoiJson.toMap(s.rois().get(r).roi())),
                            "ROI " + r + " round trips with every field");
                }
                for (int r = 0; r < 2; r++) {
                    assertArrayEquals(expected.get(i)[r], s.rois().get(r).trace(), 0, "trace " + r + " of " + s.id());
                    assertEquals(29, s.rois().get(r).trace().length);
                }
                assertEquals((long) (i + 1), s.customValues().get("trial_no"));
            }
            // [measured] A01: min 36, max 390, sum 528,940, read back from the project's copy
            Sample a01 = p.sample(new SampleId("fissa_b", "A01")).orElseThrow();
            assertTrue(a01.imageFile().startsWith(p.directory().resolve("images")));
            Image copy = p.openImage(a01);
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            double sum = 0;
            for (long k = 0; k < copy.planeCount(); k++) {
                Plane plane = copy.planeAt(k);
                for (int j = 0; j < plane.size(); j++) {
                    min = Math.min(min, plane.get(j));
                    max = Math.max(max, plane.get(j));
                    sum += plane.get(j);
                }
            }
            copy.close();
            assertEquals(36, min);
            assertEquals(390, max);
            assertEquals(528_940, sum);
            Table t = p.table();
            assertEquals("fissa_b-_-A03", t.require("SampleID").getText(4));
            assertEquals(2, org.fluorite.project.filter.TableFilter.of("trial_no", "$=:2").rows(t).length);
        }
    }

    @Test
    void polygonVerticesOfFissaRoiSetAreKept(@TempDir Path dir) throws Exception {
        FormatRegistry registry = ProjectTestSupport.registry();
        RoiSet rois = (RoiSet) registry.open(TestData.file("fissa/RoiSet.zip"), ImportOptions.NONE, ProgressMonitor.NONE)
                .data().get(0);
        // a blank movie of the (176, 156) image the ROIs were drawn on
        Image movie = Image.of("blank", Plane.allocate(org.fluorite.core.image.PixelType.UINT8, 156, 176));
        try (Project p = Project.create(dir.resolve("p"), "p", ProjectConfiguration.EMPTY, ProjectOptions.of(registry))) {
            Sample s = p.addSample(SampleDraft.builder(new SampleId("roiset", "1")).image(movie, null).rois(rois).build(),
                    ProgressMonitor.NONE);
            assertEquals(156, s.width());
            assertEquals(176, s.height());
            VertexRoi first = (VertexRoi) s.rois().get(0).roi();
            VertexRoi second = (VertexRoi) s.rois().get(1).roi();
            // [src] test_extraction.py: polygons (x, y) [[39,62],[60,45],[48,71]] and [[72,107],[78,130],[100,110]]
            assertArrayEquals(new double[] {39, 60, 48}, first.xs(), 0);
            assertArrayEquals(new double[] {62, 45, 71}, first.ys(), 0);
            assertArrayEquals(new double[] {72, 78, 100}, second.xs(), 0);
            assertArrayEquals(new double[] {107, 130, 110}, second.ys(), 0);
            assertArrayEquals(new double[] {0}, s.rois().get(0).trace(), 0, "a blank single frame");
        }
    }

    /**
     * suite2p's 23 weighted footprints of the FISSA example (stat.npy) stored with a synthetic
     * 156 x 176 movie whose pixel (x, y) of frame t is x + 1000 y + 10^6 t: the masks' pixels and
     * weights survive exactly and the stored traces are the weighted means numpy computes
     * (sum(lam * v) / sum(lam) = 145389.2538857639 for ROI 0 in frame 0, lam as float32).
     */
    @Test
    void suite2pWeightedMasksAndTheirTraces(@TempDir Path dir) throws Exception {
        FormatRegistry registry = ProjectTestSupport.registry();
        registry.addImporter(new org.fluorite.io.suite2p.Suite2pImporter());
        Path folder = TestData.file("suite2p_fissa_example/stat.npy").getParent();
        RoiSet rois = registry.open(folder, ImportOptions.NONE, ProgressMonitor.NONE).data().stream()
                .filter(RoiSet.class::isInstance).map(RoiSet.class::cast).findFirst().orElseThrow();
        List<Plane> planes = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            Plane p = Plane.allocate(org.fluorite.core.image.PixelType.FLOAT32, 156, 176);
            for (int y = 0; y < 176; y++) {
                for (int x = 0; x < 156; x++) {
                    p.set(y * 156 + x, x + 1000.0 * y + 1e6 * t);
                }
            }
            planes.add(p);
        }
        Image movie = Image.create("ramp", new org.fluorite.core.image.ArrayPlaneSource(planes), "TYX", 2, 176, 156);
        try (Project p = Project.create(dir.resolve("s2p"), "s2p", ProjectConfiguration.EMPTY, ProjectOptions.of(registry))) {
            Sample s = p.addSample(SampleDraft.builder(new SampleId("fissa", "suite2p")).image(movie, null).rois(rois).build(),
                    ProgressMonitor.NONE);
            assertEquals(23, s.rois().size(), "[src] 23 ROIs");
            org.fluorite.roi.MaskRoi first = (org.fluorite.roi.MaskRoi) s.rois().get(0).roi();
            assertEquals(63, first.pixelCount(), "[measured] stat[0] npix = 63");
            assertArrayEquals(new int[] {60, 61, 62}, java.util.Arrays.copyOf(first.xs(), 3));
            assertArrayEquals(new int[] {142, 142, 142}, java.util.Arrays.copyOf(first.ys(), 3));
            assertEquals(0.29856285f, first.weights()[0]);
            for (int r = 0; r < rois.size(); r++) {
                assertEquals(org.fluorite.core.json.Json.write(org.fluorite.roi.RoiJson.toMap(rois.rois().get(r))),
                        org.fluorite.core.json.Json.write(org.fluorite.roi.RoiJson.toMap(s.rois().get(r).roi())));
            }
            double[] trace = s.rois().get(0).trace();
            assertEquals(145389.2538857639, trace[0], 145389.2538857639 * 1e-12);
            assertEquals(1145389.2538857639, trace[1], 1145389.2538857639 * 1e-12);
            double[][] direct = TraceExtractor.meanTraces(movie, rois.rois(), 1, ProgressMonitor.NONE);
            for (int r = 0; r < rois.size(); r++) {
                assertArrayEquals(direct[r], s.rois().get(r).trace(), 0);
            }
        }
    }
}
