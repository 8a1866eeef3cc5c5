package org.fluorite.ui;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * Tool parts (ROI manager, stimulus map, ...) live in one stack beside the viewers. Their "show"
 * handlers call {@link #show}, which creates the part the first time and makes the stack visible.
 */
public final class ToolParts {

    /** The stack beside the viewers that holds tools (see Application.e4xmi). */
    public static final String TOOL_STACK_ID = "org.fluorite.ui.partstack.tools";

    private ToolParts() {
    }

    /** Shows (creating if needed) the single part of {@code descriptorId} in the tool stack. */
    public static MPart show(EPartService parts, EModelService models, MApplication application, String descriptorId) {
        MPart part = parts.findPart(descriptorId);
        if (part == null) {
            part = parts.createPart(descriptorId);
            if (part == null) {
                return null;
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
        return part;
    }
}
