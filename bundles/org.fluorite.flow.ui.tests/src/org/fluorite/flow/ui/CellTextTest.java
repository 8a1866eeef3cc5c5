package org.fluorite.flow.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Frame;
import org.junit.jupiter.api.Test;

/** ViewTransmission's cell texts for every column type. */
class CellTextTest {

    @Test
    void everyColumnType() {
        assertEquals("x", CellText.of(FlowColumn.ofText("t", new String[] {"x", null}), 0));
        assertEquals("", CellText.of(FlowColumn.ofText("t", new String[] {"x", null}), 1));
        assertEquals("42", CellText.of(FlowColumn.ofLongs("l", "", new long[] {42}), 0));
        assertEquals("0.333333", CellText.of(FlowColumn.ofDoubles("d", "", new double[] {1.0 / 3}), 0));
        assertEquals("[5] 1.00000, 2.00000, 3.00000, 4.00000, ...",
                CellText.of(FlowColumn.ofArrays("a", "", new double[][] {{1, 2, 3, 4, 5}}), 0));
        assertEquals("[2] 1.00000, 2.00000", CellText.of(FlowColumn.ofArrays("a", "", new double[][] {{1, 2}}), 0));
        UUID u = UUID.fromString("12345678-1234-1234-1234-123456789abc");
        assertEquals(u.toString(), CellText.of(FlowColumn.ofUuids("u", new UUID[] {u}), 0));
        Frame nested = Frame.of(FlowColumn.ofLongs("peak", "", new long[] {3, 9}));
        assertEquals("(2 rows: peak)", CellText.of(FlowColumn.ofTables("p", new Frame[] {nested}), 0));
    }
}
