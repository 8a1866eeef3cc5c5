package org.fluorite.flow.graph;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.fluorite.core.settings.Setting;
import org.fluorite.flow.ColumnType;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Samples;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.node.AbstractNodeFactory;
import org.fluorite.flow.node.DataSpec;
import org.fluorite.flow.node.DataType;
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.node.Inputs;
import org.fluorite.flow.node.Node;
import org.fluorite.flow.node.NodeConfigurationException;
import org.fluorite.flow.node.NodeFactory;
import org.fluorite.flow.node.NoSettings;
import org.fluorite.flow.node.PortSpec;
import org.fluorite.flow.node.TransmissionNode;

/** Small node factories for engine tests. */
final class TestNodes {

    static final DataType NUMBER = new DataType("number", Double.class);

    private TestNodes() {
    }

    /** Emits {@link Samples#three} (block A). */
    static final class Source extends AbstractNodeFactory<NoSettings> {
        Source() {
            super("test.Source", "Source", "Test", "three curves", NoSettings.INSTANCE, List.of(),
                    List.of(PortSpec.transmission("Out")));
        }

        @Override
        protected Node createNode(NoSettings s) {
            return new Node() {
                @Override
                public List<DataSpec> configure(Inputs<DataSpec> inputs) {
                    return List.of(DataSpec.of(Samples.three(Samples.BLOCK_A)));
                }

                @Override
                public List<Object> execute(Inputs<Object> inputs, ExecutionContext context) {
                    return List.of(Samples.three(Samples.BLOCK_A));
                }
            };
        }
    }

    record AddSettings(@Setting(label = "Column") String column, @Setting(label = "Value", min = -1e9, max = 1e9) double value,
            @Setting(label = "Output") String output) {
    }

    /** Adds a value to every element of an array column. */
    static class Add extends AbstractNodeFactory<AddSettings> {
        Add() {
            super("test.Add", "Add", "Test", "adds a value", new AddSettings("_RAW_CURVE", 1, "_ADD"), TransmissionNode.INPUTS,
                    TransmissionNode.OUTPUTS);
        }

        @Override
        protected Node createNode(AddSettings s) {
            return new TransmissionNode() {
                @Override
                protected DataSpec configure(DataSpec input) throws NodeConfigurationException {
                    input.requireColumn(s.column(), ColumnType.ARRAY);
                    return input.withColumn(s.output(), ColumnType.ARRAY);
                }

                @Override
                protected Transmission execute(Transmission in, ExecutionContext context) {
                    double[][] a = in.column(s.column()).arrays();
                    double[][] out = new double[a.length][];
                    for (int i = 0; i < a.length; i++) {
                        out[i] = a[i].clone();
                        for (int k = 0; k < out[i].length; k++) {
                            out[i][k] += s.value();
                        }
                    }
                    return in.withOutput(FlowColumn.ofArrays(s.output(), "", out), "time",
                            context.operation("add", Map.of("data_column", s.column(), "value", s.value())));
                }
            };
        }
    }

    /** Always fails in execute. */
    static class Fail extends AbstractNodeFactory<NoSettings> {
        Fail() {
            super("test.Fail", "Fail", "Test", "", NoSettings.INSTANCE, TransmissionNode.INPUTS, TransmissionNode.OUTPUTS);
        }

        @Override
        protected Node createNode(NoSettings s) {
            return new TransmissionNode() {
                @Override
                protected DataSpec configure(DataSpec input) {
                    return input;
                }

                @Override
                protected Transmission execute(Transmission in, ExecutionContext context) {
                    throw new IllegalStateException("the curves are too short for this test");
                }
            };
        }
    }

    /** Waits on a latch (counted down by every Wait node) then passes its input, checking cancellation. */
    static final class Wait extends AbstractNodeFactory<NoSettings> {
        final CountDownLatch latch;

        Wait(String id, CountDownLatch latch) {
            super(id, "Wait" + id.substring(id.length() - 1), "Test", "", NoSettings.INSTANCE, TransmissionNode.INPUTS,
                    TransmissionNode.OUTPUTS);
            this.latch = latch;
        }

        @Override
        protected Node createNode(NoSettings s) {
            return new TransmissionNode() {
                @Override
                protected DataSpec configure(DataSpec input) {
                    return input;
                }

                @Override
                protected Transmission execute(Transmission in, ExecutionContext context) throws InterruptedException {
                    latch.countDown();
                    for (int i = 0; i < 500 && !latch.await(10, TimeUnit.MILLISECONDS); i++) {
                        context.checkCancelled();
                    }
                    if (latch.getCount() > 0) {
                        throw new IllegalStateException("the other branch never ran at the same time");
                    }
                    return in;
                }
            };
        }
    }

    /** Gives a number: its output cannot feed a transmission input. */
    static final class Number extends AbstractNodeFactory<NoSettings> {
        Number() {
            super("test.Number", "Number", "Test", "", NoSettings.INSTANCE, List.of(), List.of(PortSpec.of("Out", NUMBER)));
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

    static Optional<NodeFactory> lookup(String id) {
        return List.<NodeFactory>of(new Source(), new Add(), new Fail(), new Number()).stream().filter(f -> f.id().equals(id))
                .findFirst();
    }
}
