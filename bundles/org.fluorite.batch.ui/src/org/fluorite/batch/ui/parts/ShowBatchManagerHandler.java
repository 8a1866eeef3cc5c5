package org.fluorite.batch.ui.parts;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.fluorite.ui.ToolParts;

/** View &gt; Batch Manager: shows the batch manager in the tool stack beside the viewers. */
public class ShowBatchManagerHandler {

    @Execute
    public void execute(EPartService parts, EModelService models, MApplication application) {
        ToolParts.show(parts, models, application, BatchManagerPart.DESCRIPTOR_ID);
    }
}
