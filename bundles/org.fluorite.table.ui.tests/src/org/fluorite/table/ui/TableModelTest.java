package org.fluorite.table.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fluorite.core.table.Column;
import org.fluorite.core.table.Table;
import org.fluorite.roi.EllipseRoi;
import org.fluorite.roi.MaskRoi;
import org.fluorite.roi.RectangleRoi;
import org.fluorite.roi.RoiProperties;
import org.fluorite.roi.RoiSet;
import org.fluorite.roi.VertexRoi;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;

/** Sorting, cell text, CSV export, ticks and ROI tables, without a display. */
class TableModelTest {

    static Table small() {
        return Table.of("small", List.of(Column.ofLongs("id", "", new long[] {3, 1, 2, 1}),
                Column.ofDoubles("x", "nm", new double[] {0.5, Double.NaN, -2, 0.1f}),
                Column.ofText("label", new String[] {"c", "a, quoted \"b\"", "b", "d"})));
    }

    @Test
    void sortsStablyWithNaNLastBothWays() {
        TableModel m = new TableModel(small());
        assertEquals("x [nm]", m.header(1));
        m.sort(0, true);
        assertArrayEquals(new int[] {1, 3, 2, 0}, rows(m), "equal ids keep file order");
        m.sort(1, true);
        assertArrayEquals(new int[] {2, 3, 0, 1}, rows(m));
        m.sort(1, false);
        assertArrayEquals(new int[] {0, 3, 2, 1}, rows(m), "NaN stays last when descending");
        m.sort(2, true);
        assertEquals("a, quoted \"b\"", m.text(0, 2));
        m.sort(-1, true);
        assertArrayEquals(new int[] {0, 1, 2, 3}, rows(m));
    }

    @Test
    void cellTextIsShortAndFaithful() {
        TableModel m = new TableModel(small());
        assertEquals("0.1", m.text(3, 1), "a float32 value shows as the float's decimal");
        assertEquals("-2", m.text(2, 1));
        assertEquals("NaN", m.text(1, 1));
        assertEquals("0.30000000000000004", CellFormat.number(0.1 + 0.2), "a double keeps all its digits");
        assertEquals("5.618027", CellFormat.number(5.618027f));
    }

    @Test
    void csvExportQuotesAndFollowsSortOrder() throws Exception {
        TableModel m = new TableModel(small());
        m.sort(1, true);
        Path dir = TestData.tempDir("csv");
        Path out = dir.resolve("small.csv");
        assertEquals(4, CsvExport.write(m, out));
        List<String> lines = Files.readAllLines(out);
        assertEquals(List.of("id,x [nm],label", "2,-2,b", "1,0.1,d", "3,0.5,c", "1,NaN,\"a, quoted \"\"b\"\"\""), lines);
        try (var left = Files.list(dir)) {
            assertEquals(List.of(out), left.toList(), "no temporary file is left behind");
        }
        Files.delete(out);
        Files.delete(dir);
    }

    @Test
    void niceTicks() {
        assertEquals(List.of(0.0, 100.0, 200.0, 300.0, 400.0, 500.0), Ticks.values(0, 563, 6));
        assertEquals(2.0, Ticks.step(5.348, 25.661, 8));
        assertEquals(List.of(6.0, 8.0, 10.0, 12.0, 14.0, 16.0, 18.0, 20.0, 22.0, 24.0), Ticks.values(5.348, 25.661, 8));
        assertEquals("0.25", Ticks.label(0.25, 0.05));
        assertEquals("-1.0", Ticks.label(-1, 0.5));
        assertEquals("1.50e-07", Ticks.label(1.5e-7, 1e-8));
        assertEquals(List.of(3.0), Ticks.values(3, 3, 5));
    }

    @Test
    void roiSetAsTable() {
        RoiSet set = new RoiSet("rois", List.of(
                new RectangleRoi(RoiProperties.named("rectangle"), 43, 19, 43, 36, 0),
                EllipseRoi.oval(RoiProperties.named("oval"), 97, 58, 34, 37),
                new VertexRoi(RoiProperties.named("polygon"), VertexRoi.Shape.POLYGON, new double[] {69, 76, 162},
                        new double[] {93, 138, 125}),
                new MaskRoi(new RoiProperties("cell 1", -1, 0, Map.of(), 0, 0, 0), new int[] {5, 6, 6}, new int[] {7, 7, 8},
                        new float[] {1, 0.5f, 0.25f})));
        Table t = RoiTables.of(set);
        assertEquals("rois", t.kind());
        assertEquals(List.of("name", "type", "left", "top", "width", "height", "points"), t.columnNames());
        TableModel m = new TableModel(t);
        assertArrayEquals(new String[] {"rectangle", "rectangle", "43", "19", "43", "36", "0"}, m.rowTexts(0));
        assertArrayEquals(new String[] {"oval", "oval", "97", "58", "34", "37", "0"}, m.rowTexts(1));
        assertArrayEquals(new String[] {"polygon", "polygon", "69", "93", "93", "45", "3"}, m.rowTexts(2));
        assertArrayEquals(new String[] {"cell 1", "mask", "5", "7", "2", "2", "3"}, m.rowTexts(3));
        assertEquals("left [px]", m.header(2));
    }

    private static int[] rows(TableModel m) {
        int[] out = new int[m.rowCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = m.tableRow(i);
        }
        return out;
    }
}
