package org.fluorite.io.suite2p;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fluorite.core.DataObject;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.Plane;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.caiman.SourceExtraction;
import org.fluorite.roi.MaskRoi;
import org.fluorite.roi.RoiSet;
import org.junit.jupiter.api.Test;

/**
 * The real suite2p 0.10 output of the FISSA example (shared/data/suite2p_fissa_example). Values
 * marked [src] come from SOURCES.md; [measured] ones were computed with numpy 2.4 from the same
 * files (np.load(..., allow_pickle=True)).
 */
class Suite2pRealDataTest {

    private static SourceExtraction read() throws IOException {
        return Suite2pTestSupport.result(Suite2pTestSupport.realFolder(), ImportOptions.NONE);
    }

    @Test
    void countsOfRoisAndFrames() throws IOException {
        ImportResult r = Suite2pTestSupport.read(Suite2pTestSupport.realFolder(), ImportOptions.NONE);
        assertEquals("fluorite.suite2p", r.formatId());
        SourceExtraction s = assertInstanceOf(SourceExtraction.class, r.data().get(0));
        assertEquals(23, s.roiCount()); // [src]
        assertEquals(864, s.frameCount()); // [src]
        assertEquals(21, s.acceptedCount()); // [measured] iscell[:, 0].sum()
        Map<String, Object> d = s.describe();
        assertEquals(23, d.get("rois"));
        assertEquals(864, d.get("frames"));
        assertEquals(List.of("F", "Fneu", "spks", "F_neuropil_corrected"), d.get("traces"));
        assertEquals(List.of("meanImg", "refImg", "meanImgE", "max_proj", "Vcorr"), d.get("images"));
        assertTrue(r.data().get(1) instanceof RoiSet);
        assertEquals(1 + 1 + 4 + 5, r.data().size());
        for (DataObject o : r.data()) {
            assertEquals("import.suite2p", o.provenance().operations().get(0).name(), o.name());
        }
    }

    @Test
    void tracesMatchTheNpyFiles() throws IOException {
        SourceExtraction s = read();
        Table f = s.trace("F").orElseThrow();
        assertEquals("traces", f.kind());
        assertEquals(864, f.rowCount());
        assertEquals(1 + 23, f.columns().size());
        double[] first = {49.62264, 55.09028, 57.421738}; // [src] F[0, :3]
        for (int t = 0; t < 3; t++) {
            assertEquals(first[t], f.require("roi_0").getDouble(t), 1e-5);
            assertEquals(t, f.require("time").getDouble(t), 0, "fs = 1 Hz");
        }
        assertEquals(40.65293, f.require("roi_22").getDouble(863), 1e-5); // [measured] F[22, -1]
        assertEquals(41.08055114746094, s.trace("Fneu").orElseThrow().require("roi_0").getDouble(0), 1e-6); // [measured]
        assertEquals(0.5816662907600403, s.trace("spks").orElseThrow().require("roi_0").getDouble(1), 1e-7); // [measured]
        Table corrected = s.trace("F_neuropil_corrected").orElseThrow();
        assertEquals(0.7, ((Number) corrected.metadata().get("neuropilFactor")).doubleValue(), 0);
        // [measured] F[0, :3] - 0.7 * Fneu[0, :3] in float64
        double[] corr = {20.866252899169925, 23.821464157104494, 24.69653739929199};
        for (int t = 0; t < 3; t++) {
            assertEquals(corr[t], corrected.require("roi_0").getDouble(t), 1e-9);
        }
    }

    @Test
    void neuropilFactorComesFromTheOptions() throws IOException {
        SourceExtraction s = Suite2pTestSupport.result(Suite2pTestSupport.realFolder(),
                ImportOptions.NONE.with("neuropilFactor", "0.5"));
        double expected = 49.62263870239258 - 0.5 * 41.08055114746094;
        assertEquals(expected, s.trace("F_neuropil_corrected").orElseThrow().require("roi_0").getDouble(0), 1e-9);
        assertEquals(0.5, ((Number) s.metadata().get("neuropilFactor")).doubleValue(), 0);
        assertEquals(0.5, ((Number) s.provenance().operations().get(0).parameters().get("neuropilFactor")).doubleValue(), 0);
    }

