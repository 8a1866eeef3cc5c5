package org.fluorite.flow.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.core.meta.Metadata;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Frame;
import org.fluorite.flow.HistoryOperation;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.graph.NodeResult;
import org.fluorite.flow.graph.NodeStatus;
import org.fluorite.flow.hdf5.TransmissionHdf5;
import org.fluorite.flow.node.NodeRegistry;
import org.fluorite.flow.nodes.data.LoadFileFactory;
import org.fluorite.flow.nodes.math.nodes.DerivativeFactory;
import org.fluorite.flow.nodes.signal.nodes.ButterworthFactory;
import org.fluorite.flow.nodes.signal.nodes.NormalizeFactory;
import org.fluorite.flow.nodes.signal.nodes.PeakDetectFactory;
import org.fluorite.flow.nodes.signal.nodes.PeakFeaturesFactory;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * The editor with a real analysis: the 23 suite2p traces of the FISSA example
 * (shared data suite2p_fissa_example/F.npy, 23 x 864 float32) saved as a transmission file, then
 * LoadFile -> Butterworth -> Normalize -> Derivative -> PeakDetect -> PeakFeatures built with the
 * editor's controller and run. With the settings of the node bundles' SciPy comparison (order 2,
 * divisor 4; slope threshold 0, amplitude 0.15, distance 10) PeakFeatures gives the 211 flanked
 * peaks found there. Screenshots: /tmp/fluorite-flow-editor.png (canvas) and
 * /tmp/fluorite-flow-editor-window.png (whole window).
 */
class EditorScreenshotTest {

    @Test
    void realTracesThroughTheEditorAndAScreenshot() throws Exception {
        TestData.assumeDisplay();
        double[][] f = readFloat32Matrix(TestData.file("suite2p_fissa_example/F.npy"));
        assertEquals(23, f.length);
        assertEquals(864, f[0].length);
        // SOURCES.md [measured]: F[0,:3] = [49.62264, 55.09028, 57.421738]
        assertEquals(49.62264, f[0][0], 5e-6);
        assertEquals(57.421738, f[0][2], 5e-6);
        Path dir = TestData.tempDir("flow-ui-shot");
        Path trn = dir.resolve("fissa.trn.h5");
        double[] fps = new double[23];
        Arrays.fill(fps, 1.0);
        TransmissionHdf5.save(Transmission.spawn(Frame.of(FlowColumn.ofArrays(Transmission.RAW_CURVE, "", f),
                FlowColumn.ofDoubles(Transmission.SAMPLING_RATE, "Hz", fps)), UUID.randomUUID(),
                HistoryOperation.of("", "spawn_transmission", Map.of("file", "F.npy")),
                Metadata.EMPTY.with(Transmission.LAST_OUTPUT, Transmission.RAW_CURVE)), trn);

        NodeRegistry registry = new NodeRegistry();
        List.of(new LoadFileFactory(), new ButterworthFactory(), new NormalizeFactory(), new DerivativeFactory(), new PeakDetectFactory(),
                new PeakFeaturesFactory()).forEach(registry::addFactory);
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setText("Fluorite flowchart editor");
        shell.setLayout(new FillLayout());
        shell.setSize(1450, 620);
        FlowEditor editor = new FlowEditor(shell, registry, () -> dir);
        try {
            editor.setAutoRun(false);
            shell.open();
            EditorController c = editor.controller();
            c.addNode(registry.factory("data.LoadFile").orElseThrow(), 10, 170);
            c.addNode(registry.factory("signal.Butterworth").orElseThrow(), 200, 40);
            c.addNode(registry.factory("signal.Normalize").orElseThrow(), 390, 40);
            c.addNode(registry.factory("math.Derivative").orElseThrow(), 580, 40);
            c.addNode(registry.factory("signal.PeakDetect").orElseThrow(), 600, 200);
            c.addNode(registry.factory("signal.PeakFeatures").orElseThrow(), 800, 200);
            c.setSettings("LoadFile.0", new LoadFileFactory.Settings(trn.toString()));
            c.setSettings("Butterworth.0", new ButterworthFactory.Settings("", 2, 4.0));
            c.setSettings("PeakDetect.0", new PeakDetectFactory.Settings(Transmission.RAW_CURVE, true, 0, 0.15, 10));
            c.setSettings("PeakFeatures.0", new PeakFeaturesFactory.Settings(Transmission.RAW_CURVE));
            assertTrue(c.connect("LoadFile.0", "Out", "Butterworth.0", "In"));
            assertTrue(c.connect("Butterworth.0", "Out", "Normalize.0", "In"));
            assertTrue(c.connect("Normalize.0", "Out", "Derivative.0", "In"));
            assertTrue(c.connect("Derivative.0", "Out", "PeakDetect.0", "Derivative"));
            assertTrue(c.connect("Normalize.0", "Out", "PeakDetect.0", "Normalized"));
            assertTrue(c.connect("LoadFile.0", "Out", "PeakDetect.0", "Curve"));
            assertTrue(c.connect("PeakDetect.0", "Out", "PeakFeatures.0", "In"));
            Map<String, NodeResult> results = editor.runner().runNow(null);
            for (NodeResult r : results.values()) {
                assertEquals(NodeStatus.OK, r.status(), r.nodeId() + ": " + r.error());
                assertEquals(NodeState.OK, editor.states().state(r.nodeId()));
            }
            assertEquals(23, results.get("PeakDetect.0").rows());
            assertEquals(211, results.get("PeakFeatures.0").rows(), "flanked peaks over the 23 ROIs");
            assertEquals(List.of("spawn_transmission", "load_file", "butterworth", "normalize", "derivative"),
                    editor.output("Derivative.0").orElseThrow().historyOfRow(0).stream().map(HistoryOperation::name).toList());
            c.select("PeakDetect.0");
            SwtHarness.spin(display);
            ImageData canvasShot = SwtHarness.capture(editor.canvas().control());
            SwtHarness.save(canvasShot, Path.of("/tmp/fluorite-flow-editor.png"));
            // six green (OK) headers of 150 x 22 pixels: about 6 * 150 * 22 / 4 sampled pixels
            int green = SwtHarness.count(canvasShot, 130, 200, 140);
            assertTrue(green > 4 * 150 * 22 / 4, "green node headers, found " + green);
            assertEquals(0, SwtHarness.count(canvasShot, 225, 70, 70), "no failed node");
            saveWindow(shell, Path.of("/tmp/fluorite-flow-editor-window.png"));

            Shell peakShell = new Shell(shell, org.eclipse.swt.SWT.SHELL_TRIM);
            peakShell.setLayout(new FillLayout());
            peakShell.setSize(1000, 380);
            PeakEditor peaks = new PeakEditor(peakShell, new PeakEdits(editor.output("PeakDetect.0").orElseThrow()), t -> null);
            peakShell.open();
            int allPeaks = 0;
            for (int r = 0; r < peaks.edits().rowCount(); r++) {
                allPeaks += peaks.edits().peaks(r).peakCount();
            }
            assertTrue(allPeaks >= 211, "every flanked peak is a peak of the editor, found " + allPeaks);
            ImageData peakShot = SwtHarness.capture(peaks.canvas());
            SwtHarness.save(peakShot, Path.of("/tmp/fluorite-peak-editor.png"));
            assertTrue(SwtHarness.count(peakShot, 255, 0, 0) > 5, "red peak markers on ROI 0");
            peakShell.dispose();
        } finally {
            editor.dispose();
            shell.dispose();
        }
    }

