package org.fluorite.flow.nodes.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fluorite.core.meta.Metadata;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Frame;
import org.fluorite.flow.HistoryOperation;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.node.DataSpec;
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.node.Inputs;
import org.fluorite.flow.node.Node;
import org.fluorite.flow.node.NodeConfigurationException;
import org.fluorite.flow.node.NodeFactory;
import org.fluorite.flow.node.NodeRegistry;
import org.fluorite.plot.Heatmap;
import org.fluorite.plot.PlotDocument;
import org.fluorite.plot.PlotKind;
import org.fluorite.plot.PlotSettings;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

class PlotNodesTest {

    static Transmission data() {
        Frame f = Frame.of(FlowColumn.ofArrays("_RAW_CURVE", "", new double[][] {{1, 2}, {3, 4}, {5, 6}}),
                FlowColumn.ofText("cell", new String[] {"b", "a", "b"}), FlowColumn.ofDoubles("_amp", "", new double[] {1, 2, 3}));
        return Transmission.spawn(f, HistoryOperation.of("data.LoadFile", "load_file", Map.of()), Metadata.EMPTY);
    }

    @Test
    void theFiveNodesRegisterWithStableIdsInThePlotCategory() {
        NodeRegistry r = new NodeRegistry();
        List<NodeFactory> all = List.of(new HeatmapNodeFactory(), new ScatterNodeFactory(), new BeeswarmNodeFactory(),
                new ProportionsNodeFactory(), new SimplePlotNodeFactory());
        for (NodeFactory f : all) {
            assertTrue(r.addFactory(f), f.id() + " " + r.problems());
            assertEquals("Plot", f.category());
            assertEquals("plot", f.outputs().get(0).type().id());
        }
        assertEquals(List.of("plot.Heatmap", "plot.Scatter", "plot.Beeswarm", "plot.Proportions", "plot.SimplePlot"),
                all.stream().map(NodeFactory::id).toList());
    }

    @Test
    void configureNamesMissingOrWrongColumns() throws Exception {
        DataSpec in = DataSpec.of(data());
        Node ok = new HeatmapNodeFactory().create(new PlotSettings.Heatmap("_RAW_CURVE", "cell", PlotSettings.ColormapName.VIRIDIS, true, 0, 1));
        assertEquals(PlotNodes.PLOT, ok.configure(Inputs.of(in)).get(0).type());
        Node missing = new HeatmapNodeFactory().create(new PlotSettings.Heatmap("_DFOF", "cell", PlotSettings.ColormapName.VIRIDIS, true, 0, 1));
        NodeConfigurationException e = assertThrows(NodeConfigurationException.class, () -> missing.configure(Inputs.of(in)));
        assertTrue(e.getMessage().contains("_DFOF"), e.getMessage());
        Node wrongType = new ScatterNodeFactory().create(new PlotSettings.Scatter("_RAW_CURVE", "_amp", "", "", false, false, 6));
        assertThrows(NodeConfigurationException.class, () -> wrongType.configure(Inputs.of(in)));
        Node unset = new ScatterNodeFactory().create(PlotSettings.Scatter.DEFAULT);
        NodeConfigurationException u = assertThrows(NodeConfigurationException.class, () -> unset.configure(Inputs.of(in)));
        assertEquals("Choose the Scatter's X column in the settings", u.getMessage());
    }

    @Test
    void executeGivesThePlotAndAnnouncesItThroughEventAdmin() throws Exception {
        List<Event> events = new ArrayList<>();
        EventAdmin admin = new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                events.add(event);
            }

            @Override
            public void sendEvent(Event event) {
                events.add(event);
            }
        };
        HeatmapNodeFactory f = new HeatmapNodeFactory();
        PlotSettings.Heatmap s = new PlotSettings.Heatmap("_RAW_CURVE", "cell", PlotSettings.ColormapName.MAGMA, true, 0, 1);
        Node n = f.create(s);
        Transmission t = data();
        ExecutionContext ctx = new ExecutionContext(f.id(), "Heatmap.0", org.fluorite.core.progress.ProgressMonitor.NONE, null, false);
        PlotDocument headless = (PlotDocument) n.execute(Inputs.of((Object) t), ctx).get(0);
        assertEquals(0, events.size(), "no EventAdmin, no announcement");
        assertEquals(PlotKind.HEATMAP, headless.kind());
        f.setEventAdmin(admin);
        PlotDocument doc = (PlotDocument) n.execute(Inputs.of((Object) t), ctx).get(0);
        assertEquals(s, doc.settings());
        assertEquals(1, ((Heatmap) doc.model()).rowOfLine(0), "row 1 (cell a) first");
        assertEquals(1, events.size());
        assertEquals(PlotShown.TOPIC, events.get(0).getTopic());
        PlotShown shown = (PlotShown) events.get(0).getProperty(PlotShown.DATA);
        assertEquals("Heatmap.0", shown.nodeName());
        assertEquals(doc, shown.plot());
        f.unsetEventAdmin(admin);
        n.execute(Inputs.of((Object) t), ctx);
        assertEquals(1, events.size());
        Node bad = new BeeswarmNodeFactory().create(new PlotSettings.Beeswarm("cell", "", 0.05, true));
        assertThrows(IllegalArgumentException.class, () -> bad.execute(Inputs.of((Object) t), ctx));
    }
}
