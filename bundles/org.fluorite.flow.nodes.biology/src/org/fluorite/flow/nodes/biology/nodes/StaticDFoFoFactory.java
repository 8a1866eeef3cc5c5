package org.fluorite.flow.nodes.biology.nodes;

import java.util.Map;

import org.fluorite.core.settings.Setting;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.node.AbstractNodeFactory;
import org.fluorite.flow.node.Node;
import org.fluorite.flow.node.TransmissionNode;
import org.fluorite.flow.nodes.biology.numerics.DeltaFOverF;
import org.fluorite.flow.nodes.signal.support.ArrayColumnNode;
import org.osgi.service.component.annotations.Component;

/** StaticDFoFo: (F - F0) / F0 with F0 the minimum of each trace, into {@code _STATIC_DF_O_F}. */
@Component(service = org.fluorite.flow.node.NodeFactory.class)
public final class StaticDFoFoFactory extends AbstractNodeFactory<StaticDFoFoFactory.Settings> {

    /** Settings of StaticDFoFo. */
    public record Settings(
            @Setting(label = "Data column", alias = "data_column", description = "Column of traces (blank: the last output)") String dataColumn) {
        public static final Settings DEFAULTS = new Settings("");
    }

    public StaticDFoFoFactory() {
        super("biology.StaticDFoFo", "StaticDFoFo", "Biology", "(F - F0) / F0 with F0 the minimum of the trace, no rolling window.",
                Settings.DEFAULTS, TransmissionNode.INPUTS, TransmissionNode.OUTPUTS);
    }

    @Override
    protected Node createNode(Settings s) {
        return new ArrayColumnNode(s.dataColumn(), "_STATIC_DF_O_F") {
            @Override
            protected String operation() {
                return "static_df_o_f";
            }

            @Override
            protected Map<String, Object> parameters(Transmission input) {
                return Map.of();
            }

            @Override
            protected double[] apply(Transmission input, int row, double[] values) {
                return DeltaFOverF.staticDfOverF(values);
            }
        };
    }
}
