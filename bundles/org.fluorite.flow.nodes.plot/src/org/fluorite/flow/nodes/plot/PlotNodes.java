package org.fluorite.flow.nodes.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.fluorite.flow.ColumnType;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.node.DataSpec;
import org.fluorite.flow.node.DataType;
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.node.Inputs;
import org.fluorite.flow.node.Node;
import org.fluorite.flow.node.NodeConfigurationException;
import org.fluorite.flow.node.PortSpec;
import org.fluorite.plot.PlotDocument;
import org.fluorite.plot.PlotKind;
import org.fluorite.plot.PlotModel;

/** What the plot nodes share: the category, the "Plot" terminal type and the node body. */
public final class PlotNodes {

    /** Palette category of the plot nodes. */
    public static final String CATEGORY = "Plot";
    /** Terminal type of a plot ({@link PlotDocument}). */
    public static final DataType PLOT = new DataType("plot", PlotDocument.class);
    /** The single output terminal. */
    public static final List<PortSpec> OUTPUTS = List.of(PortSpec.of("Plot", PLOT));

    private PlotNodes() {
    }

    /**
     * A column the settings name.
     *
     * @param what the setting's meaning, for messages ("data column")
     * @param column the name chosen (empty = none)
     * @param required true when the plot cannot be drawn without it
     * @param types the column types the plot can use
     */
    record Need(String what, String column, boolean required, ColumnType... types) {
    }

    /**
     * The node of a plot kind: checks that the columns the settings name exist with usable types,
     * builds the plot (so bad data fail the node with the model's message) and announces it.
     */
    static Node node(PlotKind kind, Record settings, List<Need> needs, Consumer<PlotShown> announcer) {
        return new Node() {
            @Override
            public List<DataSpec> configure(Inputs<DataSpec> inputs) throws NodeConfigurationException {
                if (!inputs.present(0)) {
                    throw new NodeConfigurationException("Connect a transmission to the In terminal");
                }
                DataSpec in = inputs.get(0);
                for (Need n : needs) {
                    if (n.column() == null || n.column().isEmpty()) {
                        if (n.required()) {
                            throw new NodeConfigurationException("Choose the " + kind.label() + "'s " + n.what() + " in the settings");
                        }
                        continue;
                    }
                    in.requireColumn(n.column(), n.types());
                }
                return new ArrayList<>(List.of(DataSpec.of(PLOT)));
            }

            @Override
            public List<Object> execute(Inputs<Object> inputs, ExecutionContext context) {
                Transmission t = inputs.transmission(0);
                context.checkCancelled();
                PlotModel.build(kind, t, settings);
                PlotDocument doc = new PlotDocument(kind, settings, t);
                announcer.accept(new PlotShown(context.nodeName(), doc));
                return new ArrayList<>(List.of(doc));
            }
        };
    }

    /** Categorical column types. */
    static final ColumnType[] CATEGORIES = {ColumnType.TEXT, ColumnType.LONG, ColumnType.DOUBLE, ColumnType.UUID};
    /** Number column types. */
    static final ColumnType[] NUMBERS = {ColumnType.DOUBLE, ColumnType.LONG};
}
