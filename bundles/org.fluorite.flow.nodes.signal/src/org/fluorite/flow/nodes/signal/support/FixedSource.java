package org.fluorite.flow.nodes.signal.support;

import java.util.ArrayList;
import java.util.List;

import org.fluorite.flow.Transmission;
import org.fluorite.flow.node.AbstractNodeFactory;
import org.fluorite.flow.node.DataSpec;
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.node.Inputs;
import org.fluorite.flow.node.Node;
import org.fluorite.flow.node.NoSettings;
import org.fluorite.flow.node.PortSpec;

/**
 * A node without inputs that gives one transmission held in memory: the start of flowcharts built
 * by scripts, tests and benchmarks. Not a palette node (not registered as a service).
 */
public final class FixedSource extends AbstractNodeFactory<NoSettings> {

    private final Transmission transmission;

    public FixedSource(String id, Transmission transmission) {
        super(id, "FixedSource", "Data", "A transmission held in memory", new NoSettings(), List.of(),
                List.of(PortSpec.transmission("Out")));
        this.transmission = transmission;
    }

    @Override
    protected Node createNode(NoSettings settings) {
        return new Node() {
            @Override
            public List<DataSpec> configure(Inputs<DataSpec> inputs) {
                return List.of(DataSpec.of(transmission));
            }

            @Override
            public List<Object> execute(Inputs<Object> inputs, ExecutionContext context) {
                return new ArrayList<>(List.of(transmission));
            }
        };
    }
}
