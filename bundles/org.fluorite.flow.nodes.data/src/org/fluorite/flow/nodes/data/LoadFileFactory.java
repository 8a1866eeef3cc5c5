package org.fluorite.flow.nodes.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fluorite.core.settings.Setting;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.hdf5.TransmissionHdf5;
import org.fluorite.flow.node.AbstractNodeFactory;
import org.fluorite.flow.node.DataSpec;
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.node.Inputs;
import org.fluorite.flow.node.Node;
import org.fluorite.flow.node.NodeConfigurationException;
import org.fluorite.flow.node.NodeFactory;
import org.fluorite.flow.node.PortSpec;
import org.osgi.service.component.annotations.Component;

/** LoadFile: a saved transmission file (.trn.h5) as the start of a flowchart. */
@Component(service = NodeFactory.class)
public class LoadFileFactory extends AbstractNodeFactory<LoadFileFactory.Settings> {

    /** @param path the transmission file; relative paths are relative to the project directory */
    public record Settings(@Setting(label = "Transmission file", alias = "load_trn",
            description = "A .trn.h5 file; relative to the project directory (e.g. trns/a.trn.h5)") String path) {
    }

    public LoadFileFactory() {
        super("data.LoadFile", "LoadFile", DataNodes.CATEGORY, "Loads a saved transmission file", new Settings(""), List.of(),
                List.of(PortSpec.transmission("Out")));
    }

    @Override
    protected Node createNode(Settings s) {
        return new Node() {
            @Override
            public List<DataSpec> configure(Inputs<DataSpec> inputs) throws NodeConfigurationException {
                if (s.path() == null || s.path().isBlank()) {
                    throw new NodeConfigurationException("Choose a transmission file (the path setting is empty)");
                }
                return new ArrayList<>(List.of(DataSpec.unknownTransmission()));
            }

            @Override
            public List<Object> execute(Inputs<Object> inputs, ExecutionContext context) throws Exception {
                java.nio.file.Path file = DataNodes.resolve(s.path(), context);
                Transmission t = TransmissionHdf5.load(file);
                Transmission out = t.withOperation(context.operation("load_file", Map.of("path", s.path())));
                return new ArrayList<>(List.of(out));
            }
        };
    }
}
