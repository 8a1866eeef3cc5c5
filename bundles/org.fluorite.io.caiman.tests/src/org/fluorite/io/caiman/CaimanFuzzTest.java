package org.fluorite.io.caiman;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.fluorite.core.DataObject;
import org.fluorite.core.image.Image;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.roi.MaskRoi;
import org.fluorite.roi.Roi;
import org.fluorite.testing.Fuzz;
import org.junit.jupiter.api.Test;

/**
 * Damaged copies of the synthetic CNMF file: truncated, bits flipped in the superblock and object
 * headers, bytes overwritten anywhere, 8-byte fields set to huge values. Every outcome must be a
 * read whose ROIs, tables and images can all be used, or an {@link IOException} naming the file,
 * within two seconds per copy. The seed is fixed, so failures repeat.
 */
class CaimanFuzzTest {

    private static final int MUTATIONS = 150;

    @Test
    void damagedCopiesFailCleanly() throws Exception {
        Path original = CaimanTestSupport.fixture("cnmf_synthetic.hdf5");
        Fuzz.Outcome outcome = Fuzz.run(original, "cnmf_synthetic.hdf5", 0xCA1A, MUTATIONS, Duration.ofSeconds(2),
                Fuzz.wideFields(Long.MAX_VALUE / 3), CaimanFuzzTest::readEverything);
        assertTrue(outcome.refused() > 0, "the mutations should break some copies");
        assertTrue(outcome.total() == MUTATIONS);
    }

    /** Reads the file, the bounds of every component's mask, every table column and the first plane of every image. */
    private static void readEverything(Path file) throws IOException {
        ImportResult r = new CaimanImporter().read(file, ImportOptions.NONE, ProgressMonitor.NONE);
        SourceExtraction s = (SourceExtraction) r.data().get(0);
        for (Roi roi : s.rois().rois()) {
            ((MaskRoi) roi).bounds();
        }
        for (DataObject d : r.data()) {
            if (d instanceof Table t) {
                t.columns().forEach(c -> c.range());
            } else if (d instanceof Image im) {
                im.planeAt(0);
            }
        }
    }
}
