package org.fluorite.io.flimage;

import static org.fluorite.io.flimage.FlimageTestSupport.read;
import static org.fluorite.io.flimage.FlimageTestSupport.stats;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.meta.Operation;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.ImportResult;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;

/** The real flimage and qpimage files of shared/data, with the values SOURCES.md gives for them. */
class FlimageRealDataTest {

    @Test
    void basicIsAnFlimageOf10By20WithTheRowIndexAsValue() throws Exception {
        Path file = TestData.file("flimage/basic.h5");
        ImportResult r = read(file);
        assertEquals(1, r.data().size(), "no background: one image");
        Image im = r.firstImage();
        assertEquals("YX", im.axesString());
        assertArrayEquals(new long[] {10, 20}, im.shape());
        assertEquals(PixelType.FLOAT32, im.pixelType());
        double[] s = stats(im);
        assertEquals(0, s[0], 0);
        assertEquals(9, s[1], 0);
        assertEquals(4.5, s[2], 1e-12);
        Plane p = im.plane();
        assertEquals(7, p.get(13, 7), 0, "value = row index");
        assertEquals(5.4e-8, im.calibration(Axis.X).size(), 1e-20);
        assertEquals("m", im.calibration(Axis.Y).unit());
        assertEquals("0.1.0.post7", im.metadata().get("flimage version"));
        assertEquals("0.5.2", im.metadata().get("qpimage version"));
        assertEquals(5.4e-8, im.metadata().number("pixel size").getAsDouble(), 1e-20);
        assertEquals("FLImage", im.metadata().get("layout"));
        Map<?, ?> rawAttrs = (Map<?, ?>) ((Map<?, ?>) im.metadata().get("attributes")).get("fluorescence/raw");
        assertEquals("IMAGE", rawAttrs.get("CLASS"));
        assertEquals("IMAGE_GRAYSCALE", rawAttrs.get("IMAGE_SUBCLASS"));
        assertEquals("1.2", rawAttrs.get("IMAGE_VERSION"));
        Operation op = im.provenance().operations().get(0);
        assertEquals("import.flimage", op.name());
        assertEquals(file.toAbsolutePath().toString(), op.parameters().get("file"));
        im.close();
    }

    @Test
    void retinaHasItsAttributesAndPixelStatistics() throws Exception {
        Image im = read(TestData.file("flimage/retina_p10.h5")).firstImage();
        assertArrayEquals(new long[] {146, 168}, im.shape());
        double[] s = stats(im);
        assertEquals(-6.691, s[0], 5e-4);
        assertEquals(237.820, s[1], 5e-4);
        assertEquals(24.0203, s[2], 5e-5);
        assertEquals("cda88:49", im.metadata().get("identifier"));
        assertEquals("0.2.0.post1", im.metadata().get("flimage version"));
        assertEquals("0.5.2.post2", im.metadata().get("qpimage version"));
        assertEquals(0.04328, im.metadata().number("time").getAsDouble(), 1e-9);
        assertEquals(1.39e-7, im.calibration(Axis.X).size(), 1e-20);
        im.close();
    }

    @Test
    void qpimageGivesCorrectedRawAndBackgroundPhaseAndAmplitude() throws Exception {
        ImportResult r = read(TestData.file("qpimage/bg_tilt.h5"));
        assertEquals(4, r.data().size(), "phase corrected, raw, background; amplitude raw (no amplitude background)");
        Image corrected = r.images().get(0);
        Image raw = r.images().get(1);
        Image fit = r.images().get(2);
        Image amplitude = r.images().get(3);
        assertEquals("bg_tilt phase", corrected.name());
        assertEquals("bg_tilt phase raw", raw.name());
        assertEquals("bg_tilt phase background", fit.name());
        assertEquals("bg_tilt amplitude", amplitude.name());
        assertEquals(PixelType.FLOAT64, raw.pixelType());
        double[] sr = stats(raw);
        assertEquals(-1.01552, sr[0], 5e-6);
        assertEquals(1.21909, sr[1], 5e-6);
        assertEquals(0.113403, sr[2], 5e-7);
        double[] sf = stats(fit);
        assertEquals(-0.60469, sf[0], 5e-6);
        assertEquals(0.82420, sf[1], 5e-6);
        assertEquals(0.109757, sf[2], 5e-7);
        assertFalse(sf[0] == 0 && sf[1] == 0, "the background is not zero");
        Plane c = corrected.plane();
        Plane a = raw.plane();
        Plane b = fit.plane();
        for (int i = 0; i < c.size(); i++) {
            assertEquals(a.get(i) - b.get(i), c.get(i), 0, "corrected phase = raw - fit at " + i);
        }
        assertEquals(0.113403 - 0.109757, stats(corrected)[2], 1e-6);
        double[] amp = stats(amplitude);
        assertEquals(1.0, amp[0], 0);
        assertEquals(1.0, amp[1], 0);
        assertEquals(3e-7, raw.metadata().number("wavelength").getAsDouble(), 1e-20);
        assertEquals("0.0.2", raw.metadata().get("qpimage version"));
        Map<?, ?> fitAttrs = (Map<?, ?>) ((Map<?, ?>) raw.metadata().get("attributes")).get("phase/bg_data/fit");
        assertEquals(5L, ((Number) fitAttrs.get("border_px")).longValue());
        assertEquals("fit", fitAttrs.get("fit_offset"));
        assertEquals("tilt", fitAttrs.get("fit_profile"));
        corrected.close();
        raw.close();
        fit.close();
        amplitude.close();
    }

    @Test
    void theRegistryPrefersThisImporterForFlimageFiles() throws Exception {
        FormatRegistry registry = new FormatRegistry();
        registry.addImporter(new FlimageImporter());
        assertTrue(registry.importerFor(TestData.file("flimage/basic.h5")).isPresent());
        assertTrue(registry.importerFor(TestData.file("qpimage/bg_tilt.h5")).isPresent());
        assertFalse(registry.importerFor(TestData.file("picasso/testdata_locs.hdf5")).isPresent(),
                "a Picasso file is HDF5 but no flimage file");
        assertFalse(registry.importerFor(TestData.file("python-microscopy/test_hdf.hdf")).isPresent());
    }
}
