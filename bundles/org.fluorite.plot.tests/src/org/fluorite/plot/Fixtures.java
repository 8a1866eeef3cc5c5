package org.fluorite.plot;

import java.util.Map;
import java.util.UUID;

import org.fluorite.core.meta.Metadata;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Frame;
import org.fluorite.flow.HistoryOperation;
import org.fluorite.flow.Transmission;

/** Hand-made Transmissions with known values for the plot tests. */
final class Fixtures {

    static final UUID BLOCK = UUID.fromString("00000000-0000-0000-0000-00000000000a");

    private Fixtures() {
    }

    /**
     * Six rows: cell_type b,a,b,c,a,b; curves of 4 samples with row r = [r, r+1, r+2, r+3];
     * _x = r, _y = 10^r; stim_type on/off; SampleID "m1-_-t1" (rows 0..2) or "m2-_-t1";
     * ROI_UUID r-&lt;row&gt;; sampling rate 2 Hz.
     */
    static Transmission six() {
        int n = 6;
        String[] cell = {"b", "a", "b", "c", "a", "b"};
        String[] stim = {"on", "on", "off", "on", "off", "off"};
        double[][] curves = new double[n][];
        double[] x = new double[n];
        double[] y = new double[n];
        double[] rate = new double[n];
        String[] sample = new String[n];
        String[] roi = new String[n];
        for (int r = 0; r < n; r++) {
            curves[r] = new double[] {r, r + 1, r + 2, r + 3};
            x[r] = r;
            y[r] = Math.pow(10, r);
            rate[r] = 2;
            sample[r] = r < 3 ? "m1-_-t1" : "m2-_-t1";
            roi[r] = "r-" + r;
        }
        Frame f = Frame.of(FlowColumn.ofText("cell_type", cell), FlowColumn.ofText("stim_type", stim),
                FlowColumn.ofArrays("_RAW_CURVE", "", curves), FlowColumn.ofDoubles("_x", "", x),
                FlowColumn.ofDoubles("_y", "", y), FlowColumn.ofDoubles(Transmission.SAMPLING_RATE, "Hz", rate),
                FlowColumn.ofText("SampleID", sample), FlowColumn.ofText("ROI_UUID", roi));
        return Transmission.spawn(f, BLOCK, HistoryOperation.of("data.LoadProjDF", "spawn_transmission",
                Map.of("sub_dataframe_name", "test")), Metadata.EMPTY);
    }
}
