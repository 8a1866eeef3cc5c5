package org.fluorite.smlm.post;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.Plane;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Localizations;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.picasso.PicassoLocsImporter;
import org.fluorite.io.pyme.PymeTableImporter;
import org.fluorite.io.thunderstorm.ThunderStormImporter;
import org.fluorite.io.tiff.TiffExporter;
import org.fluorite.io.tiff.TiffImporter;
import org.fluorite.smlm.post.filter.FilterSettings;
import org.fluorite.smlm.post.filter.LocalizationFilter;
import org.fluorite.smlm.post.render.LocalizationRenderer;
import org.fluorite.smlm.post.render.RenderBounds;
import org.fluorite.smlm.post.render.RenderSettings;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real localization tables from ../shared/data (Picasso, PYME, ThunderSTORM) through filter and
 * render. Expected counts and pixel values were computed with numpy/h5py from the same files
 * (np.histogram2d with the same bin edges; Picasso's uncertainty and sigma as the means of lpx,
 * lpy and sx, sy times the Localize pixel size 130 nm, as the Picasso importer defines them).
 */
class RealTablesTest {

    static Table read(org.fluorite.io.Importer importer, String name) throws Exception {
        return (Table) importer.read(TestData.file(name), ImportOptions.NONE, ProgressMonitor.NONE).data().get(0);
    }

    static double sum(Plane p) {
        double s = 0;
        for (int i = 0; i < p.size(); i++) {
            s += p.get(i);
        }
        return s;
    }

    @Test
    void picassoLocsFilteredAndRendered() throws Exception {
        Table t = read(new PicassoLocsImporter(), "picasso/testdata_locs.hdf5");
        assertEquals(564, t.rowCount());
        assertEquals(127, LocalizationFilter.apply(t, FilterSettings.NONE.withPhotons(20000, Double.POSITIVE_INFINITY)).rowCount());
        assertEquals(456, LocalizationFilter.apply(t, FilterSettings.NONE.withMaxUncertainty(2)).rowCount());
        assertEquals(83, LocalizationFilter.apply(t, FilterSettings.NONE.withSigma(110, 115)).rowCount());
        Table all = LocalizationFilter.apply(t, FilterSettings.NONE.withPhotons(20000, Double.POSITIVE_INFINITY)
                .withMaxUncertainty(2).withSigma(110, 115));
        assertEquals(4, all.rowCount());
        assertEquals(List.of("import.picasso", "smlm.filter"),
                all.provenance().operations().stream().map(o -> o.name()).toList());
        // one camera pixel (130 nm) per rendered pixel over the 32x32 field: the densest pixel is
        // (25, 25) with 106 localizations
        Image im = LocalizationRenderer.render(t, RenderSettings.histogram(130), new RenderBounds(0, 0, 32 * 130, 32 * 130));
        Plane p = im.plane();
        assertEquals(32, im.width());
        assertEquals(564, sum(p), 0);
        assertEquals(106, p.get(25, 25), 0);
        double max = 0;
        for (int i = 0; i < p.size(); i++) {
            max = Math.max(max, p.get(i));
        }
        assertEquals(106, max, 0);
        // Gaussian rendering at 10 nm over the camera field keeps every localization (uncertainties
        // 0.6..4.6 nm, drawn at least 5 nm wide, all more than 600 nm from the border)
        Image g = LocalizationRenderer.render(t, RenderSettings.gaussian(10, 5), new RenderBounds(0, 0, 32 * 130, 32 * 130));
        assertEquals(416, g.width());
        assertEquals(564, sum(g.plane()), 0.05);
        // bounds fitted to the data leave 4 widest sigmas (here 18.4 nm) past the last localization:
        // nothing is cut (without that margin the spots on the last row and column lost 4.6)
        Image fitted = LocalizationRenderer.render(t, RenderSettings.gaussian(10, 5));
        assertEquals(564, sum(fitted.plane()), 0.05);
        assertEquals(0, fitted.calibration(Axis.X).origin() - 5e-9, 1e-15);
    }

