package org.fluorite.flow.ui;

/**
 * The editor's view of the flowchart plane: a zoom factor (screen pixels per canvas unit) and a
 * pan offset (screen pixels). Canvas units are the ones node positions are saved in
 * ({@link org.fluorite.flow.graph.FlowNode#x()}); zoom 1 and no pan show them as pixels.
 */
public final class ViewTransform {

    /** Smallest and largest zoom factors (screen pixels per canvas unit). */
    public static final double MIN_ZOOM = 0.1;
    public static final double MAX_ZOOM = 8;

    private double zoom = 1;
    private double panX;
    private double panY;

    public double zoom() {
        return zoom;
    }

    public double panX() {
        return panX;
    }

    public double panY() {
        return panY;
    }

    /** Screen x (pixels) of a canvas x. */
    public double toScreenX(double canvasX) {
        return canvasX * zoom + panX;
    }

    /** Screen y (pixels) of a canvas y. */
    public double toScreenY(double canvasY) {
        return canvasY * zoom + panY;
    }

    /** Canvas x of a screen x (pixels). */
    public double toCanvasX(double screenX) {
        return (screenX - panX) / zoom;
    }

    /** Canvas y of a screen y (pixels). */
    public double toCanvasY(double screenY) {
        return (screenY - panY) / zoom;
    }

    /** Moves the view by a screen distance (pixels). */
    public void pan(double dxPixels, double dyPixels) {
        panX += dxPixels;
        panY += dyPixels;
    }

    /**
     * Multiplies the zoom by {@code factor} (clamped to {@link #MIN_ZOOM}..{@link #MAX_ZOOM})
     * keeping the canvas point under the screen point (sx, sy) in place, as a wheel zoom at the
     * cursor does.
     */
    public void zoomAt(double factor, double sx, double sy) {
        double cx = toCanvasX(sx);
        double cy = toCanvasY(sy);
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * factor));
        panX = sx - cx * zoom;
        panY = sy - cy * zoom;
    }

    /** Back to zoom 1 without pan. */
    public void reset() {
        zoom = 1;
        panX = 0;
        panY = 0;
    }
}
