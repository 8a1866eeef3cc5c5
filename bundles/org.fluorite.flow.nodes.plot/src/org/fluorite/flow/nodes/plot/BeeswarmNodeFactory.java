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

/** Beeswarm: Values of a number column per group as a swarm of points with violins; in the workbench its plot opens in a plot part, refreshed on every run. */
@Component(service = org.fluorite.flow.node.NodeFactory.class)
public class BeeswarmNodeFactory extends AbstractNodeFactory<PlotSettings.Beeswarm> {

    private final PlotAnnouncer announcer = new PlotAnnouncer();

    public BeeswarmNodeFactory() {
        super("plot.Beeswarm", "Beeswarm", PlotNodes.CATEGORY, "Values of a number column per group as a swarm of points with violins", PlotSettings.Beeswarm.DEFAULT, TransmissionNode.INPUTS, PlotNodes.OUTPUTS);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setEventAdmin(EventAdmin admin) {
        announcer.set(admin);
    }

    void unsetEventAdmin(EventAdmin admin) {
        announcer.unset(admin);
    }

    @Override
    protected Node createNode(PlotSettings.Beeswarm s) {
        return PlotNodes.node(PlotKind.BEESWARM, s, List.of(new PlotNodes.Need("value column", s.valueColumn(), true, PlotNodes.NUMBERS),
                new PlotNodes.Need("group column", s.groupColumn(), false, PlotNodes.CATEGORIES)), announcer);
    }
}
