package org.fluorite.flow.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.core.meta.Metadata;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Frame;
import org.fluorite.flow.HistoryOperation;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.graph.FlowEngine;
import org.fluorite.flow.graph.Flowchart;
import org.fluorite.flow.graph.NodeResult;
import org.fluorite.flow.hdf5.TransmissionHdf5;
import org.fluorite.flow.nodes.data.LoadFileFactory;
import org.fluorite.flow.nodes.signal.nodes.PeakDetectFactory;
import org.fluorite.flow.nodes.signal.numerics.PeaksBases;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * The Peak Editor on a built curve of 101 samples (a sine period: peak at 25, trough at 75) with
 * detected events base 10, peak 25, base 40: model edits, gestures on the canvas, and the saved
 * file flowing through LoadFile into PeakDetect's PB_Input unchanged.
 */
class PeakEditorTest {

    private static final UUID BLOCK = UUID.fromString("00000000-0000-0000-0000-0000000000b1");

    static Transmission detected() {
        double[] curve = new double[101];
        for (int i = 0; i < curve.length; i++) {
            curve[i] = Math.sin(2 * Math.PI * i / 100);
        }
        Frame peaks = PeakDetectFactory.table(new PeaksBases(new int[] {10, 25, 40}, new boolean[] {false, true, false}));
        Frame f = Frame.of(FlowColumn.ofArrays(Transmission.RAW_CURVE, "", new double[][] {curve}),
                FlowColumn.ofTables(PeakDetectFactory.PEAKS_BASES, new Frame[] {peaks}));
        return Transmission.spawn(f, BLOCK, HistoryOperation.of("signal.PeakDetect", "peak_detect", Map.of("SlopeThr", 0.0)),
                Metadata.EMPTY.with(Transmission.LAST_OUTPUT, Transmission.RAW_CURVE));
    }

    @Test
    void modelEditsKeepOrderAndAreRecordedInTheHistory() {
        Transmission t = detected();
        PeakEdits e = new PeakEdits(t);
        assertSame(t, e.result(), "no edit: the input as it is");
        assertEquals(Transmission.RAW_CURVE, e.curveColumn());
        e.add(0, 60, true);
        e.move(0, 1, 30);
        e.add(0, 500, false);
        assertArrayEquals(new int[] {10, 30, 40, 60, 100}, e.peaks(0).events());
        assertArrayEquals(new boolean[] {false, true, false, true, false}, e.peaks(0).peak());
        e.remove(0, 4);
        assertEquals(1, e.nearest(0, 32, 3));
        assertEquals(-1, e.nearest(0, 50, 3));
        Transmission out = e.result();
        PeaksBases pb = PeakDetectFactory.fromTable(out.column(PeakDetectFactory.PEAKS_BASES).tables()[0]);
        assertArrayEquals(new int[] {10, 30, 40, 60}, pb.events());
        assertEquals(List.of("peak_detect", "peak_editor"), out.history().operationNames(BLOCK));
        Map<String, Object> p = out.history().parameters(BLOCK, "peak_editor").orElseThrow();
        assertEquals(4, ((Number) p.get("edits")).intValue());
        assertEquals(List.of(0), ((List<?>) p.get("edited_rows")).stream().map(o -> ((Number) o).intValue()).toList());
    }

    @Test
    void gesturesOnTheCanvasAndTheSavedFileFeedsPbInput() throws Exception {
        TestData.assumeDisplay();
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(720, 360);
        Path dir = TestData.tempDir("peak-editor");
        PeakEditor editor = new PeakEditor(shell, new PeakEdits(detected()), t -> null);
        shell.open();
        SwtHarness.spin(display);
        try {
            var canvas = editor.canvas();
            assertEquals(25, editor.sampleAt(editor.xOf(25)));
            // drag the peak at 25 to sample 35
            SwtHarness.drag(canvas, 1, editor.xOf(25), 50, editor.xOf(35), 60);
            assertArrayEquals(new int[] {10, 35, 40}, editor.edits().peaks(0).events());
            // right-click menu: add a peak at 70
            Menu m = editor.menu(editor.xOf(70));
            assertEquals("Add Peak at 70", m.getItem(0).getText());
            m.getItem(0).notifyListeners(SWT.Selection, new Event());
            m.dispose();
            // the menu on an event offers to remove it
            m = editor.menu(editor.xOf(10));
            assertEquals("Remove base at 10", m.getItem(2).getText());
            m.dispose();
            // click the base at 40, Delete removes it
            SwtHarness.click(canvas, editor.xOf(40), 50);
            SwtHarness.key(canvas, SWT.DEL);
            assertArrayEquals(new int[] {10, 35, 70}, editor.edits().peaks(0).events());
            assertArrayEquals(new boolean[] {false, true, true}, editor.edits().peaks(0).peak());
            var shot = SwtHarness.capture(canvas);
            SwtHarness.save(shot, Path.of(System.getProperty("java.io.tmpdir"), "fluorite-peak-editor-test.png"));
            assertTrue(SwtHarness.count(shot, 255, 0, 0) > 5, "red peak markers are drawn");

            Path file = dir.resolve("edited.trn.h5");
            Path saved = editor.save(t -> {
                try {
                    TransmissionHdf5.save(t, file);
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
                return file;
            });
            assertEquals(file, saved);
            Flowchart chart = new Flowchart();
            chart.add(new LoadFileFactory(), new LoadFileFactory.Settings(file.toString()), 0, 0);
            chart.add(new PeakDetectFactory(), null, 200, 0);
            // edited peaks alone on PB_Input: PeakDetect passes them on unchanged
            chart.connect("LoadFile.0", "Out", "PeakDetect.0", "PB_Input");
            Map<String, NodeResult> r = new FlowEngine(chart, dir, 1, false).run(null);
            Transmission passed = r.get("PeakDetect.0").transmission(0);
            assertArrayEquals(new int[] {10, 35, 70},
                    PeakDetectFactory.fromTable(passed.column(PeakDetectFactory.PEAKS_BASES).tables()[0]).events());
            assertTrue(passed.history().operationNames(BLOCK).contains("peak_editor"), passed.history().toString());
        } finally {
            shell.dispose();
        }
    }
}
