package org.fluorite.io.tiff;

import static org.fluorite.io.tiff.TiffTestSupport.read;
import static org.fluorite.io.tiff.TiffTestSupport.stats;
import static org.fluorite.io.tiff.TiffTestSupport.sum;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.image.Region;
import org.fluorite.core.meta.Metadata;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.ImportResult;
import org.fluorite.testing.Assertions2;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;

/** The real TIFF files of the shared test data, against the values listed in SOURCES.md. */
class TiffImporterRealDataTest {

    @Test
    void fissaMovieIsTimeSeriesOfUint16() throws Exception {
        Image im = read(TestData.file("fissa/b/images/AVG_A01.tif")).firstImage();
        assertEquals("TYX", im.axesString());
        assertArrayEquals(new long[] {29, 21, 14}, im.shape());
        assertEquals(PixelType.UINT16, im.pixelType());
        assertArrayEquals(new double[] {528_940, 36, 390}, stats(im));
        Plane p0 = im.plane(0);
        assertArrayEquals(new double[] {62, 57, 58, 61, 63}, java.util.Arrays.copyOf(p0.toDoubles(), 5));
        assertEquals(74, im.plane(5).get(7, 10));
        assertEquals(Map.of("shape", List.of(29L, 21L, 14L)), im.metadata().get("description"));
        assertEquals("tifffile.py", im.metadata().origin().orElseThrow());
        assertEquals("import.tiff", im.provenance().operations().get(0).name());
    }

    @Test
    void deflateStackWithPredictorHasTwoPages() throws Exception {
        Image im = read(TestData.file("imread/stack.tiff")).firstImage();
        assertEquals("TYX", im.axesString());
        assertArrayEquals(new long[] {2, 2, 2}, im.shape());
        assertEquals(PixelType.UINT8, im.pixelType());
        for (long t = 0; t < 2; t++) {
            assertArrayEquals(new double[] {0, 1, 2, 3}, im.plane(t).toDoubles());
        }
    }

    @Test
    void bilevelLzwExpandsToZerosAndOnes() throws Exception {
        Image im = read(TestData.file("imread/mono.tif")).firstImage();
        assertEquals("YX", im.axesString());
        assertArrayEquals(new long[] {8, 8}, im.shape());
        assertEquals(PixelType.UINT8, im.pixelType());
        double[] v = im.plane().toDoubles();
        for (int i = 0; i < 64; i++) {
            assertEquals(i % 3 == 0 ? 1 : 0, v[i], "pixel " + i);
        }
    }

    @Test
    void imageJHyperstackWithPaletteKeepsIndicesAndLut() throws Exception {
        Image im = read(TestData.file("kymographbuilder/mt.tif")).firstImage();
        assertEquals("ZCYX", im.axesString());
        assertArrayEquals(new long[] {55, 2, 166, 117}, im.shape());
        assertEquals(PixelType.UINT8, im.pixelType());
        assertEquals(162_992_188, stats(im)[0]);
        double c0 = 0;
        double c1 = 0;
        for (long z = 0; z < 55; z++) {
            c0 += sum(im.plane(z, 0));
            c1 += sum(im.plane(z, 1));
        }
        assertEquals(70_533_111, c0);
        assertEquals(92_459_077, c1);
        assertEquals(76, im.plane(3, 1).get(60, 50));
        // unit=pixel: the 0.16 pixel size is kept in metadata, not turned into metres
        assertFalse(im.calibration(Axis.X).isCalibrated());
        Map<?, ?> ij = (Map<?, ?>) im.metadata().get("imagej");
        assertEquals(0.16, ((Number) ij.get("pixelWidth")).doubleValue(), 1e-12);
        assertEquals("pixel", ij.get("unit"));
        assertEquals(5L, ij.get("finterval"));
        assertEquals(List.of(0.0, 255.0, 0.0, 212.0), ij.get("Ranges"));
        assertEquals(2, ((List<?>) ij.get("LUTs")).size());
        assertTrue(((String) ij.get("Info")).startsWith("SCIFIO version: 0.27.2"));
        Map<?, ?> lut = (Map<?, ?>) im.metadata().get("lut");
        assertEquals(256, ((List<?>) lut.get("red")).size());
        assertEquals(256L, ((List<?>) lut.get("red")).get(1));
        assertEquals(0L, ((List<?>) lut.get("green")).get(255));
    }

