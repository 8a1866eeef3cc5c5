package org.fluorite.flow.ui;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fluorite.core.meta.Metadata;
import org.fluorite.core.settings.Setting;
import org.fluorite.flow.ColumnType;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Frame;
import org.fluorite.flow.HistoryOperation;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.node.AbstractNodeFactory;
import org.fluorite.flow.node.DataSpec;
import org.fluorite.flow.node.DataType;
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.node.Inputs;
import org.fluorite.flow.node.Node;
import org.fluorite.flow.node.NodeConfigurationException;
import org.fluorite.flow.node.NodeRegistry;
import org.fluorite.flow.node.NoSettings;
import org.fluorite.flow.node.PortSpec;
import org.fluorite.flow.node.TransmissionNode;

/** Small nodes for the editor tests: a source of two curves, a scaler with a setting, a number source (another type). */
final class UiTestNodes {

    static final DataType NUMBER = new DataType("number", Double.class);
    static final UUID BLOCK = UUID.fromString("00000000-0000-0000-0000-00000000000a");

    private UiTestNodes() {
    }

    /** Two curves [1, 2, 3] and [4, 5, 6] in one block. */
    static Transmission two() {
        Frame f = Frame.of(FlowColumn.ofArrays(Transmission.RAW_CURVE, "", new double[][] {{1, 2, 3}, {4, 5, 6}}),
                FlowColumn.ofText("cell", new String[] {"a", "b"}));
        return Transmission.spawn(f, BLOCK, HistoryOperation.of("test.Source", "spawn", Map.of("rows", 2)),
                Metadata.EMPTY.with(Transmission.LAST_OUTPUT, Transmission.RAW_CURVE));
    }

    static final class Source extends AbstractNodeFactory<NoSettings> {
        Source() {
            super("test.Source", "Source", "Test", "two curves", NoSettings.INSTANCE, List.of(), List.of(PortSpec.transmission("Out")));
        }

        @Override
        protected Node createNode(NoSettings s) {
            return new Node() {
                @Override
                public List<DataSpec> configure(Inputs<DataSpec> inputs) {
                    return List.of(DataSpec.of(two()));
                }

                @Override
                public List<Object> execute(Inputs<Object> inputs, ExecutionContext context) {
                    return List.of(two());
                }
            };
        }
    }

    record ScaleSettings(@Setting(label = "Factor", min = -1e6, max = 1e6) double factor) {
    }

    /** Multiplies the last output by a factor into _SCALED. */
    static final class Scale extends AbstractNodeFactory<ScaleSettings> {
        Scale() {
            super("test.Scale", "Scale", "Test", "multiplies", new ScaleSettings(2), TransmissionNode.INPUTS, TransmissionNode.OUTPUTS);
        }

        @Override
        protected Node createNode(ScaleSettings s) {
            return new TransmissionNode() {
                @Override
                protected DataSpec configure(DataSpec input) throws NodeConfigurationException {
                    input.requireColumn(Transmission.RAW_CURVE, ColumnType.ARRAY);
                    return input.withColumn("_SCALED", ColumnType.ARRAY);
                }

                @Override
                protected Transmission execute(Transmission in, ExecutionContext context) {
                    double[][] a = in.column(Transmission.RAW_CURVE).arrays();
                    double[][] out = new double[a.length][];
                    for (int i = 0; i < a.length; i++) {
                        out[i] = java.util.Arrays.stream(a[i]).map(v -> v * s.factor()).toArray();
                    }
                    return in.withOutput(FlowColumn.ofArrays("_SCALED", "", out), "",
                            context.operation("scale", Map.of("factor", s.factor())));
                }
            };
        }
    }

    /** Emits a number (a terminal type that does not fit transmission inputs). */
    static final class Number extends AbstractNodeFactory<NoSettings> {
        Number() {
            super("test.Number", "Number", "Other", "", NoSettings.INSTANCE, List.of(), List.of(PortSpec.of("Value", NUMBER)));
        }

        @Override
        protected Node createNode(NoSettings s) {
            return new Node() {
                @Override
                public List<DataSpec> configure(Inputs<DataSpec> inputs) {
                    return List.of(DataSpec.of(NUMBER));
                }

                @Override
                public List<Object> execute(Inputs<Object> inputs, ExecutionContext context) {
                    return List.of(42.0);
                }
            };
        }
    }

    static NodeRegistry registry() {
        NodeRegistry r = new NodeRegistry();
        r.addFactory(new Source());
        r.addFactory(new Scale());
        r.addFactory(new Number());
        return r;
    }
}
