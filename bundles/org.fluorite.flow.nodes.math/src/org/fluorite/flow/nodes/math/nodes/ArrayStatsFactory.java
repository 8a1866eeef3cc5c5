package org.fluorite.flow.nodes.math.nodes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import org.fluorite.flow.nodes.math.numerics.ArrayStatistics;
import org.fluorite.flow.nodes.signal.support.Columns;
import org.osgi.service.component.annotations.Component;

/**
 * ArrayStats: a statistic of each array (one number per row, a DOUBLE column), or, grouped by one
 * or two categorical columns, the statistic at each index across the arrays of a group (one row per
 * group, the group's first row kept, an ARRAY column). The output column is the user's name in
 * capitals with a leading underscore, as the seed names it.
 */
@Component(service = org.fluorite.flow.node.NodeFactory.class)
public final class ArrayStatsFactory extends AbstractNodeFactory<ArrayStatsFactory.Settings> {

    /** Settings of ArrayStats. */
    public record Settings(
            @Setting(label = "Data column", alias = "data_column", description = "Column of arrays (blank: the last output)") String dataColumn,
            @Setting(label = "Function", alias = "function") ArrayStatistics function,
            @Setting(label = "Group by", alias = "group_by", description = "Categorical column; blank for no grouping") String groupBy,
            @Setting(label = "Secondary group", alias = "group_by_sec", description = "Second categorical column; blank for none") String groupBySec,
            @Setting(label = "Output column", alias = "output_col") String outputColumn) {
        public static final Settings DEFAULTS = new Settings("", ArrayStatistics.MEAN, "", "", "stat");
    }

    public ArrayStatsFactory() {
        super("math.ArrayStats", "ArrayStats", "Math", "Minimum, maximum, median, mean, std, var (NaN-aware variants) per array or across a group.",
                Settings.DEFAULTS, TransmissionNode.INPUTS, TransmissionNode.OUTPUTS);
    }

    /** The seed's output name: capitals with one leading underscore. */
    static String outputName(String userName) {
        String o = (userName == null ? "" : userName.trim()).toUpperCase(Locale.ROOT);
        return o.startsWith("_") ? o : "_" + o;
    }

    @Override
    protected Node createNode(Settings s) {
        String out = outputName(s.outputColumn());
        List<String> groups = new ArrayList<>();
        if (!s.groupBy().isBlank()) {
            groups.add(s.groupBy().trim());
            if (!s.groupBySec().isBlank()) {
                groups.add(s.groupBySec().trim());
            }
        }
        return new TransmissionNode() {
            @Override
            protected DataSpec configure(DataSpec input) throws NodeConfigurationException {
                if (out.equals("_")) {
                    throw new NodeConfigurationException("Enter a name for the output column");
                }
                if (!s.dataColumn().isBlank()) {
                    input.requireColumn(s.dataColumn().trim(), ColumnType.ARRAY);
                }
                for (String g : groups) {
                    input.requireColumn(g, ColumnType.TEXT);
                }
                return input.withColumn(out, groups.isEmpty() ? ColumnType.DOUBLE : ColumnType.ARRAY);
            }

            @Override
            protected Transmission execute(Transmission input, ExecutionContext context) {
                String column = Columns.resolve(s.dataColumn(), input);
                double[][] data = input.frame().require(column, ColumnType.ARRAY).arrays();
                Map<String, Object> params = new LinkedHashMap<>();
                params.put("data_column", column);
                params.put("output_column", out);
                params.put("function", s.function().seedName());
                params.put("group_by", groups.isEmpty() ? false : groups.get(0));
                params.put("group_by_sec", groups.size() < 2 ? false : groups.get(1));
                if (groups.isEmpty()) {
                    double[] v = new double[data.length];
                    for (int r = 0; r < data.length; r++) {
                        v[r] = data[r] == null ? Double.NaN : s.function().apply(data[r]);
                    }
                    return input.withOutput(FlowColumn.ofDoubles(out, "", v), null, context.operation("array_stats", params));
                }
                List<Integer> first = new ArrayList<>();
                List<double[]> results = new ArrayList<>();
                for (List<Integer> rows : Groups.of(input.frame(), groups).values()) {
                    context.checkCancelled();
                    double[][] g = new double[rows.size()][];
                    for (int i = 0; i < g.length; i++) {
                        g[i] = data[rows.get(i)];
                    }
                    first.add(rows.get(0));
                    results.add(s.function().applyAcross(g));
                }
                Transmission t = input.selectRows(Groups.ints(first));
                return t.withOutput(FlowColumn.ofArrays(out, "", results.toArray(double[][]::new)), null,
                        context.operation("array_stats", params));
            }
        };
    }
}
