package org.fluorite.flow.nodes.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.flow.HistoryOperation;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.node.NodeConfigurationException;
import org.fluorite.flow.node.NoSettings;
import org.junit.jupiter.api.Test;

/** Each data node on small transmissions, with its outputs and history entry asserted. */
class DataNodesTest {

    @Test
    void spliceArraysSlicesAsPython() throws Exception {
        Transmission in = Run.four(Run.BLOCK);
        SpliceArraysFactory f = new SpliceArraysFactory();
        Transmission t = Run.transmission(f, new SpliceArraysFactory.Settings("_RAW_CURVE", "1:3"), in);
        double[][] out = t.column(SpliceArraysFactory.OUTPUT).arrays();
        assertArrayEquals(new double[] {2, 3}, out[0]);
        assertArrayEquals(new double[] {2, 2}, out[1]);
        assertNull(out[2]);
        assertArrayEquals(new double[] {4, 0}, out[3]);
        HistoryOperation op = t.historyOfRow(0).get(1);
        assertEquals("splice_arrays", op.name());
        assertEquals(Map.of("data_column", "_RAW_CURVE", "start_ix", 1L, "end_ix", 3L, "units", "time"), op.parameters());
        assertEquals("data.SpliceArrays", op.nodeId());
        assertEquals(SpliceArraysFactory.OUTPUT, t.lastOutput());
        double[] a = {1, 2, 3, 4, 5};
        // a[-2:], a[:-3], a[3:1], a[-10:10], a[:]
        assertArrayEquals(new double[] {4, 5}, SpliceArraysFactory.slice(a, -2, null));
        assertArrayEquals(new double[] {1, 2}, SpliceArraysFactory.slice(a, null, -3));
        assertArrayEquals(new double[0], SpliceArraysFactory.slice(a, 3, 1));
        assertArrayEquals(a, SpliceArraysFactory.slice(a, -10, 10));
        assertArrayEquals(a, SpliceArraysFactory.slice(a, null, null));
        assertEquals("Indices must be start_ix:end_ix (e.g. 0:2990), not '5'",
                Run.configureError(f, new SpliceArraysFactory.Settings("_RAW_CURVE", "5"), in));
        assertEquals("Column 'cell_type' holds text, this node needs array",
                Run.configureError(f, new SpliceArraysFactory.Settings("cell_type", "0:2"), in));
    }

    @Test
    void textFilterIncludesAndExcludesExactValues() throws Exception {
        Transmission in = Run.four(Run.BLOCK);
        TextFilterFactory f = new TextFilterFactory();
        Transmission inc = Run.transmission(f, new TextFilterFactory.Settings("cell_type", "palp", TextFilterFactory.Mode.INCLUDE), in);
        assertArrayEquals(new double[] {1, 4}, inc.column("_area").doubles());
        Transmission exc = Run.transmission(f, new TextFilterFactory.Settings("cell_type", "palp", TextFilterFactory.Mode.EXCLUDE), in);
        assertArrayEquals(new String[] {"atena", null}, exc.column("cell_type").texts());
        Transmission none = Run.transmission(f, new TextFilterFactory.Settings("cell_type", "None", TextFilterFactory.Mode.INCLUDE), in);
        assertEquals(1, none.rowCount());
        assertEquals(3.0, none.column("_area").doubles()[0]);
        Transmission partial = Run.transmission(f, new TextFilterFactory.Settings("cell_type", "pal", TextFilterFactory.Mode.INCLUDE), in);
        assertEquals(0, partial.rowCount());
        HistoryOperation op = exc.historyOfRow(0).get(1);
        assertEquals("text_filter", op.name());
        assertEquals(Map.of("column", "cell_type", "filter", "palp", "include", false, "exclude", true), op.parameters());
        assertEquals("Column '_area' holds double, this node needs text or uuid",
                Run.configureError(f, new TextFilterFactory.Settings("_area", "1", TextFilterFactory.Mode.INCLUDE), in));
    }

