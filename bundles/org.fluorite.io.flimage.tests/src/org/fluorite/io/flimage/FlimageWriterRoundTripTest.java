package org.fluorite.io.flimage;

import static org.fluorite.io.flimage.FlimageTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;

/** Files Fluorite writes follow the flimage layout and read back identical. */
class FlimageWriterRoundTripTest {

    /** value(x, y) = (x - 3.5) * 1.25 + y * y / 7, float32, with negatives and fractions. */
    private static Plane analytic(int w, int h, float offset) {
        Plane p = Plane.allocate(PixelType.FLOAT32, w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                p.set(y * w + x, (x - 3.5f) * 1.25f + y * y / 7f + offset);
            }
        }
        return p;
    }

    @Test
    void flimageWithBackgroundReadsBackIdenticalAndFollowsTheLayout() throws Exception {
        Path dir = TestData.tempDir("flimage-rt");
        Path file = dir.resolve("written.h5");
        Plane fl = analytic(9, 4, 0);
        Plane bg = analytic(9, 4, -2.5f);
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("pixel size", 1.39e-7);
        attrs.put("time", 0.04328);
        attrs.put("identifier", "fluorite:1");
        attrs.put("not a flimage key", 3);
        List<String> notes = FlimageWriter.writeImage(file, new FlimageWriter.FlImage(fl, bg, attrs));
        assertEquals(1, notes.size(), "the unknown key is named: " + notes);
        assertTrue(notes.get(0).contains("not a flimage key"));

        ImportResult r = read(file);
        Image corrected = r.images().get(0);
        Image raw = r.images().get(1);
        Image back = r.images().get(2);
        assertArrayEquals((float[]) fl.data(), (float[]) raw.plane().data());
        assertArrayEquals((float[]) bg.data(), (float[]) back.plane().data());
        assertEquals(2.5, corrected.plane().get(5, 3), 1e-6, "raw - background");
        assertEquals(1.39e-7, raw.calibration(Axis.X).size(), 0);
        assertEquals(0.04328, raw.metadata().number("time").getAsDouble(), 0);
        assertEquals("fluorite:1", raw.metadata().get("identifier"));
        assertEquals(FlimageWriter.LAYOUT_VERSION, raw.metadata().get("flimage version"));
        for (Image im : r.images()) {
            im.close();
        }

        try (HdfFile h = new HdfFile(file)) {
            assertEquals(List.of("fluorescence"), new ArrayList<>(h.getChildren().keySet()));
            assertEquals(java.util.Set.of("pixel size", "time", "identifier", "flimage version"), h.getAttributes().keySet(),
                    "only flimage's keys, and no jHDF mark");
            assertInstanceOf(Double.class, h.getAttribute("pixel size").getData());
            Group flg = (Group) h.getChild("fluorescence");
            assertEquals(java.util.Set.of("raw", "bg_data"), flg.getChildren().keySet());
            Dataset rawSet = h.getDatasetByPath("fluorescence/raw");
            assertArrayEquals(new int[] {4, 9}, rawSet.getDimensions());
            assertEquals("IMAGE", rawSet.getAttribute("CLASS").getData());
            assertEquals("IMAGE_GRAYSCALE", rawSet.getAttribute("IMAGE_SUBCLASS").getData());
            assertEquals("1.2", rawSet.getAttribute("IMAGE_VERSION").getData());
            assertEquals(float.class, rawSet.getJavaType());
            assertEquals("IMAGE", h.getDatasetByPath("fluorescence/bg_data/data").getAttribute("CLASS").getData());
        }
    }

    @Test
    void flimageWithoutBackgroundHasAnEmptyBackgroundGroup() throws Exception {
        Path file = TestData.tempDir("flimage-rt").resolve("nobg.h5");
        FlimageWriter.writeImage(file, new FlimageWriter.FlImage(analytic(3, 2, 1), null, Map.of("pixel size", 1e-6)));
        try (HdfFile h = new HdfFile(file)) {
            Group bg = (Group) h.getByPath("fluorescence/bg_data");
            assertTrue(bg.getChildren().isEmpty());
        }
        ImportResult r = read(file);
        assertEquals(1, r.data().size());
        assertArrayEquals((float[]) analytic(3, 2, 1).data(), (float[]) r.firstImage().plane().data());
        r.firstImage().close();
    }

    @Test
    void seriesReadsBackWithTimesIdentifiersAndPixels() throws Exception {
        Path file = TestData.tempDir("flimage-rt").resolve("series.h5");
        List<FlimageWriter.FlImage> images = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            images.add(new FlimageWriter.FlImage(analytic(5, 3, i), analytic(5, 3, -i), Map.of("time", 10.0 + 0.5 * i,
                    "identifier", "frame " + i, "pixel size", 3e-7)));
        }
        FlimageWriter.writeSeries(file, images, "my series");
        ImportResult r = read(file);
        Image raw = r.images().get(1);
        assertEquals("TYX", raw.axesString());
        assertArrayEquals(new long[] {11, 3, 5}, raw.shape());
        for (int i = 0; i < 11; i++) {
            assertArrayEquals((float[]) analytic(5, 3, i).data(), (float[]) raw.plane(i).data(), "frame " + i);
        }
        assertEquals(0.5, raw.calibration(Axis.T).size(), 1e-12);
        assertEquals(10.0, raw.calibration(Axis.T).origin(), 1e-12);
        assertEquals("my series", raw.metadata().get("identifier"));
        assertEquals("frame 10", ((List<?>) raw.metadata().get("series.identifiers")).get(10));
        for (Image im : r.images()) {
            im.close();
        }
    }

    @Test
    void realFilesExportedAndReadAgainAreIdentical() throws Exception {
        FlimageExporter exporter = new FlimageExporter();
        for (String name : List.of("flimage/retina_p10.h5", "flimage/basic.h5")) {
            Image original = read(TestData.file(name)).firstImage();
            assertTrue(exporter.canExport(original));
            Path out = TestData.tempDir("flimage-export").resolve("copy.h5");
            exporter.export(original, out, ImportOptions.NONE, ProgressMonitor.NONE);
            Image copy = read(out).firstImage();
            assertArrayEquals(original.shape(), copy.shape());
            assertArrayEquals((float[]) original.plane().data(), (float[]) copy.plane().data(), name);
            assertEquals(original.calibration(Axis.X), copy.calibration(Axis.X));
            for (String key : List.of("pixel size", "time", "identifier", "flimage version", "qpimage version")) {
                assertEquals(original.metadata().get(key), copy.metadata().get(key), name + " " + key);
            }
            // and a second generation is identical to the first
            Path again = out.resolveSibling("copy2.h5");
            exporter.export(copy, again, ImportOptions.NONE, ProgressMonitor.NONE);
            Image copy2 = read(again).firstImage();
            assertArrayEquals((float[]) copy.plane().data(), (float[]) copy2.plane().data());
            assertEquals(copy.metadata().asMap().keySet(), copy2.metadata().asMap().keySet());
            original.close();
            copy.close();
            copy2.close();
        }
    }

    @Test
    void aSeriesExportedFromARealSeriesFixtureKeepsItsTimes() throws Exception {
        Image series = read(FlimageTestSupport.fixture("series12.h5")).images().get(1);
        Path out = TestData.tempDir("flimage-export").resolve("series.h5");
        new FlimageExporter().export(series, out, ImportOptions.NONE, ProgressMonitor.NONE);
        ImportResult r = read(out);
        Image copy = r.firstImage();
        assertEquals(1, r.data().size(), "the exported raw series has no background");
        assertEquals(series.calibration(Axis.T), copy.calibration(Axis.T));
        assertEquals(series.metadata().get("series.identifiers"), copy.metadata().get("series.identifiers"));
        assertArrayEquals((float[]) series.plane(11).data(), (float[]) copy.plane(11).data());
        assertNull(copy.metadata().get("not there"));
        series.close();
        copy.close();
    }
}
