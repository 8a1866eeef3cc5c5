package org.fluorite.smlm.post;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.fluorite.core.image.Plane;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.smlm.post.render.RenderMode;
import org.junit.jupiter.api.Test;

/** The filter - drift - merge - render chain keeps the history of every step. */
class PostProcessingTest {

    @Test
    void chainRecordsEveryStepAndRendersTheKeptRows() throws Exception {
        SimulatedLocalizations sim = new SimulatedLocalizations(2).blinkers(200, 5000, 400, 0.05, 10, f -> 0.2 * f, f -> 0);
        sim.addExact(3, 100, 100, 10, 130, 10); // too dim: filtered out
        Table t = sim.table("chain");
        PostProcessingSettings s = new PostProcessingSettings(100, 50, DriftMethod.CROSS_CORRELATION, 5, 20, 0, 20,
                RenderMode.HISTOGRAM);
        PostProcessing.Result r = PostProcessing.run(t, s, ProgressMonitor.NONE);
        assertEquals(List.of("smlm.filter", "smlm.drift.cross-correlation", "smlm.merge"),
                r.table().provenance().operations().stream().map(o -> o.name()).toList());
        assertEquals(List.of("smlm.filter", "smlm.drift.cross-correlation", "smlm.merge", "smlm.render"),
                r.image().provenance().operations().stream().map(o -> o.name()).toList());
        assertEquals(t.rowCount() - 1, r.table().provenance().operations().get(0).parameters().get("rowsAfter"));
        Plane p = r.image().plane();
        double sum = 0;
        for (int i = 0; i < p.size(); i++) {
            sum += p.get(i);
        }
        assertEquals(r.table().rowCount(), sum, 0);
        // no merging of blinks of one site in consecutive frames happens at p = 0.05 more than rarely
        assertEquals(t.rowCount() - 1, r.table().rowCount(), 0.1 * t.rowCount());
    }
}
