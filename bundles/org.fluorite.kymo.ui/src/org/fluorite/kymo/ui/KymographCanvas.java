package org.fluorite.kymo.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.fluorite.kymo.KymoChannel;
import org.fluorite.kymo.Kymograph;
import org.fluorite.kymo.tracking.Track;
import org.fluorite.kymo.tracking.TrackGroup;

/**
 * Draws a kymograph (time to the right, position down) with labelled axes in seconds and in µm or
 * kbp, the tracks over it, and a rectangle while the user drags one. A drag reports the selected
 * time and position range; a click reports the (line, pixel) under the pointer. The time axis
 * counts from the kymograph's time origin ({@link Kymograph#timeOriginNs()}), so a cropped or
 * sliced kymograph shows the times its lines had in the whole one; an empty kymograph shows a
 * message instead of an image.
 */
public class KymographCanvas extends Canvas {

    /**
     * A rectangle selected by dragging: seconds on the time axis (since the kymograph's time origin)
     * and positions in the kymograph's unit from its pixel 0.
     */
    public record Selection(double fromSeconds, double toSeconds, double fromPosition, double toPosition) {
    }

    private Kymograph kymo;
    private KymoChannel channel = KymoChannel.RGB;
    private double contrast = 1;
    private TrackGroup tracks;
    private Image image;
    private Point dragStart;
    private Point dragNow;
    private final List<Consumer<Selection>> selectionListeners = new ArrayList<>();
    private final List<Consumer<double[]>> clickListeners = new ArrayList<>();

