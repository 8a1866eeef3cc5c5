package org.fluorite.kymo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.graphics.Point;
import org.fluorite.kymo.KymoChannel;
import org.fluorite.kymo.Kymograph;
import org.fluorite.kymo.KymographFile;
import org.fluorite.kymo.PositionUnit;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The kymograph view on the analytic fixture kymo_track (30 pixels x 40 lines, two green spots),
 * with work run synchronously: it draws the image, the force trace, tracks; crops a dragged
 * rectangle (calibrated with a tether length) and deletes a clicked track. Saves a screenshot to
 * /tmp/fluorite-kymo-ui.png for a look.
 */
class KymographViewTest {

    /** START and sample interval of the fixture script, ns. */
    private static final long START = 1_600_000_000_000_000_000L;
    private static final long DT = 1_000_000L;

    private Display display;
    private Shell shell;
    private KymographView view;

    @BeforeEach
    void open() {
        TestData.assumeDisplay();
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1000, 700);
        view = new KymographView(shell, SWT.NONE, Runnable::run);
        Path file = TestData.fixture("org.fluorite.kymo.tests", "kymos.h5");
        view.setFile(file, List.of("kymo_a", "kymo_partial", "kymo_track"), List.of("Force 1x", "Force 2x"), "kymo_track");
        shell.open();
        spin();
    }

    @AfterEach
    void close() {
        if (shell != null) {
            shell.dispose();
        }
    }

    @Test
    void openingAScanHandsACalibratedImageToTheViewer() {
        java.util.List<org.fluorite.core.image.Image> opened = new java.util.ArrayList<>();
        view.setImageOpener(opened::add);
        view.setScans(List.of("scan_a"));
        view.openScan("scan_a");
        assertEquals(1, opened.size());
        assertEquals("TCYX", opened.get(0).axesString());
        assertEquals(50e-9, opened.get(0).calibration(org.fluorite.core.image.Axis.X).size(), 1e-20);
        view.selectChannel(KymoChannel.GREEN);
        view.openCurrentImage();
        assertEquals(2, opened.size());
        assertEquals("YX", opened.get(1).axesString());
        assertEquals(40, opened.get(1).width());
        assertEquals(0.064, opened.get(1).calibration(org.fluorite.core.image.Axis.X).size(), 1e-12);
    }

    private void spin() {
        for (int i = 0; i < 50; i++) {
            while (display.readAndDispatch()) {
                // dispatch pending events
            }
        }
    }

    @Test
    void showsTheKymographWithForceAndNonEmptyPixels() {
        assertEquals(40, view.current().lines());
        assertEquals(30, view.current().pixelsPerLine());
        assertNotNull(view.forceCanvas().trace());
        assertEquals(40, view.forceCanvas().trace().size());
        // Force 1x is the sample index: line 0 covers samples 300..359
        assertEquals(329.5, view.forceCanvas().trace().values()[0], 1e-9);
        view.selectChannel(KymoChannel.GREEN);
        view.setThreshold("5");
        view.track();
        assertEquals(2, view.tracks().size());
        spin();
        ImageData shot = capture();
        // the canvas shows green spots: some pixels are bright green
        int green = 0;
        for (int y = 0; y < shot.height; y += 2) {
            for (int x = 0; x < shot.width; x += 2) {
                int p = shot.getPixel(x, y);
                var rgb = shot.palette.getRGB(p);
                if (rgb.green > 150 && rgb.red < 100 && rgb.blue < 100) {
                    green++;
                }
            }
        }
        assertTrue(green > 100, "the kymograph part renders green spots, found " + green + " green samples");
        ImageLoader saver = new ImageLoader();
        saver.data = new ImageData[] {shot};
        saver.save("/tmp/fluorite-kymo-ui.png", SWT.IMAGE_PNG);
    }

    @Test
    void draggingCropsAndCalibratesClickingDeletesATrack() {
        view.selectChannel(KymoChannel.GREEN);
        view.setThreshold("5");
        view.track();
        Rectangle r = PlotFrame.inner(view.canvas().getClientArea());
        double tracked = view.tracks().size();
        // click on the still particle (pixel 20) at line 10
        int x = r.x + (int) Math.round((10 + 0.5) / 40.0 * r.width);
        int y = r.y + (int) Math.round((20 + 0.5) / 30.0 * r.height);
        view.deleteTrackAt(view.canvas().line(x), view.canvas().pixel(y));
        assertEquals(tracked - 1, view.tracks().size());
        assertTrue(view.tracks().get(0).firstTime() == 0, "the moving track remains");
        // shift+click on the moving track at line 20 splits it there
        double a = 8 + 0.25 * 20;
        view.splitTrackAt(20.5, a);
        assertEquals(2, view.tracks().size());
        assertEquals(19, view.tracks().get(0).lastTime());
        assertEquals(20, view.tracks().get(1).firstTime());
        // 0.5..1.5 um, lines 10..20, as a dragged rectangle, with a 3 kbp tether
        view.setTetherKbp("3");
        double lt = view.current().lineTimeSeconds();
        // kymo_track's lines start 64 ms apart from its start (sample 300): line 10 at 0.640 s
        long line10 = view.current().lineTimestampsNs()[10];
        assertEquals(0.0, view.current().firstLineSeconds(), 1e-15);
        assertEquals(START + 940 * DT, line10);
        view.crop(new KymographCanvas.Selection(10 * lt, 20 * lt, 0.5, 1.5));
        assertEquals(10, view.current().lines());
        assertEquals(10, view.current().pixelsPerLine());
        assertEquals(PositionUnit.KBP, view.current().positionUnit());
        assertEquals(0.3, view.current().pixelSize(), 1e-12);
        assertEquals(view.current().startNs(), view.current().lineTimestampsNs()[0]);
        // the time axis keeps the lines' times: it starts at line 10, not at 0
        assertEquals(line10, view.current().lineTimestampsNs()[0]);
        assertEquals(0.640, view.current().firstLineSeconds(), 1e-12);
        assertEquals(0.640, view.canvas().selection(new Point(r.x, r.y), new Point(r.x + r.width, r.y + 10)).fromSeconds(), 1e-12);
        assertEquals(1.280, view.canvas().selection(new Point(r.x, r.y), new Point(r.x + r.width, r.y + 10)).toSeconds(), 1e-12);
        // the force under it is on the same axis: line 10 spans 60 samples from 0.640 s, its centre at 0.670 s
        assertEquals(0.670, view.forceCanvas().trace().timesSeconds()[0], 1e-12);
        spin();
        ImageLoader saver = new ImageLoader();
        saver.data = new ImageData[] {capture()};
        saver.save("/tmp/fluorite-kymo-ui-kbp.png", SWT.IMAGE_PNG);
        // a second rectangle inside the cropped view crops the original further
        view.setTetherKbp("");
        view.crop(new KymographCanvas.Selection(0.640, 0.640 + 5 * lt, 0.3, 0.9));
        assertEquals(5, view.current().lines());
        assertEquals(line10, view.current().lineTimestampsNs()[0]);
        assertEquals(0.640, view.current().firstLineSeconds(), 1e-12);
        assertEquals(2, view.current().pixelsPerLine());
        assertEquals(0.1 + 0.5, view.current().positionOffsetUm(), 1e-12);
        // a rectangle from line 2 of the cropped view: lines 12.. of the whole kymograph, at 0.768 s
        view.crop(new KymographCanvas.Selection(0.640 + 2 * lt, 0.640 + 4 * lt, 0, 0.2));
        assertEquals(2, view.current().lines());
        assertEquals(START + (300 + 64 * 12) * DT, view.current().lineTimestampsNs()[0]);
        assertEquals(0.768, view.current().firstLineSeconds(), 1e-12);
        assertEquals(2, view.current().pixelsPerLine());
    }

    @Test
    void anEmptySliceShowsAMessageInsteadOfAnImage() throws Exception {
        Kymograph empty = KymographFile.open(TestData.fixture("org.fluorite.kymo.tests", "kymos.h5"), "kymo_track")
                .slice("10s", null);
        assertTrue(empty.isEmpty());
        view.setKymograph(empty);
        view.openCurrentImage();
        view.crop(new KymographCanvas.Selection(0, 1, 0, 1));
        assertEquals(0, view.current().lines());
        assertEquals(30, view.canvas().kymograph().pixelsPerLine());
        spin();
        // the canvas is not left blank: it writes why there is no image (dark text on the background)
        Rectangle c = view.canvas().getBounds();
        ImageData shot = capture();
        int dark = 0;
        for (int y = c.y; y < Math.min(shot.height, c.y + 40); y++) {
            for (int x = c.x; x < Math.min(shot.width, c.x + 500); x++) {
                var rgb = shot.palette.getRGB(shot.getPixel(x, y));
                if (rgb.red < 90 && rgb.green < 90 && rgb.blue < 90) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 50, "the empty kymograph's message is drawn, found " + dark + " dark pixels");
    }

    @Test
    void renderingScalesEachColourToItsPercentile() {
        var k = view.current();
        ImageData d = KymoRendering.render(k, KymoChannel.GREEN, 1);
        assertEquals(40, d.width);
        assertEquals(30, d.height);
        double max = KymoRendering.percentile(k.data(KymoChannel.GREEN), 99.5);
        int p = d.getPixel(10, 20);
        assertEquals(Math.min(255, Math.round(KymoFixturesValue.green(20, 10) / max * 255)), d.palette.getRGB(p).green);
        assertEquals(0, d.palette.getRGB(p).red);
        assertEquals(List.of(0.0, 0.5, 1.0, 1.5, 2.0, 2.5), KymoRendering.ticks(0, 2.56, 5));
        assertEquals("0.064", KymoRendering.label(0.064));
        assertEquals("2", KymoRendering.label(2.0));
    }

    private ImageData capture() {
        Rectangle b = shell.getClientArea();
        Image img = new Image(display, b.width, b.height);
        GC gc = new GC(shell);
        gc.copyArea(img, 0, 0);
        gc.dispose();
        ImageData d = img.getImageData();
        img.dispose();
        return d;
    }

    /** Green counts of kymo_track as the fixture script writes them. */
    static final class KymoFixturesValue {
        static double green(int p, int l) {
            double a = 8 + 0.25 * l;
            double v = Math.floor(20 * Math.exp(-(p - a) * (p - a) / 2) + 0.5);
            if (l >= 5 && l < 30) {
                v += Math.floor(20 * Math.exp(-(p - 20) * (p - 20) / 2.0) + 0.5);
            }
            return v;
        }
    }
}