    @Test
    void dropNaFollowsPandas() throws Exception {
        Transmission in = Run.four(Run.BLOCK);
        DropNaFactory f = new DropNaFactory();
        Transmission anyRow = Run.transmission(f, new DropNaFactory.Settings("row", DropNaFactory.How.ANY), in);
        // row 1 has NaN area, row 2 no cell type and no curve; row 3's curve holds a NaN element, which is a value
        assertArrayEquals(new double[] {1, 4}, anyRow.column("_area").doubles());
        Transmission allRow = Run.transmission(f, new DropNaFactory.Settings("row", DropNaFactory.How.ALL), in);
        assertEquals(4, allRow.rowCount());
        Transmission cols = Run.transmission(f, new DropNaFactory.Settings("columns", DropNaFactory.How.ANY), in);
        assertEquals(List.of(Transmission.SAMPLING_RATE, Transmission.BLOCK), cols.frame().columnNames());
        Transmission colsAll = Run.transmission(f, new DropNaFactory.Settings("columns", DropNaFactory.How.ALL), in);
        assertEquals(5, colsAll.frame().columns().size());
        Transmission byCol = Run.transmission(f, new DropNaFactory.Settings(Transmission.RAW_CURVE, DropNaFactory.How.ANY), in);
        assertArrayEquals(new String[] {"palp", "atena", "palp"}, byCol.column("cell_type").texts());
        Map<String, Object> expected = new HashMap<>();
        expected.put("axis", Transmission.RAW_CURVE);
        expected.put("how", null);
        assertEquals(expected, byCol.historyOfRow(0).get(1).parameters());
        assertEquals(Map.of("axis", 0L, "how", "any"), anyRow.historyOfRow(0).get(1).parameters());
        assertTrue(Run.configureError(f, new DropNaFactory.Settings("nope", DropNaFactory.How.ANY), in).startsWith("There is no column 'nope'"));
    }

    @Test
    void normRawScalesToTheRawRange() throws Exception {
        Transmission in = Run.four(Run.BLOCK)
                .withColumn(org.fluorite.flow.FlowColumn.ofDoubles("_raw_min_top_5p", "", new double[] {10, 0, 0, 5}))
                .withColumn(org.fluorite.flow.FlowColumn.ofDoubles("_raw_max_top_5p", "", new double[] {20, 1, 1, 5}));
        NormRawFactory f = new NormRawFactory();
        ExecutionContext ctx = ExecutionContext.simple(f.id());
        Transmission t = (Transmission) Run.all(f, new NormRawFactory.Settings(NormRawFactory.Option.TOP_5P), ctx, List.of(in)).get(0);
        // row 2 (no curve) and row 3 (min == max) are excluded
        assertEquals(2, t.rowCount());
        double[][] out = t.column(NormRawFactory.OUTPUT).arrays();
        assertArrayEquals(new double[] {10, 12.5, 15, 17.5, 20}, out[0], 1e-12);
        assertArrayEquals(new double[] {0, 0, 0}, out[1], 0); // a flat curve goes to the raw minimum
        assertEquals(List.of("2 curves were excluded because their raw min was not below their raw max"), ctx.warnings());
        assertEquals(Map.of("data_column", "_RAW_CURVE", "option", "top_5p", "output_column", "_NORMRAW", "raw_range_from", "columns"),
                t.historyOfRow(0).get(1).parameters());
        double[] nan = NormRawFactory.scale(new double[] {Double.NaN, 4, 0}, 1, 3);
        assertTrue(Double.isNaN(nan[0]));
        assertArrayEquals(new double[] {3, 1}, Arrays.copyOfRange(nan, 1, 3), 1e-15);
        assertEquals("NormRaw needs the columns _raw_min_top_10 and _raw_max_top_10, or SampleID and ROI_UUID to read them from the"
                + " project's movies", Run.configureError(f, new NormRawFactory.Settings(NormRawFactory.Option.TOP_10), in));
        assertEquals("columns", t.historyOfRow(0).get(1).parameters().get("raw_range_from"));
    }

