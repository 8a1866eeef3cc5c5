package org.fluorite.io.hdf5;

import static org.fluorite.io.hdf5.Hdf5TestSupport.closeAll;
import static org.fluorite.io.hdf5.Hdf5TestSupport.image;
import static org.fluorite.io.hdf5.Hdf5TestSupport.read;
import static org.fluorite.io.hdf5.Hdf5TestSupport.stats;
import static org.fluorite.io.hdf5.Hdf5TestSupport.table;
import static org.fluorite.io.hdf5.Hdf5TestSupport.tree;
import static org.fluorite.testing.Assertions2.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportResult;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * Every HDF5 file of the shared test data, against the values in SOURCES.md ([src] quoted from
 * the source projects, [measured] read with h5py). Tolerances: float32 data 1e-6 relative,
 * float64 1e-9, means of float32 data 1e-5.
 */
class Hdf5RealDataTest {

    @Test
    void qpimageTreeAttributesAndPhase() throws IOException {
        ImportResult r = read(TestData.file("qpimage/bg_tilt.h5"));
        try {
            Hdf5Tree tree = tree(r);
            assertEquals("0.0.2", tree.metadata().get("qpimage version"));
            assertEquals(3e-07, (Double) tree.metadata().get("wavelength"), 0);
            assertTrue(tree.root().find("/amplitude/bg_data").orElseThrow().isGroup());
            assertTrue(tree.root().find("/amplitude/bg_data").orElseThrow().children().isEmpty());
            Hdf5Node fit = tree.root().find("/phase/bg_data/fit").orElseThrow();
            assertEquals(List.of(50L, 50L), fit.dataset().shape());
            assertEquals("float64", fit.dataset().dtype());
            assertEquals(5L, fit.attributes().get("border_px"));
            assertEquals("fit", fit.attributes().get("fit_offset"));
            assertEquals("tilt", fit.attributes().get("fit_profile"));
            assertEquals(3, r.images().size(), "amplitude/raw, phase/bg_data/fit, phase/raw");

            Image phase = image(r, "/phase/raw");
            assertEquals("YX", phase.axesString());
            assertEquals(PixelType.FLOAT64, phase.pixelType());
            double[] s = stats(phase);
            // [measured] min -1.01552, max 1.21909, mean 0.113403
            assertClose(-1.0155210449349807, s[0], 1e-9, "phase min");
            assertClose(1.2190894201099352, s[1], 1e-9, "phase max");
            assertClose(0.1134026452644142, s[2], 1e-9, "phase mean");
            double[] f = stats(image(r, "/phase/bg_data/fit"));
            assertClose(-0.6046858664515535, f[0], 1e-9, "fit min");
            assertClose(0.8241993969737123, f[1], 1e-9, "fit max");
            assertClose(0.10975676526107936, f[2], 1e-9, "fit mean");
            double[] a = stats(image(r, "/amplitude/raw"));
            assertEquals(1.0, a[0]);
            assertEquals(1.0, a[1]);
            // [src] the background is non-zero: corrected phase raw - fit differs from raw
            assertTrue(Math.abs(f[2]) > 0.1);
            assertEquals(-0.18651153, phase.plane().get(0, 0), 1e-8);
            assertEquals(0.31469535454538405, phase.plane().get(49, 49), 1e-12);
            assertEquals("import.hdf5", phase.provenance().operations().get(0).name());
            assertEquals("/phase/raw", phase.provenance().operations().get(0).parameters().get("dataset"));
        } finally {
            closeAll(r);
        }
    }

