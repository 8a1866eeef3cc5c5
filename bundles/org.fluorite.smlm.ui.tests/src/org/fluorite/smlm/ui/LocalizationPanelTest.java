package org.fluorite.smlm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.Plane;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Localizations;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.thunderstorm.ThunderStormImporter;
import org.fluorite.io.tiff.TiffImporter;
import org.fluorite.smlm.FrameLocalizer;
import org.fluorite.smlm.FrameSelection;
import org.fluorite.smlm.LocalizationSettings;
import org.fluorite.smlm.Localizer;
import org.fluorite.smlm.camera.CameraModel;
import org.fluorite.smlm.simulate.Simulation;
import org.fluorite.smlm.simulate.SimulationSettings;
import org.fluorite.smlm.simulate.Simulator;
import org.fluorite.testing.TestData;
import org.fluorite.viewer.ui.ImageViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Localization panel beside a real viewer on a real display, on the ThunderSTORM Tubulins I
 * frame (150 nm pixels, EM camera: offset 100, 100 e-/count, gain 100, read noise 450 e-, PSF
 * sigma 1 px as the engine's own test): Test draws what the engine finds, Go hands over a run
 * whose output is the localization table and its rendering. A screenshot goes to
 * {@code /tmp/fluorite-smlm-ui.png} for a person to look at.
 */
class LocalizationPanelTest {

    private Display display;
    private Shell shell;
    private ImageViewer viewer;
    private LocalizationPanel panel;
    private Image frame;

    @BeforeEach
    void open() throws Exception {
        TestData.assumeDisplay();
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("Fluorite localization");
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 1500, 950);
        SashForm sash = new SashForm(shell, SWT.HORIZONTAL);
        viewer = new ImageViewer(sash, SWT.NONE);
        panel = new LocalizationPanel(sash);
        sash.setWeights(58, 42);
        shell.open();
        frame = new TiffImporter().read(TestData.file("thunderstorm/tubulins1_00020.tif"), ImportOptions.NONE, ProgressMonitor.NONE)
                .firstImage();
        viewer.setImage(frame);
        pumpUntil(viewer::isFrameShown, "the frame to be shown");
        panel.attach(viewer);
        for (String[] kv : new String[][] {{"adOffset", "100"}, {"estimateAdOffset", "false"}, {"electronsPerCount", "100"},
                {"emGain", "100"}, {"readNoise", "450"}, {"pixelNm", "150"}}) {
            panel.cameraForm().setText(kv[0], kv[1]);
        }
        panel.settingsForm().setText("psfSigma", "1.0");
    }

    @AfterEach
    void close() {
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
        if (display != null) {
            while (display.readAndDispatch()) {
                // flush
            }
        }
    }

    @Test
    void formsComeFromTheSettingsRecordsAndTheStack() {
        assertEquals(150, panel.cameraForm().value().pixelNm(), 0);
        assertEquals(100, panel.cameraForm().value().emGain(), 0);
        assertEquals(1.0, panel.settingsForm().value().psfSigma(), 0);
        assertEquals(LocalizationSettings.DEFAULTS.threshold(), panel.settingsForm().value().threshold(), 0);
        assertTrue(panel.statusText().length() > 0);
        // no AD offset in this TIFF's metadata: estimation from dark frames is offered (then turned off above)
        assertTrue(CameraSettings.of(frame).estimateAdOffset(), frame.metadata().toString());
    }

    @Test
    void testDrawsTheEnginesCandidatesAndFitsOverTheFrame() throws Exception {
        FrameLocalizer.Result r = panel.test().get(60, TimeUnit.SECONDS);
        assertNotNull(r);
        pumpUntil(() -> panel.overlay().result() != null, "the overlay to get the result");
        FrameLocalizer.Result direct = new Localizer(LocalizationSettings.DEFAULTS.withPsfSigma(1.0),
                CameraModel.of(100, 100, 100, 450), 150).localizeFrame(frame, 0);
        // the same as the engine on its own (its own test finds about 45 of the 49 molecules)
        assertEquals(direct.candidates().size(), r.candidates().size());
        int fits = direct.localizations().size();
        assertEquals(fits, r.localizations().size());
        assertTrue(fits >= 40 && fits <= 55, fits + " fits");
        assertTrue(panel.statusText().contains(fits + " fits"), panel.statusText());
        viewer.fitToWindow();
        pumpFor(300);
        ImageData picture = grab(viewer.pictureControl());
        int red = count(picture, new RGB(255, 0, 0));
        int yellow = count(picture, new RGB(255, 255, 0));
        assertTrue(red > fits * 8, "red fit marks drawn: " + red + " pixels");
        assertTrue(yellow > r.candidates().size() * 8, "yellow candidate squares drawn: " + yellow + " pixels");
        screenshot("/tmp/fluorite-smlm-ui.png");
        // another frame shows no marks: this single-frame image has none, so move the result's frame instead
        panel.overlay().setResult(new FrameLocalizer.Result(5, r.candidates(), r.localizations()));
        viewer.redrawOverlays();
        pumpFor(200);
        assertEquals(0, count(grab(viewer.pictureControl()), new RGB(255, 0, 0)));
    }

    @Test
    void goHandsOverARunThatLocalizesAndRenders() throws Exception {
        List<LocalizationRun> runs = new ArrayList<>();
        panel.setGoHandler(runs::add);
        panel.resultForm().setText("pixelNm", "30");
        panel.resultForm().setText("mode", "histogram");
        panel.go();
        assertEquals(1, runs.size());
        LocalizationRun.Output out = runs.get(0).run(2, ProgressMonitor.NONE);
        int fits = new Localizer(LocalizationSettings.DEFAULTS.withPsfSigma(1.0), CameraModel.of(100, 100, 100, 450), 150)
                .localizeFrame(frame, 0).localizations().size();
        assertEquals(fits, out.localizations().rowCount());
        assertEquals(fits, out.processed().rowCount());
        Plane p = out.rendered().plane();
        double sum = 0;
        for (int i = 0; i < p.size(); i++) {
            sum += p.get(i);
        }
        assertEquals(fits, sum, 0);
        assertEquals("smlm.render", out.rendered().provenance().operations().get(out.rendered().provenance().operations().size() - 1)
                .name());
        // the localizations lie near the ground truth: at least 90 % within 100 nm of a molecule
        Table gt = (Table) new ThunderStormImporter().read(TestData.file("thunderstorm/tubulins1_00020.csv"), ImportOptions.NONE,
                ProgressMonitor.NONE).data().get(0);
        double[] gx = gt.require(Localizations.X).toDoubles();
        double[] gy = gt.require(Localizations.Y).toDoubles();
        double[] x = out.localizations().require(Localizations.X).toDoubles();
        double[] y = out.localizations().require(Localizations.Y).toDoubles();
        int near = 0;
        for (int i = 0; i < x.length; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < gx.length; j++) {
                best = Math.min(best, Math.hypot(x[i] - gx[j], y[i] - gy[j]));
            }
            near += best < 100 ? 1 : 0;
        }
        assertTrue(near >= 0.9 * fits, near + " of " + fits + " within 100 nm");
        // the panel's progress monitor forwards to the job's and reaches 100 %
        ProgressMonitor m = panel.progressMonitor(ProgressMonitor.NONE);
        m.begin("work", 4);
        m.worked(4);
        m.done();
        pumpUntil(() -> "work".equals(panel.statusText()), "the task name in the status line");
    }

    @Test
    void testUsesThePlaneShownInStorageOrder() {
        List<Plane> planes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            planes.add(Plane.allocate(org.fluorite.core.image.PixelType.UINT16, 32, 32));
        }
        Image tc = Image.create("tc", new org.fluorite.core.image.ArrayPlaneSource(planes), "TCYX", 2, 2, 32, 32);
        viewer.setImage(tc);
        pumpUntil(viewer::isFrameShown, "the TC image to be shown");
        panel.attach(viewer);
        assertEquals(0, panel.shownPlane());
        viewer.setPosition(org.fluorite.core.image.Axis.T, 1);
        viewer.setActiveChannel(1);
        pumpFor(100);
        assertEquals(3, panel.shownPlane(), "T = 1, C = 1 of a 2 x 2 TC stack is plane 3");
        assertEquals("tc: 2 frames of 32 x 32, 2 channels", panel.statusText());
        assertEquals(new FrameSelection(1, 0), panel.shownSelection());
        assertEquals(1, panel.shownFrame());
    }

    /**
     * Two simulated emitter sets as the channels of a TCYX stack: with channel 2 and T = 3 shown,
     * Test fits channel 2's third frame and Go localizes channel 2's frames 1..T; the status lines
     * name the channel.
     */
    @Test
    void testAndGoUseTheChannelTheViewerShows() throws Exception {
        CameraModel ccd = CameraModel.of(100, 1, 1, 2);
        SimulationSettings s = SimulationSettings.DEFAULTS.withSize(48, 48, 4).withEmitters(5, 3000, 0).withBackground(10)
                .withLayout(8, 5);
        Simulation[] sims = {Simulator.simulate(s.withSeed(31), ccd), Simulator.simulate(s.withSeed(32), ccd)};
        List<Plane> planes = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            for (Simulation sim : sims) {
                planes.add(sim.stack().planeAt(t));
            }
        }
        Image tc = Image.create("two", new org.fluorite.core.image.ArrayPlaneSource(planes), "TCYX", 4, 2, 48, 48)
                .withMetadata(sims[0].stack().metadata());
        viewer.setImage(tc);
        pumpUntil(viewer::isFrameShown, "the two-channel stack to be shown");
        panel.attach(viewer);
        for (String[] kv : new String[][] {{"adOffset", "100"}, {"estimateAdOffset", "false"}, {"electronsPerCount", "1"},
                {"emGain", "1"}, {"readNoise", "2"}, {"pixelNm", "100"}}) {
            panel.cameraForm().setText(kv[0], kv[1]);
        }
        panel.settingsForm().setText("psfSigma", "1.3");
        viewer.setActiveChannel(1);
        viewer.setPosition(org.fluorite.core.image.Axis.T, 2);
        pumpFor(100);
        FrameLocalizer.Result r = panel.test().get(60, TimeUnit.SECONDS);
        assertEquals(2, r.frame());
        FrameLocalizer.Result direct = new Localizer(LocalizationSettings.DEFAULTS, ccd, 100).localizeFrame(sims[1].stack(), 2);
        assertEquals(5, direct.localizations().size());
        assertEquals(direct.localizations().size(), r.localizations().size());
        for (int i = 0; i < r.localizations().size(); i++) {
            assertEquals(direct.localizations().get(i).fit().x(), r.localizations().get(i).fit().x(), 1e-9);
        }
        pumpUntil(() -> panel.statusText().startsWith("Frame 3 of channel 2: "), "the test's status line");
        assertEquals(5, panel.overlay().result().frame(), "the overlay keys the result to storage plane T 2, C 1");

        List<LocalizationRun> runs = new ArrayList<>();
        panel.setGoHandler(runs::add);
        panel.go();
        assertEquals(1, runs.size());
        assertEquals(new FrameSelection(1, 0), runs.get(0).selection());
        LocalizationRun.Output out = runs.get(0).run(2, ProgressMonitor.NONE);
        Table locs = out.localizations();
        assertEquals(2L, ((Number) locs.metadata().get("channel")).longValue());
        double[] f = locs.require("frame").toDoubles();
        assertEquals(1, java.util.Arrays.stream(f).min().orElseThrow());
        assertEquals(4, java.util.Arrays.stream(f).max().orElseThrow());
        // every localization lies within 100 nm of a channel-2 emitter of its frame, and most of channel 2's are found
        Table gt = sims[1].groundTruth();
        assertEquals(20, gt.rowCount());
        assertTrue(locs.rowCount() >= 19 && locs.rowCount() <= 21, "localizations " + locs.rowCount());
        double[] gf = gt.require("frame").toDoubles();
        double[] gx = gt.require("x").toDoubles();
        double[] gy = gt.require("y").toDoubles();
        double[] x = locs.require("x").toDoubles();
        double[] y = locs.require("y").toDoubles();
        for (int i = 0; i < x.length; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < gx.length; j++) {
                if (gf[j] == f[i]) {
                    best = Math.min(best, Math.hypot(x[i] - gx[j], y[i] - gy[j]));
                }
            }
            assertTrue(best < 100, "localization " + i + " is " + best + " nm from channel 2's emitters");
        }
        String summary = runs.get(0).summary(out);
        assertTrue(summary.startsWith("two, channel 2: " + locs.rowCount() + " localizations"), summary);
    }

    private static int count(ImageData d, RGB colour) {
        int n = 0;
        for (int y = 0; y < d.height; y++) {
            for (int x = 0; x < d.width; x++) {
                if (d.palette.getRGB(d.getPixel(x, y)).equals(colour)) {
                    n++;
                }
            }
        }
        return n;
    }

    private ImageData grab(Control c) {
        c.redraw();
        c.update();
        pumpFor(100);
        Rectangle area = c.getBounds();
        org.eclipse.swt.graphics.Image img = new org.eclipse.swt.graphics.Image(display, area.width, area.height);
        try {
            GC gc = new GC(c);
            gc.copyArea(img, 0, 0);
            gc.dispose();
            return img.getImageData();
        } finally {
            img.dispose();
        }
    }

    private void screenshot(String path) throws Exception {
        pumpFor(300);
        try {
            Process p = new ProcessBuilder("import", "-window", "root", path).redirectErrorStream(true).start();
            if (p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0) {
                assertTrue(Files.size(Path.of(path)) > 1000);
            }
        } catch (java.io.IOException e) {
            // imagemagick is optional: the pixel checks above already cover the drawing
        }
    }

    private void pumpUntil(BooleanSupplier condition, String what) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("Timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                sleep();
            }
        }
    }

    private void pumpFor(long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