    @Test
    void pymeTableFilteredAndRenderedWithNegativeCoordinates() throws Exception {
        Table t = read(new PymeTableImporter(), "python-microscopy/test_hdf.hdf");
        assertEquals(4281, t.rowCount());
        // image bounds from PYME's own test: x -686.9195..80.27731, y -597.1356..47.10489
        Image im = LocalizationRenderer.render(t, RenderSettings.histogram(100));
        assertEquals(8, im.width());
        assertEquals(7, im.height());
        assertEquals((-700 + 50) * 1e-9, im.calibration(Axis.X).origin(), 1e-15);
        assertEquals((-600 + 50) * 1e-9, im.calibration(Axis.Y).origin(), 1e-15);
        double[][] expected = {
                {6, 51, 356, 25, 5, 0, 0, 0},
                {275, 551, 145, 388, 336, 181, 1, 0},
                {10, 14, 0, 18, 26, 444, 77, 0},
                {0, 0, 0, 0, 0, 14, 368, 86},
                {0, 0, 0, 0, 0, 0, 230, 143},
                {0, 0, 0, 0, 0, 0, 179, 153},
                {0, 0, 0, 0, 0, 0, 32, 167}};
        assertImage(expected, im.plane());
        Table precise = LocalizationFilter.apply(t, FilterSettings.NONE.withMaxUncertainty(10));
        assertEquals(409, precise.rowCount());
        Image pi = LocalizationRenderer.render(precise, RenderSettings.histogram(100), new RenderBounds(-700, -600, 800, 700));
        double[][] expectedPrecise = {
                {0, 0, 17, 1, 0, 0, 0, 0},
                {17, 22, 14, 43, 25, 17, 0, 0},
                {0, 0, 0, 0, 0, 80, 8, 0},
                {0, 0, 0, 0, 0, 0, 22, 17},
                {0, 0, 0, 0, 0, 0, 28, 24},
                {0, 0, 0, 0, 0, 0, 58, 7},
                {0, 0, 0, 0, 0, 0, 1, 8}};
        assertImage(expectedPrecise, pi.plane());
    }

    static void assertImage(double[][] expected, Plane p) {
        for (int y = 0; y < expected.length; y++) {
            double[] row = new double[expected[y].length];
            for (int x = 0; x < row.length; x++) {
                row[x] = p.get(x, y);
            }
            assertArrayEquals(expected[y], row, 0, "row " + y);
        }
    }

    @Test
    void thunderstormGroundTruthRenderedAtTheCameraPixelAndSavedAsTiff(@TempDir Path dir) throws Exception {
        Table t = read(new ThunderStormImporter(), "thunderstorm/tubulins1_00020.csv");
        assertEquals(49, t.rowCount());
        assertTrue(Localizations.isLocalizationTable(t));
        // the 256x256 frame of 150 nm pixels: 48 pixels hold a molecule, (row 62, column 230) two;
        // the first molecule (25713.33, 26788.90 nm) lies in row 178, column 171
        Image im = LocalizationRenderer.render(t, RenderSettings.histogram(150), new RenderBounds(0, 0, 256 * 150, 256 * 150));
        Plane p = im.plane();
        assertEquals(256, im.width());
        assertEquals(256, im.height());
        assertEquals(49, sum(p), 0);
        assertEquals(2, p.get(230, 62), 0);
        assertEquals(1, p.get(171, 178), 0);
        int lit = 0;
        for (int i = 0; i < p.size(); i++) {
            lit += p.get(i) > 0 ? 1 : 0;
        }
        assertEquals(48, lit);
        // TIFF export through the TIFF exporter, read back with calibration and history
        Path tif = dir.resolve("gt.tif");
        new TiffExporter().export(im, tif, ImportOptions.NONE, ProgressMonitor.NONE);
        Image back = new TiffImporter().read(tif, ImportOptions.NONE, ProgressMonitor.NONE).firstImage();
        assertEquals(2, back.plane().get(230, 62), 0);
        assertEquals(150e-9, back.calibration(Axis.X).size(), 1e-12);
        assertTrue(back.provenance().operations().stream().anyMatch(o -> o.name().equals(LocalizationRenderer.OPERATION)));
    }
}
