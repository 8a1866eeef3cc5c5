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

/** Zero-phase low-pass Butterworth filter (scipy butter + filtfilt); Wn = (1 / sampling rate) / freq_divisor. */
@Component(service = org.fluorite.flow.node.NodeFactory.class)
public final class ButterworthFactory extends AbstractNodeFactory<ButterworthFactory.Settings> {

    /** Settings of the Butterworth node; blank data column = the input's last output. */
    public record Settings(
            @Setting(label = "Data column", alias = "data_column", description = "Column of arrays to process (blank: the last output)") String dataColumn,
            @Setting(label = "Order", min = 1, max = 64, alias = "order") int order,
            @Setting(label = "Frequency divisor", min = 0.01, max = 100, alias = "freq_divisor",
                    description = "Wn = (1 / sampling rate) / divisor, as a fraction of the Nyquist frequency") double freqDivisor) {
        public static final Settings DEFAULTS = new Settings("", 2, 2.0);
    }

    public ButterworthFactory() {
        super("signal.Butterworth", "Butterworth", "Signal", "Zero-phase low-pass Butterworth filter (scipy butter + filtfilt); Wn = (1 / sampling rate) / freq_divisor.", Settings.DEFAULTS, TransmissionNode.INPUTS, TransmissionNode.OUTPUTS);
    }

    @Override
    protected Node createNode(Settings s) {
        return new ArrayColumnNode(s.dataColumn(), "_BUTTERWORTH") {
            @Override
            protected String operation() {
                return "butterworth";
            }

            @Override
            protected Map<String, Object> parameters(Transmission input) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("order", s.order());
                p.put("freq_divisor", s.freqDivisor());
                input.samplingRateHz().ifPresent(fps -> p.put("Wn", (1.0 / fps) / s.freqDivisor()));
                return p;
            }

            @Override
            protected double[] apply(Transmission input, int row, double[] values) {
                double wn = (1.0 / Columns.samplingRate(input, row)) / s.freqDivisor();
                Butterworth.Coefficients k = Butterworth.lowPass(s.order(), wn);
                return ZeroPhaseFilter.filtfilt(k.b(), k.a(), values);
            }

            @Override
            protected String unit() {
                return null;
            }
        };
    }
}
