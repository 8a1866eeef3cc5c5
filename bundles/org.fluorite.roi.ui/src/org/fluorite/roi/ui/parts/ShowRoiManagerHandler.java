package org.fluorite.roi.ui.parts;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.fluorite.ui.ToolParts;

/** View &gt; ROI Manager: shows the ROI manager in the tool stack beside the viewers. */
public class ShowRoiManagerHandler {

    @Execute
    public void execute(EPartService parts, EModelService models, MApplication application) {
        ToolParts.show(parts, models, application, RoiManagerPart.DESCRIPTOR_ID);
    }
}
