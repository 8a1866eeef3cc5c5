package org.fluorite.flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.fluorite.core.meta.Metadata;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Table;
import org.junit.jupiter.api.Test;

/** Core tables to transmissions (project tabs) and back (scalar columns). */
class TablesTest {

    @Test
    void aTableWithCurvesBecomesOneBlock() {
        Table tab = Table.of("tab", List.of(Column.ofText("SampleID", new String[] {"a-_-1", "b-_-1"}),
                Column.ofText("ROI_UUID", new String[] {"00000000-0000-0000-0000-00000000000a", "00000000-0000-0000-0000-00000000000b"}),
                Column.ofText("ImgUUID", new String[] {"not-a-uuid", "x"}), Column.ofLongs("stage", "", new long[] {48, 72}),
                Column.ofDoubles("dose", "mg", new double[] {0.5, Double.NaN})));
        Transmission t = Tables.spawn(tab, new double[][] {{1, 2}, {3}}, new double[] {5, 2.5},
                HistoryOperation.of("data.LoadProjDF", "spawn_transmission", Map.of("sub_dataframe_name", "tab")), Metadata.EMPTY);
        assertEquals(ColumnType.UUID, t.column("ROI_UUID").type());
        assertEquals(ColumnType.TEXT, t.column("ImgUUID").type(), "not every value is a UUID");
        assertArrayEquals(new long[] {48, 72}, t.column("stage").longs());
        assertEquals("mg", t.column("dose").unit());
        assertArrayEquals(new double[] {3}, t.column(Transmission.RAW_CURVE).arrays()[1]);
        assertArrayEquals(new double[] {5, 2.5}, t.column(Transmission.SAMPLING_RATE).doubles());
        assertEquals(Transmission.RAW_CURVE, t.lastOutput());
        assertEquals(List.of("spawn_transmission"), t.history().operationNames(t.blockOf(1)));
        assertThrows(IllegalArgumentException.class, () -> Tables.spawn(tab, new double[1][], new double[2],
                HistoryOperation.of("", "x", Map.of()), Metadata.EMPTY));

        Table back = Tables.toTable(t, "out");
        assertEquals(List.of("SampleID", "ROI_UUID", "ImgUUID", "stage", "dose", Transmission.SAMPLING_RATE, Transmission.BLOCK),
                back.columnNames());
        assertEquals("00000000-0000-0000-0000-00000000000b", back.require("ROI_UUID").getText(1));
        assertEquals(72.0, back.require("stage").getDouble(1));
    }
}
