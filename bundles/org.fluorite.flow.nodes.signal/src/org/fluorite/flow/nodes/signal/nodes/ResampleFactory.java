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

/** Fourier resampling (scipy resample) to Rs / Tu samples per second. */
@Component(service = org.fluorite.flow.node.NodeFactory.class)
public final class ResampleFactory extends AbstractNodeFactory<ResampleFactory.Settings> {

    /** Settings of the Resample node; blank data column = the input's last output. */
    public record Settings(
            @Setting(label = "Data column", alias = "data_column", description = "Column of arrays to process (blank: the last output)") String dataColumn,
            @Setting(label = "New rate", min = 1, max = 9999, alias = "Rs", description = "New sampling rate in Tu units of time") int rs,
            @Setting(label = "Time unit", unit = "s", min = 1, max = 9999, alias = "Tu",
                    description = "Rs samples per Tu seconds; Tu = 1 makes Rs a rate in Hz") int tu) {
        public static final Settings DEFAULTS = new Settings("", 10, 1);
    }

    public ResampleFactory() {
        super("signal.Resample", "Resample", "Signal", "Fourier resampling (scipy resample) to Rs / Tu samples per second.", Settings.DEFAULTS, TransmissionNode.INPUTS, TransmissionNode.OUTPUTS);
    }

    @Override
    protected Node createNode(Settings s) {
        return new ArrayColumnNode(s.dataColumn(), "_RESAMPLE") {
            @Override
            protected String operation() {
                return "resample";
            }

            @Override
            protected Map<String, Object> parameters(Transmission input) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("output_rate", (double) s.rs() / s.tu());
                return p;
            }

            @Override
            protected double[] apply(Transmission input, int row, double[] values) {
                double fps = Columns.samplingRate(input, row);
                int num = (int) ((values.length / fps) * ((double) s.rs() / s.tu()));
                return Spectra.resample(values, num);
            }

            @Override
            protected String unit() {
                return null;
            }
        };
    }
}
