package org.fluorite.flow.nodes.math.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.fluorite.core.meta.Metadata;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Frame;
import org.fluorite.flow.HistoryOperation;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.node.Inputs;
import org.fluorite.flow.nodes.signal.nodes.PeakFeaturesFactory;
import org.junit.jupiter.api.Test;

/**
 * PeakFeatures on mutated peaks_bases tables (as a saved or hand-edited transmission may hold):
 * random events including negative, past-the-end and huge values, random labels, fixed seed, 500
 * tables. Outcomes allowed: rows for the peaks that are flanked and inside the curve, with features
 * computed from the curve, or an IllegalArgumentException naming the row; never another exception.
 */
class PeakTablesFuzzTest {

    @Test
    void mutatedPeakTablesGiveRowsOrANamedError() {
        Random rnd = new Random(99);
        double[] curve = new double[50];
        for (int i = 0; i < curve.length; i++) {
            curve[i] = Math.sin(i / 3.0);
        }
        int rows = 0;
        int refused = 0;
        for (int k = 0; k < 500; k++) {
            int n = rnd.nextInt(8);
            long[] ev = new long[n];
            String[] label = new String[n];
            for (int i = 0; i < n; i++) {
                int kind = rnd.nextInt(10);
                ev[i] = kind == 0 ? -1 - rnd.nextInt(5) : kind == 1 ? 50 + rnd.nextInt(5) : kind == 2 ? Long.MAX_VALUE - rnd.nextInt(3)
                        : rnd.nextInt(50);
                label[i] = rnd.nextInt(7) == 0 ? null : rnd.nextBoolean() ? "peak" : "base";
            }
            Frame table = Frame.of(FlowColumn.ofLongs("event", "samples", ev), FlowColumn.ofText("label", label));
            Transmission t = Transmission.spawn(Frame.of(FlowColumn.ofArrays(Transmission.RAW_CURVE, "", new double[][] {curve}),
                    FlowColumn.ofTables("peaks_bases", new Frame[] {table})), UUID.randomUUID(),
                    HistoryOperation.of("", "spawn_transmission", Map.of()), Metadata.EMPTY);
            PeakFeaturesFactory f = new PeakFeaturesFactory();
            try {
                Transmission out = (Transmission) assertTimeoutPreemptively(Duration.ofSeconds(5),
                        () -> f.create(f.defaultSettings()).execute(Inputs.of(t), ExecutionContext.simple(f.id())).get(0));
                long[] p = out.column("_pf_p_ix").longs();
                for (int i = 0; i < p.length; i++) {
                    assertEquals(curve[(int) p[i]], out.column("_pf_ampl_rel_zero").doubles()[i], 0);
                }
                rows += out.rowCount();
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage().startsWith("signal.PeakFeatures: row 0 of 'peaks_bases': "), e.getMessage());
                refused++;
            }
        }
        assertTrue(rows > 20, "some tables had flanked peaks: " + rows);
        assertTrue(refused > 10, "some tables had events beyond int: " + refused);
    }
}
