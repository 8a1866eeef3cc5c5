package org.fluorite.io.caiman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fluorite.core.image.Image;
import org.fluorite.core.image.Plane;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.roi.MaskRoi;
import org.fluorite.roi.RoiSet;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * The synthetic CNMF file of scripts/make_cnmf_fixture.py: three truncated Gaussian footprints
 * (29 pixels, unit L2 norm, weight sum 4.6550965) at (row, col) (5,7), (12,20), (15,4) on a
 * 20 x 30 field, 50 frames of analytic traces, one background component.
 */
class CaimanImporterTest {

    private static final double WEIGHT_SUM = 4.6550965160131454;

    private static SourceExtraction read() throws IOException {
        ImportResult r = new CaimanImporter().read(CaimanTestSupport.fixture("cnmf_synthetic.hdf5"), ImportOptions.NONE,
                ProgressMonitor.NONE);
        assertEquals("fluorite.caiman", r.formatId());
        return assertInstanceOf(SourceExtraction.class, r.data().get(0));
    }

    @Test
    void footprintsHaveTheGaussianPixelCountsWeightsAndCentres() throws IOException {
        SourceExtraction s = read();
        RoiSet rois = s.rois();
        assertEquals(3, rois.size());
        assertEquals(30, rois.imageWidth().getAsInt());
        assertEquals(20, rois.imageHeight().getAsInt());
        double[][] centres = {{7, 5}, {20, 12}, {4, 15}};
        for (int k = 0; k < 3; k++) {
            MaskRoi m = assertInstanceOf(MaskRoi.class, rois.rois().get(k));
            assertEquals(29, m.pixelCount());
            double sum = 0;
            double sx = 0;
            double sy = 0;
            double sq = 0;
            float[] w = m.weights();
            int[] xs = m.xs();
            int[] ys = m.ys();
            for (int i = 0; i < w.length; i++) {
                sum += w[i];
                sx += w[i] * xs[i];
                sy += w[i] * ys[i];
                sq += w[i] * (double) w[i];
            }
            assertEquals(WEIGHT_SUM, sum, 1e-5, "weight sum of component " + k);
            assertEquals(1.0, sq, 1e-5, "unit L2 norm of component " + k);
            assertEquals(centres[k][0], sx / sum, 1e-5, "centroid x of component " + k);
            assertEquals(centres[k][1], sy / sum, 1e-5, "centroid y of component " + k);
            assertEquals("roi_" + k, m.properties().name());
        }
        // the centre pixel carries the largest weight, exp(0) / norm
        MaskRoi first = (MaskRoi) rois.rois().get(0);
        int centre = indexOf(first, 7, 5);
        assertTrue(centre >= 0);
        assertEquals(WEIGHT_SUM / sumOfGaussian(), first.weights()[centre], 1e-6);
    }

    private static int indexOf(MaskRoi m, int x, int y) {
        for (int i = 0; i < m.pixelCount(); i++) {
            if (m.xs()[i] == x && m.ys()[i] == y) {
                return i;
            }
        }
        return -1;
    }

    /** Sum of the unnormalised truncated Gaussian (sigma 1.5, radius 3). */
    private static double sumOfGaussian() {
        double s = 0;
        for (int dy = -3; dy <= 3; dy++) {
            for (int dx = -3; dx <= 3; dx++) {
                if (dx * dx + dy * dy <= 9) {
                    s += Math.exp(-(dx * dx + dy * dy) / (2 * 1.5 * 1.5));
                }
            }
        }
        return s;
    }

    @Test
    void acceptedComponentsAreTagged() throws IOException {
        SourceExtraction s = read();
        assertEquals(2, s.acceptedCount());
        assertEquals("true", s.rois().rois().get(0).properties().tag("accepted"));
        assertEquals("false", s.rois().rois().get(1).properties().tag("accepted"));
        assertEquals("true", s.rois().rois().get(2).properties().tag("accepted"));
        assertEquals(List.of(0, 2), s.metadata().get("idx_components"));
        Map<?, ?> quality = (Map<?, ?>) s.rois().metadata().get("componentQuality");
        assertEquals(List.of(5.5, 1.5, 3.25), quality.get("SNR_comp"));
    }

