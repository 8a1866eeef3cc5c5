package org.fluorite.flow.nodes.biology.nodes;

import java.util.LinkedHashMap;
import java.util.Map;

import org.fluorite.core.settings.Setting;
import org.fluorite.flow.ColumnType;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.node.AbstractNodeFactory;
import org.fluorite.flow.node.DataSpec;
import org.fluorite.flow.node.Node;
import org.fluorite.flow.node.NodeConfigurationException;
import org.fluorite.flow.node.TransmissionNode;
import org.fluorite.flow.nodes.biology.numerics.DeltaFOverF;
import org.fluorite.flow.nodes.signal.support.ArrayColumnNode;
import org.osgi.service.component.annotations.Component;

/**
 * DetrendDFoF: CaImAn's detrended dF/F with a fixed baseline percentile
 * ({@link DeltaFOverF#detrend}) from each row's CNMF trace (C + YrA, in the data column) and the
 * background's contribution to it (A^T b f, in the background column), into
 * {@code _DETREND_DF_O_F}.
 */
@Component(service = org.fluorite.flow.node.NodeFactory.class)
public final class DetrendDFoFFactory extends AbstractNodeFactory<DetrendDFoFFactory.Settings> {

    /** Settings of DetrendDFoF, CaImAn's names as aliases. */
    public record Settings(
            @Setting(label = "Data column", alias = "data_column", description = "CNMF traces C + YrA (blank: the last output)") String dataColumn,
            @Setting(label = "Background column", description = "Background contribution A^T b f of each component") String backgroundColumn,
            @Setting(label = "Baseline percentile", min = 0, max = 100, alias = "quantileMin") double quantileMin,
            @Setting(label = "Baseline window", unit = "frames", min = 1, max = 1_000_000, alias = "frames_window") int framesWindow) {
        public static final Settings DEFAULTS = new Settings("", "_CNMF_BACKGROUND", 8, 500);
    }

    public DetrendDFoFFactory() {
        super("biology.DetrendDFoF", "DetrendDFoF", "Biology",
                "Detrended dF/F of CNMF traces (CaImAn detrend_df_f, fixed percentile baseline over a running window).",
                Settings.DEFAULTS, TransmissionNode.INPUTS, TransmissionNode.OUTPUTS);
    }

    @Override
    protected Node createNode(Settings s) {
        return new ArrayColumnNode(s.dataColumn(), "_DETREND_DF_O_F") {
            @Override
            protected DataSpec configure(DataSpec input) throws NodeConfigurationException {
                input.requireColumn(s.backgroundColumn(), ColumnType.ARRAY);
                return super.configure(input);
            }

            @Override
            protected String operation() {
                return "detrend_df_o_f";
            }

            @Override
            protected Map<String, Object> parameters(Transmission input) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("background_column", s.backgroundColumn());
                p.put("quantileMin", s.quantileMin());
                p.put("frames_window", s.framesWindow());
                return p;
            }

            @Override
            protected double[] apply(Transmission input, int row, double[] values) {
                double[] b = input.frame().require(s.backgroundColumn(), ColumnType.ARRAY).arrays()[row];
                if (b == null) {
                    throw new IllegalArgumentException("no background in column '" + s.backgroundColumn() + "'");
                }
                return DeltaFOverF.detrend(values, b, s.quantileMin(), s.framesWindow());
            }
        };
    }
}
