package org.fluorite.project.ui.parts;

import org.eclipse.e4.core.di.annotations.Execute;

/** View &gt; Project Browser: shows the browser of the current project. */
public class ShowProjectBrowserHandler {

    @Execute
    public void execute(ProjectActions actions) {
        actions.showBrowser();
    }
}
