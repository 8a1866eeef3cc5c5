package org.fluorite.roi.traces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.Plane;
import org.fluorite.core.progress.CancelledException;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.imagej.ImageJRoiImporter;
import org.fluorite.io.tiff.TiffImporter;
import org.fluorite.roi.MaskRoi;
import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiMasks;
import org.fluorite.roi.RoiSet;
import org.fluorite.roi.VertexRoi;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * Traces of the two cell ROIs of FISSA's test set b (fissa/b/rois.zip: polygons 03 and 04) over
 * its three real two-photon movies (29 frames of 21 x 14 pixels).
 *
 * <p>FISSA's expected "raw" traces (expected_py3.npz, row 0 of each cell and trial, copied to
 * resources/fissa_b_raw_cells.csv by scripts/extract_fissa_raw.py) are plain means over the ROI
 * per frame. FISSA rasterises a polygon by its own rule: a pixel belongs to the ROI when its
 * centre lies strictly inside the outline. ImageJ's rule (Fluorite's {@link RoiMasks}) leaves out
 * centres on left-hand edges but keeps those on right-hand edges, so the two can differ. On these
 * polygons the only pixel centres lying on the outline (two per ROI) sit on left-hand diagonal
 * edges, so both rules give the same 20 and 35 pixels, and the extracted traces equal FISSA's to
 * rounding. A plain even-odd test that counts those centres as inside would take 22 and 37 pixels
 * and be off by up to 2.3 %.
 *
 * <p>dF/F0 of these traces is compared with numpy's (resources/fissa_b_dff_numpy.csv, made by
 * scripts/fissa_dff_numpy.py: np.percentile over the same windows, and a frame-range mean).
 */
class FissaTracesTest {

    private static final String[] MOVIES = {"AVG_A01.tif", "AVG_A02.tif", "AVG_A03.tif"};

    private static List<Roi> cells() throws IOException {
        Path zip = TestData.file("fissa/b/rois.zip");
        RoiSet set = (RoiSet) new ImageJRoiImporter().read(zip, ImportOptions.NONE, ProgressMonitor.NONE).data().get(0);
        return set.rois();
    }

    private static Image movie(String name) throws IOException {
        Path file = TestData.file("fissa/b/images/" + name);
        return new TiffImporter().read(file, ImportOptions.NONE, ProgressMonitor.NONE).firstImage();
    }

    @Test
    void theRoisAndMoviesAreWhatSourcesSays() throws IOException {
        List<Roi> cells = cells();
        assertEquals(2, cells.size());
        assertEquals(7, ((VertexRoi) cells.get(0)).vertexCount(), "03.roi has 7 vertices");
        assertEquals(10, ((VertexRoi) cells.get(1)).vertexCount(), "04.roi has 10 vertices");
        Image a01 = movie("AVG_A01.tif");
        assertEquals(29, a01.length(Axis.T));
        assertEquals(21, a01.height());
        assertEquals(14, a01.width());
        assertEquals(20, RoiMasks.count(RoiMasks.mask(cells.get(0), 14, 21)), "ImageJ-rule pixels of 03 [measured]");
        assertEquals(35, RoiMasks.count(RoiMasks.mask(cells.get(1), 14, 21)), "ImageJ-rule pixels of 04 [measured]");
    }

    @Test
    void tracesEqualMeansComputedFromTheMaskAndEveryPlane() throws IOException {
        List<Roi> cells = cells();
        for (String name : MOVIES) {
            Image movie = movie(name);
            double[][] traces = TraceExtractor.meanTraces(movie, cells, 3, ProgressMonitor.NONE);
            for (int r = 0; r < cells.size(); r++) {
                boolean[][] mask = RoiMasks.mask(cells.get(r), 14, 21);
                for (int t = 0; t < 29; t++) {
                    Plane p = movie.plane((long) t);
                    long sum = 0;
                    int n = 0;
                    for (int y = 0; y < 21; y++) {
                        for (int x = 0; x < 14; x++) {
                            if (mask[y][x]) {
                                sum += (long) p.get(x, y);
                                n++;
                            }
                        }
                    }
                    assertEquals((double) sum / n, traces[r][t], 1e-12, name + " ROI " + r + " frame " + t);
                }
            }
        }
    }

    @Test
    void tracesReproduceFissaRawTraces() throws IOException {
        List<Roi> cells = cells();
        List<String[]> reference = reference();
        assertEquals(2 * 3 * 29, reference.size());
        int[] expectedPixels = {20, 35};
        for (int r = 0; r < cells.size(); r++) {
            MaskRoi strict = strictInterior((VertexRoi) cells.get(r), 14, 21);
            assertEquals(expectedPixels[r], strict.pixelCount(), "FISSA-rule pixels of ROI " + r);
            MaskRoi imagej = RoiMasks.toMaskRoi(cells.get(r), 14, 21);
            assertEquals(Arrays.toString(strict.xs()), Arrays.toString(imagej.xs()), "same columns");
            assertEquals(Arrays.toString(strict.ys()), Arrays.toString(imagej.ys()), "same rows");
        }
        for (String movieName : MOVIES) {
            double[][] traces = TraceExtractor.meanTraces(movie(movieName), cells, ProgressMonitor.NONE);
            int compared = 0;
            for (String[] row : reference) {
                if (!row[0].equals(movieName)) {
                    continue;
                }
                int r = row[1].equals("03") ? 0 : 1;
                assertEquals(row[1], cells.get(r).name());
                int t = Integer.parseInt(row[2]);
                assertEquals(Double.parseDouble(row[3]), traces[r][t], 1e-9, movieName + " " + row[1] + " frame " + t);
                compared++;
            }
            assertEquals(58, compared);
        }
        // frame 0 of AVG_A01, from the file: 03 -> 48.0, 04 -> 73.4
        double[][] a01 = TraceExtractor.meanTraces(movie("AVG_A01.tif"), cells, ProgressMonitor.NONE);
        assertEquals(48.0, a01[0][0], 1e-12);
        assertEquals(73.4, a01[1][0], 1e-12);
    }

