package org.fluorite.flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Data blocks and their histories through chains of operations, row selections and merges. */
class TransmissionHistoryTest {

    private static final HistoryOperation SPLICE = HistoryOperation.of("data.SpliceArrays", "splice_arrays",
            Map.of("data_column", "_RAW_CURVE", "start_ix", 0, "end_ix", 3, "units", "time"));
    private static final HistoryOperation NORMALIZE = HistoryOperation.of("signal.Normalize", "normalize",
            Map.of("data_column", "_SPLICE_ARRAYS", "units", "time"));

    @Test
    void spawnMakesOneBlockWithItsOrigin() {
        Transmission t = Samples.three(Samples.BLOCK_A);
        assertEquals(3, t.rowCount());
        assertEquals(Set.of(Samples.BLOCK_A), t.history().blocks());
        for (int r = 0; r < 3; r++) {
            assertEquals(Samples.BLOCK_A, t.blockOf(r));
        }
        assertEquals(List.of("spawn_transmission"), t.history().operationNames(Samples.BLOCK_A));
        assertEquals("neuronal", t.historyOfRow(1).get(0).parameters().get("sub_dataframe_name"));
        assertEquals(10.0, t.samplingRateHz().getAsDouble());
    }

    @Test
    void chainOfOperationsIsLoggedInOrderWithParameters() {
        Transmission t = Samples.three(Samples.BLOCK_A);
        double[][] spliced = {{1, 2, 3}, {5, 4, 3}, {0, 1, 0}};
        Transmission t1 = t.withOutput(FlowColumn.ofArrays("_SPLICE_ARRAYS", "", spliced), "time", SPLICE);
        Transmission t2 = t1.withOutput(FlowColumn.ofArrays("_NORMALIZE", "", spliced), "time", NORMALIZE);
        assertEquals(List.of("spawn_transmission", "splice_arrays", "normalize"), t2.history().operationNames(Samples.BLOCK_A));
        assertEquals(3L, ((Number) t2.history().parameters(Samples.BLOCK_A, "splice_arrays").orElseThrow().get("end_ix")).longValue());
        assertEquals("_NORMALIZE", t2.lastOutput());
        assertEquals("time", t2.lastUnit());
        // copy-on-write: the earlier transmissions are unchanged and share the unchanged arrays
        assertEquals(List.of("spawn_transmission"), t.history().operationNames(Samples.BLOCK_A));
        assertTrue(!t.frame().has("_SPLICE_ARRAYS"));
        assertSame(t.column(Transmission.RAW_CURVE).arrays()[0], t2.column(Transmission.RAW_CURVE).arrays()[0]);
    }

    @Test
    void mergeKeepsEachBlocksHistory() {
        Transmission a = Samples.three(Samples.BLOCK_A).withOperation(SPLICE);
        Transmission b = Samples.three(Samples.BLOCK_B).withOperation(NORMALIZE);
        Transmission m = Transmission.merge(List.of(a, b));
        assertEquals(6, m.rowCount());
        assertEquals(List.of(Samples.BLOCK_A, Samples.BLOCK_B), List.copyOf(m.history().blocks()));
        assertEquals(List.of("spawn_transmission", "splice_arrays"), m.history().operationNames(Samples.BLOCK_A));
        assertEquals(List.of("spawn_transmission", "normalize"), m.history().operationNames(Samples.BLOCK_B));
        assertEquals(Samples.BLOCK_A, m.blockOf(2));
        assertEquals(Samples.BLOCK_B, m.blockOf(3));
        // operations after the merge go to both blocks
        Transmission after = m.withOperation(HistoryOperation.of("math.ZScore", "zscore", Map.of()));
        assertEquals("zscore", after.historyOfRow(0).get(2).name());
        assertEquals("zscore", after.historyOfRow(5).get(2).name());
        assertArrayEquals(new double[] {0, 1, 0, 1}, m.column(Transmission.RAW_CURVE).arrays()[5]);
    }

