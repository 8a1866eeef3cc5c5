package org.fluorite.project;

/**
 * Told about every committed change of a {@link Project}, on the thread that made it; UI listeners
 * hand the work to their display thread.
 */
@FunctionalInterface
public interface ProjectListener {

    void changed(Project project, ProjectChange change);
}
