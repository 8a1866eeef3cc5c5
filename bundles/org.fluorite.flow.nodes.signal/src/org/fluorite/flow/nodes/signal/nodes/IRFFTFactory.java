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

/** Inverse of RFFT (scipy.fftpack.irfft) back to the time domain. */
@Component(service = org.fluorite.flow.node.NodeFactory.class)
public final class IRFFTFactory extends AbstractNodeFactory<IRFFTFactory.Settings> {

    /** Settings of the iRFFT node; blank data column = the input's last output. */
    public record Settings(
            @Setting(label = "Data column", alias = "data_column", description = "Column of arrays to process (blank: the last output)") String dataColumn) {
        public static final Settings DEFAULTS = new Settings("");
    }

    public IRFFTFactory() {
        super("signal.iRFFT", "iRFFT", "Signal", "Inverse of RFFT (scipy.fftpack.irfft) back to the time domain.", Settings.DEFAULTS, TransmissionNode.INPUTS, TransmissionNode.OUTPUTS);
    }

    @Override
    protected Node createNode(Settings s) {
        return new ArrayColumnNode(s.dataColumn(), "_IRFFT") {
            @Override
            protected String operation() {
                return "irfft";
            }

            @Override
            protected Map<String, Object> parameters(Transmission input) {
                Map<String, Object> p = new LinkedHashMap<>();

                return p;
            }

            @Override
            protected double[] apply(Transmission input, int row, double[] values) {
                return RealFft.irfftPacked(values);
            }

            @Override
            protected String unit() {
                return "time";
            }
        };
    }
}
