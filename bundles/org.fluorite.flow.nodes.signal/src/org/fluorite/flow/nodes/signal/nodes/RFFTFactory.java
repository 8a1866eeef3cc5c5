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

/** Discrete Fourier transform of each real trace in scipy.fftpack.rfft packed layout. */
@Component(service = org.fluorite.flow.node.NodeFactory.class)
public final class RFFTFactory extends AbstractNodeFactory<RFFTFactory.Settings> {

    /** Settings of the RFFT node; blank data column = the input's last output. */
    public record Settings(
            @Setting(label = "Data column", alias = "data_column", description = "Column of arrays to process (blank: the last output)") String dataColumn) {
        public static final Settings DEFAULTS = new Settings("");
    }

    public RFFTFactory() {
        super("signal.RFFT", "RFFT", "Signal", "Discrete Fourier transform of each real trace in scipy.fftpack.rfft packed layout.", Settings.DEFAULTS, TransmissionNode.INPUTS, TransmissionNode.OUTPUTS);
    }

    @Override
    protected Node createNode(Settings s) {
        return new ArrayColumnNode(s.dataColumn(), "_RFFT") {
            @Override
            protected String operation() {
                return "rfft";
            }

            @Override
            protected Map<String, Object> parameters(Transmission input) {
                Map<String, Object> p = new LinkedHashMap<>();
                input.samplingRateHz().ifPresent(fps -> p.put("sampling_rate", fps));
                return p;
            }

            @Override
            protected double[] apply(Transmission input, int row, double[] values) {
                return RealFft.rfftPacked(values);
            }

            @Override
            protected String unit() {
                return "frequency";
            }
        };
    }
}
