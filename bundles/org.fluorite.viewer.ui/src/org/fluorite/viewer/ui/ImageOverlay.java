package org.fluorite.viewer.ui;

import org.eclipse.swt.graphics.GC;

/**
 * Something drawn over the picture in image coordinates, e.g. ROIs, that may also take the mouse:
 * an overlay that consumes a press keeps the following drags and the release, and the viewer does
 * not pan meanwhile. Overlays are painted in the order they were added, after the picture.
 */
public interface ImageOverlay {

    /**
     * Paints over the picture. Use {@code transform} to place image coordinates on the canvas; the
     * GC is the canvas's, already clipped to the picture area.
     */
    void paint(GC gc, ImageTransform transform);

    /**
     * A mouse event on the picture.
     *
     * @return true when the overlay used it (the viewer then neither pans nor gives it to later overlays)
     */
    default boolean mouse(OverlayMouseEvent event) {
        return false;
    }

    /**
     * A key pressed while the picture has the focus, before the viewer's own keys.
     *
     * @param keyCode   SWT key code, e.g. {@code SWT.PAGE_DOWN}
     * @param character the typed character, or 0
     * @return true when the overlay used the key (the viewer then ignores it)
     */
    default boolean key(int keyCode, char character) {
        return false;
    }
}
