package org.fluorite.viewer.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * The picture area: shows one rendered frame with zoom (mouse wheel, + and -, 0 to fit, 1 for one
 * screen pixel per image pixel) and pan (drag with the left button). Scaled pixels are drawn as
 * blocks (nearest neighbour), never smoothed, so single bright pixels stay visible.
 * {@link ImageOverlay}s are painted over the picture and get the mouse before panning does.
 */
final class ViewCanvas extends Canvas {

    /** Told where the mouse is, in image pixel coordinates, or that it left the image. */
    interface PointerListener {
        void pointerAt(int x, int y);

        void pointerLeft();
    }

    static final double MIN_ZOOM = 1 / 32.0;
    static final double MAX_ZOOM = 64;
    private static final double STEP = 1.25;

    private Image picture;
    private int pictureWidth;
    private int pictureHeight;
    private double zoom = 1;
    private double offsetX;
    private double offsetY;
    private boolean fit = true;
    private Point dragFrom;
    private PointerListener pointerListener;
    private final List<ImageOverlay> overlays = new CopyOnWriteArrayList<>();
    /** The overlay that consumed the last press: it gets the drags and the release. */
    private ImageOverlay captured;

    ViewCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        addListener(SWT.Paint, e -> paint(e.gc));
        addListener(SWT.Resize, e -> {
            if (fit) {
                fitNow();
            }
            redraw();
        });
        addListener(SWT.MouseVerticalWheel, this::wheel);
        addListener(SWT.MouseDown, e -> {
            setFocus();
            captured = dispatch(OverlayMouseEvent.Kind.PRESS, e);
            if (e.button == 1 && captured == null) {
                dragFrom = new Point(e.x, e.y);
            }
        });
        addListener(SWT.MouseUp, e -> {
            dragFrom = null;
            if (captured != null) {
                captured.mouse(event(OverlayMouseEvent.Kind.RELEASE, e));
                captured = null;
            } else {
                dispatch(OverlayMouseEvent.Kind.RELEASE, e);
            }
        });
        addListener(SWT.MouseDoubleClick, e -> dispatch(OverlayMouseEvent.Kind.DOUBLE_CLICK, e));
        addListener(SWT.MouseMove, this::mouseMove);
        addListener(SWT.MouseExit, e -> {
            if (pointerListener != null) {
                pointerListener.pointerLeft();
            }
        });
        addListener(SWT.KeyDown, e -> {
            for (ImageOverlay o : overlays) {
                if (o.key(e.keyCode, e.character)) {
                    e.doit = false;
                    return;
                }
            }
            key(e);
        });
        // keep arrow keys as key presses instead of moving the focus
        addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ARROW_NEXT || e.detail == SWT.TRAVERSE_ARROW_PREVIOUS) {
                e.doit = false;
            }
        });
        addListener(SWT.Dispose, e -> disposePicture());
    }

    void addOverlay(ImageOverlay overlay) {
        overlays.add(overlay);
        redraw();
    }

    void removeOverlay(ImageOverlay overlay) {
        overlays.remove(overlay);
        if (captured == overlay) {
            captured = null;
            dragFrom = null;
        }
        redraw();
    }

    List<ImageOverlay> overlays() {
        return List.copyOf(overlays);
    }

    /** The current mapping between image and canvas coordinates. */
    ImageTransform transform() {
        return new ImageTransform(zoom, offsetX, offsetY);
    }

    private OverlayMouseEvent event(OverlayMouseEvent.Kind kind, Event e) {
        ImageTransform t = transform();
        int button = kind == OverlayMouseEvent.Kind.DRAG || kind == OverlayMouseEvent.Kind.MOVE ? 0 : e.button;
        return new OverlayMouseEvent(kind, t.toImageX(e.x), t.toImageY(e.y), button, e.stateMask, t);
    }

    /** Offers the event to the overlays in order; returns the one that consumed it, or null. */
    private ImageOverlay dispatch(OverlayMouseEvent.Kind kind, Event e) {
        if (pictureWidth == 0 || overlays.isEmpty()) {
            return null;
        }
        OverlayMouseEvent event = event(kind, e);
        for (ImageOverlay o : overlays) {
            if (o.mouse(event)) {
                return o;
            }
        }
        return null;
    }

    void setPointerListener(PointerListener listener) {
        this.pointerListener = listener;
    }

    /** Shows {@code data}; keeps zoom and pan unless the frame size changed (then fits). */
    void setFrame(ImageData data) {
        disposePicture();
        if (data == null) {
            pictureWidth = 0;
            pictureHeight = 0;
            redraw();
            return;
        }
        boolean sizeChanged = data.width != pictureWidth || data.height != pictureHeight;
        picture = new Image(getDisplay(), data);
        pictureWidth = data.width;
        pictureHeight = data.height;
        if (sizeChanged || fit) {
            fitNow();
        }
        redraw();
    }

    private void disposePicture() {
        if (picture != null) {
            picture.dispose();
            picture = null;
        }
    }

    double getZoom() {
        return zoom;
    }

    boolean isFit() {
        return fit;
    }

    /** Zoom to fit the whole frame in the canvas, centred; stays fitted when the canvas resizes. */
    void fit() {
        fit = true;
        fitNow();
        redraw();
    }

    /** Sets the zoom, keeping the image point under canvas point ({@code cx}, {@code cy}) still. */
    void zoomAt(double newZoom, double cx, double cy) {
        double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
        double ix = (cx - offsetX) / zoom;
        double iy = (cy - offsetY) / zoom;
        zoom = z;
        offsetX = cx - ix * zoom;
        offsetY = cy - iy * zoom;
        fit = false;
        redraw();
    }

    void zoomIn() {
        Rectangle r = getClientArea();
        zoomAt(zoom * STEP, r.width / 2.0, r.height / 2.0);
    }

    void zoomOut() {
        Rectangle r = getClientArea();
        zoomAt(zoom / STEP, r.width / 2.0, r.height / 2.0);
    }

    /** Moves the picture by ({@code dx}, {@code dy}) screen pixels. */
    void panBy(double dx, double dy) {
        offsetX += dx;
        offsetY += dy;
        fit = false;
        redraw();
    }

    /** The image pixel under canvas point ({@code cx}, {@code cy}), or null outside the picture. */
    Point imagePixelAt(int cx, int cy) {
        if (pictureWidth == 0) {
            return null;
        }
        int x = (int) Math.floor((cx - offsetX) / zoom);
        int y = (int) Math.floor((cy - offsetY) / zoom);
        return x < 0 || y < 0 || x >= pictureWidth || y >= pictureHeight ? null : new Point(x, y);
    }

    /** Canvas point of the centre of image pixel ({@code x}, {@code y}). */
    Point canvasPointOf(int x, int y) {
        return new Point((int) Math.floor(offsetX + (x + 0.5) * zoom), (int) Math.floor(offsetY + (y + 0.5) * zoom));
    }

    private void fitNow() {
        Rectangle r = getClientArea();
        if (pictureWidth == 0 || r.width == 0 || r.height == 0) {
            return;
        }
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM,
                Math.min(r.width / (double) pictureWidth, r.height / (double) pictureHeight)));
        offsetX = (r.width - pictureWidth * zoom) / 2;
        offsetY = (r.height - pictureHeight * zoom) / 2;
    }

    private void paint(GC gc) {
        Rectangle r = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        gc.fillRectangle(r);
        if (picture == null) {
            return;
        }
        // only the visible part of the picture is scaled and drawn
        int x0 = Math.max(0, (int) Math.floor(-offsetX / zoom));
        int y0 = Math.max(0, (int) Math.floor(-offsetY / zoom));
        int x1 = Math.min(pictureWidth, (int) Math.ceil((r.width - offsetX) / zoom));
        int y1 = Math.min(pictureHeight, (int) Math.ceil((r.height - offsetY) / zoom));
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        int dx = (int) Math.round(offsetX + x0 * zoom);
        int dy = (int) Math.round(offsetY + y0 * zoom);
        int dw = (int) Math.round(offsetX + x1 * zoom) - dx;
        int dh = (int) Math.round(offsetY + y1 * zoom) - dy;
        gc.setAntialias(SWT.OFF);
        gc.setInterpolation(SWT.NONE);
        gc.drawImage(picture, x0, y0, x1 - x0, y1 - y0, dx, dy, Math.max(1, dw), Math.max(1, dh));
        if (!overlays.isEmpty()) {
            ImageTransform t = transform();
            for (ImageOverlay o : overlays) {
                o.paint(gc, t);
            }
            gc.setAntialias(SWT.OFF);
        }
    }

    private void wheel(Event e) {
        if (e.count == 0 || pictureWidth == 0) {
            return;
        }
        zoomAt(e.count > 0 ? zoom * STEP : zoom / STEP, e.x, e.y);
        e.doit = false;
    }

    private void mouseMove(Event e) {
        if (captured != null) {
            captured.mouse(event(OverlayMouseEvent.Kind.DRAG, e));
        } else if ((e.stateMask & SWT.BUTTON_MASK) == 0) {
            dispatch(OverlayMouseEvent.Kind.MOVE, e);
        }
        if (dragFrom != null && (e.stateMask & SWT.BUTTON1) != 0) {
            panBy(e.x - dragFrom.x, e.y - dragFrom.y);
            dragFrom = new Point(e.x, e.y);
        }
        if (pointerListener != null) {
            Point p = imagePixelAt(e.x, e.y);
            if (p == null) {
                pointerListener.pointerLeft();
            } else {
                pointerListener.pointerAt(p.x, p.y);
            }
        }
    }

    private void key(Event e) {
        switch (e.character) {
            case '+', '=' -> zoomIn();
            case '-', '_' -> zoomOut();
            case '0', 'f', 'F' -> fit();
            case '1' -> {
                Rectangle r = getClientArea();
                zoomAt(1, r.width / 2.0, r.height / 2.0);
            }
            default -> {
                if (e.keyCode == SWT.KEYPAD_ADD) {
                    zoomIn();
                } else if (e.keyCode == SWT.KEYPAD_SUBTRACT) {
                    zoomOut();
                }
            }
        }
    }
}
