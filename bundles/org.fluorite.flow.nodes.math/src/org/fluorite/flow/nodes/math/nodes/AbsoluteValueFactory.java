package org.fluorite.flow.nodes.math.nodes;

import java.util.LinkedHashMap;
import java.util.Map;

import org.fluorite.core.settings.Setting;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.node.AbstractNodeFactory;
import org.fluorite.flow.node.Node;
import org.fluorite.flow.node.TransmissionNode;
import org.fluorite.flow.nodes.math.numerics.*;
import org.fluorite.flow.nodes.signal.support.ArrayColumnNode;
import org.osgi.service.component.annotations.Component;

/** Element-wise absolute value. */
@Component(service = org.fluorite.flow.node.NodeFactory.class)
public final class AbsoluteValueFactory extends AbstractNodeFactory<AbsoluteValueFactory.Settings> {

    /** Settings of the AbsoluteValue node; blank data column = the input's last output. */
    public record Settings(
            @Setting(label = "Data column", alias = "data_column", description = "Column of arrays to process (blank: the last output)") String dataColumn) {
        public static final Settings DEFAULTS = new Settings("");
    }

    public AbsoluteValueFactory() {
        super("math.AbsoluteValue", "AbsoluteValue", "Math", "Element-wise absolute value.", Settings.DEFAULTS, TransmissionNode.INPUTS, TransmissionNode.OUTPUTS);
    }

    @Override
    protected Node createNode(Settings s) {
        return new ArrayColumnNode(s.dataColumn(), "_ABSOLUTE_VALUE") {
            @Override
            protected String operation() {
                return "absolute_value";
            }

            @Override
            protected Map<String, Object> parameters(Transmission input) {
                Map<String, Object> p = new LinkedHashMap<>();

                return p;
            }

            @Override
            protected double[] apply(Transmission input, int row, double[] values) {
                return Elementwise.abs(values);
            }
        };
    }
}
