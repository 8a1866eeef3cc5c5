package org.fluorite.roi.traces;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Calibration;
import org.fluorite.core.image.Image;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Table;
import org.fluorite.roi.RectangleRoi;
import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Traces tables: columns, times from the T calibration or fps, dF/F, CSV layout and round trip. */
class TraceTableTest {

    private static Roi rect(String name, double x) {
        return new RectangleRoi(RoiProperties.named(name), x, 0, 1, 1, 0);
    }

    @Test
    void columnsAreFrameTimeAndOnePerRoi() throws IOException {
        Image movie = SyntheticMovies.ramp(4, 4, 2).withCalibration(Axis.T, new Calibration(0.25, "s", 1.0));
        Table t = TraceTable.extract(movie, List.of(rect("cell", 1), rect("", 2), rect("cell", 3), rect("frame", 0)),
                ProgressMonitor.NONE);
        assertEquals(TraceTable.KIND, t.kind());
        assertEquals(List.of("frame", "time", "cell", "roi 2", "cell (2)", "frame (2)"), t.columnNames());
        assertEquals("s", t.require("time").unit());
        assertArrayEquals(new double[] {1.0, 1.25, 1.5, 1.75}, t.require("time").toDoubles(), 0);
        assertArrayEquals(new double[] {0, 1, 2, 3}, t.require("frame").toDoubles(), 0);
        // pixel (x, 0) of frame t = 100 t + x
        assertArrayEquals(new double[] {1, 101, 201, 301}, t.require("cell").toDoubles(), 0);
        assertArrayEquals(new double[] {3, 103, 203, 303}, t.require("cell (2)").toDoubles(), 0);
        assertEquals(4.0, t.metadata().fps().getAsDouble(), 1e-12);
        assertEquals(TraceTable.MEAN, t.metadata().get(TraceTable.QUANTITY));
        assertEquals("traces.mean", t.provenance().operations().get(t.provenance().operations().size() - 1).name());
        Map<String, Object> d = t.describe();
        assertEquals(4, d.get("rowCount"));
    }

    @Test
    void timeFromMetadataFpsAndNoTimeWithoutIt() throws IOException {
        Image movie = SyntheticMovies.ramp(3, 2, 2);
        Table none = TraceTable.extract(movie, List.of(rect("a", 0)), ProgressMonitor.NONE);
        assertEquals(List.of("frame", "a"), none.columnNames());
        Table withFps = TraceTable.extract(movie.withMetadata(Metadata.EMPTY.with(Metadata.FPS, 20.0)), List.of(rect("a", 0)),
                ProgressMonitor.NONE);
        assertArrayEquals(new double[] {0, 0.05, 0.1}, withFps.require("time").toDoubles(), 1e-15);
    }

    @Test
    void deltaFKeepsFrameAndTimeAndRecordsTheBaseline() throws IOException {
        Image movie = SyntheticMovies.ramp(4, 2, 1).withMetadata(Metadata.EMPTY.with(Metadata.FPS, 2));
        Table raw = TraceTable.extract(movie, List.of(rect("a", 1)), ProgressMonitor.NONE);
        Table dff = TraceTable.deltaF(raw, new Baseline.FrameRange(0, 1));
        // a = 1, 101, 201, 301; F0 = 1
        assertArrayEquals(new double[] {0, 100, 200, 300}, dff.require("a").toDoubles(), 1e-12);
        assertEquals("dF/F", dff.require("a").unit());
        assertEquals(raw.require("time"), dff.require("time"));
        assertEquals("frames", dff.metadata().get("baseline"));
        assertEquals(1, ((Number) dff.metadata().get("toFrame")).intValue());
        assertEquals("traces.dff", dff.provenance().operations().get(dff.provenance().operations().size() - 1).name());
        assertThrows(IllegalArgumentException.class, () -> TraceTable.deltaF(dff, new Baseline.FrameRange(0, 1)));
        assertThrows(IllegalArgumentException.class,
                () -> TraceTable.deltaF(Table.of("x", List.of(Column.ofDoubles("a", "", new double[] {1}))),
                        new Baseline.FrameRange(0, 1)));
    }

    @Test
    void csvLayoutIsPlainWithUnitsInTheHeader() throws IOException {
        Table t = Table.of("x", TraceTable.KIND, List.of(Column.ofLongs("frame", "", new long[] {0, 1}),
                Column.ofDoubles("time", "s", new double[] {0, 0.5}),
                Column.ofDoubles("cell, left", "dF/F", new double[] {0.25, Double.NaN}),
                Column.ofDoubles("say \"hi\"", "", new double[] {1e-5, -3})));
        StringWriter w = new StringWriter();
        TraceCsv.write(t, w);
        assertEquals("""
                frame,time [s],"cell, left [dF/F]","say ""hi\"\"\"
                0,0.0,0.25,1.0E-5
                1,0.5,,-3.0
                """, w.toString());
    }

    @Test
    void csvRoundTrip(@TempDir Path dir) throws IOException {
        Image movie = SyntheticMovies.ramp(5, 3, 3).withCalibration(Axis.T, Calibration.seconds(0.1));
        Table raw = TraceTable.extract(movie, List.of(rect("a, b", 1), rect("c", 2)), ProgressMonitor.NONE);
        Table dff = TraceTable.deltaF(raw, Baseline.Percentile.centred(20, 3));
        Path file = dir.resolve("traces.csv");
        TraceCsv.write(dff, file);
        Table back = TraceCsv.read(file);
        assertEquals(dff.columnNames(), back.columnNames());
        for (Column c : dff.columns()) {
            assertEquals(c.unit(), back.require(c.name()).unit(), c.name());
            assertArrayEquals(c.toDoubles(), back.require(c.name()).toDoubles(), 0, c.name());
        }
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left beside the CSV");
        }
        Files.writeString(file, "frame,a\n0,1\n1,x\n");
        IOException e = assertThrows(IOException.class, () -> TraceCsv.read(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("line 3"), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }
}
