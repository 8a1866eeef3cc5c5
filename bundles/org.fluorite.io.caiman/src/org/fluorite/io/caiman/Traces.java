package org.fluorite.io.caiman;

import java.util.ArrayList;
import java.util.List;

import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Provenance;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Table;

/**
 * Builds trace tables: one row per frame, a {@code time} column in seconds when the sampling rate
 * is known, then one column per ROI named {@code roi_0}, {@code roi_1}, ... in ROI order.
 */
public final class Traces {

    /** The table kind of temporal traces. */
    public static final String KIND = "traces";
    /** Name of the time column (seconds since the first frame). */
    public static final String TIME = "time";

    private Traces() {
    }

    /** Column name of ROI number {@code roi} (0-based). */
    public static String column(int roi) {
        return "roi_" + roi;
    }

    /**
     * A trace table from a ROI-major matrix.
     *
     * @param name         table name ("C", "F", ...)
     * @param perRoi       {@code perRoi[roi][frame]}; every row equally long
     * @param unit         unit of the values ("" or "a.u." for fluorescence)
     * @param samplingRate frames per second in Hz; 0 or less (or NaN) when unknown: no time column
     */
    public static Table of(String name, double[][] perRoi, String unit, double samplingRate, Metadata metadata,
            Provenance provenance) {
        return of(name, perRoi, "roi_", unit, samplingRate, metadata, provenance);
    }

    /**
     * A trace table whose value columns are named {@code columnPrefix + index} (e.g. "background_0"
     * for background components); otherwise as {@link #of(String, double[][], String, double, Metadata, Provenance)}.
     */
    public static Table of(String name, double[][] perRoi, String columnPrefix, String unit, double samplingRate,
            Metadata metadata, Provenance provenance) {
        List<Column> columns = new ArrayList<>();
        int frames = perRoi.length == 0 ? 0 : perRoi[0].length;
        if (samplingRate > 0 && Double.isFinite(samplingRate)) {
            double[] t = new double[frames];
            for (int i = 0; i < frames; i++) {
                t[i] = i / samplingRate;
            }
            columns.add(Column.ofDoubles(TIME, "s", t));
        }
        for (int r = 0; r < perRoi.length; r++) {
            if (perRoi[r].length != frames) {
                throw new IllegalArgumentException("Trace " + r + " of '" + name + "' has " + perRoi[r].length + " frames, trace 0 "
                        + frames);
            }
            columns.add(Column.ofDoubles(columnPrefix + r, unit, perRoi[r]));
        }
        return Table.of(name, KIND, columns).withMetadata(metadata).withProvenance(provenance);
    }
}
