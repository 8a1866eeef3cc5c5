package org.fluorite.flow.nodes.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.flow.Transmission;
import org.fluorite.flow.node.AbstractNodeFactory;
import org.fluorite.flow.node.DataSpec;
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.node.Inputs;
import org.fluorite.flow.node.Node;
import org.fluorite.flow.node.NodeConfigurationException;
import org.fluorite.flow.node.NodeFactory;
import org.fluorite.flow.node.NoSettings;
import org.fluorite.flow.node.PortSpec;
import org.fluorite.flow.node.TransmissionNode;
import org.osgi.service.component.annotations.Component;

/**
 * ViewHistory: the input's history on its "View" output as
 * {@code {"blocks": {"<uuid>": [{"name", "node", "parameters"}, ...]}, "rowsPerBlock": {"<uuid>": n}}}
 * (the workbench shows it as a tree).
 */
@Component(service = NodeFactory.class)
public class ViewHistoryFactory extends AbstractNodeFactory<NoSettings> {

    public ViewHistoryFactory() {
        super("data.ViewHistory", "ViewHistory", DataNodes.CATEGORY, "Shows the analysis history of each data block",
                NoSettings.INSTANCE, TransmissionNode.INPUTS, List.of(PortSpec.of("View", DataNodes.VIEW)));
    }

    @Override
    protected Node createNode(NoSettings s) {
        return new Node() {
            @Override
            public List<DataSpec> configure(Inputs<DataSpec> inputs) throws NodeConfigurationException {
                if (!inputs.present(0)) {
                    throw new NodeConfigurationException("Connect a transmission to the In terminal");
                }
                return new ArrayList<>(List.of(DataSpec.of(DataNodes.VIEW)));
            }

            @Override
            public List<Object> execute(Inputs<Object> inputs, ExecutionContext context) {
                Transmission t = inputs.transmission(0);
                Map<String, Object> rows = new LinkedHashMap<>();
                for (int r = 0; r < t.rowCount(); r++) {
                    rows.merge(t.blockOf(r).toString(), 1L, (a, b) -> (Long) a + (Long) b);
                }
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("blocks", t.history().toMap());
                out.put("rowsPerBlock", rows);
                return new ArrayList<>(List.of(out));
            }
        };
    }
}
