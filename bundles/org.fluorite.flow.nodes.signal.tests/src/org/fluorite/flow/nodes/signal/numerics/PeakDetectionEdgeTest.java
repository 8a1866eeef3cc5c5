package org.fluorite.flow.nodes.signal.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** PeakDetection on small hand-made traces whose peaks and bases are known. */
class PeakDetectionEdgeTest {

    private static PeaksBases detect(double[] curve, PeakDetection.Parameters p) {
        double[] norm = Scaling.normalize(curve);
        return PeakDetection.detect(Gradient.of(norm), curve, norm, p);
    }

    @Test
    void aSingleHumpGetsFictionalBasesAtBothEnds() {
        double[] hump = {0, 1, 3, 6, 8, 7, 3, 1, 0};
        // the gradient changes sign between samples 4 and 5: a peak at 4 and no base at all
        assertEquals("PeaksBases[base@0, peak@4, base@8]", detect(hump, PeakDetection.Parameters.DEFAULTS).toString());
        assertEquals("PeaksBases[peak@4]", detect(hump, new PeakDetection.Parameters(0, 0, 0, false)).toString(),
                "without fictional bases there is no base");
    }

    @Test
    void anExactlyZeroDerivativeMakesTwoAdjacentPeaks() {
        // the seed's rule works on sign(d1), and sign(0) = 0: + 0 - gives two steps down, so two
        // peaks; neither is flanked by bases, so neither moves and PeakFeatures skips both
        double[] hump = {0, 1, 3, 6, 8, 6, 3, 1, 0};
        PeaksBases pb = detect(hump, PeakDetection.Parameters.DEFAULTS);
        assertEquals("PeaksBases[base@0, peak@3, peak@4, base@8]", pb.toString());
        assertEquals(2, PeakFeatures.compute(hump, pb).skipped().size());
    }

    @Test
    void twoHumpsShareTheValleyBase() {
        double[] two = {0, 2, 5, 3, 1, 4, 7, 5, 0};
        // the base is where the gradient turns up (between samples 3 and 4), as in the seed
        assertEquals("PeaksBases[base@0, peak@2, base@3, peak@6, base@8]", detect(two, PeakDetection.Parameters.DEFAULTS).toString());
    }

    @Test
    void thresholdsDropSmallPeaksAndTheirLonelyBases() {
        double[] two = {0, 2, 5, 3, 1, 4, 7, 5, 0};
        // absolute threshold 0.9 of the normalised trace keeps only the 7 (5 is 0.71)
        assertEquals("PeaksBases[base@3, peak@6, base@8]", detect(two, new PeakDetection.Parameters(0, 0.9, 0, true)).toString());
        // relative threshold 4.5: the first hump's mean of rise and fall is (5 + 2) / 2, the second's (4 + 7) / 2
        assertEquals("PeaksBases[base@0, base@3, peak@6, base@8]",
                detect(two, new PeakDetection.Parameters(0, 0, 4.5, true)).toString(),
                "the first event is never dropped, and base 3 still neighbours a peak");
        assertEquals(PeaksBases.EMPTY, detect(two, new PeakDetection.Parameters(-100, 0, 0, true)), "slope threshold");
    }

    @Test
    void flatAndMonotonicTracesHaveNoPeaks() {
        assertEquals(PeaksBases.EMPTY, PeakDetection.detect(new double[5], new double[5], new double[5], PeakDetection.Parameters.DEFAULTS));
        assertEquals(PeaksBases.EMPTY, detect(new double[] {1, 2, 3, 4, 5}, PeakDetection.Parameters.DEFAULTS));
    }
}
