package org.fluorite.flow.nodes.data;

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
import org.fluorite.flow.node.NodeFactory;
import org.fluorite.flow.node.TransmissionNode;
import org.osgi.service.component.annotations.Component;

/**
 * TextFilter: keeps (include) or drops (exclude) the rows whose value in a categorical column is
 * exactly the filter text, as Mesmerize compares {@code str(value) == filter} (a missing value is
 * the text "None"). Logs "text_filter" with column, filter, include, exclude.
 */
@Component(service = NodeFactory.class)
public class TextFilterFactory extends AbstractNodeFactory<TextFilterFactory.Settings> {

    /** Include keeps the matching rows, Exclude drops them. */
    public enum Mode {
        INCLUDE, EXCLUDE
    }

    /**
     * @param column categorical column
     * @param filter the value to match exactly
     * @param mode   include or exclude the matching rows
     */
    public record Settings(@Setting(label = "Column", alias = "Column") String column,
            @Setting(label = "Filter", alias = "filter", description = "The exact value to match") String filter,
            @Setting(label = "Rows that match", alias = "Include/Exclude") Mode mode) {

        public Settings {
            mode = mode == null ? Mode.INCLUDE : mode;
        }
    }

    public TextFilterFactory() {
        super("data.TextFilter", "TextFilter", DataNodes.CATEGORY, "Keeps or drops rows by the value of a categorical column",
                new Settings("", "", Mode.INCLUDE), TransmissionNode.INPUTS, TransmissionNode.OUTPUTS);
    }

    @Override
    protected Node createNode(Settings s) {
        return new TransmissionNode() {
            @Override
            protected DataSpec configure(DataSpec input) throws NodeConfigurationException {
                if (s.column() == null || s.column().isBlank()) {
                    throw new NodeConfigurationException("Choose the categorical column to filter on");
                }
                input.requireColumn(s.column(), ColumnType.TEXT, ColumnType.UUID);
                return input;
            }

            @Override
            protected Transmission execute(Transmission in, ExecutionContext context) {
                FlowColumn c = in.column(s.column());
                boolean include = s.mode() == Mode.INCLUDE;
                int[] keep = java.util.stream.IntStream.range(0, in.rowCount()).filter(r -> {
                    Object v = c.get(r);
                    boolean match = (v == null ? "None" : v.toString()).equals(s.filter());
                    return match == include;
                }).toArray();
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("column", s.column());
                p.put("filter", s.filter());
                p.put("include", include);
                p.put("exclude", !include);
                return in.selectRows(keep).withOperation(context.operation("text_filter", p));
            }
        };
    }
}
