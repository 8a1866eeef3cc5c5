package org.fluorite.flow.nodes.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.settings.Setting;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.node.AbstractNodeFactory;
import org.fluorite.flow.node.DataSpec;
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.node.Inputs;
import org.fluorite.flow.node.Node;
import org.fluorite.flow.node.NodeConfigurationException;
import org.fluorite.flow.node.NodeFactory;
import org.fluorite.flow.node.PortSpec;
import org.fluorite.project.ProjectService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * LoadProjDF: a tab of the project the flowchart runs in (the whole project for "root") as a new
 * transmission of one data block: one row per ROI with the project table's columns,
 * {@code _RAW_CURVE} (the ROI's trace), {@code _SAMPLING_RATE} (the sample's frame rate, Hz, NaN
 * when unknown) and {@code _BLOCK_}. Its history starts with "spawn_transmission" naming the tab
 * and its filter history. See {@link ProjectTransmissions} for the conversion.
 *
 * <p>In the workbench the project comes from the {@link ProjectService} (the same open project
 * the browser shows); headless ({@code flow run --project DIR}) the project is opened for the run
 * and closed again.
 */
@Component(service = NodeFactory.class)
public class LoadProjDFFactory extends AbstractNodeFactory<LoadProjDFFactory.Settings> {

    /** @param tab the project browser tab; "root" for the whole project */
    public record Settings(@Setting(label = "Tab", alias = "DF_Name", description = "A project browser tab, or root") String tab) {
    }

    private volatile ProjectService projects;

    public LoadProjDFFactory() {
        super("data.LoadProjDF", "LoadProjDF", DataNodes.CATEGORY, "A project tab as a transmission with the ROIs' raw curves",
                new Settings("root"), List.of(), List.of(PortSpec.transmission("Out")));
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setProjectService(ProjectService service) {
        this.projects = service;
    }

    public void unsetProjectService(ProjectService service) {
        if (projects == service) {
            projects = null;
        }
    }

    @Override
    protected Node createNode(Settings s) {
        return new Node() {
            @Override
            public List<DataSpec> configure(Inputs<DataSpec> inputs) throws NodeConfigurationException {
                if (s.tab() == null || s.tab().isBlank()) {
                    throw new NodeConfigurationException("Choose a project tab (or root for the whole project)");
                }
                return new ArrayList<>(List.of(DataSpec.unknownTransmission()));
            }

            @Override
            public List<Object> execute(Inputs<Object> inputs, ExecutionContext context) throws Exception {
                Transmission t = ProjectAccess.with(projects, context, "LoadProjDF", null,
                        p -> ProjectTransmissions.fromTab(p, s.tab(), context));
                return new ArrayList<>(List.of(t));
            }
        };
    }

    /** The parameters of the spawn operation (Mesmerize's names). */
    static Map<String, Object> spawnParameters(String tab, List<String> filters) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("sub_dataframe_name", tab);
        p.put("dataframe_filter_history", Map.of("dataframe_filter_history", filters));
        return p;
    }
}
