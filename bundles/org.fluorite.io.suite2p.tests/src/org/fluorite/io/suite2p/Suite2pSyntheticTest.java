package org.fluorite.io.suite2p;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fluorite.core.image.Plane;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.caiman.SourceExtraction;
import org.fluorite.io.suite2p.npy.NdArray;
import org.fluorite.io.suite2p.npy.NpyFile;
import org.fluorite.roi.MaskRoi;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * The synthetic suite2p folder of scripts/make_suite2p_fixture.py (analytic content; protocol 4
 * and 5 pickles, a Fortran-ordered version-2 .npy, big-endian and Fortran arrays inside ops).
 */
class Suite2pSyntheticTest {

    @Test
    void theParentFolderOpensPlane0AndReportsTheOtherPlane() throws IOException {
        Path root = Suite2pTestSupport.syntheticRoot();
        assertEquals(root.resolve("plane0"), Suite2pReader.planeFolder(root));
        ImportResult r = Suite2pTestSupport.read(root, ImportOptions.NONE);
        SourceExtraction s = (SourceExtraction) r.data().get(0);
        assertEquals(3, s.roiCount());
        assertEquals(6, s.frameCount());
        assertEquals(2, s.acceptedCount());
        assertTrue(r.messages().stream().anyMatch(m -> m.text().contains("2 planes (plane0, plane1)")), r.messages().toString());
    }

    @Test
    void tracesAreAnalyticIncludingTheFortranOrderedFneu() throws IOException {
        SourceExtraction s = Suite2pTestSupport.result(Suite2pTestSupport.syntheticRoot(), ImportOptions.NONE);
        Table f = s.trace("F").orElseThrow();
        Table fneu = s.trace("Fneu").orElseThrow();
        Table spks = s.trace("spks").orElseThrow();
        Table corr = s.trace("F_neuropil_corrected").orElseThrow();
        for (int i = 0; i < 3; i++) {
            for (int t = 0; t < 6; t++) {
                String c = "roi_" + i;
                assertEquals(100 * i + t, f.require(c).getDouble(t), 0);
                assertEquals(10 * i + 0.5 * t, fneu.require(c).getDouble(t), 0);
                assertEquals(t % 3 == 0 ? 1 : 0, spks.require(c).getDouble(t), 0);
                assertEquals(100 * i + t - 0.7 * (10 * i + 0.5 * t), corr.require(c).getDouble(t), 1e-12);
                assertEquals(t / 2.5, f.require("time").getDouble(t), 1e-12);
            }
        }
    }

    @Test
    void roisFromAProtocol4Pickle() throws IOException {
        SourceExtraction s = Suite2pTestSupport.result(Suite2pTestSupport.syntheticRoot(), ImportOptions.NONE);
        String[] iscell = {"true", "false", "true"};
        double[] prob = {0.9, 0.2, 0.75};
        for (int k = 0; k < 3; k++) {
            MaskRoi m = (MaskRoi) s.rois().rois().get(k);
            assertEquals(List.of(k, k + 1, k + 2), List.of(m.xs()[0], m.xs()[1], m.xs()[2]));
            assertEquals(List.of(k, k, k + 1), List.of(m.ys()[0], m.ys()[1], m.ys()[2]));
            assertEquals(0.5f * (k + 1), m.weights()[0], 0);
            assertEquals(0.125f * (k + 1), m.weights()[2], 0);
            assertEquals(iscell[k], m.properties().tag("iscell"));
            assertEquals(prob[k], Double.parseDouble(m.properties().tag("probability")), 0);
            Map<?, ?> stat = (Map<?, ?>) ((List<?>) s.rois().metadata().get("stat")).get(k);
            assertEquals(1.5 + k, stat.get("radius"));
            assertEquals(List.of((long) k, (long) k + 1), stat.get("med"));
        }
        assertEquals(10, s.rois().imageWidth().getAsInt());
        assertEquals(8, s.rois().imageHeight().getAsInt());
    }

    @Test
    void opsFromAProtocol5PickleWithBigEndianAndFortranArrays() throws IOException {
        SourceExtraction s = Suite2pTestSupport.result(Suite2pTestSupport.syntheticRoot(), ImportOptions.NONE);
        Map<?, ?> ops = (Map<?, ?>) s.metadata().get("ops");
        assertEquals(2.5, ops.get("fs"));
        assertEquals(1.25, ops.get("tau"));
        assertEquals(List.of("/data/run1"), ops.get("data_path"));
        assertEquals(Map.of("registration", 1.5), ops.get("timing"));
        assertEquals(2.5, s.metadata().fps().getAsDouble(), 0);
        Plane mean = s.image("meanImg").orElseThrow().planeAt(0);
        Plane max = s.image("max_proj").orElseThrow().planeAt(0);
        Plane ref = s.image("refImg").orElseThrow().planeAt(0);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 10; x++) {
                assertEquals(10 * y + x, mean.get(x, y), 0);
                assertEquals(y + x / 10.0, max.get(x, y), 1e-12);
                assertEquals(10 * y + x, ref.get(x, y), 0, "big-endian int16");
            }
        }
    }

    @Test
    void npyHeadersOfBothVersionsAndOrders() throws IOException {
        Path plane0 = Suite2pTestSupport.syntheticRoot().resolve("plane0");
        NpyFile.Header h = NpyFile.header(plane0.resolve("Fneu.npy"));
        assertTrue(h.fortranOrder());
        assertEquals("float32", h.dtype().label());
        assertEquals(128, h.dataOffset(), "version 2 header: 12-byte prefix, dict padded to 128 bytes in all");
        NdArray fneu = NpyFile.read(plane0.resolve("Fneu.npy"));
        assertEquals(10 * 2 + 0.5 * 5, fneu.get(2, 5), 0);
        NpyFile.Header f = NpyFile.header(TestData.file("suite2p_fissa_example/F.npy"));
        assertFalse(f.fortranOrder());
        assertEquals(List.of(23L, 864L), List.of(f.shape()[0], f.shape()[1])); // [src]
        assertEquals(128, f.dataOffset());
    }
}