    @Test
    void deltaFMatchesNumpyOnTheRealTraces() throws IOException {
        List<Roi> cells = cells();
        List<String[]> reference = rows("fissa_b_dff_numpy.csv");
        assertEquals(2 * 3 * 29, reference.size());
        Baseline[] baselines = {Baseline.Percentile.centred(10, 9), new Baseline.Percentile(20, 5, Baseline.Window.TRAILING),
            new Baseline.FrameRange(0, 5)};
        for (String movieName : MOVIES) {
            double[][] traces = TraceExtractor.meanTraces(movie(movieName), cells, ProgressMonitor.NONE);
            for (int b = 0; b < baselines.length; b++) {
                double[][] dff = DeltaF.of(traces, baselines[b]);
                for (String[] row : reference) {
                    if (row[0].equals(movieName)) {
                        int r = row[1].equals("03") ? 0 : 1;
                        int t = Integer.parseInt(row[2]);
                        assertEquals(Double.parseDouble(row[3 + b]), dff[r][t], 1e-12,
                                movieName + " " + row[1] + " frame " + t + " " + baselines[b]);
                    }
                }
            }
        }
    }

    @Test
    void cancellingLeavesTheMovieReadable() throws IOException {
        Image movie = movie("AVG_A01.tif");
        AtomicInteger worked = new AtomicInteger();
        ProgressMonitor cancelAfterFive = new ProgressMonitor() {
            @Override
            public void begin(String task, long totalWork) {
            }

            @Override
            public void worked(long units) {
                worked.addAndGet((int) units);
            }

            @Override
            public boolean isCancelled() {
                return worked.get() >= 5;
            }
        };
        assertThrows(CancelledException.class,
                () -> TraceExtractor.meanTraces(movie, cells(), 2, cancelAfterFive));
        // the workers were not interrupted, so the file stays open for the next reader: sum of all pixels [measured]
        double sum = 0;
        for (long t = 0; t < 29; t++) {
            for (double v : movie.plane(t).toDoubles()) {
                sum += v;
            }
        }
        assertEquals(528_940, sum, 0);
        movie.close();
    }

    /** Pixels whose centre lies strictly inside the polygon (not on its outline): FISSA's rule, computed here on its own. */
    private static MaskRoi strictInterior(VertexRoi polygon, int width, int height) {
        double[] xs = polygon.xs();
        double[] ys = polygon.ys();
        List<int[]> pixels = new ArrayList<>();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double px = x + 0.5;
                double py = y + 0.5;
                boolean inside = false;
                boolean onOutline = false;
                for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
                    double cross = (xs[i] - xs[j]) * (py - ys[j]) - (ys[i] - ys[j]) * (px - xs[j]);
                    if (cross == 0 && px >= Math.min(xs[i], xs[j]) && px <= Math.max(xs[i], xs[j])
                            && py >= Math.min(ys[i], ys[j]) && py <= Math.max(ys[i], ys[j])) {
                        onOutline = true;
                    }
                    if ((ys[i] > py) != (ys[j] > py) && px < xs[j] + (py - ys[j]) * (xs[i] - xs[j]) / (ys[i] - ys[j])) {
                        inside = !inside;
                    }
                }
                if (inside && !onOutline) {
                    pixels.add(new int[] {x, y});
                }
            }
        }
        int[] px = new int[pixels.size()];
        int[] py = new int[pixels.size()];
        float[] w = new float[pixels.size()];
        for (int i = 0; i < px.length; i++) {
            px[i] = pixels.get(i)[0];
            py[i] = pixels.get(i)[1];
            w[i] = 1;
        }
        return new MaskRoi(polygon.properties(), px, py, w);
    }

    /** Rows movie, roi, frame, raw of the fixture. */
    private static List<String[]> reference() throws IOException {
        return rows("fissa_b_raw_cells.csv");
    }

    /** The rows after the header of a fixture made by this fragment's scripts. */
    private static List<String[]> rows(String fixture) throws IOException {
        for (String base : new String[] {"resources", "bundles/org.fluorite.roi.tests/resources",
                "../org.fluorite.roi.tests/resources"}) {
            Path p = Paths.get(base, fixture);
            if (Files.isRegularFile(p)) {
                return Files.readAllLines(p).stream().skip(1).map(l -> l.split(",")).toList();
            }
        }
        throw new IllegalStateException("Missing fixture " + fixture + " (run from the repository or the test bundle)");
    }
}