    @Test
    void roisHavePixelsWeightsAndIscellTags() throws IOException {
        SourceExtraction s = read();
        RoiSet rois = s.rois();
        assertEquals(156, rois.imageWidth().getAsInt()); // [src] Lx
        assertEquals(176, rois.imageHeight().getAsInt()); // [src] Ly
        MaskRoi first = assertInstanceOf(MaskRoi.class, rois.rois().get(0));
        assertEquals(63, first.pixelCount()); // [src] npix
        assertEquals(60, first.xs()[0]); // [measured] xpix[:3] = 60, 61, 62
        assertEquals(62, first.xs()[2]);
        assertEquals(142, first.ys()[0]); // [measured] ypix[0]
        assertEquals(0.2985628545284271, first.weights()[0], 1e-7); // [measured] lam[0]
        double sum = 0;
        for (float w : first.weights()) {
            sum += w;
        }
        assertEquals(66.66018232703209, sum, 1e-4); // [measured] lam.sum()
        assertEquals("true", first.properties().tag("iscell")); // [src] iscell[0] = [1, 0.9780659]
        assertEquals(0.9780659, Double.parseDouble(first.properties().tag("probability")), 1e-7);
        assertEquals(55, ((MaskRoi) rois.rois().get(22)).pixelCount()); // [measured]
        assertEquals(0.9790313801890882, Double.parseDouble(rois.rois().get(22).properties().tag("probability")), 1e-12);
        List<?> stat = (List<?>) rois.metadata().get("stat");
        Map<?, ?> stat0 = (Map<?, ?>) stat.get(0);
        assertEquals(List.of(144L, 62L), stat0.get("med")); // [src]
        assertEquals(63L, stat0.get("npix")); // [src]
        assertEquals(4.141768882481191, ((Number) stat0.get("radius")).doubleValue(), 1e-12); // [measured]
        assertEquals(List.of(124L, 104L), ((Map<?, ?>) stat.get(22)).get("med")); // [measured]
    }

    @Test
    void opsBecomeMetadataAndImages() throws IOException {
        SourceExtraction s = read();
        Map<?, ?> ops = (Map<?, ?>) s.metadata().get("ops");
        assertEquals(176L, ops.get("Ly")); // [src]
        assertEquals(156L, ops.get("Lx"));
        assertEquals(864L, ops.get("nframes"));
        assertEquals(1L, ops.get("fs"));
        assertEquals(0.7, ops.get("tau"));
        assertEquals(1L, ops.get("nchannels"));
        assertEquals(1L, ops.get("nplanes"));
        assertEquals(0L, ops.get("diameter"));
        assertEquals(List.of(288L, 288L, 288L), ops.get("frames_per_file")); // [src] 3 entries
        assertEquals("2021-07-26T17:06:43.917", ops.get("date_proc").toString().substring(0, 23)); // [measured]
        assertEquals(13.230249404907227, ((Number) ((Map<?, ?>) ops.get("timing")).get("registration")).doubleValue(), 1e-12);
        Map<?, ?> arrays = (Map<?, ?>) ops.get("arrays");
        assertEquals(List.of(176L, 156L), arrays.get("meanImg"));
        assertEquals(List.of(864L), arrays.get("yoff")); // [src]
        assertEquals(1.0, s.metadata().fps().getAsDouble(), 0);

        Image mean = s.image("meanImg").orElseThrow();
        assertEquals(156, mean.width()); // [src] (176, 156)
        assertEquals(176, mean.height());
        Plane p = mean.planeAt(0);
        assertEquals(26.52311944961548, p.get(0, 0), 1e-12); // [measured] meanImg[0, 0]
        assertEquals(38.391316413879395, p.get(50, 100), 1e-12); // [measured] meanImg[100, 50]
        double sum = 0;
        for (int i = 0; i < p.size(); i++) {
            sum += p.get(i);
        }
        assertEquals(942130.1223983765, sum, 1e-6); // [measured]
        Image maxProj = s.image("max_proj").orElseThrow();
        assertEquals(152, maxProj.width()); // [src] (172, 152)
        assertEquals(172, maxProj.height());
    }

    @Test
    void aFileOfTheFolderOpensTheFolder() throws IOException {
        Path stat = Suite2pTestSupport.realFolder().resolve("stat.npy");
        Suite2pNpyImporter importer = new Suite2pNpyImporter();
        assertTrue(importer.sniff(stat));
        SourceExtraction s = (SourceExtraction) importer.read(stat, ImportOptions.NONE, null).data().get(0);
        assertEquals(23, s.roiCount());
        assertEquals(864, s.frameCount());
    }
}
