package org.fluorite.flow.nodes.data;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.fluorite.core.meta.Metadata;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Table;
import org.fluorite.flow.Tables;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.node.NodeConfigurationException;
import org.fluorite.project.Project;
import org.fluorite.project.ProjectTab;
import org.fluorite.project.ProjectTable;
import org.fluorite.project.Sample;
import org.fluorite.project.SampleId;

/**
 * Project table rows to a transmission ({@link Tables#spawn}). Rows without a ROI (samples
 * without ROIs) are left out. Each row gets its ROI's trace as {@code _RAW_CURVE} and its
 * sample's frame rate (Hz) as {@code _SAMPLING_RATE}.
 */
public final class ProjectTransmissions {

    private ProjectTransmissions() {
    }

    /**
     * The tab's rows as a new transmission.
     *
     * @throws NodeConfigurationException when the tab does not exist (naming the tabs there are)
     */
    public static Transmission fromTab(Project project, String tabName, ExecutionContext context)
            throws IOException, NodeConfigurationException {
        ProjectTab tab = ProjectTab.root();
        if (!ProjectTab.ROOT.equals(tabName)) {
            List<ProjectTab> tabs = project.tabs();
            tab = tabs.stream().filter(t -> t.name().equals(tabName)).findFirst().orElseThrow(() -> new NodeConfigurationException(
                    "The project has no tab '" + tabName + "' (tabs: root" + tabs.stream().map(t -> ", " + t.name()).reduce("", String::concat)
                            + ")"));
        }
        Table rows = tab.apply(project.table());
        context.checkCancelled();
        Column roi = rows.require(ProjectTable.ROI_UUID);
        List<Integer> keep = new ArrayList<>();
        List<String> uuids = new ArrayList<>();
        for (int r = 0; r < rows.rowCount(); r++) {
            String u = roi.getText(r);
            if (u != null && !u.isEmpty()) {
                keep.add(r);
                uuids.add(u);
            }
        }
        Table withRois = rows.selectRows(keep.stream().mapToInt(Integer::intValue).toArray());
        Map<String, double[]> traces = project.traces(uuids);
        double[][] curves = new double[uuids.size()][];
        for (int i = 0; i < curves.length; i++) {
            curves[i] = traces.get(uuids.get(i));
        }
        double[] rates = samplingRates(project, withRois.require(ProjectTable.SAMPLE_ID));
        Metadata meta = Metadata.EMPTY.with("name", tabName).with(Transmission.PROJECT, project.directory().toString());
        return Tables.spawn(withRois, curves, rates,
                context.operation("spawn_transmission", LoadProjDFFactory.spawnParameters(tabName, tab.describeHistory())), meta);
    }

    private static double[] samplingRates(Project project, Column sampleIds) throws IOException {
        Map<String, Double> bySample = new HashMap<>();
        double[] out = new double[sampleIds.size()];
        for (int r = 0; r < out.length; r++) {
            String id = sampleIds.getText(r);
            Double rate = bySample.get(id);
            if (rate == null) {
                OptionalDouble fps = project.sample(SampleId.parse(id)).map(Sample::metadata).map(Metadata::fps)
                        .orElse(OptionalDouble.empty());
                rate = fps.isPresent() ? fps.getAsDouble() : Double.NaN;
                bySample.put(id, rate);
            }
            out[r] = rate;
        }
        return out;
    }
}
