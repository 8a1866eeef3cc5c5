package org.fluorite.flow.ui.parts;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Finds the flowchart editor part the File commands act on, creating it in the viewer stack when there is none. */
final class EditorParts {

    /** The viewer stack of Application.e4xmi (org.fluorite.ui.FileOpener.VIEWER_STACK_ID). */
    static final String VIEWER_STACK_ID = "org.fluorite.ui.partstack.viewers";

    private EditorParts() {
    }

    /** The active flowchart editor, else the first open one, else a new one. */
    static FlowchartEditorPart editor(MApplication application, EModelService models, MPart active) {
        if (active != null && active.getObject() instanceof FlowchartEditorPart p) {
            return p;
        }
        MWindow window = application.getSelectedElement() != null ? application.getSelectedElement() : application.getChildren().get(0);
        EPartService parts = window.getContext().get(EPartService.class);
        for (MPart part : parts.getParts()) {
            if (FlowchartEditorPart.DESCRIPTOR_ID.equals(part.getElementId()) && part.getObject() instanceof FlowchartEditorPart p) {
                parts.showPart(part, PartState.ACTIVATE);
                return p;
            }
        }
        MPart part = parts.createPart(FlowchartEditorPart.DESCRIPTOR_ID);
        if (part == null) {
            return null;
        }
        if (models.find(VIEWER_STACK_ID, window) instanceof MPartStack stack) {
            stack.getChildren().add(part);
        }
        parts.showPart(part, PartState.ACTIVATE);
        return part.getObject() instanceof FlowchartEditorPart p ? p : null;
    }
}
