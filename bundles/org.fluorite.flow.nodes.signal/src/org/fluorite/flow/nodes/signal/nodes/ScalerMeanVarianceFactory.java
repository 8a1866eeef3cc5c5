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

/** Scale each trace to a mean and standard deviation (tslearn TimeSeriesScalerMeanVariance); mu 0, std 1 gives z-scores. */
@Component(service = org.fluorite.flow.node.NodeFactory.class)
public final class ScalerMeanVarianceFactory extends AbstractNodeFactory<ScalerMeanVarianceFactory.Settings> {

    /** Settings of the ScalerMeanVariance node; blank data column = the input's last output. */
    public record Settings(
            @Setting(label = "Data column", alias = "data_column", description = "Column of arrays to process (blank: the last output)") String dataColumn,
            @Setting(label = "Mean", alias = "mu", description = "Mean of the output series") double mu,
            @Setting(label = "Standard deviation", min = 0, alias = "std", description = "Standard deviation of the output series") double std) {
        public static final Settings DEFAULTS = new Settings("", 0.0, 1.0);
    }

    public ScalerMeanVarianceFactory() {
        super("signal.ScalerMeanVariance", "ScalerMeanVariance", "Signal", "Scale each trace to a mean and standard deviation (tslearn TimeSeriesScalerMeanVariance); mu 0, std 1 gives z-scores.", Settings.DEFAULTS, TransmissionNode.INPUTS, TransmissionNode.OUTPUTS);
    }

    @Override
    protected Node createNode(Settings s) {
        return new ArrayColumnNode(s.dataColumn(), "_SCALER_MEAN_VARIANCE") {
            @Override
            protected String operation() {
                return "scaler_mean_variance";
            }

            @Override
            protected Map<String, Object> parameters(Transmission input) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("mu", s.mu());
                p.put("std", s.std());
                return p;
            }

            @Override
            protected double[] apply(Transmission input, int row, double[] values) {
                return Scaling.meanVariance(values, s.mu(), s.std());
            }

            @Override
            protected String unit() {
                return null;
            }
        };
    }
}
