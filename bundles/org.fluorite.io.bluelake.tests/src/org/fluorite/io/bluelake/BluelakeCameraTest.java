package org.fluorite.io.bluelake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.fluorite.core.image.Image;
import org.fluorite.core.image.Plane;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.tiff.TiffImporter;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * The two real Bluelake 2.4.3 camera TIFFs of shared/data/lumicks_image_alignment, read with the
 * TIFF importer; values marked [src] are from SOURCES.md.
 */
class BluelakeCameraTest {

    private static Image read(String name) throws IOException {
        return new TiffImporter().read(TestData.file("lumicks_image_alignment/" + name), ImportOptions.NONE, ProgressMonitor.NONE)
                .firstImage();
    }

    @Test
    void irmCamera() throws IOException {
        Image im = read("20231228-A_IRM_0.5_beads.tiff");
        BluelakeCamera cam = BluelakeCamera.of(im).orElseThrow();
        assertEquals("IRM", cam.camera()); // [src]
        assertEquals(76.238, cam.pixelSizeNm(), 0); // [src]
        assertEquals(76.238e-9, cam.pixelSizeMetres().getAsDouble(), 1e-18);
        assertEquals(4.0, cam.exposureMs(), 0); // [src]
        assertEquals(100.03201024327785, cam.frameRateHz(), 1e-12); // [src] 100.03 Hz
        assertEquals(List.of(0L, 0L, 728L, 544L), cam.roi()); // [src]
        assertEquals(List.of(), cam.alignmentRoi());
        assertTrue(cam.alignments().isEmpty());
        assertEquals(1703763180363939100L, cam.startNs()); // [src] DateTime
        assertEquals(1703763180373935900L, cam.endNs());
        assertEquals(0.0099968, cam.durationSeconds(), 1e-9);
        assertEquals(true, cam.description().get("Background subtraction")); // [src]
        assertEquals(728, im.width()); // [src] (544, 728)
        assertEquals(544, im.height());
        double[] minMax = im.planeAt(0).minMax();
        assertEquals(14863, minMax[0], 0); // [measured] in SOURCES.md
        assertEquals(37475, minMax[1], 0);
    }

    @Test
    void wideFieldCameraWithAlignmentMatrices() throws IOException {
        Image im = read("20231228-A_WT_0.5_beads.tiff");
        BluelakeCamera cam = BluelakeCamera.of(im).orElseThrow();
        assertEquals("WT", cam.camera()); // [src]
        assertEquals(72.304, cam.pixelSizeNm(), 0); // [src]
        assertEquals(100.0, cam.exposureMs(), 0); // [src]
        assertEquals(8.470671148216416, cam.frameRateHz(), 1e-12); // [src] 8.4707 Hz
        assertEquals(List.of(639L, 60L, 654L, 597L), cam.roi()); // [src]
        assertEquals(List.of(639L, 60L, 654L, 597L), cam.alignmentRoi()); // [src]
        assertEquals(List.of(0, 1, 2), List.copyOf(cam.alignments().keySet()));
        assertArrayEquals(new double[] {1, 0, 0, 0, 1, 0}, cam.alignment(1).orElseThrow(), 0); // [src] ch1 identity
        assertArrayEquals(new double[] {1.0000360012054443, 0.01716017536818981, -2.3468375205993652, -0.018214136362075806,
                0.9979310631752014, 7.310384750366211}, cam.alignment(0).orElseThrow(), 0);
        assertArrayEquals(new double[] {1.0005804300308228, -0.01752239093184471, 8.30800724029541, 0.01718830317258835,
                0.9997155070304871, -5.212048530578613}, cam.alignment(2).orElseThrow(), 0);
        assertEquals("680/42", cam.detectionWavelengths().get(0)); // [src]
        assertEquals("600/50", cam.detectionWavelengths().get(1));
        assertEquals("525/40", cam.detectionWavelengths().get(2));
        assertEquals(1703763887590051100L, cam.startNs()); // [src]
        assertEquals(1703763887708105500L, cam.endNs());
        assertEquals(true, cam.description().get("TIRF")); // [src]
        assertEquals(654, im.width()); // [src] (597, 654, 3)
        assertEquals(597, im.height());
        assertEquals(3, im.length(org.fluorite.core.image.Axis.C));
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        double sum = 0;
        for (long p = 0; p < im.planeCount(); p++) {
            Plane plane = im.planeAt(p);
            double[] mm = plane.minMax();
            min = Math.min(min, mm[0]);
            max = Math.max(max, mm[1]);
            for (int i = 0; i < plane.size(); i++) {
                sum += plane.get(i);
            }
        }
        assertEquals(51, min, 0); // [measured] in SOURCES.md
        assertEquals(65535, max, 0);
        assertEquals(372_666_725, sum, 0);
    }

    @Test
    void otherImagesAreNotBluelakeCameraImages() {
        Image plain = Image.of("x", Plane.allocate(org.fluorite.core.image.PixelType.UINT8, 2, 2));
        assertTrue(BluelakeCamera.of(plain).isEmpty());
    }
}
