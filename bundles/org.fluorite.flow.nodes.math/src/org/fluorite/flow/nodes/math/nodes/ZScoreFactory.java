package org.fluorite.flow.nodes.math.nodes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.settings.Setting;
import org.fluorite.flow.ColumnType;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.node.AbstractNodeFactory;
import org.fluorite.flow.node.DataSpec;
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.node.Node;
import org.fluorite.flow.node.NodeConfigurationException;
import org.fluorite.flow.node.TransmissionNode;
import org.fluorite.flow.nodes.math.numerics.Standardisation;
import org.fluorite.flow.nodes.signal.support.Columns;
import org.osgi.service.component.annotations.Component;

/**
 * ZScore: z-scores of the arrays of each group (one mean and deviation over all values of the
 * group, scipy.stats.zscore with axis=None), into {@value #OUTPUT}; rows keep their order. Without
 * a group column all rows form one group.
 */
@Component(service = org.fluorite.flow.node.NodeFactory.class)
public final class ZScoreFactory extends AbstractNodeFactory<ZScoreFactory.Settings> {

    public static final String OUTPUT = "_ZSCORE";

    /** Settings of ZScore. */
    public record Settings(
            @Setting(label = "Data column", alias = "data_column", description = "Column of arrays (blank: the last output)") String dataColumn,
            @Setting(label = "Group by", alias = "group_by", description = "Categorical column; blank: all rows together") String groupBy) {
        public static final Settings DEFAULTS = new Settings("", "");
    }

    public ZScoreFactory() {
        super("math.ZScore", "ZScore", "Math", "Z-scores of the arrays, with mean and deviation taken per group.", Settings.DEFAULTS,
                TransmissionNode.INPUTS, TransmissionNode.OUTPUTS);
    }

    @Override
    protected Node createNode(Settings s) {
        List<String> groups = s.groupBy().isBlank() ? List.of() : List.of(s.groupBy().trim());
        return new TransmissionNode() {
            @Override
            protected DataSpec configure(DataSpec input) throws NodeConfigurationException {
                if (!s.dataColumn().isBlank()) {
                    input.requireColumn(s.dataColumn().trim(), ColumnType.ARRAY);
                }
                for (String g : groups) {
                    input.requireColumn(g, ColumnType.TEXT);
                }
                return input.withColumn(OUTPUT, ColumnType.ARRAY);
            }

            @Override
            protected Transmission execute(Transmission input, ExecutionContext context) {
                String column = Columns.resolve(s.dataColumn(), input);
                double[][] data = input.frame().require(column, ColumnType.ARRAY).arrays();
                double[][] out = new double[data.length][];
                for (List<Integer> rows : Groups.of(input.frame(), groups).values()) {
                    context.checkCancelled();
                    double[][] g = new double[rows.size()][];
                    for (int i = 0; i < g.length; i++) {
                        g[i] = data[rows.get(i)];
                        if (g[i] == null) {
                            throw new IllegalArgumentException("row " + rows.get(i) + " of '" + column + "' has no array");
                        }
                    }
                    double[][] z = Standardisation.zscore(g);
                    for (int i = 0; i < g.length; i++) {
                        out[rows.get(i)] = z[i];
                    }
                }
                Map<String, Object> params = new LinkedHashMap<>();
                params.put("data_column", column);
                params.put("group_by", groups.isEmpty() ? "" : groups.get(0));
                params.put("output_column", OUTPUT);
                return input.withOutput(FlowColumn.ofArrays(OUTPUT, "", out), null, context.operation("zscore", params));
            }
        };
    }
}
