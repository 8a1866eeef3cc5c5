package org.fluorite.flow.nodes.math.nodes;

import java.util.LinkedHashMap;
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
import org.fluorite.flow.nodes.math.numerics.GroupArg;
import org.osgi.service.component.annotations.Component;

/**
 * ArgGroupStat: per group of a categorical column, the row where a numeric column is largest (or
 * smallest); its {@code return_col} value is copied to {@value #OUTPUT}. One row per group.
 */
@Component(service = org.fluorite.flow.node.NodeFactory.class)
public final class ArgGroupStatFactory extends AbstractNodeFactory<ArgGroupStatFactory.Settings> {

    public static final String OUTPUT = "ARG_STAT";

    /** "max" or "min". */
    public enum Stat {
        MAX, MIN
    }

    /** Settings of ArgGroupStat. */
    public record Settings(
            @Setting(label = "Data column", alias = "data_column", description = "Column of single numbers") String dataColumn,
            @Setting(label = "Group by", alias = "group_by") String groupBy,
            @Setting(label = "Return column", alias = "return_col") String returnColumn,
            @Setting(label = "Statistic", alias = "stat") Stat stat) {
        public static final Settings DEFAULTS = new Settings("", "", "", Stat.MAX);
    }

    public ArgGroupStatFactory() {
        super("math.ArgGroupStat", "ArgGroupStat", "Math", "Per group, the value of a column at the row where another column is largest or smallest.",
                Settings.DEFAULTS, TransmissionNode.INPUTS, TransmissionNode.OUTPUTS);
    }

    @Override
    protected Node createNode(Settings s) {
        return new TransmissionNode() {
            @Override
            protected DataSpec configure(DataSpec input) throws NodeConfigurationException {
                if (s.dataColumn().isBlank() || s.groupBy().isBlank() || s.returnColumn().isBlank()) {
                    throw new NodeConfigurationException("Choose the data, group-by and return columns");
                }
                input.requireColumn(s.dataColumn(), ColumnType.DOUBLE, ColumnType.LONG);
                input.requireColumn(s.groupBy(), ColumnType.TEXT);
                input.requireColumn(s.returnColumn());
                ColumnType rt = input.columns().get(s.returnColumn());
                return input.withColumn(OUTPUT, rt == null ? ColumnType.TEXT : rt);
            }

            @Override
            protected Transmission execute(Transmission input, ExecutionContext context) {
                FlowColumn dc = input.frame().require(s.dataColumn());
                double[] values = dc.type() == ColumnType.LONG
                        ? java.util.Arrays.stream(dc.longs()).asDoubleStream().toArray()
                        : input.frame().require(s.dataColumn(), ColumnType.DOUBLE).doubles();
                String[] groups = input.frame().require(s.groupBy(), ColumnType.TEXT).texts();
                int[] rows = GroupArg.rows(groups, values, s.stat() == Stat.MAX);
                Transmission t = input.selectRows(rows);
                FlowColumn ret = t.frame().require(s.returnColumn()).renamed(OUTPUT);
                Map<String, Object> params = new LinkedHashMap<>();
                params.put("data_column", s.dataColumn());
                params.put("group_by", s.groupBy());
                params.put("return_col", s.returnColumn());
                params.put("stat", s.stat().name().toLowerCase(java.util.Locale.ROOT));
                params.put("output_column", OUTPUT);
                return t.withOutput(ret, null, context.operation("arg-group-stat", params));
            }
        };
    }
}