    /** The whole window as on screen (for a look; other windows on the display may cover it). */
    private static void saveWindow(Shell shell, Path file) {
        shell.forceActive();
        SwtHarness.spin(shell.getDisplay());
        Image image = new Image(shell.getDisplay(), shell.getClientArea().width, shell.getClientArea().height);
        GC gc = new GC(shell);
        gc.copyArea(image, 0, 0);
        gc.dispose();
        SwtHarness.save(image.getImageData(), file);
        image.dispose();
    }

    /** A C-order little-endian float32 2-D .npy file (the header's shape checked against the file length). */
    static double[][] readFloat32Matrix(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        ByteBuffer bb = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals("NUMPY", new String(all, 1, 5, StandardCharsets.US_ASCII), file + ": not an .npy file");
        int major = all[6];
        int headerLen = major == 1 ? Short.toUnsignedInt(bb.getShort(8)) : bb.getInt(8);
        int start = (major == 1 ? 10 : 12) + headerLen;
        String header = new String(all, major == 1 ? 10 : 12, headerLen, StandardCharsets.US_ASCII);
        assertTrue(header.contains("'descr': '<f4'") && header.contains("'fortran_order': False"), header);
        int open = header.indexOf("'shape': (") + 10;
        String[] dims = header.substring(open, header.indexOf(')', open)).split(",");
        int rows = Integer.parseInt(dims[0].trim());
        int cols = Integer.parseInt(dims[1].trim());
        assertEquals((long) start + 4L * rows * cols, all.length, file + ": size");
        double[][] out = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < cols; k++) {
                out[r][k] = bb.getFloat(start + 4 * (r * cols + k));
            }
        }
        return out;
    }
}
