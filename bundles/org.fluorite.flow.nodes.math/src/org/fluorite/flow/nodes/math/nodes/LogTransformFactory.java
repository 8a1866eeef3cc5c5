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

/** Logarithmic transform: log10, ln, or the sign-keeping modlog10 and modln. */
@Component(service = org.fluorite.flow.node.NodeFactory.class)
public final class LogTransformFactory extends AbstractNodeFactory<LogTransformFactory.Settings> {

    /** Settings of the LogTransform node; blank data column = the input's last output. */
    public record Settings(
            @Setting(label = "Data column", alias = "data_column", description = "Column of arrays to process (blank: the last output)") String dataColumn,
            @Setting(label = "Transform", alias = "transform", description = "log10, ln, modlog10 = sign(x) log10(|x|+1), modln = sign(x) ln(|x|+1)") Elementwise.LogKind transform) {
        public static final Settings DEFAULTS = new Settings("", Elementwise.LogKind.LOG10);
    }

    public LogTransformFactory() {
        super("math.LogTransform", "LogTransform", "Math", "Logarithmic transform: log10, ln, or the sign-keeping modlog10 and modln.", Settings.DEFAULTS, TransmissionNode.INPUTS, TransmissionNode.OUTPUTS);
    }

    @Override
    protected Node createNode(Settings s) {
        return new ArrayColumnNode(s.dataColumn(), "_LOG_TRANSFORM") {
            @Override
            protected String operation() {
                return "log_transform";
            }

            @Override
            protected Map<String, Object> parameters(Transmission input) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("transform", s.transform().seedName());
                return p;
            }

            @Override
            protected double[] apply(Transmission input, int row, double[] values) {
                return Elementwise.log(values, s.transform());
            }
        };
    }
}
