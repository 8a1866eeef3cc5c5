package org.fluorite.io.picasso;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.image.Region;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Localizations;
import org.fluorite.core.table.Table;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.ImportOptions;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;

/** Picasso's own test files and a LUMICKS bead localization, with the values of SOURCES.md. */
class PicassoRealDataTest {

    static Table locs(String name) throws Exception {
        return (Table) new PicassoLocsImporter().read(TestData.file(name), ImportOptions.NONE, ProgressMonitor.NONE).data()
                .get(0);
    }

    static void assertRange(double lo, double hi, double[] range, double tol, String what) {
        assertEquals(lo, range[0], tol, what + " min");
        assertEquals(hi, range[1], tol, what + " max");
    }

    @Test
    void simulatedLocsInPixelsAndNanometres() throws Exception {
        Table t = locs("picasso/testdata_locs.hdf5");
        assertTrue(Localizations.isLocalizationTable(t));
        assertEquals(564, t.rowCount());
        assertRange(11, 990, t.require("frame_index").range(), 0, "Picasso frame");
        assertRange(12, 991, t.require(Localizations.FRAME).range(), 0, "frame counted from 1");
        assertRange(5.348, 25.661, t.require("x_px").range(), 5e-4, "x px");
        assertRange(5.242, 25.712, t.require("y_px").range(), 5e-4, "y px");
        assertRange(5.348 * 130, 25.661 * 130, t.require(Localizations.X).range(), 0.07, "x nm (Localize pixel size 130)");
        assertEquals("nm", t.require(Localizations.X).unit());
        assertEquals("px", t.require("x_px").unit());
        assertEquals("px", t.require("lpx").unit());
        int row = 100;
        double lp = (t.require("lpx").getDouble(row) + t.require("lpy").getDouble(row)) / 2 * 130;
        assertEquals(lp, t.require(Localizations.UNCERTAINTY).getDouble(row), 1e-9);
        double s = (t.require("sx").getDouble(row) + t.require("sy").getDouble(row)) / 2 * 130;
        assertEquals(s, t.require(Localizations.SIGMA).getDouble(row), 1e-9);
        assertEquals(t.require("photons").getDouble(row), t.require(Localizations.PHOTONS).getDouble(row), 0);
        assertEquals("photon", t.require(Localizations.BACKGROUND).unit());
        for (String c : List.of("net_gradient", "likelihood", "iterations", "bg", "sx", "sy")) {
            assertTrue(t.column(c).isPresent(), c + " kept");
        }
        assertEquals(Column.Type.LONG, t.require("iterations").type());
        assertEquals(130.0, t.metadata().number("pixelSizeNm").getAsDouble(), 0);
        List<?> docs = (List<?>) t.metadata().get("yaml");
        assertEquals(2, docs.size());
        assertEquals(1000L, ((Map<?, ?>) docs.get(0)).get("Frames"));
        assertEquals(160L, ((Map<?, ?>) docs.get(0)).get("Camera.Pixelsize"));
        assertEquals("mle", ((Map<?, ?>) docs.get(1)).get("Fit method"));
        assertEquals(5000L, ((Map<?, ?>) docs.get(1)).get("Min. Net Gradient"));
        assertEquals(7L, ((Map<?, ?>) docs.get(1)).get("Box Size"));
        assertEquals("import.picasso", t.provenance().operations().get(0).name());
        Map<String, Object> d = t.describe();
        assertEquals(564, d.get("rowCount"));
        assertTrue(((List<?>) d.get("columns")).contains(Map.of("name", "x", "unit", "nm", "type", "double")));
    }

