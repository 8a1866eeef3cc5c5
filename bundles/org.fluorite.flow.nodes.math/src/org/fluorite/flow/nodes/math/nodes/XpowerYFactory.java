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

/** Raises every element to the exponent Y (numpy.power). */
@Component(service = org.fluorite.flow.node.NodeFactory.class)
public final class XpowerYFactory extends AbstractNodeFactory<XpowerYFactory.Settings> {

    /** Settings of the XpowerY node; blank data column = the input's last output. */
    public record Settings(
            @Setting(label = "Data column", alias = "data_column", description = "Column of arrays to process (blank: the last output)") String dataColumn,
            @Setting(label = "Exponent", min = -99, max = 99, alias = "Y") double y) {
        public static final Settings DEFAULTS = new Settings("", 2.0);
    }

    public XpowerYFactory() {
        super("math.XpowerY", "XpowerY", "Math", "Raises every element to the exponent Y (numpy.power).", Settings.DEFAULTS, TransmissionNode.INPUTS, TransmissionNode.OUTPUTS);
    }

    @Override
    protected Node createNode(Settings s) {
        return new ArrayColumnNode(s.dataColumn(), "_X_POWER_Y") {
            @Override
            protected String operation() {
                return "x_power_y";
            }

            @Override
            protected Map<String, Object> parameters(Transmission input) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("exponent", s.y());
                return p;
            }

            @Override
            protected double[] apply(Transmission input, int row, double[] values) {
                return Elementwise.power(values, s.y());
            }
        };
    }
}
