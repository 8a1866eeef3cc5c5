package org.fluorite.flow.nodes.data;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fluorite.core.meta.Metadata;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Frame;
import org.fluorite.flow.HistoryOperation;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.node.DataSpec;
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.node.Inputs;
import org.fluorite.flow.node.Node;
import org.fluorite.flow.node.NodeConfigurationException;
import org.fluorite.flow.node.NodeFactory;

/** Runs one node on transmissions the way the engine does (configure on the specs, then execute). */
final class Run {

    static final UUID BLOCK = UUID.fromString("11111111-2222-3333-4444-555555555555");
    static final UUID BLOCK2 = UUID.fromString("66666666-7777-8888-9999-000000000000");

    private Run() {
    }

    static Object one(NodeFactory f, Record settings, Transmission... in) throws Exception {
        return all(f, settings, ExecutionContext.simple(f.id()), List.of(in)).get(0);
    }

    static Transmission transmission(NodeFactory f, Record settings, Transmission... in) throws Exception {
        return (Transmission) one(f, settings, in);
    }

    static List<Object> all(NodeFactory f, Record settings, ExecutionContext ctx, List<Transmission> in) throws Exception {
        Node n = f.create(settings);
        List<List<DataSpec>> specs = List.of(in.stream().map(DataSpec::of).toList());
        List<List<Object>> values = List.of(List.copyOf(in));
        if (f.inputs().isEmpty()) {
            specs = List.of();
            values = List.of();
        }
        n.configure(new Inputs<>(specs));
        return n.execute(new Inputs<>(values), ctx);
    }

    /** The configure message for these settings on this input. */
    static String configureError(NodeFactory f, Record settings, Transmission in) {
        try {
            f.create(settings).configure(Inputs.of(DataSpec.of(in)));
            return "";
        } catch (NodeConfigurationException e) {
            return e.getMessage();
        }
    }

    /** Four ROIs: cell types (one missing), a number with a NaN, curves (one missing), 2 Hz. */
    static Transmission four(UUID block) {
        Frame f = Frame.of(FlowColumn.ofText("cell_type", new String[] {"palp", "atena", null, "palp"}),
                FlowColumn.ofDoubles("_area", "", new double[] {1, Double.NaN, 3, 4}),
                FlowColumn.ofArrays(Transmission.RAW_CURVE, "", new double[][] {{1, 2, 3, 4, 5}, {2, 2, 2}, null, {Double.NaN, 4, 0}}),
                FlowColumn.ofDoubles(Transmission.SAMPLING_RATE, "Hz", new double[] {2, 2, 2, 2}));
        return Transmission.spawn(f, block, HistoryOperation.of("data.LoadProjDF", "spawn_transmission", Map.of("sub_dataframe_name", "root")),
                Metadata.EMPTY.with(Transmission.LAST_OUTPUT, Transmission.RAW_CURVE).with(Transmission.LAST_UNIT, "time"));
    }
}
