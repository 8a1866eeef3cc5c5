package org.fluorite.flow.nodes.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.settings.Setting;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Frame;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.node.AbstractNodeFactory;
import org.fluorite.flow.node.DataSpec;
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.node.Inputs;
import org.fluorite.flow.node.Node;
import org.fluorite.flow.node.NodeConfigurationException;
import org.fluorite.flow.node.NodeFactory;
import org.fluorite.flow.node.PortSpec;
import org.fluorite.flow.node.TransmissionNode;
import org.osgi.service.component.annotations.Component;

/**
 * ViewTransmission: a description of its input (what {@link Transmission#describe()} gives plus
 * the first rows, arrays shortened) on its "View" output, for the workbench to show and for
 * {@code flow run --json} to print.
 */
@Component(service = NodeFactory.class)
public class ViewTransmissionFactory extends AbstractNodeFactory<ViewTransmissionFactory.Settings> {

    /** @param rows how many rows to show */
    public record Settings(@Setting(label = "Rows shown", min = 0, max = 10000) int rows) {
    }

    /** Array values shown per cell. */
    static final int ARRAY_PREVIEW = 5;

    public ViewTransmissionFactory() {
        super("data.ViewTransmission", "ViewTransmission", DataNodes.CATEGORY, "Shows the input's columns, data blocks and first rows",
                new Settings(10), TransmissionNode.INPUTS, List.of(PortSpec.of("View", DataNodes.VIEW)));
    }

    @Override
    protected Node createNode(Settings s) {
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
                return new ArrayList<>(List.of(view(inputs.transmission(0), s.rows())));
            }
        };
    }

    /** describe() plus "rows": the first {@code n} rows as column -> value maps. */
    static Map<String, Object> view(Transmission t, int n) {
        Map<String, Object> out = new LinkedHashMap<>(t.describe());
        List<Object> rows = new ArrayList<>();
        for (int r = 0; r < Math.min(n, t.rowCount()); r++) {
            rows.add(row(t.frame(), r));
        }
        out.put("rows", rows);
        return out;
    }

    private static Map<String, Object> row(Frame f, int r) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (FlowColumn c : f.columns()) {
            Object v = c.get(r);
            m.put(c.name(), switch (c.type()) {
                case ARRAY -> v == null ? null : preview((double[]) v);
                case UUID -> v == null ? null : v.toString();
                case TABLE -> v == null ? null : ((Frame) v).rowCount() + " rows: " + String.join(", ", ((Frame) v).columnNames());
                case DOUBLE -> Double.isFinite((Double) v) ? v : String.valueOf(v);
                default -> v;
            });
        }
        return m;
    }

    private static Map<String, Object> preview(double[] a) {
        List<Object> first = new ArrayList<>();
        for (int i = 0; i < Math.min(ARRAY_PREVIEW, a.length); i++) {
            first.add(Double.isFinite(a[i]) ? a[i] : String.valueOf(a[i]));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("length", a.length);
        m.put("first", first);
        return m;
    }
}
