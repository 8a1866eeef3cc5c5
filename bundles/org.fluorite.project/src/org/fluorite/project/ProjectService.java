package org.fluorite.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Opens, caches and closes projects for the workbench (browser, welcome part, add-to-project
 * dialog) and engines in the same process: one {@link Project} per folder, shared by every caller,
 * with the installed formats and the recent-projects list. An OSGi service
 * ({@code DefaultProjectService}).
 */
public interface ProjectService {

    /** Creates a project and opens it (and puts it first in the recent list). */
    Project create(Path dir, String name, ProjectConfiguration configuration) throws IOException;

    /** The open project of {@code dir}, opening it if needed (and putting it first in the recent list). */
    Project open(Path dir) throws IOException;

    /** The open project of {@code dir}, if any. */
    Optional<Project> find(Path dir);

    /** All open projects, in the order opened. */
    List<Project> openProjects();

    /** Closes the project of {@code dir} if open. */
    void close(Path dir) throws IOException;

    /** Recently opened project folders, newest first. */
    List<Path> recentProjects() throws IOException;
}
