package org.fluorite.flow.nodes.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.fluorite.core.settings.Setting;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Frame;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.node.AbstractNodeFactory;
import org.fluorite.flow.node.DataSpec;
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.node.Node;
import org.fluorite.flow.node.NodeConfigurationException;
import org.fluorite.flow.node.NodeFactory;
import org.fluorite.flow.node.TransmissionNode;
import org.osgi.service.component.annotations.Component;

/**
 * DropNa: removes missing values as pandas' dropna does. Axis "row" drops rows with any (or all)
 * missing values, "columns" drops such columns (never {@code _BLOCK_}), and a column name drops
 * the rows missing a value in that column ({@code how} is then ignored). Missing means null, or
 * NaN in a number column (an array holding NaN is a value, as in pandas). Logs "dropna" with axis
 * (0, 1 or the column name) and how (null for a column). Unlike a literal pandas call on a
 * frame holding {@code _BLOCK_}, "all" looks at the data columns only (the block id is never
 * missing, so "all" would never drop anything).
 */
@Component(service = NodeFactory.class)
public class DropNaFactory extends AbstractNodeFactory<DropNaFactory.Settings> {

    /** Drop when any value is missing, or only when all are. */
    public enum How {
        ANY, ALL
    }

    /**
     * @param axis "row", "columns" or a column name
     * @param how  any or all
     */
    public record Settings(@Setting(label = "Axis", alias = "axis", description = "row, columns, or a column name") String axis,
            @Setting(label = "How", alias = "how") How how) {

        public Settings {
            how = how == null ? How.ANY : how;
        }
    }

    public DropNaFactory() {
        super("data.DropNa", "DropNa", DataNodes.CATEGORY, "Drops rows or columns with missing values", new Settings("row", How.ANY),
                TransmissionNode.INPUTS, TransmissionNode.OUTPUTS);
    }

    @Override
    protected Node createNode(Settings s) {
        return new TransmissionNode() {
            @Override
            protected DataSpec configure(DataSpec input) throws NodeConfigurationException {
                if (!isAxis(s.axis())) {
                    input.requireColumn(s.axis());
                }
                return input;
            }

            @Override
            protected Transmission execute(Transmission in, ExecutionContext context) {
                Frame f = in.frame();
                Map<String, Object> p = new LinkedHashMap<>();
                Transmission out;
                if ("row".equals(s.axis())) {
                    int[] keep = IntStream.range(0, f.rowCount()).filter(r -> !dropRow(f, r, s.how())).toArray();
                    out = in.selectRows(keep);
                    p.put("axis", 0);
                    p.put("how", s.how().name().toLowerCase(java.util.Locale.ROOT));
                } else if ("columns".equals(s.axis())) {
                    List<FlowColumn> keep = new ArrayList<>();
                    for (FlowColumn c : f.columns()) {
                        long missing = IntStream.range(0, f.rowCount()).filter(c::isMissing).count();
                        boolean drop = s.how() == How.ANY ? missing > 0 : missing == f.rowCount() && f.rowCount() > 0;
                        if (!drop || c.name().equals(Transmission.BLOCK)) {
                            keep.add(c);
                        }
                    }
                    out = in.withFrame(Frame.of(keep));
                    p.put("axis", 1);
                    p.put("how", s.how().name().toLowerCase(java.util.Locale.ROOT));
                } else {
                    FlowColumn c = f.require(s.axis());
                    out = in.selectRows(IntStream.range(0, f.rowCount()).filter(r -> !c.isMissing(r)).toArray());
                    p.put("axis", s.axis());
                    p.put("how", null);
                }
                return out.withOperation(context.operation("dropna", p));
            }
        };
    }

    private static boolean isAxis(String axis) {
        return "row".equals(axis) || "columns".equals(axis);
    }

    private static boolean dropRow(Frame f, int r, How how) {
        int missing = 0;
        int counted = 0;
        for (FlowColumn c : f.columns()) {
            if (c.name().equals(Transmission.BLOCK)) {
                continue;
            }
            counted++;
            if (c.isMissing(r)) {
                missing++;
            }
        }
        return how == How.ANY ? missing > 0 : counted > 0 && missing == counted;
    }
}
