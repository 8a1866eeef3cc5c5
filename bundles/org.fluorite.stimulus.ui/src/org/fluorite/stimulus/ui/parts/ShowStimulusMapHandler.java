package org.fluorite.stimulus.ui.parts;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * View &gt; Stimulus Map: shows the stimulus map in the tool stack beside the viewers, creating it
 * the first time (the stack is made visible when it was hidden).
 */
public class ShowStimulusMapHandler {

    /** The stack beside the viewers that holds tools (see the application model). */
    static final String TOOL_STACK_ID = "org.fluorite.ui.partstack.tools";

    @Execute
    public void execute(EPartService parts, EModelService models, MApplication application) {
        MPart part = parts.findPart(StimulusMapPart.DESCRIPTOR_ID);
        if (part == null) {
            part = parts.createPart(StimulusMapPart.DESCRIPTOR_ID);
            if (part == null) {
                return;
            }
            List<MPartStack> stacks = models.findElements(application, TOOL_STACK_ID, MPartStack.class, null);
            if (!stacks.isEmpty()) {
                MPartStack stack = stacks.get(0);
                stack.setToBeRendered(true);
                stack.setVisible(true);
                stack.getChildren().add(part);
            }
        }
        parts.showPart(part, PartState.ACTIVATE);
    }
}