    @Test
    void mergingTwoBranchesOfOneBlockKeepsBothHistories() {
        Transmission source = Samples.three(Samples.BLOCK_A);
        Transmission left = source.withOperation(SPLICE);
        Transmission right = source.withOperation(NORMALIZE);
        Transmission m = Transmission.merge(List.of(left, right));
        assertEquals(2, m.history().blocks().size());
        UUID renamed = m.blockOf(3);
        assertNotEquals(Samples.BLOCK_A, renamed);
        assertEquals(List.of("spawn_transmission", "splice_arrays"), m.history().operationNames(Samples.BLOCK_A));
        assertEquals(List.of("spawn_transmission", "normalize", "rename_block"), m.history().operationNames(renamed));
        assertEquals(Samples.BLOCK_A.toString(), m.history().parameters(renamed, "rename_block").orElseThrow().get("from_block"));
        // the same branch merged with itself stays one block
        Transmission same = Transmission.merge(List.of(left, left));
        assertEquals(Set.of(Samples.BLOCK_A), same.history().blocks());
        assertEquals(6, same.rowCount());
    }

    @Test
    void mergeFillsColumnsMissingOnOneSide() {
        Transmission a = Samples.three(Samples.BLOCK_A).withColumn(FlowColumn.ofDoubles("_X", "", new double[] {1, 2, 3}));
        Transmission b = Samples.three(Samples.BLOCK_B);
        Transmission m = Transmission.merge(List.of(a, b));
        assertArrayEquals(new double[] {1, 2, 3, Double.NaN, Double.NaN, Double.NaN}, m.column("_X").doubles());
        FlowColumn bad = FlowColumn.ofText("_X", new String[] {"a", "b", "c"});
        assertThrows(IllegalArgumentException.class, () -> Transmission.merge(List.of(a, b.withColumn(bad))));
    }

    @Test
    void selectingRowsDropsBlocksWithoutRows() {
        Transmission m = Transmission.merge(List.of(Samples.three(Samples.BLOCK_A), Samples.three(Samples.BLOCK_B)));
        Transmission onlyB = m.selectRows(new int[] {4, 5});
        assertEquals(Set.of(Samples.BLOCK_B), onlyB.history().blocks());
        assertArrayEquals(new long[] {1, 2}, onlyB.column("roi_index").longs());
    }

    @Test
    void historyJsonRoundTrip() {
        Transmission m = Transmission.merge(List.of(Samples.three(Samples.BLOCK_A).withOperation(SPLICE), Samples.three(Samples.BLOCK_B)));
        HistoryTrace back = HistoryTrace.fromJson(m.history().toJson());
        assertEquals(m.history(), back);
        assertEquals("_RAW_CURVE", back.history(Samples.BLOCK_A).get(1).parameters().get("data_column"));
        assertEquals("data.SpliceArrays", back.history(Samples.BLOCK_A).get(1).nodeId());
    }

    @Test
    @SuppressWarnings("unchecked")
    void describeListsColumnsAndBlocks() {
        Transmission m = Transmission.merge(List.of(Samples.three(Samples.BLOCK_A), Samples.three(Samples.BLOCK_B).withOperation(SPLICE)));
        Map<String, Object> d = m.describe();
        assertEquals(6, d.get("rowCount"));
        List<Map<String, Object>> cols = (List<Map<String, Object>>) d.get("columns");
        assertEquals("_RAW_CURVE", cols.get(3).get("name"));
        assertEquals("array", cols.get(3).get("type"));
        assertEquals("uuid", cols.get(cols.size() - 1).get("type"));
        List<Map<String, Object>> blocks = (List<Map<String, Object>>) d.get("blocks");
        assertEquals(Samples.BLOCK_B.toString(), blocks.get(1).get("id"));
        assertEquals(3, blocks.get(1).get("rows"));
        assertEquals(List.of("spawn_transmission", "splice_arrays"), blocks.get(1).get("operations"));
        assertEquals("transmission", m.kind());
    }
}
