package org.fluorite.roi.traces;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Calibration;
import org.fluorite.core.image.Image;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Table;
import org.fluorite.roi.Roi;

/**
 * Traces as a core {@link Table} of kind {@value #KIND}: one row per frame, a {@value #FRAME}
 * column (0-based frame index), a {@value #TIME} column in seconds when the frame rate is known
 * (from the movie's T calibration, else its metadata {@code fps}), and one column per ROI named
 * by the ROI (empty names become "roi N", repeated names get " (2)", " (3)", ...).
 *
 * <p>The table's metadata says what the ROI columns hold ({@value #QUANTITY}: {@value #MEAN} or
 * {@value #DFF}), the movie, the frame interval and, for dF/F, the baseline; its provenance is
 * the movie's followed by "traces.mean" (and "traces.dff").
 */
public final class TraceTable {

    /** Table kind of traces. */
    public static final String KIND = "traces";
    /** Column of 0-based frame indices. */
    public static final String FRAME = "frame";
    /** Column of frame times, unit "s". */
    public static final String TIME = "time";
    /** Metadata key: what the ROI columns hold. */
    public static final String QUANTITY = "quantity";
    /** {@value #QUANTITY} of mean intensities, in the movie's pixel values. */
    public static final String MEAN = "mean intensity";
    /** {@value #QUANTITY} of dF/F0 (dimensionless); the ROI columns have the unit "dF/F". */
    public static final String DFF = "dF/F";

    private TraceTable() {
    }

    /**
     * Extracts the mean traces of {@code rois} over {@code movie} ({@link TraceExtractor}) and puts
     * them in a table.
     */
    public static Table extract(Image movie, List<Roi> rois, ProgressMonitor monitor) throws IOException {
        return of(movie, rois, TraceExtractor.meanTraces(movie, rois, monitor));
    }

    /**
     * A traces table of mean intensities.
     *
     * @param traces traces[roi][frame], as many as {@code rois}, each as long as the movie's T axis
     */
    public static Table of(Image movie, List<Roi> rois, double[][] traces) {
        long frames = movie.has(Axis.T) ? movie.length(Axis.T) : 1;
        if (traces.length != rois.size()) {
            throw new IllegalArgumentException(rois.size() + " ROIs but " + traces.length + " traces");
        }
        List<Column> columns = new ArrayList<>();
        long[] frameIndex = new long[(int) frames];
        for (int t = 0; t < frameIndex.length; t++) {
            frameIndex[t] = t;
        }
        columns.add(Column.ofLongs(FRAME, "", frameIndex));
        OptionalDouble interval = frameInterval(movie);
        double origin = movie.calibration(Axis.T).unit().equals("s") ? movie.calibration(Axis.T).origin() : 0;
        if (interval.isPresent()) {
            double[] time = new double[frameIndex.length];
            for (int t = 0; t < time.length; t++) {
                time[t] = origin + t * interval.getAsDouble();
            }
            columns.add(Column.ofDoubles(TIME, "s", time));
        }
        List<String> names = columnNames(rois);
        for (int r = 0; r < traces.length; r++) {
            if (traces[r].length != frames) {
                throw new IllegalArgumentException("Trace of '" + names.get(r) + "' has " + traces[r].length
                        + " values, the movie " + frames + " frames");
            }
            columns.add(Column.ofDoubles(names.get(r), "", traces[r]));
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put(QUANTITY, MEAN);
        meta.put("movie", movie.name());
        meta.put("frameCount", frames);
        meta.put("roiCount", rois.size());
        if (interval.isPresent()) {
            meta.put("frameIntervalSeconds", interval.getAsDouble());
            meta.put(Metadata.FPS, 1 / interval.getAsDouble());
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("movie", movie.name());
        params.put("rois", names);
        return Table.of(movie.name() + " traces", KIND, columns).withMetadata(Metadata.of(meta))
                .withProvenance(movie.provenance().then(Operation.of("traces.mean", params)));
    }

    /**
     * dF/F0 of every ROI column of a traces table; the {@value #FRAME} and {@value #TIME} columns
     * are kept. The ROI columns get the unit "dF/F".
     *
     * @throws IllegalArgumentException when the table is not of kind {@value #KIND}, or holds dF/F already
     */
    public static Table deltaF(Table traces, Baseline baseline) {
        if (!KIND.equals(traces.kind())) {
            throw new IllegalArgumentException("Table '" + traces.name() + "' holds " + traces.kind() + ", not traces");
        }
        if (DFF.equals(traces.metadata().get(QUANTITY))) {
            throw new IllegalArgumentException("Table '" + traces.name() + "' holds dF/F already");
        }
        List<Column> out = new ArrayList<>();
        for (Column c : traces.columns()) {
            out.add(isRoiColumn(c) ? Column.ofDoubles(c.name(), DFF, DeltaF.of(c.toDoubles(), baseline)) : c);
        }
        Map<String, Object> meta = new LinkedHashMap<>(traces.metadata().asMap());
        meta.put(QUANTITY, DFF);
        meta.putAll(baseline.parameters());
        return traces.withColumns(out).withMetadata(Metadata.of(meta))
                .withProvenance(traces.provenance().then(Operation.of("traces.dff", baseline.parameters())));
    }

    /** The ROI columns of a traces table: all but {@value #FRAME} and {@value #TIME}. */
    public static List<Column> roiColumns(Table traces) {
        return traces.columns().stream().filter(TraceTable::isRoiColumn).toList();
    }

    private static boolean isRoiColumn(Column c) {
        return !c.name().equals(FRAME) && !c.name().equals(TIME);
    }

    /**
     * Seconds between frames: the T calibration's step when it is in seconds, else 1/fps from the
     * movie's metadata; empty when neither is known.
     */
    public static OptionalDouble frameInterval(Image movie) {
        Calibration t = movie.calibration(Axis.T);
        if (t.unit().equals("s")) {
            return OptionalDouble.of(t.size());
        }
        OptionalDouble fps = movie.metadata().fps();
        if (fps.isPresent() && fps.getAsDouble() > 0 && Double.isFinite(fps.getAsDouble())) {
            return OptionalDouble.of(1 / fps.getAsDouble());
        }
        return OptionalDouble.empty();
    }

    /**
     * Column names for ROIs: the ROI's name, "roi N" (1-based) when empty, and " (2)", " (3)" ...
     * appended to names already taken (including {@value #FRAME} and {@value #TIME}).
     */
    public static List<String> columnNames(List<Roi> rois) {
        Set<String> taken = new HashSet<>(List.of(FRAME, TIME));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rois.size(); i++) {
            String base = rois.get(i).name().isBlank() ? "roi " + (i + 1) : rois.get(i).name().strip();
            String name = base;
            for (int k = 2; taken.contains(name); k++) {
                name = base + " (" + k + ")";
            }
            taken.add(name);
            out.add(name);
        }
        return out;
    }
}
