package org.fluorite.flow.nodes.plot;

import java.util.List;

import org.fluorite.flow.ColumnType;
import org.fluorite.flow.node.AbstractNodeFactory;
import org.fluorite.flow.node.Node;
import org.fluorite.flow.node.TransmissionNode;
import org.fluorite.plot.PlotKind;
import org.fluorite.plot.PlotSettings;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;

/** SimplePlot: Curves of an array column, coloured by group; in the workbench its plot opens in a plot part, refreshed on every run. */
@Component(service = org.fluorite.flow.node.NodeFactory.class)
public class SimplePlotNodeFactory extends AbstractNodeFactory<PlotSettings.Simple> {

    private final PlotAnnouncer announcer = new PlotAnnouncer();

    public SimplePlotNodeFactory() {
        super("plot.SimplePlot", "SimplePlot", PlotNodes.CATEGORY, "Curves of an array column, coloured by group", PlotSettings.Simple.DEFAULT, TransmissionNode.INPUTS, PlotNodes.OUTPUTS);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setEventAdmin(EventAdmin admin) {
        announcer.set(admin);
    }

    void unsetEventAdmin(EventAdmin admin) {
        announcer.unset(admin);
    }

    @Override
    protected Node createNode(PlotSettings.Simple s) {
        return PlotNodes.node(PlotKind.SIMPLE, s, List.of(new PlotNodes.Need("data column", s.dataColumn(), true, ColumnType.ARRAY),
                new PlotNodes.Need("group column", s.groupColumn(), false, PlotNodes.CATEGORIES)), announcer);
    }
}
