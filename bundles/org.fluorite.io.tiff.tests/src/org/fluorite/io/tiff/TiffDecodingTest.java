package org.fluorite.io.tiff;

import static org.fluorite.io.tiff.TiffTestSupport.fixture;
import static org.fluorite.io.tiff.TiffTestSupport.pattern;
import static org.fluorite.io.tiff.TiffTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.meta.Metadata;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Message;
import org.junit.jupiter.api.Test;

/**
 * Decoder and layout cases the shared data lacks, on small fixtures written by tifffile
 * (scripts/make_fixtures.py). Each holds the pattern (plane * 7 + y * 13 + x * 3) % 251, scaled.
 */
class TiffDecodingTest {

    private interface Expected {
        double at(int plane, int y, int x);
    }

    private static void assertPattern(Image im, Expected expected) throws Exception {
        for (int p = 0; p < im.planeCount(); p++) {
            Plane plane = im.planeAt(p);
            for (int y = 0; y < plane.height(); y++) {
                for (int x = 0; x < plane.width(); x++) {
                    assertEquals(expected.at(p, y, x), plane.get(x, y), "plane " + p + " y " + y + " x " + x);
                }
            }
        }
    }

    @Test
    void lzwWithHorizontalPredictorInSevenRowStrips() throws Exception {
        Image im = read(fixture("lzw_u16_predictor.tif")).firstImage();
        assertEquals("TYX", im.axesString());
        assertArrayEquals(new long[] {3, 40, 50}, im.shape());
        assertEquals(PixelType.UINT16, im.pixelType());
        assertPattern(im, (p, y, x) -> pattern(p, y, x) * 200);
    }

    @Test
    void deflateTilesWithFloatingPointPredictor() throws Exception {
        Image im = read(fixture("deflate_f32_fpredictor_tiled.tif")).firstImage();
        assertArrayEquals(new long[] {2, 40, 50}, im.shape());
        assertEquals(PixelType.FLOAT32, im.pixelType());
        assertEquals(16, ((Number) ((Map<?, ?>) im.metadata().get("tiff")).get("TileWidth")).intValue());
        assertPattern(im, (p, y, x) -> (float) (pattern(p, y, x) / 7.0));
    }

    @Test
    void packBitsPlanarRgbBigEndian() throws Exception {
        Image im = read(fixture("packbits_rgb_planar_be.tif")).firstImage();
        assertEquals("CYX", im.axesString());
        assertArrayEquals(new long[] {3, 40, 50}, im.shape());
        assertEquals(PixelType.UINT8, im.pixelType());
        assertEquals("big-endian", ((Map<?, ?>) im.metadata().get("tiff")).get("byteOrder"));
        assertPattern(im, (c, y, x) -> (pattern(0, y, x) + 3 * c) & 0xFF);
    }

    @Test
    void bigTiffBigEndianFloat64WithPredictor() throws Exception {
        Image im = read(fixture("bigtiff_be_f64.tif")).firstImage();
        assertEquals(Boolean.TRUE, ((Map<?, ?>) im.metadata().get("tiff")).get("bigTiff"));
        assertArrayEquals(new long[] {2, 20, 30}, im.shape());
        assertEquals(PixelType.FLOAT64, im.pixelType());
        assertPattern(im, (p, y, x) -> pattern(p, y, x) - 100.0);
    }

    @Test
    void signedInt32WithLzwAndPredictor() throws Exception {
        Image im = read(fixture("lzw_i32_predictor.tif")).firstImage();
        assertEquals(PixelType.INT32, im.pixelType());
        assertPattern(im, (p, y, x) -> (double) (pattern(0, y, x) * -1000));
    }

    @Test
    void whiteIsZeroBilevelIsInverted() throws Exception {
        Image im = read(fixture("bilevel_miniswhite.tif")).firstImage();
        assertArrayEquals(new long[] {9, 11}, im.shape());
        assertEquals(PixelType.UINT8, im.pixelType());
        // stored bits are 1 where (x + y) is odd; WhiteIsZero makes those 0
        assertPattern(im, (p, y, x) -> (x + y) % 2 == 1 ? 0 : 1);
    }

    @Test
    void imageJHyperstackAxesAndCalibrationInMicrons() throws Exception {
        Image im = read(fixture("imagej_tzc.tif")).firstImage();
        assertEquals("TZCYX", im.axesString());
        assertArrayEquals(new long[] {3, 2, 2, 12, 10}, im.shape());
        assertEquals(2e-7, im.calibration(Axis.X).size(), 1e-18);
        assertEquals(2e-7, im.calibration(Axis.Y).size(), 1e-18);
        assertEquals(5e-7, im.calibration(Axis.Z).size(), 1e-18);
        assertEquals(0.25, im.calibration(Axis.T).size(), 1e-15);
        assertEquals("s", im.calibration(Axis.T).unit());
        assertEquals(4.0, im.metadata().fps().orElseThrow(), 1e-12);
        assertPattern(im, (p, y, x) -> pattern(p, y, x));
        assertEquals(pattern(2 * 4 + 1 * 2 + 1, 3, 4), im.plane(2, 1, 1).get(4, 3));
    }

    @Test
    void omeTimestampsGiveFrameRateStatisticsAndWarning() throws Exception {
        ImportResult r = read(fixture("ome_deltat.ome.tif"));
        Image im = r.firstImage();
        assertEquals("TZYX", im.axesString());
        assertArrayEquals(new long[] {4, 2, 8, 6}, im.shape());
        assertEquals(5e-10, im.calibration(Axis.X).size(), 1e-20, "0.5 nm");
        assertEquals(2e-6, im.calibration(Axis.Z).size(), 1e-18, "2 µm by default");
        assertEquals(0.1, im.calibration(Axis.T).size(), 1e-15, "TimeIncrement 100 ms");
        assertPattern(im, (p, y, x) -> pattern(p, y, x));
        // DeltaT 0, 0.1, 0.2, 0.5 s for both Z planes: rates 10, 10, 10/3 Hz
        double mean = (10 + 10 + 10 / 3.0) / 3;
        Metadata m = im.metadata();
        assertEquals(mean, m.fps().orElseThrow(), 1e-9);
        double std = Math.sqrt((2 * Math.pow(10 - mean, 2) + Math.pow(10 / 3.0 - mean, 2)) / 3);
        assertEquals(std, m.number("fps_std").orElseThrow(), 1e-9);
        assertEquals(mean - 10 / 3.0, m.number("fps_max_dev").orElseThrow(), 1e-9);
        assertTrue(r.messages().stream().anyMatch(msg -> msg.severity() == Message.Severity.WARNING
                && msg.text().contains("sampling rate is irregular")), r.messages().toString());
    }
}
