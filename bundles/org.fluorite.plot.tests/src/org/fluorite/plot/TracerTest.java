package org.fluorite.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.fluorite.core.image.Projection;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Frame;
import org.fluorite.flow.HistoryOperation;
import org.fluorite.flow.Transmission;
import org.fluorite.project.Project;
import org.fluorite.project.Sample;
import org.fluorite.project.SampleId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Datapoint Tracer's data on a real project (FISSA's movies and ROIs) and on peak rows. */
class TracerTest {

    @Test
    void aPlottedRowLeadsBackToItsSampleProjectionRoiCurveAndHistory(@TempDir Path dir) throws Exception {
        try (Project p = FissaProject.create(dir.resolve("fissa"))) {
            Transmission t = FissaProject.rootTab(p);
            assertEquals(6, t.rowCount());
            assertEquals(FissaProject.sampleIds(), Arrays.asList(Categories.of(t, "SampleID").levels().stream()
                    .flatMap(s -> java.util.stream.Stream.of(s, s)).toArray(String[]::new)));
            Heatmap h = Heatmap.of(t, new PlotSettings.Heatmap("_RAW_CURVE", "SampleID", PlotSettings.ColormapName.VIRIDIS, true, 0, 1));
            DataRef third = h.marks().get(2);
            assertEquals("fissa_b-_-A02", third.sampleId());
            Sample a02 = p.sample(new SampleId("fissa_b", "A02")).orElseThrow();
            assertEquals(a02.roiUuids().get(0), third.roiUuid());

            TracedRow row = TracedRow.of(t, third.row(), null);
            assertEquals("_RAW_CURVE", row.curveColumn());
            assertArrayEquals(a02.rois().get(0).trace(), row.curve(), 0, "the curve is the ROI's stored trace");
            assertEquals(29, row.curve().length, "[src] 29 pages");
            assertEquals("spawn_transmission", row.history().get(0).name());
            assertEquals("fissa_b-_-A02", row.values().get("SampleID"));
            assertEquals("array of 29", row.values().get("_RAW_CURVE"));
            assertNull(row.peakSpan());

            DataRef first = h.marks().get(0);
            SampleSnapshot mean = SampleSnapshot.load(p, first, Projection.MEAN, ProgressMonitor.NONE).orElseThrow();
            assertEquals(14, mean.plane().width());
            assertEquals(21, mean.plane().height());
            // [src] expected_py3.npz means[0] (FISSA's mean image of A01): pixel (x 7, y 10) and sum
            assertEquals(74.37931034482759, mean.plane().get(7, 10), 1e-4);
            assertEquals(18239.310344827587, Arrays.stream(mean.plane().toDoubles()).sum(), 1e-2);
            SampleSnapshot max = SampleSnapshot.load(p, first, Projection.MAX, ProgressMonitor.NONE).orElseThrow();
            // [measured] numpy a.max(0) of AVG_A01.tif: pixel (7, 10) = 79, sum 21158; overall max 390 (SOURCES.md)
            assertEquals(79, max.plane().get(7, 10));
            assertEquals(21158, Arrays.stream(max.plane().toDoubles()).sum());
            assertEquals(390, max.plane().minMax()[1]);
            SampleSnapshot std = SampleSnapshot.load(p, first, Projection.STD, ProgressMonitor.NONE).orElseThrow();
            // [measured] numpy a.std(0): pixel (7, 10) and sum
            assertEquals(1.6486942190181961, std.plane().get(7, 10), 1e-5);
            assertEquals(860.8079864591264, Arrays.stream(std.plane().toDoubles()).sum(), 1e-2);
            assertEquals(0, max.roiIndex());
            assertTrue(max.roi().pixelCount() > 0);
            assertTrue(max.imageFile().startsWith(p.directory()), "the sample's own movie in the project");

            DataRef unknown = new DataRef(null, 0, "nobody-_-1", null);
            assertTrue(SampleSnapshot.load(p, unknown, Projection.MAX, ProgressMonitor.NONE).isEmpty());
        }
    }

    @Test
    void peakRowsGiveTheirSpan() {
        Frame f = Frame.of(FlowColumn.ofArrays("_RAW_CURVE", "", new double[][] {{0, 1, 5, 2, 0, 0}, {1, 2, 3}}),
                FlowColumn.ofArrays("_pf_peak_curve", "", new double[][] {{1, 5, 2}, {1}}),
                FlowColumn.ofLongs("_pf_b_ix_l", "", new long[] {1, 0}), FlowColumn.ofLongs("_pf_p_ix", "", new long[] {2, 5}),
                FlowColumn.ofLongs("_pf_b_ix_r", "", new long[] {3, 1}));
        Transmission t = Transmission.spawn(f, HistoryOperation.of("signal.PeakFeatures", "peak-features", Map.of()), Metadata.EMPTY)
                .withMetadata(Metadata.EMPTY.with(Transmission.LAST_OUTPUT, "_pf_peak_curve"));
        assertEquals("_RAW_CURVE", TracedRow.defaultCurveColumn(t), "a peak's own curve is not the row's curve");
        TracedRow peak = TracedRow.of(t, 0, null);
        assertArrayEquals(new int[] {1, 2, 3}, peak.peakSpan());
        assertNull(TracedRow.of(t, 1, null).peakSpan(), "peak after its right base: no span");
        assertEquals(List.of("_RAW_CURVE", "_pf_peak_curve"), TracedRow.arrayColumns(t));
        assertArrayEquals(new double[] {1, 5, 2}, TracedRow.of(t, 0, "_pf_peak_curve").curve(), 0);
    }
}
