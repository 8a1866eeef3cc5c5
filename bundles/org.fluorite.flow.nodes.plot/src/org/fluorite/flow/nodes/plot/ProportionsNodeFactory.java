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

/** Proportions: Counts of one category within another, as bars or a heatmap; in the workbench its plot opens in a plot part, refreshed on every run. */
@Component(service = org.fluorite.flow.node.NodeFactory.class)
public class ProportionsNodeFactory extends AbstractNodeFactory<PlotSettings.Proportions> {

    private final PlotAnnouncer announcer = new PlotAnnouncer();

    public ProportionsNodeFactory() {
        super("plot.Proportions", "Proportions", PlotNodes.CATEGORY, "Counts of one category within another, as bars or a heatmap", PlotSettings.Proportions.DEFAULT, TransmissionNode.INPUTS, PlotNodes.OUTPUTS);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setEventAdmin(EventAdmin admin) {
        announcer.set(admin);
    }

    void unsetEventAdmin(EventAdmin admin) {
        announcer.unset(admin);
    }

    @Override
    protected Node createNode(PlotSettings.Proportions s) {
        return PlotNodes.node(PlotKind.PROPORTIONS, s, List.of(new PlotNodes.Need("X category", s.xColumn(), true, PlotNodes.CATEGORIES),
                new PlotNodes.Need("counted category", s.yColumn(), true, PlotNodes.CATEGORIES)), announcer);
    }
}
