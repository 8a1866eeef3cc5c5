package org.fluorite.viewer.ui;

import static org.fluorite.viewer.ui.SwtHarness.H;
import static org.fluorite.viewer.ui.SwtHarness.W;
import static org.fluorite.viewer.ui.SwtHarness.movie;
import static org.fluorite.viewer.ui.SwtHarness.movieValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.fluorite.core.display.Contrast;
import org.fluorite.core.display.LookupTable;
import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImageViewerTest {

    private SwtHarness h;

    @BeforeEach
    void open() {
        h = new SwtHarness();
    }

    @AfterEach
    void close() {
        h.close();
    }

    private static int grey(Contrast c, double v) {
        return LookupTable.GREY.rgb(c.index(v));
    }

    @Test
    void firstFrameUsesAutoContrastAndGrey() throws IOException {
        Image img = movie();
        h.setImage(img);
        ImageViewer v = h.viewer;
        assertEquals(Axis.T, v.frameAxis());
        assertEquals(5, v.frameCount());
        assertEquals(0, v.currentFrame());
        assertEquals(ChannelMode.SINGLE, v.getChannelMode());
        assertEquals(LookupTable.GREY, v.getLut());
        Contrast expected = Contrast.auto(img.plane(0));
        assertEquals(expected, v.getContrast());
        ImageData d = v.renderToImageData();
        assertEquals(W, d.width);
        assertEquals(H, d.height);
        for (int[] xy : new int[][] {{0, 0}, {1, 3}, {32, 5}, {63, 47}}) {
            assertEquals(grey(expected, movieValue(xy[0], xy[1], 0)), d.getPixel(xy[0], xy[1]), "pixel " + xy[0] + "," + xy[1]);
        }
        assertEquals(1, h.frames.size());
        assertEquals(0, h.frames.get(0).index(Axis.T));
        assertFalse(h.frames.get(0).projection());
        assertNotNull(h.viewer.controls().slider(Axis.T));
        assertEquals("1 / 5", h.viewer.controls().slider(Axis.T).labelText());
        assertNull(h.viewer.controls().slider(Axis.Z));
        assertNotNull(h.viewer.controls().playback());
    }

    @Test
    void knownContrastAndLutGiveKnownColours() {
        h.setImage(movie());
        h.viewer.setContrast(new Contrast(0, 1024));
        h.waitForFrame();
        ImageData d = h.viewer.renderToImageData();
        // frame 0: value x * 16; index = floor(x * 16 * 256 / 1024) = 4x
        assertEquals(0x000000, d.getPixel(0, 0));
        assertEquals(0x808080, d.getPixel(32, 10));
        assertEquals(0xFCFCFC, d.getPixel(63, 47));
        assertEquals("0", h.viewer.controls().contrast().minField().getText());
        assertEquals("1024", h.viewer.controls().contrast().maxField().getText());
        h.viewer.setLut(LookupTable.HOT);
        h.waitForFrame();
        d = h.viewer.renderToImageData();
        assertEquals(0xFF8100, d.getPixel(32, 10), "index 128 of hot is half way from red to yellow");
        assertEquals(LookupTable.HOT.rgb(84), d.getPixel(21, 0));
        assertEquals(0x000000, d.getPixel(0, 0));
        assertEquals("hot", h.viewer.controls().contrast().lutCombo().getText());
        assertEquals(LookupTable.HOT, h.viewer.getLut());
    }

    @Test
    void steppingFramesChangesThePixels() {
        h.setImage(movie());
        h.viewer.setContrast(new Contrast(0, 1024));
        h.viewer.setFrame(3);
        h.waitForFrame();
        assertEquals(3, h.viewer.currentFrame());
        ImageData d = h.viewer.renderToImageData();
        assertEquals(0xFFFFFF, d.getPixel(15, 15), "the 4000 square saturates");
        assertEquals(0x000000, d.getPixel(40, 15));
        assertEquals("4 / 5", h.viewer.controls().slider(Axis.T).labelText());

        assertTrue(h.viewer.setFocus());
        assertTrue(h.viewer.canvas().isFocusControl(), "keys go to the picture");
        h.key(SWT.ARROW_RIGHT);
        h.waitForFrame();
        assertEquals(4, h.viewer.currentFrame());
        // frame 4 at x = 1: 16 + 16 = 32 -> index 8
        assertEquals(0x080808, h.viewer.renderToImageData().getPixel(1, 0));
        h.key(SWT.ARROW_RIGHT);
        h.waitForFrame();
        assertEquals(4, h.viewer.currentFrame(), "stays on the last frame");
        h.key(SWT.HOME);
        h.waitForFrame();
        assertEquals(0, h.viewer.currentFrame());
        assertEquals(0x040404, h.viewer.renderToImageData().getPixel(1, 0));
        h.key(SWT.END);
        h.waitForFrame();
        assertEquals(4, h.viewer.currentFrame());
        h.key(SWT.ARROW_LEFT);
        h.waitForFrame();
        assertEquals(3, h.viewer.currentFrame());
        assertEquals(0xFFFFFF, h.viewer.renderToImageData().getPixel(19, 19));
        assertEquals(3, h.frames.get(h.frames.size() - 1).index(Axis.T));
    }

    @Test
    void scrubbingSkipsStaleRequestsAndCachesPlanes() {
        h.setImage(movie());
        int before = h.frames.size();
        for (int i = 0; i < 40; i++) {
            h.viewer.setFrame(i % 5);
        }
        h.viewer.setFrame(2);
        h.waitForFrame();
        assertEquals(2, h.viewer.currentFrame());
        FrameShownEvent last = h.frames.get(h.frames.size() - 1);
        assertEquals(2, last.index(Axis.T));
        assertTrue(h.frames.size() - before <= 2, "only the newest request is drawn, got " + (h.frames.size() - before));
        assertTrue(h.viewer.loader().planeReads() <= 5, "each plane read at most once: " + h.viewer.loader().planeReads());
        Contrast c = h.viewer.getContrast();
        assertEquals(LookupTable.GREY.rgb(c.index(movieValue(7, 0, 2))), h.viewer.renderToImageData().getPixel(7, 0));
        // going back to frame 0 is served from the cache
        int reads = h.viewer.loader().planeReads();
        h.viewer.setFrame(0);
        h.waitForFrame();
        assertEquals(reads, h.viewer.loader().planeReads());
    }

    @Test
    void contrastFieldsAndAutoButtonChangeTheRange() {
        h.setImage(movie());
        ContrastPanel panel = h.viewer.controls().contrast();
        panel.minField().setText("100");
        panel.maxField().setText("612");
        panel.minField().notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        h.waitForFrame();
        assertEquals(new Contrast(100, 612), h.viewer.getContrast());
        // frame 0, x = 22: 352 -> floor(252 * 256 / 512) = 126
        assertEquals(0x7E7E7E, h.viewer.renderToImageData().getPixel(22, 0));
        org.fluorite.core.display.Histogram hist = panel.histogramCanvas().getHistogram();
        assertEquals(256, hist.bins());
        assertEquals(0, hist.min());
        assertEquals(1008, hist.max());
        assertEquals(W * H, hist.total());

        panel.minField().setText("abc");
        panel.minField().notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        assertEquals("100", panel.minField().getText(), "invalid text is reverted");
        assertEquals(1, h.errors.size());
        assertTrue(h.errors.get(0).contains("abc"), h.errors.get(0));

        panel.autoButton().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        h.waitForFrame();
        assertEquals(new Contrast(0, 1008), h.viewer.getContrast());
    }

    @Test
    void zoomAndPanMapCanvasPointsToPixels() {
        h.setImage(movie());
        h.viewer.setZoom(4);
        h.pumpFor(50);
        assertEquals(4.0, h.viewer.getZoom(), 1e-9);
        ViewCanvas c = h.viewer.canvas();
        org.eclipse.swt.graphics.Point p = c.canvasPointOf(10, 7);
        assertEquals(new org.eclipse.swt.graphics.Point(10, 7), c.imagePixelAt(p.x, p.y));
        c.panBy(8, 0);
        assertEquals(new org.eclipse.swt.graphics.Point(8, 7), c.imagePixelAt(p.x, p.y), "panned right 8 screen px = 2 image px");
        h.viewer.zoomIn();
        assertEquals(5.0, h.viewer.getZoom(), 1e-9);
        org.eclipse.swt.widgets.Event wheel = new org.eclipse.swt.widgets.Event();
        wheel.count = -3;
        wheel.x = 100;
        wheel.y = 100;
        c.notifyListeners(SWT.MouseVerticalWheel, wheel);
        assertEquals(4.0, h.viewer.getZoom(), 1e-9);
        h.viewer.fitToWindow();
        assertTrue(c.isFit());
        org.eclipse.swt.graphics.Rectangle r = c.getClientArea();
        assertEquals(Math.min(r.width / (double) W, r.height / (double) H), h.viewer.getZoom(), 1e-9);
    }

    @Test
    void playbackAdvancesAndStops() {
        h.setImage(movie());
        h.viewer.setFps(100);
        assertEquals(100, h.viewer.getFps());
        h.viewer.setPlaying(true);
        assertTrue(h.viewer.isPlaying());
        h.pumpUntil(() -> h.frames.stream().map(e -> e.index(Axis.T)).distinct().count() >= 4, "playback to show 4 frames");
        h.viewer.setPlaying(false);
        assertFalse(h.viewer.isPlaying());
        h.waitForFrame();
        int stoppedAt = h.viewer.currentFrame();
        h.pumpFor(100);
        assertEquals(stoppedAt, h.viewer.currentFrame(), "no frames after pause");
        assertEquals("Play", h.viewer.controls().playback().playButton().getText());
    }

    @Test
    void unreadablePlanesAreReportedOnTheStatusLine() {
        org.fluorite.core.image.PlaneSource broken = new org.fluorite.core.image.PlaneSource() {
            @Override
            public int width() {
                return 8;
            }

            @Override
            public int height() {
                return 8;
            }

            @Override
            public long planeCount() {
                return 2;
            }

            @Override
            public org.fluorite.core.image.PixelType pixelType() {
                return org.fluorite.core.image.PixelType.UINT8;
            }

            @Override
            public org.fluorite.core.image.Plane read(long index, org.fluorite.core.image.Region region) throws IOException {
                throw new IOException("broken.tif: truncated at byte 1234");
            }
        };
        h.viewer.setImage(Image.create("broken", broken, "TYX", 2, 8, 8));
        h.pumpUntil(() -> !h.errors.isEmpty(), "an error message");
        assertTrue(h.errors.get(0).contains("broken.tif: truncated at byte 1234"), h.errors.get(0));
        assertNull(h.viewer.renderToImageData());
        assertEquals(List.of(), h.frames);
    }
}
