package org.fluorite.kymo.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;

import org.fluorite.kymo.KymoChannel;
import org.fluorite.kymo.KymoFixtures;
import org.fluorite.kymo.Kymograph;
import org.fluorite.kymo.KymographFile;
import org.fluorite.kymo.PositionUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tracking kymo_track: green spots of 20 photons peak height, sigma 1 pixel, one moving as
 * 8 + 0.25 l pixels over lines 0..39, one still at pixel 20 over lines 5..29.
 */
class GreedyTrackerTest {

    static Kymograph kymo;
    static TrackGroup tracks;

    @BeforeAll
    static void track() throws IOException {
        kymo = KymographFile.open(KymoFixtures.kymos(), "kymo_track");
        tracks = GreedyTracker.track(kymo, KymoChannel.GREEN, GreedyTracker.Settings.defaults().withThreshold(5));
    }

    static List<Track> byLength() {
        return tracks.tracks().stream().sorted(Comparator.comparingInt(Track::size).reversed()).toList();
    }

    @Test
    void findsTheMovingAndTheStillParticle() {
        assertEquals(2, tracks.size());
        Track moving = byLength().get(0);
        Track still = byLength().get(1);
        assertEquals(0, moving.firstTime());
        assertEquals(39, moving.lastTime());
        assertEquals(40, moving.size());
        for (int i = 0; i < moving.size(); i++) {
            int l = moving.timeIdx()[i];
            // centroid over 5 pixels of a rounded Gaussian: within 0.15 pixel of the true centre
            assertEquals(8 + 0.25 * l, moving.coordinateIdx()[i], 0.15, "line " + l);
        }
        assertEquals(5, still.firstTime());
        assertEquals(29, still.lastTime());
        for (double x : still.coordinateIdx()) {
            assertEquals(20, x, 1e-6);
        }
        // photon counts: the 5-pixel window sum around the rounded position
        double expected = 0;
        for (int p = 18; p <= 22; p++) {
            expected += KymoFixtures.greenTrack(p, 10);
        }
        assertEquals(expected, still.photonCounts()[5], 0);
        assertEquals(kymo.lineTimeSeconds(), still.minimumObservableSeconds(), 0);
        assertEquals(0.064, tracks.calibration().lineTimeSeconds(), 1e-15);
        assertEquals(2.0, still.positions(tracks.calibration())[0], 1e-6);
    }

    @Test
    void aShortWindowBreaksTracksAtGaps() {
        // red is 1 everywhere: a threshold of 0.5 finds flat maxima; refuse thresholds at or below the lowest pixel
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GreedyTracker.track(kymo, KymoChannel.RED, GreedyTracker.Settings.defaults().withThreshold(0.5)));
        assertTrue(e.getMessage().startsWith("Threshold (0.5) cannot be lower than or equal to the lowest filtered pixel"),
                e.getMessage());
        assertEquals("pixel_threshold should be larger than zero", assertThrows(IllegalArgumentException.class,
                () -> GreedyTracker.track(kymo, KymoChannel.GREEN, GreedyTracker.Settings.defaults().withThreshold(0))).getMessage());
        assertEquals("track_width must at least be 3 pixels (0.300 [um])", assertThrows(IllegalArgumentException.class,
                () -> GreedyTracker.track(kymo, KymoChannel.GREEN, GreedyTracker.Settings.defaults().withTrackWidth(0.2)))
                .getMessage());
    }

    @Test
    void defaultThresholdIsThe98thPercentileAndKbpCarriesThrough() {
        assertEquals(3.0, GreedyTracker.percentile(new double[] {1, 2, 3, 4, 5}, 50), 0);
        assertEquals(4.92, GreedyTracker.percentile(new double[] {5, 4, 3, 2, 1}, 98), 1e-12);
        Kymograph kbp = kymo.calibrateToKbp(30);
        TrackGroup t = GreedyTracker.track(kbp, KymoChannel.GREEN, GreedyTracker.Settings.defaults().withThreshold(5)
                .withTrackWidth(0.35 / 0.34 * 5));
        assertEquals(PositionUnit.KBP, t.calibration().unit());
        assertEquals(1.0, t.calibration().pixelSize(), 1e-12);
        assertEquals(2, t.size());
    }

    @Test
    void centroidRefinementFillsGapsAndFindsCentres() {
        Track sparse = new Track(new int[] {0, 4, 8}, new double[] {8, 9, 10});
        TrackGroup refined = CentroidRefinement.refine(new TrackGroup(List.of(sparse), tracks.calibration()), kymo,
                KymoChannel.GREEN, Double.NaN);
        Track r = refined.get(0);
        assertEquals(9, r.size());
        for (int i = 0; i < 9; i++) {
            assertEquals(i, r.timeIdx()[i]);
            assertEquals(8 + 0.25 * i, r.coordinateIdx()[i], 0.15);
        }
    }

    @Test
    void gaussianRefinementRecoversExactSpots() {
        // expected counts of a spot of 50 photons at 4.3 px, sigma 1.2 px, background 2 per pixel
        double[] counts = new double[11];
        for (int q = 0; q < counts.length; q++) {
            counts[q] = 50 * (Erf.cdf((q + 0.5 - 4.3) / 1.2) - Erf.cdf((q - 0.5 - 4.3) / 1.2)) + 2;
        }
        GaussianRefinement.Fit f = GaussianRefinement.fit(counts, 0, 4, 1.1);
        assertEquals(50, f.amplitude(), 1e-3);
        assertEquals(4.3, f.centre(), 1e-4);
        assertEquals(1.2, f.sigma(), 1e-4);
        assertEquals(2, f.background(), 1e-4);
        TrackGroup refined = GaussianRefinement.refine(tracks, kymo, KymoChannel.GREEN, 3, Double.NaN);
        Track still = refined.tracks().stream().filter(t -> t.firstTime() == 5).findFirst().orElseThrow();
        // while the moving spot is more than 7 pixels away (lines 5..19) the window sees one spot
        for (int i = 0; i < 15; i++) {
            assertEquals(20, still.coordinateIdx()[i], 0.02, "line " + still.timeIdx()[i]);
        }
        // rounded Gaussian of height 20 and sigma 1: about 20 sqrt(2 pi) = 50.1 photons
        assertEquals(50.1, still.photonCounts()[0], 1.5);
    }
}
