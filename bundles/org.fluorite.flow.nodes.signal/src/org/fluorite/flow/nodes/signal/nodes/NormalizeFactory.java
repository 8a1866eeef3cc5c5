package org.fluorite.flow.nodes.signal.nodes;

import java.util.LinkedHashMap;
import java.util.Map;

import org.fluorite.core.settings.Setting;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.node.AbstractNodeFactory;
import org.fluorite.flow.node.Node;
import org.fluorite.flow.node.TransmissionNode;
import org.fluorite.flow.nodes.signal.numerics.*;
import org.fluorite.flow.nodes.signal.support.ArrayColumnNode;
import org.fluorite.flow.nodes.signal.support.Columns;
import org.osgi.service.component.annotations.Component;

/** Scale each trace to 0..1 by its minimum and maximum. */
@Component(service = org.fluorite.flow.node.NodeFactory.class)
public final class NormalizeFactory extends AbstractNodeFactory<NormalizeFactory.Settings> {

    /** Settings of the Normalize node; blank data column = the input's last output. */
    public record Settings(
            @Setting(label = "Data column", alias = "data_column", description = "Column of arrays to process (blank: the last output)") String dataColumn) {
        public static final Settings DEFAULTS = new Settings("");
    }

    public NormalizeFactory() {
        super("signal.Normalize", "Normalize", "Signal", "Scale each trace to 0..1 by its minimum and maximum.", Settings.DEFAULTS, TransmissionNode.INPUTS, TransmissionNode.OUTPUTS);
    }

    @Override
    protected Node createNode(Settings s) {
        return new ArrayColumnNode(s.dataColumn(), "_NORMALIZE") {
            @Override
            protected String operation() {
                return "normalize";
            }

            @Override
            protected Map<String, Object> parameters(Transmission input) {
                Map<String, Object> p = new LinkedHashMap<>();

                return p;
            }

            @Override
            protected double[] apply(Transmission input, int row, double[] values) {
                return Scaling.normalize(values);
            }

            @Override
            protected String unit() {
                return null;
            }
        };
    }
}
