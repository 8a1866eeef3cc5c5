package org.fluorite.flow.nodes.math.nodes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.settings.Setting;
import org.fluorite.flow.ColumnType;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Frame;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.node.AbstractNodeFactory;
import org.fluorite.flow.node.DataSpec;
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.node.Node;
import org.fluorite.flow.node.NodeConfigurationException;
import org.fluorite.flow.node.TransmissionNode;
import org.fluorite.flow.nodes.math.numerics.LinearRegression;
import org.fluorite.flow.nodes.signal.support.Columns;
import org.osgi.service.component.annotations.Component;

/**
 * LinRegress: the least-squares line through (index, value) of each array, as
 * scipy.stats.linregress, into the seed's single-number columns {@code _SLOPE, _INTERCEPT, _R-VALUE,
 * _P-VALUE, _STDERR}. An array shorter than two samples gives NaN.
 */
@Component(service = org.fluorite.flow.node.NodeFactory.class)
public final class LinRegressFactory extends AbstractNodeFactory<LinRegressFactory.Settings> {

    public static final List<String> RESULT_COLUMNS = List.of("_SLOPE", "_INTERCEPT", "_R-VALUE", "_P-VALUE", "_STDERR");

    /** Settings of LinRegress. */
    public record Settings(
            @Setting(label = "Data column", alias = "data_column", description = "Column of arrays, regressed on their indices (blank: the last output)") String dataColumn) {
        public static final Settings DEFAULTS = new Settings("");
    }

    public LinRegressFactory() {
        super("math.LinRegress", "LinRegress", "Math", "Slope, intercept, r, p-value and standard error of a line through each array.",
                Settings.DEFAULTS, TransmissionNode.INPUTS, TransmissionNode.OUTPUTS);
    }

    @Override
    protected Node createNode(Settings s) {
        return new TransmissionNode() {
            @Override
            protected DataSpec configure(DataSpec input) throws NodeConfigurationException {
                if (!s.dataColumn().isBlank()) {
                    input.requireColumn(s.dataColumn().trim(), ColumnType.ARRAY);
                }
                DataSpec out = input;
                for (String o : RESULT_COLUMNS) {
                    out = out.withColumn(o, ColumnType.DOUBLE);
                }
                return out;
            }

            @Override
            protected Transmission execute(Transmission input, ExecutionContext context) {
                String column = Columns.resolve(s.dataColumn(), input);
                double[][] data = input.frame().require(column, ColumnType.ARRAY).arrays();
                double[][] v = new double[5][data.length];
                for (int r = 0; r < data.length; r++) {
                    context.checkCancelled();
                    if (data[r] == null || data[r].length < 2) {
                        for (double[] c : v) {
                            c[r] = Double.NaN;
                        }
                        continue;
                    }
                    LinearRegression lr = LinearRegression.overIndex(data[r]);
                    v[0][r] = lr.slope();
                    v[1][r] = lr.intercept();
                    v[2][r] = lr.rValue();
                    v[3][r] = lr.pValue();
                    v[4][r] = lr.stderr();
                }
                Frame f = input.frame();
                for (int k = 0; k < 5; k++) {
                    f = f.with(FlowColumn.ofDoubles(RESULT_COLUMNS.get(k), "", v[k]));
                }
                Map<String, Object> params = new LinkedHashMap<>();
                params.put("data_column", column);
                return input.withFrame(f).withOperation(context.operation("linreg", params));
            }
        };
    }
}
