package org.fluorite.viewer.ui;

/**
 * Maps image coordinates to screen (canvas) coordinates and back for the current zoom and pan.
 * Image coordinates are in pixels with (0,0) the top-left corner of the top-left pixel, x to the
 * right and y down (the convention of the ROI model); screen coordinates are canvas pixels.
 * Immutable: a snapshot taken when painting or when a mouse event arrives.
 *
 * @param zoom    screen pixels per image pixel
 * @param offsetX screen x of the image's left edge
 * @param offsetY screen y of the image's top edge
 */
public record ImageTransform(double zoom, double offsetX, double offsetY) {

    public ImageTransform {
        if (!(zoom > 0) || !Double.isFinite(zoom)) {
            throw new IllegalArgumentException("Zoom must be a positive number, not " + zoom);
        }
    }

    /** Screen x of image x (both in pixels). */
    public double toScreenX(double imageX) {
        return offsetX + imageX * zoom;
    }

    /** Screen y of image y (both in pixels). */
    public double toScreenY(double imageY) {
        return offsetY + imageY * zoom;
    }

    /** Image x under screen x (both in pixels). */
    public double toImageX(double screenX) {
        return (screenX - offsetX) / zoom;
    }

    /** Image y under screen y (both in pixels). */
    public double toImageY(double screenY) {
        return (screenY - offsetY) / zoom;
    }

    /** A distance of {@code screenPixels} on screen, in image pixels (for hit tolerances). */
    public double toImageDistance(double screenPixels) {
        return screenPixels / zoom;
    }
}
