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

/** Savitzky-Golay smoothing (scipy savgol_filter, interp mode at the ends). */
@Component(service = org.fluorite.flow.node.NodeFactory.class)
public final class SavitzkyGolayFactory extends AbstractNodeFactory<SavitzkyGolayFactory.Settings> {

    /** Settings of the SavitzkyGolay node; blank data column = the input's last output. */
    public record Settings(
            @Setting(label = "Data column", alias = "data_column", description = "Column of arrays to process (blank: the last output)") String dataColumn,
            @Setting(label = "Window length", unit = "samples", min = 1, max = 9999, alias = "window_length",
                    description = "Samples in each polynomial fit; odd") int windowLength,
            @Setting(label = "Polynomial order", min = 0, max = 9998, alias = "polyorder",
                    description = "Order of the fitted polynomials; less than the window length") int polyOrder) {
        public static final Settings DEFAULTS = new Settings("", 3, 1);
    }

    public SavitzkyGolayFactory() {
        super("signal.SavitzkyGolay", "SavitzkyGolay", "Signal", "Savitzky-Golay smoothing (scipy savgol_filter, interp mode at the ends).", Settings.DEFAULTS, TransmissionNode.INPUTS, TransmissionNode.OUTPUTS);
    }

    @Override
    protected Node createNode(Settings s) {
        return new ArrayColumnNode(s.dataColumn(), "_SAVITZKY_GOLAY") {
            @Override
            protected String operation() {
                return "savitzky_golay";
            }

            @Override
            protected Map<String, Object> parameters(Transmission input) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("window_length", s.windowLength());
                p.put("polyorder", s.polyOrder());
                return p;
            }

            @Override
            protected double[] apply(Transmission input, int row, double[] values) {
                return SavitzkyGolay.filter(values, s.windowLength(), s.polyOrder());
            }

            @Override
            protected String unit() {
                return null;
            }
        };
    }
}
