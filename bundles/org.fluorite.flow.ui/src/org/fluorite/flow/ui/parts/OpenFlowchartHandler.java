package org.fluorite.flow.ui.parts;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.flow.ui.FlowchartCommands;

import jakarta.inject.Named;

/** File &gt; Open Flowchart: a saved flowchart (JSON) from the project's flowcharts/ or anywhere. */
public class OpenFlowchartHandler {

    @Execute
    public void execute(MApplication application, EModelService models, @Optional @Named(IServiceConstants.ACTIVE_PART) MPart active,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        FlowchartEditorPart p = EditorParts.editor(application, models, active);
        if (p == null) {
            return;
        }
        FlowchartCommands commands = FlowchartCommands.withDialogs(shell);
        commands.open(p.editor());
        p.updateLabel();
    }
}