    @Test
    void flimageBasicChunkedDeflate() throws IOException {
        ImportResult r = read(TestData.file("flimage/basic.h5"));
        try {
            Hdf5Tree tree = tree(r);
            assertEquals("0.1.0.post7", tree.metadata().get("flimage version"));
            assertEquals("0.5.2", tree.metadata().get("qpimage version"));
            assertEquals(5.4e-08, (Double) tree.metadata().get("pixel size"), 0);
            Hdf5Node raw = tree.root().find("/fluorescence/raw").orElseThrow();
            assertEquals("chunked", raw.dataset().layout());
            // h5py: compression gzip, fletcher32 True
            assertEquals(List.of("deflate", "fletcher32"), raw.dataset().filters());
            assertEquals("IMAGE", raw.attributes().get("CLASS"));
            assertEquals("IMAGE_GRAYSCALE", raw.attributes().get("IMAGE_SUBCLASS"));
            assertEquals("1.2", raw.attributes().get("IMAGE_VERSION"));
            Image im = image(r, "/fluorescence/raw");
            assertEquals(20, im.width());
            assertEquals(10, im.height());
            assertEquals(PixelType.FLOAT32, im.pixelType());
            assertEquals("IMAGE", im.metadata().get("CLASS"));
            double[] s = stats(im);
            // [measured] min 0, max 9, mean 4.5
            assertEquals(0, s[0]);
            assertEquals(9, s[1]);
            assertClose(4.5, s[2], 1e-9, "mean");
            assertEquals(9.0, im.plane().get(19, 9));
        } finally {
            closeAll(r);
        }
    }

    @Test
    void flimageRetina() throws IOException {
        ImportResult r = read(TestData.file("flimage/retina_p10.h5"));
        try {
            Hdf5Tree tree = tree(r);
            assertEquals("cda88:49", tree.metadata().get("identifier"));
            assertEquals(1.39e-07, (Double) tree.metadata().get("pixel size"), 1e-20);
            assertEquals(0.04328, (Double) tree.metadata().get("time"), 1e-11);
            assertEquals("0.2.0.post1", tree.metadata().get("flimage version"));
            Image im = image(r, "/fluorescence/raw");
            assertEquals(168, im.width());
            assertEquals(146, im.height());
            double[] s = stats(im);
            // [measured] min -6.691, max 237.820, mean 24.0203
            assertClose(-6.691007614135742, s[0], 1e-6, "min");
            assertClose(237.81991577148438, s[1], 1e-6, "max");
            assertClose(24.02030248170582, s[2], 1e-5, "mean");
            assertEquals(189.86685, im.plane().get(84, 73), 1e-4);
        } finally {
            closeAll(r);
        }
    }

    @Test
    void pytablesLocalizations() throws IOException {
        ImportResult r = read(TestData.file("python-microscopy/test_hdf.hdf"));
        Hdf5Tree tree = tree(r);
        assertEquals("GROUP", tree.metadata().get("CLASS"));
        assertEquals("2.1", tree.metadata().get("PYTABLES_FORMAT_VERSION"));
        Hdf5Node locs = tree.root().find("/Localizations").orElseThrow();
        assertEquals("compound", locs.dataset().dtype());
        assertEquals(List.of(4281L), locs.dataset().shape());
        assertEquals(List.of("shuffle", "deflate"), locs.dataset().filters());
        assertEquals(24, locs.dataset().fields().size());
        assertEquals("TABLE", locs.attributes().get("CLASS"));
        assertEquals(4281L, locs.attributes().get("NROWS"));
        Hdf5Node meta = tree.root().find("/MetaData").orElseThrow();
        assertTrue(meta.isGroup());
        assertTrue(meta.children().isEmpty());
        assertEquals("GROUP", meta.attributes().get("CLASS"));

        Table t = table(r, "/Localizations");
        // [src] len(p['x']) == 4281
        assertEquals(4281, t.rowCount());
        assertEquals(List.of("A", "fitResults_z0", "fitResults_x0", "fitResults_y0", "fitError_A", "focus", "fitError_y0",
                "fitError_x0", "fitError_z0", "x", "y_raw", "fitResults_A", "x_raw", "error_x", "error_y", "error_z", "z_raw",
                "sig", "tIndex", "fitError_sigma", "y", "fitResults_sigma", "z", "t"), t.columnNames());
        for (Column c : t.columns()) {
            assertEquals(Column.Type.DOUBLE, c.type(), c.name() + " is float32");
        }
        // [src] image bounds (x0, y0, x1, y1, z0, z1) = min/max of x, y and z
        assertRange(t, "x", -686.9195, 80.27731);
        assertRange(t, "y", -597.1356, 47.10489);
        assertRange(t, "z", -265.4904, 232.2955);
        // [measured] t runs from 1 to 22112
        assertRange(t, "t", 1, 22112);
        assertEquals(852.3304, t.require("A").getDouble(0), 1e-4);
        assertEquals(-429.4938, t.require("y").getDouble(0), 1e-4);
    }

