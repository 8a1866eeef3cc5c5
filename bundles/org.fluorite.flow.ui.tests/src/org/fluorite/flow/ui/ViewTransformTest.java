package org.fluorite.flow.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Zoom and pan: exact arithmetic (tolerance 1e-12 for round trips). */
class ViewTransformTest {

    @Test
    void identityAtStart() {
        ViewTransform v = new ViewTransform();
        assertEquals(1, v.zoom());
        assertEquals(37.5, v.toScreenX(37.5));
        assertEquals(-4, v.toCanvasY(-4));
    }

    @Test
    void zoomAtKeepsThePointUnderTheCursor() {
        ViewTransform v = new ViewTransform();
        v.pan(10, -20);
        double cx = v.toCanvasX(200);
        double cy = v.toCanvasY(150);
        v.zoomAt(2, 200, 150);
        assertEquals(2, v.zoom());
        assertEquals(200, v.toScreenX(cx), 1e-12);
        assertEquals(150, v.toScreenY(cy), 1e-12);
        // canvas (0,0) was at screen (10,-20); zooming x2 about (200,150): 200 - (200-10)*2 = -180, 150 - 170*2 = -190
        assertEquals(-180, v.panX(), 1e-12);
        assertEquals(-190, v.panY(), 1e-12);
        assertEquals(123.25, v.toCanvasX(v.toScreenX(123.25)), 1e-12);
    }

    @Test
    void zoomIsClampedAndResetRestoresIdentity() {
        ViewTransform v = new ViewTransform();
        for (int i = 0; i < 100; i++) {
            v.zoomAt(2, 0, 0);
        }
        assertEquals(ViewTransform.MAX_ZOOM, v.zoom());
        for (int i = 0; i < 100; i++) {
            v.zoomAt(0.5, 0, 0);
        }
        assertEquals(ViewTransform.MIN_ZOOM, v.zoom());
        v.pan(33, 44);
        v.reset();
        assertEquals(1, v.zoom());
        assertEquals(0, v.panX());
        assertEquals(0, v.panY());
    }

    @Test
    void panMovesByScreenPixelsAtAnyZoom() {
        ViewTransform v = new ViewTransform();
        v.zoomAt(4, 0, 0);
        v.pan(40, 8);
        assertEquals(40 + 4 * 10, v.toScreenX(10), 1e-12);
        assertEquals(8 + 4 * 10, v.toScreenY(10), 1e-12);
        assertEquals(10, v.toCanvasX(80), 1e-12);
    }
}
