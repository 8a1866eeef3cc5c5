package org.fluorite.flow.nodes.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fluorite.flow.ColumnType;
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
import org.osgi.service.component.annotations.Component;

/**
 * Merge: the rows of every transmission connected to "In", in connection order, each data block
 * keeping its history (see {@link Transmission#merge}); a "merge" operation is then logged.
 */
@Component(service = NodeFactory.class)
public class MergeFactory extends AbstractNodeFactory<NoSettings> {

    public MergeFactory() {
        super("data.Merge", "Merge", DataNodes.CATEGORY, "Concatenates transmissions, keeping each data block's history",
                NoSettings.INSTANCE, List.of(new PortSpec("In", DataType.TRANSMISSION, false, true)),
                List.of(PortSpec.transmission("Out")));
    }

    @Override
    protected Node createNode(NoSettings s) {
        return new Node() {
            @Override
            public List<DataSpec> configure(Inputs<DataSpec> inputs) throws NodeConfigurationException {
                List<DataSpec> in = inputs.all(0);
                if (in.isEmpty()) {
                    throw new NodeConfigurationException("Connect at least one transmission to the In terminal");
                }
                DataSpec out = in.get(0);
                for (DataSpec other : in.subList(1, in.size())) {
                    if (!other.columnsKnown()) {
                        out = DataSpec.unknownTransmission();
                        continue;
                    }
                    for (Map.Entry<String, ColumnType> e : other.columns().entrySet()) {
                        ColumnType mine = out.columns().get(e.getKey());
                        if (mine != null && mine != e.getValue()) {
                            throw new NodeConfigurationException("Column '" + e.getKey() + "' holds " + mine.word()
                                    + " in one input and " + e.getValue().word() + " in another");
                        }
                        out = out.withColumn(e.getKey(), e.getValue());
                    }
                }
                return new ArrayList<>(List.of(out));
            }

            @Override
            public List<Object> execute(Inputs<Object> inputs, ExecutionContext context) {
                List<Transmission> in = inputs.all(0).stream().map(Transmission.class::cast).toList();
                Transmission merged = Transmission.merge(in).withOperation(context.operation("merge", Map.of("transmissions", in.size())));
                return new ArrayList<>(List.of(merged));
            }
        };
    }
}
