package org.fluorite.flow.nodes.biology.nodes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fluorite.core.meta.Metadata;
import org.fluorite.flow.ColumnType;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Frame;
import org.fluorite.flow.HistoryOperation;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.node.DataSpec;
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.node.Inputs;
import org.fluorite.flow.node.NodeConfigurationException;
import org.fluorite.flow.node.NodeFactory;
import org.fluorite.flow.nodes.biology.numerics.DeltaFOverF;
import org.fluorite.flow.nodes.biology.numerics.StimulusExtraction;
import org.fluorite.flow.nodes.biology.numerics.StimulusPeriod;
import org.fluorite.flow.nodes.biology.numerics.StimulusTuning;
import org.junit.jupiter.api.Test;

/** The Biology nodes on a two-ROI transmission with stimulus maps. */
class BiologyNodesTest {

    static Transmission sample(UUID block) {
        double[] a = new double[40];
        double[] b = new double[40];
        for (int i = 0; i < 40; i++) {
            a[i] = 10 + i;
            b[i] = 20 + (i >= 10 && i < 20 ? 5 : 0);
        }
        Frame maps = StimulusMaps.table(List.of("light", "light", "odour"),
                List.of(new StimulusPeriod("red", 10, 20), new StimulusPeriod("blue", 25, 30), new StimulusPeriod("vanilla", 0, 5)));
        Frame f = Frame.of(FlowColumn.ofText("cell_type", new String[] {"palp", "atena"}),
                FlowColumn.ofArrays(Transmission.RAW_CURVE, "", new double[][] {a, b}),
                FlowColumn.ofArrays("_CNMF_BACKGROUND", "", new double[][] {a.clone(), b.clone()}),
                FlowColumn.ofTables(StimulusMaps.COLUMN, new Frame[] {maps, maps}));
        return Transmission.spawn(f, block, HistoryOperation.of("", "spawn_transmission", Map.of()),
                Metadata.EMPTY.with(Transmission.LAST_OUTPUT, Transmission.RAW_CURVE));
    }

    static Transmission run(NodeFactory f, Record s, Transmission in) throws Exception {
        return (Transmission) f.create(s).execute(Inputs.of(in), ExecutionContext.simple(f.id())).get(0);
    }

    @Test
    void staticDfOverF() throws Exception {
        Transmission out = run(new StaticDFoFoFactory(), StaticDFoFoFactory.Settings.DEFAULTS, sample(UUID.randomUUID()));
        assertEquals(0.25, out.column("_STATIC_DF_O_F").arrays()[1][12], 1e-15);
        assertEquals("static_df_o_f", out.historyOfRow(1).get(1).name());
    }

    @Test
    void extractStimGivesOneRowPerRoiAndPeriod() throws Exception {
        ExtractStimFactory f = new ExtractStimFactory();
        Transmission out = run(f, new ExtractStimFactory.Settings("", "light", 0, 2, StimulusExtraction.ZeroPosition.START_OFFSET),
                sample(UUID.randomUUID()));
        assertEquals(4, out.rowCount());
        assertArrayEquals(new String[] {"red", "blue", "red", "blue"}, out.column("ST_NAME").texts());
        assertArrayEquals(new long[] {10, 25, 10, 25}, out.column("_ST_START_IX").longs());
        assertArrayEquals(new long[] {22, 32, 22, 32}, out.column("_ST_END_IX").longs());
        assertEquals(12, out.column("_ST_CURVE").arrays()[0].length);
        assertEquals(20.0, out.column("_ST_CURVE").arrays()[0][0], 0);
        assertEquals("_ST_CURVE", out.lastOutput());
        assertEquals("extract_stim", out.historyOfRow(0).get(1).name());
        assertEquals(4, java.util.Set.of(out.column("ST_uuid").uuids()).size());
    }

    @Test
    void extractStimNeedsAStimulusType() {
        DataSpec spec = DataSpec.of(sample(UUID.randomUUID()));
        assertThrows(NodeConfigurationException.class,
                () -> new ExtractStimFactory().create(ExtractStimFactory.Settings.DEFAULTS).configure(Inputs.of(spec)));
    }

    @Test
    void stimTuningMergesItsInputs() throws Exception {
        StimTuningFactory f = new StimTuningFactory();
        Transmission a = sample(UUID.randomUUID());
        Transmission b = sample(UUID.randomUUID());
        Transmission out = (Transmission) f.create(new StimTuningFactory.Settings("", "light", StimulusTuning.Method.MEAN, 0, 0))
                .execute(new Inputs<>(List.of(List.of(a, b))), ExecutionContext.simple(f.id())).get(0);
        assertEquals(4, out.rowCount());
        assertEquals(2, out.blocksInRows().size(), "each input keeps its block");
        assertArrayEquals(new double[] {37, 24.5}, out.column("_TUNE_CURVE_light_yvals").arrays()[0], 0, "blue then red, rising trace");
        assertArrayEquals(new double[] {20, 25}, out.column("_TUNE_CURVE_light_yvals").arrays()[1], 0, "responds to red");
        assertArrayEquals(new String[] {"blue", "red", "blue", "red"}, out.column("TUNE_MAX_light").texts());
        Frame table = out.column("TUNE_CURVE_light").tables()[0];
        assertArrayEquals(new String[] {"blue", "red"}, table.require("stimulus", ColumnType.TEXT).texts());
    }

    @Test
    void detrendUsesTheBackgroundColumn() throws Exception {
        DetrendDFoFFactory f = new DetrendDFoFFactory();
        Transmission in = sample(UUID.randomUUID());
        Transmission out = run(f, new DetrendDFoFFactory.Settings("", "_CNMF_BACKGROUND", 8, 11), in);
        double[] a = in.column(Transmission.RAW_CURVE).arrays()[0];
        assertArrayEquals(DeltaFOverF.detrend(a, a, 8, 11), out.column("_DETREND_DF_O_F").arrays()[0], 0);
        Exception e = assertThrows(NodeConfigurationException.class, () -> f.create(new DetrendDFoFFactory.Settings("", "_NONE", 8, 500))
                .configure(Inputs.of(DataSpec.of(in))));
        assertTrue(e.getMessage().contains("_NONE"), e.getMessage());
    }
}
