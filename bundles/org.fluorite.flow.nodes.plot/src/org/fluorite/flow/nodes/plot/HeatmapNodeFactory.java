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

/** Heatmap: Rows of an array column as colour lines, grouped by a category; in the workbench its plot opens in a plot part, refreshed on every run. */
@Component(service = org.fluorite.flow.node.NodeFactory.class)
public class HeatmapNodeFactory extends AbstractNodeFactory<PlotSettings.Heatmap> {

    private final PlotAnnouncer announcer = new PlotAnnouncer();

    public HeatmapNodeFactory() {
        super("plot.Heatmap", "Heatmap", PlotNodes.CATEGORY, "Rows of an array column as colour lines, grouped by a category", PlotSettings.Heatmap.DEFAULT, TransmissionNode.INPUTS, PlotNodes.OUTPUTS);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setEventAdmin(EventAdmin admin) {
        announcer.set(admin);
    }

    void unsetEventAdmin(EventAdmin admin) {
        announcer.unset(admin);
    }

    @Override
    protected Node createNode(PlotSettings.Heatmap s) {
        return PlotNodes.node(PlotKind.HEATMAP, s, List.of(new PlotNodes.Need("data column", s.dataColumn(), true, ColumnType.ARRAY),
                new PlotNodes.Need("sort column", s.sortColumn(), false, PlotNodes.CATEGORIES)), announcer);
    }
}