    @Test
    void tracesAreTheAnalyticSignalsWithATimeColumnFromTheFrameRate() throws IOException {
        SourceExtraction s = read();
        assertEquals(50, s.frameCount());
        assertEquals(List.of("C", "S", "YrA", "f"), s.traces().stream().map(Table::name).toList());
        Table c = s.trace("C").orElseThrow();
        assertEquals("traces", c.kind());
        assertEquals(List.of("time", "roi_0", "roi_1", "roi_2"), c.columnNames());
        assertEquals(50, c.rowCount());
        for (int t = 0; t < 50; t++) {
            assertEquals(t / 10.0, c.require("time").getDouble(t), 1e-12);
            assertEquals(t, c.require("roi_0").getDouble(t), 1e-12);
            assertEquals(10 + 10 * Math.sin(t / 5.0), c.require("roi_1").getDouble(t), 1e-12);
            assertEquals(5 * Math.exp(-t / 10.0), c.require("roi_2").getDouble(t), 1e-12);
            assertEquals(0.3 * Math.cos(t), s.trace("YrA").orElseThrow().require("roi_2").getDouble(t), 1e-12);
            assertEquals(100 + t, s.trace("f").orElseThrow().require("background_0").getDouble(t), 1e-12);
        }
        Table spikes = s.trace("S").orElseThrow();
        assertEquals(1.0, spikes.require("roi_0").getDouble(7), 1e-12);
        assertEquals(0.0, spikes.require("roi_2").getDouble(7), 1e-12, "a decay has no spikes");
        assertEquals("s", c.require("time").unit());
    }

    @Test
    void backgroundIsReshapedFromColumnMajorPixels() throws IOException {
        SourceExtraction s = read();
        Image b = s.image("b_0").orElseThrow();
        assertEquals(30, b.width());
        assertEquals(20, b.height());
        Plane p = b.planeAt(0);
        for (int row = 0; row < 20; row++) {
            for (int col = 0; col < 30; col++) {
                assertEquals(row + col / 100.0, p.get(col, row), 1e-12);
            }
        }
    }

    @Test
    void metadataKeepsParametersAndProvenanceNamesTheFile() throws IOException {
        Path file = CaimanTestSupport.fixture("cnmf_synthetic.hdf5");
        SourceExtraction s = read();
        assertEquals(10.0, s.metadata().fps().getAsDouble(), 0);
        assertEquals(List.of(20, 30), s.metadata().get("dims"));
        Map<?, ?> params = (Map<?, ?>) s.metadata().get("params");
        Map<?, ?> data = (Map<?, ?>) params.get("data");
        assertEquals(0.4, ((Number) data.get("decay_time")).doubleValue(), 0);
        assertEquals("movie.tif", data.get("fnames"));
        Map<?, ?> init = (Map<?, ?>) params.get("init");
        assertEquals(3L, ((Number) init.get("K")).longValue());
        assertEquals("greedy_roi", init.get("method_init"));
        assertEquals("import.caiman", s.provenance().operations().get(0).name());
        assertEquals(file.toString(), s.provenance().operations().get(0).parameters().get("file"));
    }

    @Test
    void describeGivesRoisAndFrames() throws IOException {
        Map<String, Object> d = read().describe();
        assertEquals(3, d.get("rois"));
        assertEquals(50, d.get("frames"));
        assertEquals(2, d.get("accepted"));
        assertEquals(List.of("C", "S", "YrA", "f"), d.get("traces"));
        assertEquals(List.of("b_0"), d.get("images"));
    }

    @Test
    void sniffAcceptsCnmfFilesOnly() throws IOException {
        CaimanImporter importer = new CaimanImporter();
        Path fixture = CaimanTestSupport.fixture("cnmf_synthetic.hdf5");
        byte[] head = Files.readAllBytes(fixture);
        assertTrue(importer.matchesMagic(head, "x.hdf5"));
        assertTrue(importer.sniff(fixture));
        assertEquals(100, importer.priority());
        assertFalse(importer.sniff(TestData.file("qpimage/bg_tilt.h5")), "a qpimage HDF5 file is not a CNMF file");
        assertFalse(importer.matchesMagic(new byte[] {'I', 'I', 42, 0, 0, 0, 0, 0}, "x.tif"));
    }
}
