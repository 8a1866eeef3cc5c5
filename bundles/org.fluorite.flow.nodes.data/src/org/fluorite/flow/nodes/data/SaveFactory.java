package org.fluorite.flow.nodes.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.fluorite.core.settings.Setting;
import org.fluorite.flow.hdf5.TransmissionHdf5;
import org.fluorite.flow.node.AbstractNodeFactory;
import org.fluorite.flow.node.DataSpec;
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.node.Inputs;
import org.fluorite.flow.node.Node;
import org.fluorite.flow.node.NodeConfigurationException;
import org.fluorite.flow.node.NodeFactory;
import org.fluorite.flow.node.TransmissionNode;
import org.osgi.service.component.annotations.Component;

/**
 * Save: writes its input transmission to a file. As in Mesmerize an existing file is not
 * overwritten unless {@code overwrite} is set. No output terminal.
 */
@Component(service = NodeFactory.class)
public class SaveFactory extends AbstractNodeFactory<SaveFactory.Settings> {

    /**
     * @param path      the file to write; relative paths are relative to the project directory
     * @param overwrite replace an existing file
     */
    public record Settings(
            @Setting(label = "File", alias = "saveBtn", description = "Where to save, e.g. trns/result.trn.h5") String path,
            @Setting(label = "Overwrite an existing file") boolean overwrite) {
    }

    public SaveFactory() {
        super("data.Save", "Save", DataNodes.CATEGORY, "Saves the input transmission to an HDF5 file", new Settings("", false),
                TransmissionNode.INPUTS, List.of());
    }

    @Override
    protected Node createNode(Settings s) {
        return new Node() {
            @Override
            public List<DataSpec> configure(Inputs<DataSpec> inputs) throws NodeConfigurationException {
                if (!inputs.present(0)) {
                    throw new NodeConfigurationException("Connect a transmission to the In terminal");
                }
                if (s.path() == null || s.path().isBlank()) {
                    throw new NodeConfigurationException("Choose a file to save to (the path setting is empty)");
                }
                return List.of();
            }

            @Override
            public List<Object> execute(Inputs<Object> inputs, ExecutionContext context) throws Exception {
                Path file = DataNodes.resolve(s.path(), context);
                if (Files.exists(file) && !s.overwrite()) {
                    throw new NodeConfigurationException(file + " already exists: choose a new file or set overwrite");
                }
                TransmissionHdf5.save(inputs.transmission(0), file);
                return new ArrayList<>();
            }
        };
    }
}
