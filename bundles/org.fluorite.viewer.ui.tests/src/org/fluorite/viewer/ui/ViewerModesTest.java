package org.fluorite.viewer.ui;

import static org.fluorite.viewer.ui.SwtHarness.movie;
import static org.fluorite.viewer.ui.SwtHarness.movieValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.fluorite.core.display.Contrast;
import org.fluorite.core.display.LookupTable;
import org.fluorite.core.image.ArrayPlaneSource;
import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Calibration;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.image.Projection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Read-out, composite and single channel modes, Z stacks and projections. */
class ViewerModesTest {

    private SwtHarness h;

    @BeforeEach
    void open() {
        h = new SwtHarness();
    }

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void readoutGivesPixelPhysicalPositionAndValue() {
        Image img = movie().withCalibration(Axis.X, Calibration.metres(0.16e-6))
                .withCalibration(Axis.Y, Calibration.metres(0.2e-6));
        h.setImage(img);
        h.viewer.showReadoutAt(10, 5);
        String expected = "x=10 y=5 (1.600 µm, 1.000 µm) value=160";
        assertEquals(expected, h.viewer.getReadout());
        assertEquals(expected, h.statuses.get(h.statuses.size() - 1));
        h.viewer.setFrame(3);
        h.waitForFrame();
        assertEquals("x=10 y=5 (1.600 µm, 1.000 µm) value=0", h.viewer.getReadout(), "read-out follows the frame");
        h.viewer.showReadoutAt(12, 12);
        assertEquals("x=12 y=12 (1.920 µm, 2.400 µm) value=4000", h.viewer.getReadout());

        // uncalibrated: no physical part
        h.setImage(movie());
        h.viewer.showReadoutAt(2, 1);
        assertEquals("x=2 y=1 value=32", h.viewer.getReadout());
        // moving the mouse over the canvas gives the same text
        ViewCanvas c = h.viewer.canvas();
        org.eclipse.swt.graphics.Point p = c.canvasPointOf(7, 4);
        org.eclipse.swt.widgets.Event move = new org.eclipse.swt.widgets.Event();
        move.x = p.x;
        move.y = p.y;
        c.notifyListeners(SWT.MouseMove, move);
        assertEquals("x=7 y=4 value=112", h.viewer.getReadout());
        c.notifyListeners(SWT.MouseExit, new org.eclipse.swt.widgets.Event());
        assertEquals("", h.viewer.getReadout());
    }

    @Test
    void floatReadoutShowsDecimalsAndNaN() {
        Plane p = new Plane(PixelType.FLOAT32, 2, 1, new float[] {0.125f, Float.NaN});
        h.setImage(Image.of("float", p));
        h.viewer.showReadoutAt(0, 0);
        assertEquals("x=0 y=0 value=0.1250", h.viewer.getReadout());
        h.viewer.showReadoutAt(1, 0);
        assertEquals("x=1 y=0 value=NaN", h.viewer.getReadout());
        assertEquals(0, h.viewer.renderToImageData().getPixel(1, 0), "NaN is black");
        assertNull(h.viewer.frameAxis());
        assertNull(h.viewer.controls().playback());
    }

