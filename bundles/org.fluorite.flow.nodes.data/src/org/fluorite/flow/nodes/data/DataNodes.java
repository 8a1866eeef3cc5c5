package org.fluorite.flow.nodes.data;

import java.nio.file.Path;

import org.fluorite.flow.node.DataType;
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.node.NodeConfigurationException;

/** What the data nodes share: their category, the view type, and how file settings are resolved. */
final class DataNodes {

    /** The palette category of these nodes. */
    static final String CATEGORY = "Data";

    /**
     * What the View nodes give: a JSON-compatible {@code Map<String, Object>} describing their
     * input, shown by the workbench and printed by {@code flow run --json}.
     */
    static final DataType VIEW = new DataType("view", java.util.Map.class);

    private DataNodes() {
    }

    /**
     * A file setting as a path: absolute as given, relative to the project directory when there is
     * one, else to the working directory.
     */
    static Path resolve(String setting, ExecutionContext context) throws NodeConfigurationException {
        if (setting == null || setting.isBlank()) {
            throw new NodeConfigurationException("Choose a file (the path setting is empty)");
        }
        Path p = Path.of(setting.trim());
        if (p.isAbsolute()) {
            return p;
        }
        return context.project().map(d -> d.resolve(p)).orElse(p.toAbsolutePath()).normalize();
    }
}
