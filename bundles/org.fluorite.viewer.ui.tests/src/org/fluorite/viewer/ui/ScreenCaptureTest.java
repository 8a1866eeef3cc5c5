package org.fluorite.viewer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.fluorite.core.display.Contrast;
import org.fluorite.core.display.LookupTable;
import org.fluorite.core.image.ArrayPlaneSource;
import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Calibration;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What reaches the screen: grabs the canvas from the display and compares it with the rendered
 * frame, pixel for pixel at nearest-neighbour zoom. Saves the whole shell as a PNG (in
 * {@code fluorite.screenshot}, default the temp folder) for a person to look at.
 */
class ScreenCaptureTest {

    private SwtHarness h;

    @BeforeEach
    void open() {
        h = new SwtHarness();
    }

    @AfterEach
    void close() {
        h.close();
    }

    /** Two channels, 10 frames of 160x120: blobs that drift, over a dim background. */
    static Image cells() {
        int w = 160;
        int hgt = 120;
        List<Plane> planes = new ArrayList<>();
        double[][] blobs = {{40, 30, 8}, {100, 70, 12}, {130, 25, 6}, {60, 95, 10}};
        for (int t = 0; t < 10; t++) {
            for (int c = 0; c < 2; c++) {
                Plane p = Plane.allocate(PixelType.UINT16, w, hgt);
                for (int y = 0; y < hgt; y++) {
                    for (int x = 0; x < w; x++) {
                        double v = 100 + 5 * ((x * 7 + y * 13) % 11);
                        for (int b = 0; b < blobs.length; b++) {
                            if ((b + c) % 2 == 1 && c == 1) {
                                continue;
                            }
                            double dx = x - blobs[b][0] - t * 2;
                            double dy = y - blobs[b][1] - (c == 1 ? 10 : 0);
                            v += (c == 0 ? 3000 : 2000) * Math.exp(-(dx * dx + dy * dy) / (2 * blobs[b][2] * blobs[b][2]));
                        }
                        p.set(y * w + x, v);
                    }
                }
                planes.add(p);
            }
        }
        return Image.create("cells", new ArrayPlaneSource(planes), "TCYX", 10, 2, hgt, w)
                .withCalibration(Axis.X, Calibration.metres(0.108e-6))
                .withCalibration(Axis.Y, Calibration.metres(0.108e-6))
                .withCalibration(Axis.T, Calibration.seconds(0.05));
    }

    @Test
    void screenShowsTheRenderedFrameAtZoom() throws Exception {
        h.shell.setSize(1100, 760);
        h.setImage(cells());
        h.viewer.setFrame(4);
        h.viewer.setChannelMode(ChannelMode.SINGLE);
        h.viewer.setLut(LookupTable.INFERNO);
        h.viewer.setContrast(new Contrast(100, 2500));
        h.waitForFrame();
        h.viewer.setZoom(3);
        h.viewer.showReadoutAt(48, 30);
        h.pumpFor(300);
        h.viewer.canvas().update();

        ViewCanvas canvas = h.viewer.canvas();
        Rectangle area = canvas.getClientArea();
        org.eclipse.swt.graphics.Image grab = new org.eclipse.swt.graphics.Image(h.display, area.width, area.height);
        ImageData screen;
        try {
            GC gc = new GC(canvas);
            gc.copyArea(grab, 0, 0);
            gc.dispose();
            screen = grab.getImageData();
        } finally {
            grab.dispose();
        }
        ImageData frame = h.viewer.renderToImageData();
        int checked = 0;
        int nonBlack = 0;
        for (int y = 0; y < frame.height; y += 7) {
            for (int x = 0; x < frame.width; x += 9) {
                Point p = canvas.canvasPointOf(x, y);
                if (p.x < 0 || p.y < 0 || p.x >= area.width || p.y >= area.height) {
                    continue;
                }
                int expected = frame.getPixel(x, y);
                int onScreen = rgb(screen, p.x, p.y);
                assertEquals(hex(expected), hex(onScreen), "screen at image pixel " + x + "," + y);
                checked++;
                if (onScreen != 0) {
                    nonBlack++;
                }
            }
        }
        assertTrue(checked > 100, "compared " + checked + " pixels");
        assertEquals(checked, nonBlack, "inferno never reaches pure black above the background");
        // blob centre of channel 0 at frame 4 is near (48, 30): bright end of inferno
        int centre = frame.getPixel(48, 30);
        assertTrue(((centre >> 16) & 0xFF) > 200, "bright blob centre is light: " + hex(centre));
        assertTrue(h.viewer.getReadout().startsWith("x=48 y=30 (5.184 µm, 3.240 µm) value="), h.viewer.getReadout());
        assertEquals(20, h.viewer.getFps(), "playback speed from the 50 ms frame interval");

        h.viewer.setChannelMode(ChannelMode.COMPOSITE);
        h.viewer.setLut(0, LookupTable.GREEN);
        h.viewer.setLut(1, LookupTable.MAGENTA);
        h.viewer.autoContrast();
        h.waitForFrame();
        h.viewer.fitToWindow();
        h.viewer.showReadoutAt(60, 105);
        h.pumpFor(300);
        saveShell(h);
    }

    private static void saveShell(SwtHarness h) throws Exception {
        Rectangle b = h.shell.getBounds();
        org.eclipse.swt.graphics.Image shot = new org.eclipse.swt.graphics.Image(h.display, b.width, b.height);
        try {
            GC gc = new GC(h.display);
            gc.copyArea(shot, b.x, b.y);
            gc.dispose();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {shot.getImageData()};
            Path out = Path.of(System.getProperty("fluorite.screenshot",
                    System.getProperty("java.io.tmpdir") + "/fluorite-viewer.png"));
            loader.save(out.toString(), SWT.IMAGE_PNG);
            assertTrue(Files.size(out) > 1000, "screenshot written to " + out);
        } finally {
            shot.dispose();
        }
    }

    private static int rgb(ImageData d, int x, int y) {
        org.eclipse.swt.graphics.RGB c = d.palette.getRGB(d.getPixel(x, y));
        return (c.red << 16) | (c.green << 8) | c.blue;
    }

    private static String hex(int rgb) {
        return String.format("#%06X", rgb);
    }
}
