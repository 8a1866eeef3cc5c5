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

/** Total-variation regularised derivative (Chartrand 2011, large-scale scheme) with the seed's fixed parameters as defaults. */
@Component(service = org.fluorite.flow.node.NodeFactory.class)
public final class TVDiffFactory extends AbstractNodeFactory<TVDiffFactory.Settings> {

    /** Settings of the TVDiff node; blank data column = the input's last output. */
    public record Settings(
            @Setting(label = "Data column", alias = "data_column", description = "Column of arrays to process (blank: the last output)") String dataColumn,
            @Setting(label = "Iterations", min = 1, max = 10000, alias = "itern") int iterations,
            @Setting(label = "Regularisation", min = 0, alias = "alph", description = "Weight of the total-variation term") double alpha,
            @Setting(label = "Epsilon", min = 1e-12, alias = "ep", description = "Smoothing of the absolute value") double epsilon,
            @Setting(label = "Sample spacing", min = 1e-12, alias = "dx") double dx) {
        public static final Settings DEFAULTS = new Settings("", 100, 0.1, 0.01, 0.05);
    }

    public TVDiffFactory() {
        super("math.TVDiff", "TVDiff", "Math", "Total-variation regularised derivative (Chartrand 2011, large-scale scheme) with the seed's fixed parameters as defaults.", Settings.DEFAULTS, TransmissionNode.INPUTS, TransmissionNode.OUTPUTS);
    }

    @Override
    protected Node createNode(Settings s) {
        return new ArrayColumnNode(s.dataColumn(), "_TVDIFF") {
            @Override
            protected String operation() {
                return "tvdiff";
            }

            @Override
            protected Map<String, Object> parameters(Transmission input) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("iterations", s.iterations());
                p.put("alpha", s.alpha());
                p.put("epsilon", s.epsilon());
                p.put("dx", s.dx());
                p.put("scale", "large");
                return p;
            }

            @Override
            protected double[] apply(Transmission input, int row, double[] values) {
                return TotalVariationDerivative.of(values,
                        new TotalVariationDerivative.Parameters(s.iterations(), s.alpha(), s.epsilon(), s.dx()));
            }
        };
    }
}
