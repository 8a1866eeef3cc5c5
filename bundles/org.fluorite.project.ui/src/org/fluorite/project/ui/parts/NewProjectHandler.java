package org.fluorite.project.ui.parts;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** File &gt; New Project...: location, name and columns of a new project. */
public class NewProjectHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ProjectActions actions) {
        actions.newProject(shell);
    }
}
