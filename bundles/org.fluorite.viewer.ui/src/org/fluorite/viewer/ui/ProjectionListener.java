package org.fluorite.viewer.ui;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.Projection;

/**
 * Told, on the UI thread, when a projection asked of the viewer has finished. The result is an
 * in-memory image; the workbench can open it as a new document.
 */
public interface ProjectionListener {

    void projectionFinished(Image result, Projection projection, Axis axis);
}
