package org.fluorite.io.tiff;

import static org.fluorite.io.tiff.TiffTestSupport.read;
import static org.fluorite.io.tiff.TiffTestSupport.stats;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.fluorite.core.image.ArrayPlaneSource;
import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Calibration;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.progress.CancelledException;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.Message;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Images written by {@link TiffExporter} read back identically through {@link TiffImporter}. */
class TiffExporterRoundTripTest {

    private final TiffExporter exporter = new TiffExporter();

    /** A T=3 Z=2 C=2 image of 7x5 pixels whose values span the type's range, calibrated on every axis. */
    private static Image tzcyx(PixelType type) {
        List<Plane> planes = new ArrayList<>();
        for (int p = 0; p < 12; p++) {
            Plane plane = Plane.allocate(type, 7, 5);
            for (int i = 0; i < 35; i++) {
                double v = switch (type) {
                    case UINT8, UINT16, UINT32 -> (p * 35 + i) * (type.maxValue() / 419);
                    case INT8, INT16, INT32 -> type.minValue() + (p * 35 + i) * ((type.maxValue() - type.minValue()) / 419);
                    case FLOAT32, FLOAT64 -> (p * 35 + i - 200) / 3.0 * 1e-3;
                };
                plane.set(i, v);
            }
            planes.add(plane);
        }
        return Image.create("tzc", new ArrayPlaneSource(planes), "TZCYX", 3, 2, 2, 5, 7)
                .withCalibration(Axis.X, Calibration.metres(1.3e-7)).withCalibration(Axis.Y, Calibration.metres(1.7e-7))
                .withCalibration(Axis.Z, Calibration.metres(4e-7)).withCalibration(Axis.T, Calibration.seconds(0.05));
    }

    private static void assertSameImage(Image expected, Image actual) throws Exception {
        assertEquals(expected.axesString(), actual.axesString());
        assertArrayEquals(expected.shape(), actual.shape());
        for (long p = 0; p < expected.planeCount(); p++) {
            assertArrayEquals(expected.planeAt(p).toDoubles(), actual.planeAt(p).toDoubles(), "plane " + p);
        }
        for (Axis axis : expected.axes()) {
            Calibration e = expected.calibration(axis);
            Calibration a = actual.calibration(axis);
            assertEquals(e.unit(), a.unit(), axis + " unit");
            assertEquals(e.size(), a.size(), e.size() * 1e-12, axis + " size");
        }
    }

    @ParameterizedTest
    @EnumSource(value = PixelType.class, names = {"UINT8", "INT8", "UINT16", "INT16", "UINT32", "INT32", "FLOAT32"})
    void hyperstackRoundTripsExactly(PixelType type) throws Exception {
        Image image = tzcyx(type);
        Path dir = TestData.tempDir("tiff-roundtrip");
        Path file = dir.resolve("out.tif");
        List<Message> messages = exporter.export(image, file, ImportOptions.NONE, ProgressMonitor.NONE);
        assertTrue(messages.isEmpty(), messages.toString());
        Image back = read(file).firstImage();
        assertEquals(type, back.pixelType());
        assertSameImage(image, back);
        Map<?, ?> ij = (Map<?, ?>) back.metadata().get("imagej");
        assertEquals(12L, ij.get("images"));
        assertEquals(Boolean.TRUE, ij.get("hyperstack"));
        assertEquals("micron", ij.get("unit"));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(file), s.toList(), "no temporary file left behind");
        }
    }

    @Test
    void float64IsWrittenAsFloat32WithAMessage() throws Exception {
        Image image = tzcyx(PixelType.FLOAT64);
        Path file = TestData.tempDir("tiff-f64").resolve("f64.tif");
        List<Message> messages = exporter.export(image, file, ImportOptions.NONE, ProgressMonitor.NONE);
        assertEquals(1, messages.size());
        assertTrue(messages.get(0).text().contains("32-bit"), messages.get(0).text());
        Image back = read(file).firstImage();
        assertEquals(PixelType.FLOAT32, back.pixelType());
        for (long p = 0; p < 12; p++) {
            double[] e = image.planeAt(p).toDoubles();
            double[] a = back.planeAt(p).toDoubles();
            for (int i = 0; i < e.length; i++) {
                assertEquals((float) e[i], a[i], 0.0);
            }
        }
    }

    @Test
    void otherAxisOrdersAreWrittenInImageJOrder() throws Exception {
        // C slowest in memory: ImageJ wants C fastest, so the writer reorders planes
        List<Plane> planes = new ArrayList<>();
        for (int p = 0; p < 6; p++) {
            Plane plane = Plane.allocate(PixelType.UINT16, 4, 3);
            for (int i = 0; i < 12; i++) {
                plane.set(i, p * 100 + i);
            }
            planes.add(plane);
        }
        Image image = Image.create("czyx", new ArrayPlaneSource(planes), "CZYX", 2, 3, 3, 4);
        Path file = TestData.tempDir("tiff-order").resolve("czyx.tif");
        exporter.export(image, file, ImportOptions.NONE, ProgressMonitor.NONE);
        Image back = read(file).firstImage();
        assertEquals("ZCYX", back.axesString());
        for (long c = 0; c < 2; c++) {
            for (long z = 0; z < 3; z++) {
                assertArrayEquals(image.plane(c, z).toDoubles(), back.plane(z, c).toDoubles());
            }
        }
    }

    @Test
    void bigTiffOnRequestReadsBack() throws Exception {
        Image image = tzcyx(PixelType.UINT16);
        Path file = TestData.tempDir("tiff-big").resolve("big.tif");
        exporter.export(image, file, new ImportOptions(Map.of(TiffExporter.BIGTIFF, "true")), ProgressMonitor.NONE);
        byte[] head = Files.readAllBytes(file);
        assertEquals('I', head[0]);
        assertEquals(43, head[2]);
        Image back = read(file).firstImage();
        assertEquals(Boolean.TRUE, ((Map<?, ?>) back.metadata().get("tiff")).get("bigTiff"));
        assertSameImage(image, back);
    }

    @Test
    void realFilesRoundTrip() throws Exception {
        for (String name : List.of("kymographbuilder/mt.tif", "lumicks_image_alignment/20231228-A_IRM_0.5_beads.tiff",
                "python-microscopy/beads1.tif")) {
            Image image = read(TestData.file(name)).firstImage();
            Path file = TestData.tempDir("tiff-real").resolve("copy.tif");
            exporter.export(image, file, ImportOptions.NONE, ProgressMonitor.NONE);
            Image back = read(file).firstImage();
            assertSameImage(image, back);
            assertArrayEquals(stats(image), stats(back), name);
        }
    }

    @Test
    void cancellingLeavesNoFileBehind() throws Exception {
        Path dir = TestData.tempDir("tiff-cancel");
        Path file = dir.resolve("never.tif");
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override
            public void begin(String task, long totalWork) {
            }

            @Override
            public void worked(long units) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> exporter.export(tzcyx(PixelType.UINT8), file, ImportOptions.NONE, cancelled));
        assertFalse(Files.exists(file));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(0, s.count());
        }
    }
}