    @Test
    void realMoleculeDataWithFiveYamlDocuments() throws Exception {
        Table t = locs("picasso/testdata_mols.hdf5");
        assertEquals(4230, t.rowCount());
        assertRange(155.22, 328.21, t.require("x_px").range(), 5e-3, "x px");
        assertRange(149.27, 307.38, t.require("y_px").range(), 5e-3, "y px");
        for (String c : List.of("std_frame", "std_x", "std_y", "ellipticity", "n", "area", "convexhull", "group")) {
            assertTrue(t.column(c).isPresent(), c + " kept");
        }
        List<?> docs = (List<?>) t.metadata().get("yaml");
        assertEquals(5, docs.size());
        Map<?, ?> movie = (Map<?, ?>) docs.get(0);
        assertEquals("Zyla 4.2 Plus", movie.get("Camera"));
        assertEquals(40000L, movie.get("Frames"));
        assertEquals(List.of("Apollo", "560: 102 deg + 200mW - 30mW", "642: 100mW + 80 deg - 2mW",
                "488: 50mW + 85 deg - 1mW", "with PCA/PCD/trolox"), movie.get("Micro-Manager Acquisiton Comments"));
        Map<?, ?> mm = (Map<?, ?>) movie.get("Micro-Manager Metadata");
        assertEquals(2L, mm.get("Binning"));
        assertEquals("500.0000", mm.get("COM3-AnswerTimeout"), "quoted numbers stay text");
        assertTrue(((List<?>) mm.get("ScopeDataKeys")).contains("COM3-Description"));
        assertEquals("LQ, Gaussian", ((Map<?, ?>) docs.get(1)).get("Fit method"));
        Map<?, ?> filter = (Map<?, ?>) docs.get(3);
        assertEquals("Picasso Filter", filter.get("Generated by"));
        assertEquals(List.of(0.3177719763208122, 1.5116401836435553), filter.get("sx"));
        assertEquals(null, filter.get("x"));
        assertEquals(10L, ((Map<?, ?>) docs.get(4)).get("Min locs"));
        assertEquals(130.0, t.metadata().number("pixelSizeNm").getAsDouble(), 0);
    }

    @Test
    void lumicksBeadLocalizations() throws Exception {
        Table t = locs("lumicks_image_alignment/20231228-A_IRM_0.5_beads_locs.hdf5");
        assertEquals(12, t.rowCount());
        assertArrayEquals(new double[] {1, 1}, t.require(Localizations.FRAME).range(), "all in Picasso frame 0");
        assertEquals(17.513, t.require("x_px").getDouble(0), 5e-4);
        assertEquals(419.118, t.require("y_px").getDouble(0), 5e-4);
        assertEquals(566.371, t.require("x_px").getDouble(11), 5e-4);
        assertEquals(210.217, t.require("y_px").getDouble(11), 5e-4);
        assertEquals(17.513 * 130, t.require(Localizations.X).getDouble(0), 0.07);
        assertEquals(728L, ((Map<?, ?>) ((List<?>) t.metadata().get("yaml")).get(0)).get("Width"));
        assertEquals("", ((Map<?, ?>) ((List<?>) t.metadata().get("yaml")).get(0)).get("Micro-Manager Acquisiton Comments"));
    }

    @Test
    void rawMovieIsLazyAndHasTheMeasuredStatistics() throws Exception {
        Path file = TestData.file("picasso/testdata.raw");
        Image im = new PicassoRawImporter().read(file, ImportOptions.NONE, ProgressMonitor.NONE).firstImage();
        assertEquals("TYX", im.axesString());
        assertArrayEquals(new long[] {100, 32, 32}, im.shape());
        assertEquals(PixelType.UINT16, im.pixelType());
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (int f = 0; f < 100; f++) {
            Plane p = im.plane(f);
            for (int i = 0; i < p.size(); i++) {
                min = Math.min(min, p.get(i));
                max = Math.max(max, p.get(i));
                sum += p.get(i);
            }
        }
        assertEquals(184, min, 0);
        assertEquals(4023, max, 0);
        assertEquals(26_137_655, sum, 0);
        assertEquals(255.2505, sum / (100 * 32 * 32), 5e-5);
        Plane full = im.plane(42);
        Plane crop = im.region(new Region(5, 7, 10, 3)).plane(42);
        assertEquals(full.get(5 + 4, 7 + 2), crop.get(4, 2), 0, "region reads the same pixels");
        assertEquals(160e-9, im.calibration(Axis.X).size(), 1e-18);
        assertEquals(0.3, im.calibration(Axis.T).size(), 1e-12);
        im.close();
    }

    @Test
    void theRegistryPicksPicassoOnlyWithItsSidecar() throws Exception {
        FormatRegistry registry = new FormatRegistry();
        registry.addImporter(new PicassoLocsImporter());
        registry.addImporter(new PicassoRawImporter());
        assertEquals("fluorite.picasso.locs", registry.importerFor(TestData.file("picasso/testdata_locs.hdf5")).get().id());
        assertEquals("fluorite.picasso.raw", registry.importerFor(TestData.file("picasso/testdata.raw")).get().id());
        assertTrue(registry.importerFor(TestData.file("flimage/basic.h5")).isEmpty());
        assertTrue(registry.importerFor(TestData.file("python-microscopy/test_hdf.hdf")).isEmpty());
        Path lonely = TestData.tempDir("picasso-nosidecar").resolve("copy_locs.hdf5");
        java.nio.file.Files.copy(TestData.file("picasso/testdata_locs.hdf5"), lonely);
        assertTrue(registry.importerFor(lonely).isEmpty(), "no .yaml beside it: not taken as Picasso");
    }
}
