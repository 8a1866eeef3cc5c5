package org.fluorite.batch.ui.motion;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.fluorite.ui.DataPresenter;
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
}
