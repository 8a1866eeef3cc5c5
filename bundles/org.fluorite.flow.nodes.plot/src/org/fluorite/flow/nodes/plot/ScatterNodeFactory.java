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

/** Scatter: One point per row from two number columns, coloured and shaped by categories; in the workbench its plot opens in a plot part, refreshed on every run. */
@Component(service = org.fluorite.flow.node.NodeFactory.class)
public class ScatterNodeFactory extends AbstractNodeFactory<PlotSettings.Scatter> {

    private final PlotAnnouncer announcer = new PlotAnnouncer();

    public ScatterNodeFactory() {
        super("plot.Scatter", "Scatter", PlotNodes.CATEGORY, "One point per row from two number columns, coloured and shaped by categories", PlotSettings.Scatter.DEFAULT, TransmissionNode.INPUTS, PlotNodes.OUTPUTS);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setEventAdmin(EventAdmin admin) {
        announcer.set(admin);
    }

    void unsetEventAdmin(EventAdmin admin) {
        announcer.unset(admin);
    }

    @Override
    protected Node createNode(PlotSettings.Scatter s) {
        return PlotNodes.node(PlotKind.SCATTER, s, List.of(new PlotNodes.Need("X column", s.xColumn(), true, PlotNodes.NUMBERS),
                new PlotNodes.Need("Y column", s.yColumn(), true, PlotNodes.NUMBERS),
                new PlotNodes.Need("colour column", s.colourColumn(), false, PlotNodes.CATEGORIES),
                new PlotNodes.Need("shape column", s.shapeColumn(), false, PlotNodes.CATEGORIES)), announcer);
    }
}
