package org.fluorite.flow.nodes.signal.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The edits a peak editor makes: add, remove and move events, order kept, features follow. */
class PeaksBasesEditTest {

    @Test
    void editsKeepIndexOrderAndFeaturesFollow() {
        PeaksBases pb = new PeaksBases(new int[] {0, 4, 8}, new boolean[] {false, true, false});
        PeaksBases added = pb.withEvent(12, true).withEvent(10, false);
        assertEquals("PeaksBases[base@0, peak@4, base@8, base@10, peak@12]", added.toString());
        assertEquals("PeaksBases[base@0, peak@4, base@8, base@10, peak@12, base@14]", added.withEvent(14, false).toString());
        assertEquals("PeaksBases[base@0, peak@4, base@10, peak@12]", added.withoutEvent(2).toString());
        assertEquals("PeaksBases[base@0, base@8, base@10, peak@11, peak@12]", added.withEventMoved(1, 11).toString(),
                "the peak at 4 moved to 11 stays a peak");
        double[] curve = {0, 1, 2, 3, 4, 3, 2, 1, 0, 1, 2, 5, 9, 5, 1, 0};
        PeakFeatures.Result r = PeakFeatures.compute(curve, added.withEvent(14, false));
        assertEquals(2, r.peaks().size());
        assertEquals(9.0 - (2 + 1) / 2.0, r.peaks().get(1).amplRelBaseMean(), 0, "second peak between bases 10 and 14");
        assertThrows(IllegalArgumentException.class, () -> pb.withoutEvent(3));
        assertThrows(IllegalArgumentException.class, () -> pb.withEvent(-1, true));
    }
}
