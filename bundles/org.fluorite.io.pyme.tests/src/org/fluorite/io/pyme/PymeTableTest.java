package org.fluorite.io.pyme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Localizations;
import org.fluorite.core.table.Table;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * PYME localization tables: the PyTables file and the text file of python-microscopy's tests
 * (4281 rows, bounds and t range from SOURCES.md) and a generated .h5r with nested members.
 */
class PymeTableTest {

    /** (x0, y0, x1, y1, z0, z1) from python-microscopy's test_pipeline_io.py. */
    private static final double[] BOUNDS = {-686.9195, -597.1356, 80.27731, 47.10489, -265.4904, 232.2955};

    private static final List<String> PYME_COLUMNS = List.of("A", "fitResults_z0", "fitResults_x0", "fitResults_y0",
            "fitError_A", "focus", "fitError_y0", "fitError_x0", "fitError_z0", "x", "y_raw", "fitResults_A", "x_raw",
            "error_x", "error_y", "error_z", "z_raw", "sig", "tIndex", "fitError_sigma", "y", "fitResults_sigma", "z", "t");

    static void assertPipelineValues(Table t) {
        assertEquals(Localizations.KIND, t.kind());
        assertTrue(Localizations.isLocalizationTable(t));
        assertEquals(4281, t.rowCount());
        double[] x = t.require("x").range();
        double[] y = t.require("y").range();
        double[] z = t.require("z").range();
        double[] got = {x[0], y[0], x[1], y[1], z[0], z[1]};
        for (int i = 0; i < 6; i++) {
            assertEquals(BOUNDS[i], got[i], 1e-4 * Math.max(1, Math.abs(BOUNDS[i])), "bound " + i);
        }
        assertArrayEquals(new double[] {1, 22112}, t.require("t").range());
        assertArrayEquals(new double[] {2, 22113}, t.require(Localizations.FRAME).range(), "frame = t + 1");
        assertEquals(Column.Type.LONG, t.require(Localizations.FRAME).type());
        for (String c : PYME_COLUMNS) {
            assertTrue(t.column(c).isPresent(), "PYME column " + c + " kept");
        }
        assertEquals("nm", t.require("x").unit());
        assertEquals("nm", t.require("error_x").unit());
        assertEquals("nm", t.require("fitResults_x0").unit());
        assertEquals("", t.require("A").unit());
        assertEquals(t.require("error_x").getDouble(17), t.require(Localizations.UNCERTAINTY).getDouble(17), 0);
        assertEquals(t.require("sig").getDouble(5), t.require(Localizations.SIGMA).getDouble(5), 0);
        assertFalse(t.column(Localizations.PHOTONS).isPresent(), "no pixel size, so no photon count from A");
        assertEquals(24 + 3, t.columns().size(), "24 PYME columns plus frame, sigma, uncertainty");
        Map<String, Object> d = t.describe();
        assertEquals(4281, d.get("rowCount"));
        Map<?, ?> first = (Map<?, ?>) ((List<?>) d.get("columns")).get(0);
        assertEquals(Map.of("name", "frame", "unit", "", "type", "long"), first);
    }

    @Test
    void pytablesLocalizationsHaveThePipelineValues() throws Exception {
        Path file = TestData.file("python-microscopy/test_hdf.hdf");
        ImportResult r = new PymeTableImporter().read(file, ImportOptions.NONE, ProgressMonitor.NONE);
        Table t = (Table) r.data().get(0);
        assertPipelineValues(t);
        assertEquals("Localizations", t.metadata().get("table"));
        assertEquals(4281L, ((Map<?, ?>) t.metadata().get("tableAttributes")).get("NROWS"));
        assertEquals("import.pyme", t.provenance().operations().get(0).name());
    }

    @Test
    void textTableHasTheSameValues() throws Exception {
        Path file = TestData.file("python-microscopy/test_csv.csv");
        assertTrue(new PymeCsvImporter().sniff(file));
        Table csv = (Table) new PymeCsvImporter().read(file, ImportOptions.NONE, ProgressMonitor.NONE).data().get(0);
        assertPipelineValues(csv);
        Table hdf = (Table) new PymeTableImporter().read(TestData.file("python-microscopy/test_hdf.hdf"), ImportOptions.NONE,
                ProgressMonitor.NONE).data().get(0);
        for (String c : List.of("x", "y", "z", "t", "A", "sig")) {
            double[] a = hdf.require(c).toDoubles();
            double[] b = csv.require(c).toDoubles();
            for (int i = 0; i < a.length; i++) {
                assertEquals(a[i], b[i], 1e-6 * Math.max(1, Math.abs(a[i])), c + " row " + i);
            }
        }
    }

    @Test
    void fitResultsNestedMembersAreFlattenedAndMapped() throws Exception {
        Table t = (Table) new PymeTableImporter().read(PymeTestSupport.fixture("fit_results.h5r"), ImportOptions.NONE,
                ProgressMonitor.NONE).data().get(0);
        assertEquals(3, t.rowCount());
        assertArrayEquals(new double[] {1, 5, 10}, t.require("frame").toDoubles(), "tIndex + 1");
        assertArrayEquals(new double[] {1000.5, 2000.25, 3000.0}, t.require("x").toDoubles());
        assertArrayEquals(new double[] {-50, 0, 50}, t.require("y").toDoubles());
        assertArrayEquals(new double[] {10, 20, 30}, t.require("uncertainty").toDoubles());
        assertArrayEquals(new double[] {100, 150, 200}, t.require("sigma").toDoubles());
        assertArrayEquals(new double[] {5, 6, 7}, t.require("background").toDoubles());
        // photons = 2 pi A (sigma / 100 nm)^2
        assertEquals(2 * Math.PI * 100, t.require("photons").getDouble(0), 1e-9);
        assertEquals(2 * Math.PI * 300 * 4, t.require("photons").getDouble(2), 1e-9);
        assertEquals("photon", t.require("photons").unit());
        assertArrayEquals(new double[] {0, 0, 1}, t.require("resultCode").toDoubles());
        assertArrayEquals(new double[] {2, 4, 6}, t.require("startParams_1").toDoubles());
        assertEquals("nm", t.require("fitResults_x0").unit());
        assertEquals("nm", t.require("fitError_x0").unit());
        assertFalse(t.column("z").isPresent());
        assertEquals(0.1, t.metadata().number("voxelsize.x").getAsDouble(), 0);
    }

    @Test
    void theRegistryPicksTheRightPymeReader() throws Exception {
        FormatRegistry registry = new FormatRegistry();
        registry.addImporter(new PymeTableImporter());
        registry.addImporter(new PymeImageImporter());
        registry.addImporter(new PymeCsvImporter());
        assertEquals("fluorite.pyme.table", registry.importerFor(TestData.file("python-microscopy/test_hdf.hdf")).get().id());
        assertEquals("fluorite.pyme.csv", registry.importerFor(TestData.file("python-microscopy/test_csv.csv")).get().id());
        assertEquals("fluorite.pyme.image", registry.importerFor(PymeTestSupport.fixture("pyme_series.h5")).get().id());
        assertTrue(registry.importerFor(TestData.file("thunderstorm/tubulins1_00020.csv")).isEmpty());
        assertTrue(registry.importerFor(TestData.file("flimage/basic.h5")).isEmpty());
        assertTrue(registry.importerFor(TestData.file("picasso/testdata_locs.hdf5")).isEmpty());
    }
}