    /** Mesmerize's raw statistics (mean of the top k with numpy's partition), worked by hand. */
    @Test
    void rawRangeStatisticsAsMesmerize() {
        double[] hundred = new double[100];
        for (int i = 0; i < 100; i++) {
            hundred[(i * 37) % 100] = i + 1; // 1..100 shuffled
        }
        assertEquals(98.0, RawRange.of(hundred, NormRawFactory.Option.TOP_5));
        assertEquals(95.5, RawRange.of(hundred, NormRawFactory.Option.TOP_10));
        assertEquals(98.0, RawRange.of(hundred, NormRawFactory.Option.TOP_5P)); // int(100 * 0.05) = 5
        assertEquals(95.5, RawRange.of(hundred, NormRawFactory.Option.TOP_10P));
        assertEquals(88.0, RawRange.of(hundred, NormRawFactory.Option.TOP_25P));
        assertEquals(50.5, RawRange.of(hundred, NormRawFactory.Option.FULL_MEAN));
        double[] seven = {7, 1, 6, 2, 5, 3, 4};
        assertEquals(5.0, RawRange.of(seven, NormRawFactory.Option.TOP_5));
        assertEquals(4.0, RawRange.of(seven, NormRawFactory.Option.TOP_10), "fewer than 10 pixels: all of them");
        assertEquals(4.0, RawRange.of(seven, NormRawFactory.Option.TOP_5P), "int(7 * 0.05) = 0: numpy's [-0:] takes every pixel");
        assertTrue(Double.isNaN(RawRange.of(new double[0], NormRawFactory.Option.TOP_5)));
        assertEquals(2, ProjectRawRanges.argExtreme(new double[] {1, 3, 5, 5}, true));
        assertEquals(0, ProjectRawRanges.argExtreme(new double[] {1, 3, 1}, false));
    }

    @Test
    void mergeNodeKeepsBlocksAndLogsTheMerge() throws Exception {
        MergeFactory f = new MergeFactory();
        Transmission a = Run.four(Run.BLOCK);
        Transmission b = Run.four(Run.BLOCK2).selectRows(new int[] {0});
        Transmission m = (Transmission) Run.all(f, NoSettings.INSTANCE, ExecutionContext.simple(f.id()), List.of(a, b)).get(0);
        assertEquals(5, m.rowCount());
        assertEquals(List.of("spawn_transmission", "merge"), m.history().operationNames(Run.BLOCK));
        assertEquals(List.of("spawn_transmission", "merge"), m.history().operationNames(Run.BLOCK2));
        assertEquals(2L, m.history().parameters(Run.BLOCK2, "merge").orElseThrow().get("transmissions"));
        assertEquals(Run.BLOCK2, m.blockOf(4));
        NodeConfigurationException e = assertThrows(NodeConfigurationException.class,
                () -> f.create(NoSettings.INSTANCE).configure(new org.fluorite.flow.node.Inputs<>(List.of(List.of()))));
        assertEquals("Connect at least one transmission to the In terminal", e.getMessage());
    }

    @Test
    @SuppressWarnings("unchecked")
    void viewNodesDescribeTheirInput() throws Exception {
        Transmission in = Run.four(Run.BLOCK);
        Map<String, Object> v = (Map<String, Object>) Run.one(new ViewTransmissionFactory(), new ViewTransmissionFactory.Settings(2), in);
        assertEquals(4, v.get("rowCount"));
        List<Map<String, Object>> rows = (List<Map<String, Object>>) v.get("rows");
        assertEquals(2, rows.size());
        assertEquals("atena", rows.get(1).get("cell_type"));
        assertEquals("NaN", rows.get(1).get("_area"));
        assertEquals(Map.of("length", 5, "first", List.of(1.0, 2.0, 3.0, 4.0, 5.0)), rows.get(0).get(Transmission.RAW_CURVE));
        assertEquals(Run.BLOCK.toString(), rows.get(0).get(Transmission.BLOCK));
        Map<String, Object> h = (Map<String, Object>) Run.one(new ViewHistoryFactory(), NoSettings.INSTANCE, in);
        Map<String, Object> blocks = (Map<String, Object>) h.get("blocks");
        List<Map<String, Object>> ops = (List<Map<String, Object>>) blocks.get(Run.BLOCK.toString());
        assertEquals("spawn_transmission", ops.get(0).get("name"));
        assertEquals(Map.of("sub_dataframe_name", "root"), ops.get(0).get("parameters"));
        assertEquals(Map.of(Run.BLOCK.toString(), 4L), h.get("rowsPerBlock"));
        org.fluorite.core.json.Json.write(v); // both views are JSON-compatible
        org.fluorite.core.json.Json.write(h);
    }
}
