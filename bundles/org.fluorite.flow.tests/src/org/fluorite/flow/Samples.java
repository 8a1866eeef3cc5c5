package org.fluorite.flow;

import java.util.Map;
import java.util.UUID;

import org.fluorite.core.meta.Metadata;

/** Small transmissions with fixed block ids for the tests. */
public final class Samples {

    public static final UUID BLOCK_A = UUID.fromString("3e069e2d-d012-47ee-830c-93d85197e2f4");
    public static final UUID BLOCK_B = UUID.fromString("248a6ece-e60e-4a09-845e-188a5199d262");

    private Samples() {
    }

    /** Three ROIs of one sample: cell types, ROI indices, raw curves (lengths 5, 5, 4), 10 Hz. */
    public static Transmission three(UUID block) {
        Frame f = Frame.of(FlowColumn.ofText("SampleID", new String[] {"a1-_-1", "a1-_-1", "a2-_-1"}),
                FlowColumn.ofText("cell_type", new String[] {"palp", "atena", null}),
                FlowColumn.ofLongs("roi_index", "", new long[] {0, 1, 2}),
                FlowColumn.ofArrays(Transmission.RAW_CURVE, "", new double[][] {{1, 2, 3, 4, 5}, {5, 4, 3, 2, 1}, {0, 1, 0, 1}}),
                FlowColumn.ofDoubles(Transmission.SAMPLING_RATE, "Hz", new double[] {10, 10, 10}));
        return Transmission.spawn(f, block, HistoryOperation.of("data.LoadProjDF", "spawn_transmission",
                Map.of("sub_dataframe_name", "neuronal")), Metadata.EMPTY.with(Transmission.LAST_OUTPUT, Transmission.RAW_CURVE)
                        .with(Transmission.LAST_UNIT, "time"));
    }

    /** A transmission with every column type, missing values, ragged arrays and nested tables. */
    public static Transmission everyType() {
        Frame peaks0 = Frame.of(FlowColumn.ofLongs("peak", "", new long[] {3, 9}),
                FlowColumn.ofText("label", new String[] {"peak", "base"}),
                FlowColumn.ofDoubles("_pf_amplitude", "", new double[] {1.5, Double.NaN}));
        Frame peaks2 = Frame.of(FlowColumn.ofLongs("peak", "", new long[] {4}), FlowColumn.ofText("label", new String[] {"peak"}),
                FlowColumn.ofDoubles("_pf_amplitude", "", new double[] {0.25}));
        Frame f = Frame.of(FlowColumn.ofText("cell_type", new String[] {"palp", null, "Zelltyp \u00e4\u00f6\u00fc \u00b5m"}),
                FlowColumn.ofLongs("roi_index", "", new long[] {0, Long.MAX_VALUE, -7}),
                FlowColumn.ofDoubles("_AREA", "\u00b5m^2", new double[] {1.25, Double.NaN, Double.NEGATIVE_INFINITY}),
                FlowColumn.ofArrays(Transmission.RAW_CURVE, "", new double[][] {{1, 2, 3}, null, {}}),
                FlowColumn.ofArrays("_SPLICE_ARRAYS", "", new double[][] {{1, 2}, {3, 4}, {5, 6}}),
                FlowColumn.ofUuids("roi_uuid", new UUID[] {UUID.fromString("00000000-0000-0000-0000-000000000001"), null,
                        UUID.fromString("ffffffff-ffff-ffff-ffff-fffffffffffe")}),
                FlowColumn.ofTables("peaks_bases", new Frame[] {peaks0, null, peaks2}),
                FlowColumn.ofText("odd/name", new String[] {"x", "y", "z"}));
        Transmission t = Transmission.spawn(f, BLOCK_A, HistoryOperation.of("data.LoadProjDF", "spawn_transmission",
                Map.of("sub_dataframe_name", "root", "filters", java.util.List.of("df[df.x > 1]"))), Metadata.EMPTY.with("name", "every type"));
        return t.withOutput(FlowColumn.ofArrays("_NORMALIZE", "", new double[][] {{0, 1}, {0, 1}, {0.5, 0.5}}), "time",
                HistoryOperation.of("signal.Normalize", "normalize", Map.of("data_column", "_SPLICE_ARRAYS", "units", "time")));
    }
}