    @Test
    void picassoLocs() throws IOException {
        ImportResult r = read(TestData.file("picasso/testdata_locs.hdf5"));
        Hdf5Node node = tree(r).root().find("/locs").orElseThrow();
        assertEquals(List.of("frame", "x", "y", "photons", "sx", "sy", "bg", "lpx", "lpy", "net_gradient", "likelihood",
                "iterations"), node.dataset().fields().stream().map(Hdf5Node.Field::name).toList());
        assertEquals("uint32", node.dataset().fields().get(0).dtype());
        assertEquals("int32", node.dataset().fields().get(11).dtype());
        Table t = table(r, "/locs");
        assertEquals(564, t.rowCount());
        assertEquals(Column.Type.LONG, t.require("frame").type());
        assertEquals(Column.Type.LONG, t.require("iterations").type());
        // [measured] frame 11..990, x 5.348..25.661 px, y 5.242..25.712 px
        assertRange(t, "frame", 11, 990);
        assertRange(t, "x", 5.3482533, 25.66069);
        assertRange(t, "y", 5.241615, 25.711834);
        assertEquals(5788.1953, t.require("photons").getDouble(0), 1e-3);
        assertEquals(3, t.require("iterations").getDouble(0));
        assertEquals(15.486978, t.require("x").getDouble(563), 1e-6);
    }

    @Test
    void picassoMolecules() throws IOException {
        ImportResult r = read(TestData.file("picasso/testdata_mols.hdf5"));
        Table t = table(r, "/locs");
        assertEquals(4230, t.rowCount());
        assertEquals(18, t.columns().size());
        // [measured] x 155.22..328.21, y 149.27..307.38
        assertRange(t, "x", 155.22435, 328.2126);
        assertRange(t, "y", 149.27258, 307.38416);
        assertEquals(Column.Type.DOUBLE, t.require("frame").type(), "frame is float32 in this file");
        assertEquals(Column.Type.LONG, t.require("n").type());
        assertEquals(24, t.require("n").getDouble(0));
        assertEquals(10434, t.require("group").getDouble(4229));
    }

    @Test
    void lumicksBeadLocs() throws IOException {
        ImportResult r = read(TestData.file("lumicks_image_alignment/20231228-A_IRM_0.5_beads_locs.hdf5"));
        Table t = table(r, "/locs");
        assertEquals(12, t.rowCount());
        // [measured] all 12 locs in frame 0; first x=17.513, y=419.118; last x=566.371, y=210.217
        assertRange(t, "frame", 0, 0);
        assertEquals(17.513, t.require("x").getDouble(0), 1e-3);
        assertEquals(419.118, t.require("y").getDouble(0), 1e-3);
        assertEquals(566.371, t.require("x").getDouble(11), 1e-3);
        assertEquals(210.217, t.require("y").getDouble(11), 1e-3);
        assertFalse(t.columnNames().contains("likelihood"));
    }

    @Test
    void describeHoldsTheTreeForInfoJson() throws IOException {
        ImportResult r = read(TestData.file("picasso/testdata_locs.hdf5"));
        Map<String, Object> d = tree(r).describe();
        assertEquals(1, d.get("groupCount"));
        assertEquals(1, d.get("datasetCount"));
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) d.get("tree");
        assertEquals("/", root.get("path"));
        assertEquals("group", root.get("type"));
        @SuppressWarnings("unchecked")
        Map<String, Object> locs = (Map<String, Object>) Hdf5TestSupport.list(root.get("children")).get(0);
        assertEquals("/locs", locs.get("path"));
        assertEquals(List.of(564L), locs.get("shape"));
        assertEquals("compound", locs.get("dtype"));
        assertEquals("table", locs.get("opensAs"));
        assertEquals(12, Hdf5TestSupport.list(locs.get("fields")).size());
        // everything is JSON-compatible
        String json = org.fluorite.core.json.Json.write(d);
        assertTrue(json.contains("\"net_gradient\""), json);
    }

    private static void assertRange(Table t, String column, double min, double max) {
        double[] range = t.require(column).range();
        assertEquals(min, range[0], Math.max(1e-9, Math.abs(min) * 1e-6), column + " min");
        assertEquals(max, range[1], Math.max(1e-9, Math.abs(max) * 1e-6), column + " max");
    }
}
