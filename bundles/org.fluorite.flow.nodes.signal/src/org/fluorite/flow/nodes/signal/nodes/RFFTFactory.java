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
                input.samplingRateHz().ifPresent(fps -> {
                    p.put("sampling_rate", fps);
                    String column = dataColumn(input);
                    double[][] rows = input.frame().require(column).arrays();
                    int n = rows.length == 0 || rows[0] == null ? -1 : rows[0].length;
                    boolean same = n > 0 && java.util.Arrays.stream(rows).allMatch(r -> r != null && r.length == rows[0].length);
                    if (same) {
                        // the x axis of the packed spectrum, as the seed's node logs it (fftpack.rfftfreq(n) * rate)
                        java.util.List<Double> f = new java.util.ArrayList<>();
                        for (int i = 0; i < n; i++) {
                            f.add((double) ((i + 1) / 2) / n * fps);
                        }
                        p.put("frequencies", f);
                        p.put("nyquist_frequency", f.get(n - 1));
                    }
                });
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
