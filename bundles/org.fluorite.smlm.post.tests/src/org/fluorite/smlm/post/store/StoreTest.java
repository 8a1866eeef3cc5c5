package org.fluorite.smlm.post.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fluorite.core.json.Json;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportException;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fluorite's localization HDF5 layout: round trip, importer, and what h5py reads from it. */
class StoreTest {

    static final String BUNDLE = "org.fluorite.smlm.post.tests";

    static void assertSameColumns(Table expected, Table actual) {
        assertEquals(expected.columnNames(), actual.columnNames());
        for (Column c : expected.columns()) {
            assertEquals(c, actual.require(c.name()), c.name());
        }
    }

    @Test
    void roundTripKeepsColumnsTypesUnitsMetadataAndProvenance(@TempDir Path dir) throws Exception {
        Table t = StoreFixture.table();
        Path f = dir.resolve("locs.h5");
        LocalizationHdf5.write(t, f);
        Table back = LocalizationHdf5.read(f);
        assertSameColumns(t, back);
        assertEquals("fixture", back.name());
        assertEquals("localizations", back.kind());
        assertEquals(150.0, back.metadata().number("pixelSizeNm").getAsDouble(), 0);
        assertEquals(2, back.provenance().operations().size());
        assertEquals("smlm.localize", back.provenance().operations().get(0).name());
        assertEquals("import.localizations-hdf5", back.provenance().operations().get(1).name());
        assertEquals(f.toString(), back.provenance().operations().get(1).parameters().get("file"));
        assertEquals(Column.Type.LONG, back.require("frame").type());
        assertEquals("odd µ", back.require("note").getText(1));
        assertEquals("nm", back.require("x").unit());
        assertEquals("", back.require("id").unit());
    }

    @Test
    void importerFindsTheLayoutAndLeavesOtherHdf5Files(@TempDir Path dir) throws Exception {
        LocalizationHdf5Importer imp = new LocalizationHdf5Importer();
        Path fixture = TestData.fixture(BUNDLE, "fluorite_locs_v1.h5");
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(fixture), 512);
        assertTrue(imp.matchesMagic(head, "fluorite_locs_v1.h5"));
        assertTrue(imp.sniff(fixture));
        assertFalse(imp.sniff(TestData.file("picasso/testdata_locs.hdf5")));
        ImportResult r = imp.read(fixture, ImportOptions.NONE, ProgressMonitor.NONE);
        Table t = (Table) r.data().get(0);
        assertSameColumns(StoreFixture.table(), t);
        Map<String, Object> d = t.describe();
        assertEquals(50, d.get("rowCount"));
        ImportException e = assertThrows(ImportException.class,
                () -> imp.read(TestData.file("picasso/testdata_locs.hdf5"), ImportOptions.NONE, ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("testdata_locs.hdf5"), e.getMessage());
        // the exporter writes the same layout
        Path out = dir.resolve("exported.h5");
        new LocalizationHdf5Exporter().export(t, out, ImportOptions.NONE, ProgressMonitor.NONE);
        assertSameColumns(t, LocalizationHdf5.read(out));
    }

    /**
     * What h5py and pandas read from the committed fixture, recorded once by
     * scripts/read_with_h5py.py in resources/fluorite_locs_v1.h5py.json: the same columns,
     * values, dtypes and attributes as Fluorite wrote.
     */
    @Test
    void h5pyReadsTheSameTable() throws Exception {
        Map<?, ?> py = (Map<?, ?>) Json.parse(Files.readString(TestData.fixture(BUNDLE, "fluorite_locs_v1.h5py.json")));
        Table t = StoreFixture.table();
        assertEquals("localizations", py.get("fluorite_layout"));
        assertEquals(1L, ((Number) py.get("layout_version")).longValue());
        assertEquals(t.columnNames(), py.get("columns"));
        Map<?, ?> dtypes = (Map<?, ?>) py.get("dtypes");
        assertEquals("float64", dtypes.get("x"));
        assertEquals("int64", dtypes.get("frame"));
        assertTrue(String.valueOf(dtypes.get("note")).startsWith("|S"), String.valueOf(dtypes.get("note")));
        Map<?, ?> units = (Map<?, ?>) py.get("units");
        assertEquals("nm", units.get("x"));
        Map<?, ?> values = (Map<?, ?>) py.get("values");
        for (String c : List.of("frame", "x", "y", "photons", "uncertainty", "id")) {
            List<?> v = (List<?>) values.get(c);
            double[] expected = t.require(c).toDoubles();
            double[] actual = v.stream().mapToDouble(o -> ((Number) o).doubleValue()).toArray();
            assertArrayEquals(expected, actual, 0, c);
        }
        List<?> notes = (List<?>) values.get("note");
        assertEquals("odd µ", notes.get(1));
        assertEquals(50L, ((Number) py.get("pandas_rows")).longValue());
        assertEquals(50L, ((Number) py.get("row_count")).longValue());
        assertEquals("", units.get("frame"));
        assertEquals("smlm.localize", ((Map<?, ?>) ((List<?>) Json.parse((String) py.get("provenance"))).get(0)).get("operation"));
    }

    /** A file written with h5py following the documented layout (scripts/write_with_h5py.py). */
    @Test
    void aFileWrittenByH5pyOpens() throws Exception {
        Path f = TestData.fixture(BUNDLE, "python_written_v1.h5");
        assertTrue(new LocalizationHdf5Importer().sniff(f));
        Table t = LocalizationHdf5.read(f);
        assertEquals("from python", t.name());
        assertEquals(20, t.rowCount());
        assertEquals(List.of("frame", "x", "y", "photons"), t.columnNames());
        assertEquals(Column.Type.LONG, t.require("frame").type());
        assertEquals(5, t.require("frame").getDouble(19), 0);
        assertEquals(100 + 12.5 * 19, t.require("x").getDouble(19), 0);
        assertEquals(2000 - 7.25 * 19, t.require("y").getDouble(19), 0);
        assertEquals(500 + 50 * 19, t.require("photons").getDouble(19), 0);
        assertEquals("nm", t.require("x").unit());
        assertEquals("photon", t.require("photons").unit());
        assertEquals("h5py", t.metadata().get("writer"));
        assertEquals(1, t.provenance().operations().size());
    }

    @Test
    void aTableWithoutRowsKeepsItsColumns(@TempDir Path dir) throws Exception {
        Table t = StoreFixture.table().selectRows(new int[0]);
        Path f = dir.resolve("empty.h5");
        LocalizationHdf5.write(t, f);
        Table back = LocalizationHdf5.read(f);
        assertEquals(0, back.rowCount());
        assertSameColumns(t, back);
    }

    @Test
    void columnNamesThatCannotBeDatasetsAreRefused(@TempDir Path dir) {
        Table t = Table.of("bad", "localizations", List.of(Column.ofDoubles("a/b", "", new double[] {1})));
        assertThrows(IllegalArgumentException.class, () -> LocalizationHdf5.write(t, dir.resolve("bad.h5")));
    }
}
