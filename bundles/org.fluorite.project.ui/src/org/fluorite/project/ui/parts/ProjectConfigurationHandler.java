package org.fluorite.project.ui.parts;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.project.Project;
import org.fluorite.project.ui.CurrentProject;

import jakarta.inject.Named;

/** File &gt; Project Configuration...: add or remove columns of the current project. */
public class ProjectConfigurationHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(CurrentProject.KEY) Project project) {
        return project != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ProjectActions actions) {
        actions.configure(shell);
    }
}
