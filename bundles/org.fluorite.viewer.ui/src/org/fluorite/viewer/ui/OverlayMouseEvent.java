package org.fluorite.viewer.ui;

/**
 * A mouse event on the picture, given to {@link ImageOverlay}s in image coordinates.
 *
 * @param kind      what happened
 * @param x         image x in pixels (fractional; (0,0) is the top-left corner of the top-left pixel)
 * @param y         image y in pixels
 * @param button    1 left, 2 middle, 3 right; 0 for moves and drags
 * @param stateMask SWT modifier and button state ({@code SWT.SHIFT}, {@code SWT.BUTTON1}, ...)
 * @param transform the zoom and pan at the time of the event, e.g. to turn a screen tolerance into image pixels
 */
public record OverlayMouseEvent(Kind kind, double x, double y, int button, int stateMask, ImageTransform transform) {

    /** The kinds of mouse events an overlay receives. */
    public enum Kind {
        PRESS, DRAG, RELEASE, DOUBLE_CLICK, MOVE
    }
}
