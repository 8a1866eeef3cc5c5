package org.fluorite.io.tiff;

import static org.fluorite.io.tiff.TiffTestSupport.read;
import static org.fluorite.io.tiff.TiffTestSupport.stats;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.io.ImportException;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Message;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The axis order override and the Mesmerize JSON sidecar. */
class AxisOrderAndSidecarTest {

    private static ImportOptions axisOrder(String order) {
        return ImportOptions.NONE.with(ImportOptions.AXIS_ORDER, order);
    }

    @Test
    void slicesThatAreReallyTimeBecomeTimeWithTheFrameInterval() throws Exception {
        Path mt = TestData.file("kymographbuilder/mt.tif");
        Image im = read(mt, axisOrder("tcxy")).firstImage();
        assertEquals("TCYX", im.axesString());
        assertArrayEquals(new long[] {55, 2, 166, 117}, im.shape());
        assertEquals(5.0, im.calibration(Axis.T).size(), 0.0, "ImageJ finterval=5");
        assertEquals("s", im.calibration(Axis.T).unit());
        assertEquals(0.2, im.metadata().fps().orElseThrow(), 1e-12);
        assertEquals(162_992_188, stats(im)[0]);
        assertEquals(76, im.plane(3, 1).get(60, 50), "same plane as Z=3 C=1 without the override");
        Map<String, Object> params = im.provenance().operations().get(0).parameters();
        assertEquals("tcxy", params.get("axisOrder"));
        assertEquals(mt.toAbsolutePath().toString(), params.get("file"));
    }

    @Test
    void xAndYMayComeInEitherOrder() throws Exception {
        Image a = read(TestData.file("fissa/b/images/AVG_A01.tif"), axisOrder("zxy")).firstImage();
        Image b = read(TestData.file("fissa/b/images/AVG_A01.tif"), axisOrder("ZYX")).firstImage();
        assertEquals("ZYX", a.axesString());
        assertEquals("ZYX", b.axesString());
        assertArrayEquals(new long[] {29, 21, 14}, a.shape());
        assertArrayEquals(a.plane(7).toDoubles(), b.plane(7).toDoubles());
        assertEquals(74, a.plane(5).get(7, 10));
    }

    @Test
    void singlePlaneOverride() throws Exception {
        Image im = read(TestData.file("thunderstorm/tubulins1_00020.tif"), axisOrder("xy")).firstImage();
        assertEquals("YX", im.axesString());
        Image t = read(TestData.file("thunderstorm/tubulins1_00020.tif"), axisOrder("txy")).firstImage();
        assertEquals("TYX", t.axesString());
        assertArrayEquals(new long[] {1, 256, 256}, t.shape());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xy", "tzxy", "tqxy", "txx", "ttxy", "xyt"})
    void invalidOverridesNameTheFileAndTheProblem(String order) throws Exception {
        Path file = TestData.file("fissa/b/images/AVG_A01.tif");
        ImportException e = assertThrows(ImportException.class, () -> read(file, axisOrder(order)));
        assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
        assertTrue(e.problem().contains("axis order '" + order + "'"), e.problem());
    }

    @Test
    void overrideWithTooManyAxesForTheStoredLayoutIsRejected() throws Exception {
        ImportException e = assertThrows(ImportException.class,
                () -> read(TestData.file("kymographbuilder/mt.tif"), axisOrder("tzcxy")));
        assertTrue(e.problem().contains("3 plane axes"), e.problem());
    }

    private static Path copyWithSidecar(String json, String sidecarName) throws Exception {
        Path dir = TestData.tempDir("tiff-sidecar");
        Path tiff = dir.resolve("movie.tif");
        Files.copy(TestData.file("fissa/b/images/AVG_A01.tif"), tiff);
        if (json != null) {
            Files.writeString(dir.resolve(sidecarName), json, StandardCharsets.UTF_8);
        }
        return tiff;
    }

    @Test
    void sidecarBesideTheFileGivesOriginFpsDateAndKeepsTheRest() throws Exception {
        Path tiff = copyWithSidecar("{\"origin\": \"AwesomeImager\", \"fps\": 15.0, \"date\": \"20201123_172345\","
                + " \"animal\": \"m12\", \"stim\": {\"ids\": [1, 2]}}", "movie.json");
        ImportResult r = read(tiff);
        Image im = r.firstImage();
        assertEquals("AwesomeImager", im.metadata().origin().orElseThrow());
        assertEquals(15.0, im.metadata().fps().orElseThrow());
        assertEquals("20201123_172345", im.metadata().date().orElseThrow());
        Map<?, ?> orig = (Map<?, ?>) im.metadata().get("orig_meta");
        assertEquals("m12", orig.get("animal"));
        assertEquals(Map.of("ids", List.of(1L, 2L)), orig.get("stim"));
        assertEquals(List.of("origin", "fps", "date", "orig_meta"), List.copyOf(im.metadata().asMap().keySet()).subList(0, 4));
        assertEquals(1 / 15.0, im.calibration(Axis.T).size(), 1e-15, "fps calibrates T when the file has no interval");
        assertTrue(r.messages().isEmpty(), r.messages().toString());
    }

    @Test
    void sidecarTimestampsGiveFrameRateStatistics() throws Exception {
        StringBuilder ts = new StringBuilder();
        for (int i = 0; i < 29; i++) {
            ts.append(i == 0 ? "" : ", ").append(i < 20 ? i * 0.1 : 2.0 + (i - 20) * 0.1 + 0.05);
        }
        Path tiff = copyWithSidecar("{\"origin\": \"scope\", \"date\": \"20201123_172345\", \"timestamps\": [" + ts + "]}",
                "movie.json");
        ImportResult r = read(tiff);
        Image im = r.firstImage();
        // 27 intervals of 0.1 s (10 Hz) and one of 0.15 s (6.667 Hz)
        double mean = (27 * 10 + 1 / 0.15) / 28;
        assertEquals(mean, im.metadata().fps().orElseThrow(), 1e-9);
        assertEquals(mean - 1 / 0.15, im.metadata().number("fps_max_dev").orElseThrow(), 1e-9);
        assertTrue(im.metadata().number("fps_std").orElseThrow() > 0.01);
        assertEquals(1 / mean, im.calibration(Axis.T).size(), 1e-12);
        assertTrue(r.messages().stream().anyMatch(m -> m.severity() == Message.Severity.WARNING
                && m.text().contains("irregular")));
    }

    @Test
    void sidecarNamedInTheOptions() throws Exception {
        Path tiff = copyWithSidecar("{\"origin\": \"other\", \"fps\": 2}", "elsewhere.json");
        Image im = read(tiff, ImportOptions.NONE.with(ImportOptions.METADATA_FILE, tiff.resolveSibling("elsewhere.json")
                .toString())).firstImage();
        assertEquals("other", im.metadata().origin().orElseThrow());
        assertEquals(0.5, im.calibration(Axis.T).size(), 1e-15);

        ImportException e = assertThrows(ImportException.class,
                () -> read(tiff, ImportOptions.NONE.with(ImportOptions.METADATA_FILE, "missing.json")));
        assertTrue(e.problem().contains("missing.json"), e.problem());
    }

    @Test
    void brokenSidecarBesideTheFileIsReportedAndIgnored() throws Exception {
        Path tiff = copyWithSidecar("{\"origin\": ", "movie.json");
        ImportResult r = read(tiff);
        assertEquals("tifffile.py", r.firstImage().metadata().origin().orElseThrow());
        assertFalse(r.messages().isEmpty());
        assertTrue(r.messages().get(0).text().contains("movie.json"), r.messages().toString());
    }
}