    /** Two uint8 channels of 4x4: channel 0 is 255 on the left half, channel 1 on the top half. */
    private static Image twoChannels() {
        Plane left = Plane.allocate(PixelType.UINT8, 4, 4);
        Plane top = Plane.allocate(PixelType.UINT8, 4, 4);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                left.set(y * 4 + x, x < 2 ? 255 : 0);
                top.set(y * 4 + x, y < 2 ? 255 : 0);
            }
        }
        return Image.create("two channels", new ArrayPlaneSource(List.of(left, top)), "CYX", 2, 4, 4);
    }

    @Test
    void compositeAddsChannelColoursAndSingleModeShowsOne() {
        h.setImage(twoChannels());
        ImageViewer v = h.viewer;
        assertEquals(2, v.channelCount());
        assertEquals(ChannelMode.COMPOSITE, v.getChannelMode());
        assertEquals(List.of("Channel 1", "Channel 2", "Composite"), List.of(v.controls().showCombo().getItems()));
        v.setLut(0, LookupTable.RED);
        v.setLut(1, LookupTable.GREEN);
        v.setContrast(0, new Contrast(0, 255));
        v.setContrast(1, new Contrast(0, 255));
        h.waitForFrame();
        ImageData d = v.renderToImageData();
        assertEquals(0xFFFF00, d.getPixel(0, 0), "red + green = yellow");
        assertEquals(0x00FF00, d.getPixel(3, 0));
        assertEquals(0xFF0000, d.getPixel(0, 3));
        assertEquals(0x000000, d.getPixel(3, 3));
        v.showReadoutAt(0, 3);
        assertEquals("x=0 y=3 value=255 | 0", v.getReadout());

        v.setChannelMode(ChannelMode.SINGLE);
        v.setActiveChannel(1);
        h.waitForFrame();
        d = v.renderToImageData();
        assertEquals(0x00FF00, d.getPixel(0, 0));
        assertEquals(0x000000, d.getPixel(0, 3));
        assertEquals(LookupTable.GREEN, v.getLut());
        assertEquals("Channel 2", v.controls().showCombo().getText());
        assertEquals(1, h.frames.get(h.frames.size() - 1).index(Axis.C));

        // choosing "Composite" in the combo goes back to adding both
        v.controls().showCombo().select(2);
        v.controls().showCombo().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        h.waitForFrame();
        assertEquals(ChannelMode.COMPOSITE, v.getChannelMode());
        assertEquals(0xFFFF00, v.renderToImageData().getPixel(1, 1));
    }

    @Test
    void zStackStepsAlongZ() throws IOException {
        List<Plane> planes = new ArrayList<>();
        for (int z = 0; z < 3; z++) {
            Plane p = Plane.allocate(PixelType.UINT8, 3, 2);
            for (int i = 0; i < 6; i++) {
                p.set(i, z * 100);
            }
            planes.add(p);
        }
        Image stack = Image.create("stack", new ArrayPlaneSource(planes), "ZYX", 3, 2, 3);
        h.setImage(stack);
        assertEquals(Axis.Z, h.viewer.frameAxis());
        assertNotNull(h.viewer.controls().slider(Axis.Z));
        assertNull(h.viewer.controls().slider(Axis.T));
        h.viewer.setContrast(new Contrast(0, 255));
        h.key(SWT.END);
        h.waitForFrame();
        assertEquals(2, h.viewer.getPosition(Axis.Z));
        assertEquals(0xC8C8C8, h.viewer.renderToImageData().getPixel(2, 1));
        // the slider drives the position too
        AxisSlider s = h.viewer.controls().slider(Axis.Z);
        s.scale().setSelection(1);
        s.scale().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        h.waitForFrame();
        assertEquals(1, h.viewer.currentFrame());
        assertEquals(0x646464, h.viewer.renderToImageData().getPixel(0, 0));
    }

    @Test
    void maxProjectionArrivesInTheBackgroundAndIsShown() throws Exception {
        Image img = movie();
        h.setImage(img);
        h.viewer.setFrame(2);
        h.waitForFrame();
        List<Image> delivered = new ArrayList<>();
        h.viewer.addProjectionListener((result, p, axis) -> {
            assertSame(Projection.MAX, p);
            assertSame(Axis.T, axis);
            delivered.add(result);
        });
        CompletableFuture<Image> future = h.viewer.project(Projection.MAX, Axis.T);
        h.pumpUntil(future::isDone, "the projection");
        Image result = future.get();
        assertEquals(List.of(result), delivered);
        assertEquals("YX", result.axesString());
        Plane max = result.plane();
        assertEquals(4000, max.get(15, 15), 0, "the square of frame 3");
        assertEquals(movieValue(5, 0, 4), max.get(5, 0), 0, "elsewhere the last frame is brightest");
        assertEquals(96, max.get(5, 0), 0);

        assertTrue(h.viewer.isShowingProjection());
        h.waitForFrame();
        FrameShownEvent last = h.frames.get(h.frames.size() - 1);
        assertTrue(last.projection());
        assertSame(result, h.viewer.getShownImage());
        Contrast c = h.viewer.getContrast();
        assertEquals(Contrast.auto(max), c);
        assertEquals(LookupTable.GREY.rgb(c.index(4000)), h.viewer.renderToImageData().getPixel(12, 12));
        assertEquals(LookupTable.GREY.rgb(c.index(96)), h.viewer.renderToImageData().getPixel(5, 0));
        assertTrue(h.viewer.controls().banner().getVisible());
        assertEquals("Showing Max projection along T of gradient movie", h.viewer.controls().bannerText());
        assertNull(h.viewer.controls().slider(Axis.T), "a projection along T has no T slider");
        assertFalse(h.viewer.controls().projectButton().getEnabled());

        h.viewer.controls().backButton().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        h.waitForFrame();
        assertFalse(h.viewer.isShowingProjection());
        assertSame(img, h.viewer.getShownImage());
        assertEquals(2, h.viewer.currentFrame(), "back where we were");
        assertFalse(h.viewer.controls().banner().getVisible());
        assertEquals(LookupTable.GREY.rgb(h.viewer.getContrast().index(movieValue(5, 0, 2))),
                h.viewer.renderToImageData().getPixel(5, 0));
    }

    @Test
    void meanAndStdProjectionsThroughACustomRunner() throws Exception {
        List<String> titles = new ArrayList<>();
        h.viewer.setTaskRunner((title, task) -> {
            titles.add(title);
            new Thread(() -> task.run(org.fluorite.core.progress.ProgressMonitor.NONE), "test-runner").start();
        });
        h.viewer.setShowProjectionResults(false);
        h.setImage(movie());
        CompletableFuture<Image> mean = h.viewer.project(Projection.MEAN, Axis.T);
        CompletableFuture<Image> std = h.viewer.project(Projection.STD, Axis.T);
        h.pumpUntil(() -> mean.isDone() && std.isDone(), "both projections");
        assertEquals(List.of("Mean projection along T", "Std projection along T"), titles);
        assertFalse(h.viewer.isShowingProjection(), "results only go to listeners when showing is off");
        // pixel (5, 0): frames 0, 1, 2, 4 give 80 + 4t, frame 3 gives 0
        double[] series = {80, 84, 88, 0, 96};
        double m = 0;
        for (double s : series) {
            m += s / 5;
        }
        double var = 0;
        for (double s : series) {
            var += (s - m) * (s - m) / 5;
        }
        assertEquals(m, mean.get().plane().get(5, 0), 1e-4);
        assertEquals(Math.sqrt(var), std.get().plane().get(5, 0), 1e-3);
        assertEquals(PixelType.FLOAT32, std.get().pixelType());
        assertTrue(h.statuses.contains("Std projection along T finished"), h.statuses.toString());
        CompletableFuture<Image> bad = h.viewer.project(Projection.MAX, Axis.Z);
        assertTrue(bad.isCompletedExceptionally(), "the movie has no Z axis");
    }

    @Test
    void disposingTheViewerCancelsARunningProjection() {
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        org.fluorite.core.image.PlaneSource slow = new org.fluorite.core.image.PlaneSource() {
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
                return 500;
            }

            @Override
            public PixelType pixelType() {
                return PixelType.UINT8;
            }

            @Override
            public Plane read(long index, org.fluorite.core.image.Region region) {
                reads.incrementAndGet();
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Plane.allocate(PixelType.UINT8, 8, 8);
            }
        };
        h.setImage(Image.create("slow", slow, "TYX", 500, 8, 8));
        CompletableFuture<Image> future = h.viewer.project(Projection.MAX, Axis.T);
        h.pumpUntil(() -> reads.get() > 5, "the projection to start reading");
        h.viewer.dispose();
        long deadline = System.currentTimeMillis() + SwtHarness.TIMEOUT_MS;
        while (!future.isDone() && System.currentTimeMillis() < deadline) {
            h.pumpFor(10);
        }
        assertTrue(future.isCancelled(), "cancelled, not finished");
        assertTrue(reads.get() < 400, "stopped early after " + reads.get() + " reads");
    }
}
