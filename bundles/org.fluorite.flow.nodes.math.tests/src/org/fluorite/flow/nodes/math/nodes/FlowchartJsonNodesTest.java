package org.fluorite.flow.nodes.math.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fluorite.core.settings.SettingsRecords;
import org.fluorite.flow.graph.FlowNode;
import org.fluorite.flow.graph.Flowchart;
import org.fluorite.flow.graph.FlowchartJson;
import org.fluorite.flow.node.NodeFactory;
import org.fluorite.flow.node.NodeRegistry;
import org.fluorite.flow.nodes.math.numerics.ArrayStatistics;
import org.fluorite.flow.nodes.math.numerics.Elementwise;
import org.fluorite.flow.nodes.signal.nodes.ButterworthFactory;
import org.fluorite.flow.nodes.signal.nodes.IRFFTFactory;
import org.fluorite.flow.nodes.signal.nodes.NormalizeFactory;
import org.fluorite.flow.nodes.signal.nodes.PeakDetectFactory;
import org.fluorite.flow.nodes.signal.nodes.PeakFeaturesFactory;
import org.fluorite.flow.nodes.signal.nodes.PowSpecDensFactory;
import org.fluorite.flow.nodes.signal.nodes.RFFTFactory;
import org.fluorite.flow.nodes.signal.nodes.ResampleFactory;
import org.fluorite.flow.nodes.signal.nodes.SavitzkyGolayFactory;
import org.fluorite.flow.nodes.signal.nodes.ScalerMeanVarianceFactory;
import org.junit.jupiter.api.Test;

/**
 * Every Signal and Math node registers without id clashes, and a flowchart holding all of them with
 * non-default settings survives the flowchart JSON (settings by component name, enums by name).
 */
class FlowchartJsonNodesTest {

    static final List<NodeFactory> ALL = List.of(new ButterworthFactory(), new SavitzkyGolayFactory(), new PowSpecDensFactory(),
            new ResampleFactory(), new ScalerMeanVarianceFactory(), new NormalizeFactory(), new RFFTFactory(), new IRFFTFactory(),
            new PeakDetectFactory(), new PeakFeaturesFactory(), new DerivativeFactory(), new TVDiffFactory(), new XpowerYFactory(),
            new AbsoluteValueFactory(), new LogTransformFactory(), new ArrayStatsFactory(), new ArgGroupStatFactory(),
            new ZScoreFactory(), new LinRegressFactory());

    @Test
    void nodesRegisterAndRoundTripThroughFlowchartJson() {
        NodeRegistry registry = new NodeRegistry();
        for (NodeFactory f : ALL) {
            assertTrue(registry.addFactory(f), f.id());
        }
        assertEquals(List.of(), registry.problems());
        assertEquals(10, ALL.stream().filter(f -> f.category().equals("Signal")).count());
        assertEquals(9, ALL.stream().filter(f -> f.category().equals("Math")).count());
        Flowchart chart = new Flowchart();
        Map<String, Record> settings = new LinkedHashMap<>();
        for (NodeFactory f : ALL) {
            Record s = f.defaultSettings();
            if (f instanceof LogTransformFactory) {
                s = new LogTransformFactory.Settings("_X", Elementwise.LogKind.MODLN);
            } else if (f instanceof ArrayStatsFactory) {
                s = new ArrayStatsFactory.Settings("_X", ArrayStatistics.NANSTD, "cell_type", "stage", "spread");
            } else if (f instanceof ButterworthFactory) {
                s = new ButterworthFactory.Settings("_RAW_CURVE", 5, 0.75);
            } else if (f instanceof PeakDetectFactory) {
                s = new PeakDetectFactory.Settings("_RAW_CURVE", false, -0.5, 0.1, 0.2);
            }
            FlowNode n = chart.add(f, s, 10, 20);
            settings.put(n.id(), s);
        }
        String json = FlowchartJson.write(chart);
        Flowchart back = FlowchartJson.read(json, id -> ALL.stream().filter(f -> f.id().equals(id)).findFirst()
                .map(NodeFactory.class::cast).or(Optional::empty));
        assertEquals(ALL.size(), back.nodes().size());
        for (FlowNode n : back.nodes()) {
            assertEquals(settings.get(n.id()), n.settings(), n.factory().id());
            assertEquals(SettingsRecords.toMap(settings.get(n.id())), SettingsRecords.toMap(n.settings()));
        }
        assertTrue(json.contains("\"MODLN\""), json);
    }
}