    @Test
    void omeTiffFollowsDimensionOrderAndPhysicalSize() throws Exception {
        Image im = read(TestData.file("python-microscopy/beads1.tif")).firstImage();
        assertEquals("TYX", im.axesString(), "SizeT=61, SizeZ=1 in the OME-XML");
        assertArrayEquals(new long[] {61, 61, 61}, im.shape());
        assertEquals(PixelType.FLOAT32, im.pixelType());
        assertEquals(7.26e-8, im.calibration(Axis.X).size(), 1e-15);
        assertEquals("m", im.calibration(Axis.X).unit());
        assertEquals(7.26e-8, im.calibration(Axis.Y).size(), 1e-15);
        double[] s = stats(im);
        Assertions2.assertClose(2989.21, s[0], 1e-5, "sum");
        // mean over all 61^3 voxels (SOURCES.md lists 0.013242, which does not equal its own sum / 226981)
        assertEquals(0.0131694, s[0] / (61.0 * 61 * 61), 1e-7);
        assertEquals(0.0, s[1]);
        assertEquals(1.0, s[2]);
        assertEquals(1.0, im.plane(30).get(30, 30));
        Map<?, ?> ome = (Map<?, ?>) im.metadata().get("ome");
        assertEquals("XYCZT", ome.get("DimensionOrder"));
        assertEquals("61", ome.get("SizeT"));
        assertEquals("20170310_212656", im.metadata().date().orElseThrow());
    }

    @Test
    void thunderstormFrames() throws Exception {
        Image tub = read(TestData.file("thunderstorm/tubulins1_00020.tif")).firstImage();
        assertArrayEquals(new long[] {256, 256}, tub.shape());
        assertEquals(PixelType.UINT16, tub.pixelType());
        assertArrayEquals(new double[] {11_696_872, 100, 1078}, stats(tub));

        Image peaks = read(TestData.file("thunderstorm/7peaksWaveletFiltered.tif")).firstImage();
        assertArrayEquals(new long[] {14, 40}, peaks.shape());
        assertEquals(PixelType.FLOAT32, peaks.pixelType());
        double[] s = stats(peaks);
        assertEquals(64.56996, s[0], 1e-4);
        assertEquals(-7.8061676, s[1], 1e-6);
        assertEquals(21.002045, s[2], 1e-5);
        assertEquals(17.610977, peaks.plane().get(20, 7), 1e-6);
        assertEquals(-7.8061676025390625, ((Number) ((Map<?, ?>) peaks.metadata().get("imagej")).get("min")).doubleValue());
    }

    @Test
    void bluelakeIrmCameraTiffWithJsonDescription() throws Exception {
        Image im = read(TestData.file("lumicks_image_alignment/20231228-A_IRM_0.5_beads.tiff")).firstImage();
        assertEquals("YX", im.axesString());
        assertArrayEquals(new long[] {544, 728}, im.shape());
        assertEquals(PixelType.UINT16, im.pixelType());
        assertArrayEquals(new double[] {8_530_887_326.0, 14863, 37475}, stats(im));
        Map<?, ?> desc = (Map<?, ?>) im.metadata().get("description");
        assertEquals("IRM", desc.get("Camera"));
        assertEquals(76.238, desc.get("Pixel calibration (nm/pix)"));
        assertEquals(List.of(0L, 0L, 728L, 544L), desc.get("Region of interest (x, y, width, height)"));
        assertEquals(7.6238e-8, im.calibration(Axis.X).size(), 1e-16);
        assertEquals(7.6238e-8, im.calibration(Axis.Y).size(), 1e-16);
        assertEquals("Bluelake 2.4.3", im.metadata().origin().orElseThrow());
        Map<?, ?> tiff = (Map<?, ?>) im.metadata().get("tiff");
        assertEquals("1703763180363939100:1703763180373935900", tiff.get("DateTime"));
        assertEquals("20231228_113300", im.metadata().get(Metadata.DATE));
    }

