package org.fluorite.plot;

import java.util.UUID;

import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Transmission;

/**
 * Where a drawn mark comes from: the Transmission row (its data block and row index) and, when the
 * Transmission has them, the row's sample id and ROI uuid so the Datapoint Tracer can open the
 * sample and show the ROI.
 *
 * @param block data block UUID of the row (null when the row has none)
 * @param row row index in the plotted Transmission
 * @param sampleId value of the "SampleID" column, or null
 * @param roiUuid value of the "ROI_UUID" column, or null
 */
public record DataRef(UUID block, int row, String sampleId, String roiUuid) {

    /** Name of the sample id column of project Transmissions. */
    public static final String SAMPLE_ID = "SampleID";
    /** Name of the ROI uuid column of project Transmissions. */
    public static final String ROI_UUID = "ROI_UUID";

    /** The reference of row {@code row} of {@code t}. */
    public static DataRef of(Transmission t, int row) {
        UUID block = t.frame().has(Transmission.BLOCK) ? t.blockOf(row) : null;
        return new DataRef(block, row, text(t, SAMPLE_ID, row), text(t, ROI_UUID, row));
    }

    private static String text(Transmission t, String column, int row) {
        if (!t.frame().has(column)) {
            return null;
        }
        FlowColumn c = t.column(column);
        if (c.isMissing(row)) {
            return null;
        }
        Object v = c.get(row);
        return v == null ? null : v.toString();
    }
}
