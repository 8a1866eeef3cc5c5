package org.fluorite.viewer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.fluorite.core.display.TimeBand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Overlays painted and fed the mouse in image coordinates, and time bands under the T slider. */
class OverlayTest {

    private SwtHarness h;

    @BeforeEach
    void open() {
        h = new SwtHarness();
        h.setImage(SwtHarness.movie());
    }

    @AfterEach
    void close() {
        h.close();
    }

    /** Fills image pixels 10..12 x 10..12 in magenta; takes presses left of image x = 32. */
    private static final class Recorder implements ImageOverlay {
        final List<OverlayMouseEvent> events = new ArrayList<>();
        final List<Integer> keys = new ArrayList<>();

        @Override
        public void paint(GC gc, ImageTransform t) {
            gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_MAGENTA));
            int x0 = (int) Math.round(t.toScreenX(10));
            int y0 = (int) Math.round(t.toScreenY(10));
            gc.fillRectangle(x0, y0, (int) Math.round(t.toScreenX(13)) - x0, (int) Math.round(t.toScreenY(13)) - y0);
        }

        @Override
        public boolean mouse(OverlayMouseEvent e) {
            events.add(e);
            return e.kind() != OverlayMouseEvent.Kind.PRESS || e.x() < 32;
        }

        @Override
        public boolean key(int keyCode, char character) {
            keys.add(keyCode);
            return keyCode == SWT.ARROW_RIGHT;
        }
    }

    private ImageData grab(Control c) {
        c.redraw();
        c.update();
        h.pumpFor(100);
        Rectangle area = c.getBounds();
        org.eclipse.swt.graphics.Image img = new org.eclipse.swt.graphics.Image(h.display, area.width, area.height);
        try {
            GC gc = new GC(c);
            gc.copyArea(img, 0, 0);
            gc.dispose();
            return img.getImageData();
        } finally {
            img.dispose();
        }
    }

    private static int rgb(ImageData d, int x, int y) {
        org.eclipse.swt.graphics.RGB c = d.palette.getRGB(d.getPixel(x, y));
        return (c.red << 16) | (c.green << 8) | c.blue;
    }

    private void mouse(int type, int x, int y, int button, int state) {
        Event e = new Event();
        e.x = x;
        e.y = y;
        e.button = button;
        e.stateMask = state;
        h.viewer.canvas().notifyListeners(type, e);
    }

    @Test
    void transformAgreesWithTheCanvas() {
        h.viewer.setZoom(3.5);
        ImageTransform t = h.viewer.imageTransform();
        assertEquals(3.5, t.zoom(), 0);
        for (int[] p : new int[][] {{0, 0}, {7, 3}, {40, 30}}) {
            Point c = h.viewer.canvas().canvasPointOf(p[0], p[1]);
            assertEquals(c.x, (int) Math.floor(t.toScreenX(p[0] + 0.5)));
            assertEquals(c.y, (int) Math.floor(t.toScreenY(p[1] + 0.5)));
            assertEquals(p[0] + 0.5, t.toImageX(t.toScreenX(p[0] + 0.5)), 1e-12);
            assertEquals(p[1] + 0.5, t.toImageY(t.toScreenY(p[1] + 0.5)), 1e-12);
        }
        assertEquals(2, t.toImageDistance(7), 1e-12);
    }

    @Test
    void overlayIsPaintedOverThePictureUntilRemoved() {
        Recorder r = new Recorder();
        h.viewer.addOverlay(r);
        ImageTransform t = h.viewer.imageTransform();
        int sx = (int) t.toScreenX(11.5);
        int sy = (int) t.toScreenY(11.5);
        assertEquals(0xFF00FF, rgb(grab(h.viewer.pictureControl()), sx, sy));
        int outside = rgb(grab(h.viewer.pictureControl()), (int) t.toScreenX(20.5), (int) t.toScreenY(11.5));
        assertNotEquals(0xFF00FF, outside);
        h.viewer.removeOverlay(r);
        assertNotEquals(0xFF00FF, rgb(grab(h.viewer.pictureControl()), sx, sy));
    }

    @Test
    void consumedPressesDoNotPanAndOthersDo() {
        h.viewer.setZoom(4);
        Recorder r = new Recorder();
        h.viewer.addOverlay(r);
        ImageTransform t = h.viewer.imageTransform();
        int x = (int) Math.round(t.toScreenX(10));
        int y = (int) Math.round(t.toScreenY(20));
        mouse(SWT.MouseDown, x, y, 1, 0);
        mouse(SWT.MouseMove, x + 8, y + 4, 0, SWT.BUTTON1);
        mouse(SWT.MouseUp, x + 8, y + 4, 1, SWT.BUTTON1);
        mouse(SWT.MouseDoubleClick, x, y, 1, 0);
        mouse(SWT.MouseMove, x + 1, y, 0, 0);
        assertEquals(t, h.viewer.imageTransform(), "no pan while the overlay holds the mouse");
        List<OverlayMouseEvent.Kind> kinds = r.events.stream().map(OverlayMouseEvent::kind).toList();
        assertEquals(List.of(OverlayMouseEvent.Kind.PRESS, OverlayMouseEvent.Kind.DRAG, OverlayMouseEvent.Kind.RELEASE,
                OverlayMouseEvent.Kind.DOUBLE_CLICK, OverlayMouseEvent.Kind.MOVE), kinds);
        OverlayMouseEvent drag = r.events.get(1);
        assertEquals(t.toImageX(x + 8), drag.x(), 1e-12);
        assertEquals(t.toImageY(y + 4), drag.y(), 1e-12);
        assertEquals(2, drag.x() - r.events.get(0).x(), 1e-12, "8 screen pixels at zoom 4");

        r.events.clear();
        int rx = (int) Math.round(t.toScreenX(40));
        mouse(SWT.MouseDown, rx, y, 1, 0);
        mouse(SWT.MouseMove, rx + 10, y + 6, 0, SWT.BUTTON1);
        mouse(SWT.MouseUp, rx + 10, y + 6, 1, SWT.BUTTON1);
        assertEquals(t.offsetX() + 10, h.viewer.imageTransform().offsetX(), 1e-9, "not consumed: the viewer pans");
        assertEquals(t.offsetY() + 6, h.viewer.imageTransform().offsetY(), 1e-9);
        assertFalse(r.events.stream().anyMatch(e -> e.kind() == OverlayMouseEvent.Kind.DRAG),
                "drags of a pan are not given to overlays");
    }

    @Test
    void overlaysSeeKeysFirst() {
        Recorder r = new Recorder();
        h.viewer.addOverlay(r);
        h.key(SWT.ARROW_RIGHT);
        h.waitForFrame();
        assertEquals(0, h.viewer.currentFrame(), "the overlay used the arrow key");
        h.key(SWT.END);
        h.waitForFrame();
        assertEquals(SwtHarness.T - 1, h.viewer.currentFrame());
        assertEquals(List.of(SWT.ARROW_RIGHT, SWT.END), r.keys);
    }

    @Test
    void timeBandsAreDrawnUnderTheTimeSlider() {
        TimeBand stim = new TimeBand(1, 3, 0x00FF00, "odour A");
        h.viewer.setTimeBands(List.of(stim));
        h.pumpFor(100);
        assertEquals(List.of(stim), h.viewer.getTimeBands());
        AxisSlider t = h.viewer.controls().slider(org.fluorite.core.image.Axis.T);
        assertEquals(List.of(stim), t.timeBands());
        assertTrue(t.bandStrip().isVisible());
        Rectangle strip = t.bandStrip().getClientArea();
        ImageData d = grab(t.bandStrip());
        int inset = Math.min(strip.width / 4, 10);
        int width = strip.width - 2 * inset;
        // 5 frames: frame f at inset + f / 4 of the width; the band spans frames 1 to 3
        int mid = inset + (int) Math.round(2 / 4.0 * width);
        assertTrue(strip.height >= 6 && strip.width > 100, "strip " + strip);
        assertEquals(0x00FF00, rgb(d, mid, strip.height / 2));
        assertNotEquals(0x00FF00, rgb(d, inset + (int) Math.round(0.5 / 4 * width), strip.height / 2));
        assertNotEquals(0x00FF00, rgb(d, inset + (int) Math.round(3.5 / 4 * width), strip.height / 2));
        h.setImage(SwtHarness.movie());
        assertEquals(List.of(stim), h.viewer.controls().slider(org.fluorite.core.image.Axis.T).timeBands(),
                "kept for the next image");
        h.viewer.setTimeBands(List.of());
        assertFalse(h.viewer.controls().slider(org.fluorite.core.image.Axis.T).bandStrip().isVisible());
    }
}