    @Test
    void bluelakeRgbCameraTiffBecomesThreeChannels() throws Exception {
        Image im = read(TestData.file("lumicks_image_alignment/20231228-A_WT_0.5_beads.tiff")).firstImage();
        assertEquals("CYX", im.axesString());
        assertArrayEquals(new long[] {3, 597, 654}, im.shape());
        assertEquals(PixelType.UINT16, im.pixelType());
        assertArrayEquals(new double[] {372_666_725, 51, 65535}, stats(im));
        double[] perChannel = {214_471_624, 69_509_664, 88_685_437};
        int[][] at00 = {{103}, {103}, {101}};
        int[][] at100200 = {{117}, {107}, {122}};
        for (int c = 0; c < 3; c++) {
            Plane p = im.plane(c);
            assertEquals(perChannel[c], sum(p), "channel " + c);
            assertEquals(at00[c][0], p.get(0, 0));
            assertEquals(at100200[c][0], p.get(200, 100));
        }
        assertEquals(7.2304e-8, im.calibration(Axis.X).size(), 1e-16);
    }

    @Test
    void regionReadsOnlyTheRequestedRectangle() throws Exception {
        Image im = read(TestData.file("lumicks_image_alignment/20231228-A_WT_0.5_beads.tiff")).firstImage();
        Plane full = im.plane(1);
        Plane crop = im.region(new Region(190, 95, 20, 10)).plane(1);
        assertEquals(20, crop.width());
        assertEquals(10, crop.height());
        assertArrayEquals(full.crop(new Region(190, 95, 20, 10)).toDoubles(), crop.toDoubles());
        assertEquals(107, crop.get(10, 5));
    }

    @Test
    void planesCanBeReadFromSeveralThreadsAtOnce() throws Exception {
        Image im = read(TestData.file("kymographbuilder/mt.tif")).firstImage();
        double[] expected = new double[110];
        for (int p = 0; p < 110; p++) {
            expected[p] = sum(im.planeAt(p));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<double[]>> futures = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                futures.add(pool.submit(() -> {
                    double[] got = new double[110];
                    for (int p = 109; p >= 0; p--) {
                        got[p] = sum(im.planeAt(p));
                    }
                    return got;
                }));
            }
            for (Future<double[]> f : futures) {
                assertArrayEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void registryPicksTiffImporterByMagic() throws Exception {
        TiffImporter importer = new TiffImporter();
        assertTrue(importer.matchesMagic("II*\0".getBytes(StandardCharsets.ISO_8859_1), "a.tif"));
        assertTrue(importer.matchesMagic("MM\0*".getBytes(StandardCharsets.ISO_8859_1), "a"));
        assertTrue(importer.matchesMagic("II+\0".getBytes(StandardCharsets.ISO_8859_1), "a.btf"));
        assertTrue(importer.matchesMagic("MM\0+".getBytes(StandardCharsets.ISO_8859_1), "a"));
        assertFalse(importer.matchesMagic("PK\3\4".getBytes(StandardCharsets.ISO_8859_1), "a.tif"));
        assertFalse(importer.matchesMagic(new byte[] {'I', 'I'}, "a.tif"));
        assertEquals("fluorite.tiff", importer.id());
        assertTrue(importer.extensions().containsAll(List.of("tif", "tiff", "ome.tif", "ome.tiff", "btf", "tf8")));

        FormatRegistry registry = new FormatRegistry();
        registry.addImporter(importer);
        Path mt = TestData.file("kymographbuilder/mt.tif");
        assertInstanceOf(TiffImporter.class, registry.importerFor(mt).orElseThrow());
        ImportResult r = registry.open(mt, org.fluorite.io.ImportOptions.NONE, org.fluorite.core.progress.ProgressMonitor.NONE);
        assertEquals("fluorite.tiff", r.formatId());
        assertEquals(110, r.firstImage().planeCount());
        assertTrue(registry.importerFor(TestData.file("python-microscopy/test_csv.csv")).isEmpty());
    }
}
