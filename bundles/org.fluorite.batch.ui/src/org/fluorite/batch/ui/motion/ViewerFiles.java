package org.fluorite.batch.ui.motion;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.fluorite.ui.DataPresenter;
import org.fluorite.ui.FileOpener;
import org.fluorite.viewer.ui.parts.ViewerPart;

/** The movie file behind a viewer part, for commands that hand the file (not the pixels) to a batch. */
public final class ViewerFiles {

    private ViewerFiles() {
    }

    /**
     * The file the viewer's image was read from, or null when the part is no viewer, shows computed
     * data (a projection, a corrected movie not yet saved) or the file is gone.
     */
    public static Path movieFile(MPart part) {
        if (part == null || ViewerPart.viewerOf(part) == null) {
            return null;
        }
        return part.getTransientData().get(DataPresenter.SOURCE_KEY) instanceof Path p && Files.isRegularFile(p) ? p : null;
    }

    /**
     * The viewer part a command works on: the active part when it is a viewer, else the viewer on
     * top of the viewer stack (the user just clicked the Batch Manager, say). Null when there is none.
     */
    public static MPart viewer(MPart active, MApplication application, EModelService models) {
        if (ViewerPart.viewerOf(active) != null || application == null || models == null) {
            return ViewerPart.viewerOf(active) != null ? active : null;
        }
        List<MPartStack> stacks = models.findElements(application, FileOpener.VIEWER_STACK_ID, MPartStack.class, null);
        for (MPartStack stack : stacks) {
            MUIElement top = stack.getSelectedElement();
            if (top instanceof MPart p && stack.getChildren().contains(p) && p.isToBeRendered() && ViewerPart.viewerOf(p) != null) {
                return p;
            }
        }
        return null;
    }
}
