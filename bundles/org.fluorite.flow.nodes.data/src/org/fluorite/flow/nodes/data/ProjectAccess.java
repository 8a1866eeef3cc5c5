package org.fluorite.flow.nodes.data;

import java.io.IOException;
import java.nio.file.Path;

import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.node.NodeConfigurationException;
import org.fluorite.io.FormatRegistry;
import org.fluorite.project.Project;
import org.fluorite.project.ProjectOptions;
import org.fluorite.project.ProjectService;

/**
 * The project a node reads: the {@link ProjectService}'s open project in the workbench (the one
 * the browser shows), else the project folder of the run opened for the duration of the work.
 */
final class ProjectAccess {

    /** Work on an open project. */
    @FunctionalInterface
    interface Work<T> {
        T apply(Project project) throws Exception;
    }

    private ProjectAccess() {
    }

    static <T> T with(ProjectService service, ExecutionContext context, String node, FormatRegistry formats, Work<T> work)
            throws Exception {
        Path dir = context.project().orElseThrow(() -> new NodeConfigurationException(
                node + " needs a project: open one in the workbench, or give --project DIR to flow run"));
        if (service != null) {
            return work.apply(service.open(dir));
        }
        try (Project p = open(dir, formats)) {
            return work.apply(p);
        }
    }

    private static Project open(Path dir, FormatRegistry formats) throws IOException {
        return Project.open(dir, ProjectOptions.of(formats == null ? new FormatRegistry() : formats));
    }
}
