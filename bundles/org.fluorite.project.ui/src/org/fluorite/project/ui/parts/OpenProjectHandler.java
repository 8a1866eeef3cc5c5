package org.fluorite.project.ui.parts;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** File &gt; Open Project...: a project folder becomes the current project, shown in the browser. */
public class OpenProjectHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ProjectActions actions) {
        actions.chooseAndOpen(shell);
    }
}
