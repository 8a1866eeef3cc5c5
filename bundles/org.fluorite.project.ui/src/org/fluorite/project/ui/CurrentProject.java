package org.fluorite.project.ui;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.fluorite.project.Project;

/**
 * The project the workbench works on (browser, add to project, welcome section): kept in the
 * application's context under {@link #KEY}, so parts can inject it with
 * {@code @Inject @Optional @Named(CurrentProject.KEY) Project} and follow changes.
 */
public final class CurrentProject {

    /** Context key of the current {@link Project}. */
    public static final String KEY = "org.fluorite.project.ui.current";

    private CurrentProject() {
    }

    /** The current project seen from {@code context} (looked up through its parents), or null. */
    public static Project get(IEclipseContext context) {
        return context != null && context.get(KEY) instanceof Project p ? p : null;
    }

    /** Makes {@code project} (or none, for null) the current project of {@code applicationContext}. */
    public static void set(IEclipseContext applicationContext, Project project) {
        applicationContext.set(KEY, project);
    }
}
