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

/** Power spectral density of each trace (scipy periodogram with its defaults, sampling frequency 1). */
@Component(service = org.fluorite.flow.node.NodeFactory.class)
public final class PowSpecDensFactory extends AbstractNodeFactory<PowSpecDensFactory.Settings> {

    /** Settings of the PowSpecDens node; blank data column = the input's last output. */
    public record Settings(
            @Setting(label = "Data column", alias = "data_column", description = "Column of arrays to process (blank: the last output)") String dataColumn) {
        public static final Settings DEFAULTS = new Settings("");
    }

    public PowSpecDensFactory() {
        super("signal.PowSpecDens", "PowSpecDens", "Signal", "Power spectral density of each trace (scipy periodogram with its defaults, sampling frequency 1).", Settings.DEFAULTS, TransmissionNode.INPUTS, TransmissionNode.OUTPUTS);
    }

    @Override
    protected Node createNode(Settings s) {
        return new ArrayColumnNode(s.dataColumn(), "_POWER_SPECTRAL_DENSITY") {
            @Override
            protected String operation() {
                return "power_spectral_density";
            }

            @Override
            protected Map<String, Object> parameters(Transmission input) {
                Map<String, Object> p = new LinkedHashMap<>();

                return p;
            }

            @Override
            protected double[] apply(Transmission input, int row, double[] values) {
                return Spectra.periodogram(values, 1.0);
            }

            @Override
            protected String unit() {
                return "frequency";
            }
        };
    }
}
