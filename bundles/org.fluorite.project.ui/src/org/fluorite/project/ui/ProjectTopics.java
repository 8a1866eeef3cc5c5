package org.fluorite.project.ui;

/** Event broker topics of the project workbench. */
public final class ProjectTopics {

    /** Samples or columns of a project changed (data: the project folder, String). */
    public static final String CHANGED = "fluorite/project/changed";

    private ProjectTopics() {
    }
}