    public KymographCanvas(Composite parent, int style) {
        super(parent, style | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        addPaintListener(e -> paint(e.gc));
        addDisposeListener(e -> disposeImage());
        addListener(SWT.MouseDown, e -> {
            if (e.button == 1 && kymo != null && !kymo.isEmpty()) {
                dragStart = new Point(e.x, e.y);
                dragNow = dragStart;
            }
        });
        addListener(SWT.MouseMove, e -> {
            if (dragStart != null) {
                dragNow = new Point(e.x, e.y);
                redraw();
            }
        });
        addListener(SWT.MouseUp, e -> {
            if (dragStart == null) {
                return;
            }
            Point a = dragStart;
            dragStart = null;
            dragNow = null;
            redraw();
            if (Math.abs(e.x - a.x) < 4 && Math.abs(e.y - a.y) < 4) {
                double[] at = {line(e.x), pixel(e.y), (e.stateMask & SWT.SHIFT) != 0 ? 1 : 0};
                clickListeners.forEach(l -> l.accept(at));
            } else {
                Selection s = selection(a, new Point(e.x, e.y));
                selectionListeners.forEach(l -> l.accept(s));
            }
        });
    }

    public void setKymograph(Kymograph kymograph, KymoChannel channel, double contrast) {
        this.kymo = kymograph;
        this.channel = channel;
        this.contrast = contrast;
        disposeImage();
        if (kymograph != null && !kymograph.isEmpty()) {
            image = new Image(getDisplay(), KymoRendering.render(kymograph, channel, contrast));
        }
        redraw();
    }

    public void setTracks(TrackGroup tracks) {
        this.tracks = tracks;
        redraw();
    }

    public Kymograph kymograph() {
        return kymo;
    }

    public KymoChannel channel() {
        return channel;
    }

    public double contrast() {
        return contrast;
    }

    public void addSelectionListener(Consumer<Selection> l) {
        selectionListeners.add(l);
    }

    /** Receives {line, pixel, shift} of a click on the image: fractional indices, shift 1 when Shift was held. */
    public void addClickListener(Consumer<double[]> l) {
        clickListeners.add(l);
    }

    private Rectangle inner() {
        return PlotFrame.inner(getClientArea());
    }

    /** Fractional line index at screen x. */
    public double line(int x) {
        Rectangle r = inner();
        return (x - r.x) / (double) r.width * kymo.lines();
    }

    /** Fractional pixel index at screen y (pixel p covers p - 0.5 .. p + 0.5). */
    public double pixel(int y) {
        Rectangle r = inner();
        return (y - r.y) / (double) r.height * kymo.pixelsPerLine() - 0.5;
    }

    Selection selection(Point a, Point b) {
        double l0 = clamp(line(Math.min(a.x, b.x)), 0, kymo.lines());
        double l1 = clamp(line(Math.max(a.x, b.x)), 0, kymo.lines());
        double p0 = clamp(pixel(Math.min(a.y, b.y)) + 0.5, 0, kymo.pixelsPerLine());
        double p1 = clamp(pixel(Math.max(a.y, b.y)) + 0.5, 0, kymo.pixelsPerLine());
        double t0 = kymo.firstLineSeconds();
        return new Selection(t0 + l0 * kymo.lineTimeSeconds(), t0 + l1 * kymo.lineTimeSeconds(), p0 * kymo.pixelSize(),
                p1 * kymo.pixelSize());
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private void paint(GC gc) {
        Rectangle client = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(client);
        if (kymo != null && kymo.isEmpty()) {
            gc.drawString("Cannot plot empty kymograph: " + kymo.name() + " holds no line in this time range", client.x + 10,
                    client.y + 10, true);
            return;
        }
        if (kymo == null || image == null) {
            gc.drawString("Opening kymograph...", client.x + 10, client.y + 10, true);
            return;
        }
        Rectangle r = inner();
        gc.setInterpolation(SWT.NONE);
        gc.drawImage(image, 0, 0, kymo.lines(), kymo.pixelsPerLine(), r.x, r.y, r.width, r.height);
        drawAxes(gc, r);
        drawTracks(gc, r);
        if (dragStart != null && dragNow != null) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_YELLOW));
            gc.setLineStyle(SWT.LINE_DASH);
            gc.drawRectangle(Math.min(dragStart.x, dragNow.x), Math.min(dragStart.y, dragNow.y), Math.abs(dragNow.x - dragStart.x),
                    Math.abs(dragNow.y - dragStart.y));
            gc.setLineStyle(SWT.LINE_SOLID);
        }
    }

    private void drawAxes(GC gc, Rectangle r) {
        Color fg = getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND);
        gc.setForeground(fg);
        gc.drawRectangle(r.x - 1, r.y - 1, r.width + 1, r.height + 1);
        double duration = kymo.durationSeconds();
        double t0 = kymo.firstLineSeconds();
        for (double t : KymoRendering.ticks(t0, t0 + duration, Math.max(2, r.width / 90))) {
            int x = PlotFrame.x(r, t - t0, duration);
            gc.drawLine(x, r.y + r.height, x, r.y + r.height + 4);
            String s = KymoRendering.label(t);
            gc.drawString(s, x - gc.textExtent(s).x / 2, r.y + r.height + 5, true);
        }
        String timeLabel = "time (s)";
        gc.drawString(timeLabel, r.x + r.width - gc.textExtent(timeLabel).x, r.y + r.height + 18, true);
        double size = kymo.pixelsPerLine() * kymo.pixelSize();
        for (double p : KymoRendering.ticks(0, size, Math.max(2, r.height / 40))) {
            int y = r.y + (int) Math.round(p / size * r.height);
            gc.drawLine(r.x - 5, y, r.x - 1, y);
            String s = KymoRendering.label(p);
            gc.drawString(s, r.x - 8 - gc.textExtent(s).x, y - gc.textExtent(s).y / 2, true);
        }
        String unit = "position (" + kymo.positionUnit().display() + ")";
        gc.drawString(unit, 2, r.y - PlotFrame.TOP + 2, true);
    }

    private void drawTracks(GC gc, Rectangle r) {
        if (tracks == null) {
            return;
        }
        gc.setLineWidth(2);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_CYAN));
        for (Track t : tracks.tracks()) {
            int[] time = t.timeIdx();
            double[] x = t.coordinateIdx();
            int[] points = new int[2 * time.length];
            for (int i = 0; i < time.length; i++) {
                points[2 * i] = r.x + (int) Math.round((time[i] + 0.5) / kymo.lines() * r.width);
                points[2 * i + 1] = r.y + (int) Math.round((x[i] + 0.5) / kymo.pixelsPerLine() * r.height);
            }
            if (time.length == 1) {
                gc.drawOval(points[0] - 2, points[1] - 2, 4, 4);
            } else {
                gc.drawPolyline(points);
            }
        }
        gc.setLineWidth(1);
    }

    /** Screen pixels per kymograph pixel along the position axis. */
    public double pixelScale() {
        return kymo == null ? 1 : inner().height / (double) kymo.pixelsPerLine();
    }

    private void disposeImage() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }
}
