package org.fluorite.smlm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.smlm.camera.CameraModel;
import org.fluorite.smlm.simulate.Simulation;
import org.fluorite.smlm.simulate.SimulationSettings;
import org.fluorite.smlm.simulate.Simulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Localizing one channel (or Z plane) of a multi-dimensional stack: two simulations with different
 * emitters interleaved as channels must give each channel's own emitters and frames 1..T.
 */
class MultiChannelTest {

    static final CameraModel CCD = CameraModel.of(100, 1, 1, 2);
    static final int FRAMES = 6;
    private static Simulation red;
    private static Simulation green;

    @BeforeAll
    static void simulate() {
        SimulationSettings s = SimulationSettings.DEFAULTS.withSize(48, 48, FRAMES).withEmitters(5, 3000, 0).withBackground(10)
                .withLayout(8, 5);
        red = Simulator.simulate(s.withSeed(101), CCD);
        green = Simulator.simulate(s.withSeed(202), CCD);
    }

    static Image twoChannels() {
        return Interleaved.of("two.tif", "TCYX", red.stack(), green.stack());
    }

    @Test
    void channelTwoFindsChannelTwosEmittersInFramesOneToT() throws Exception {
        Localizer loc = new Localizer(LocalizationSettings.DEFAULTS, CCD, 100);
        Table t = loc.run(twoChannels(), new FrameSelection(1, 0), 2, ProgressMonitor.NONE);
        Match own = Match.of(t, green.groundTruth(), 100);
        Match other = Match.of(t, red.groundTruth(), 100);
        assertEquals(FRAMES * 5, own.truth());
        assertTrue(own.recall() > 0.95, "recall " + own.recall());
        assertTrue(own.precision() > 0.95, "precision " + own.precision());
        assertTrue(own.rmse() < 20, "RMSE " + own.rmse());
        // the other channel's emitters were placed independently: hardly any coincide
        assertTrue(other.matched() < 0.2 * other.truth(), "matched the other channel " + other.matched());
        double[] frames = t.require("frame").toDoubles();
        assertEquals(1.0, Arrays.stream(frames).min().orElseThrow());
        assertEquals(FRAMES, Arrays.stream(frames).max().orElseThrow());
        assertEquals(2L, ((Number) t.metadata().get("channel")).longValue());
        assertEquals(2L, ((Number) t.metadata().get("channels")).longValue());
        assertEquals("T", t.metadata().get("frameAxis"));
        assertEquals(List.of(0L, (long) FRAMES), t.metadata().get("frames"));
        Map<String, Object> params = t.provenance().operations().get(t.provenance().operations().size() - 1).parameters();
        assertEquals(2L, ((Number) params.get("channel")).longValue());
    }

    @Test
    void channelOneEqualsTheSingleChannelStack() throws Exception {
        Localizer loc = new Localizer(LocalizationSettings.DEFAULTS, CCD, 100);
        Table both = loc.run(twoChannels(), 1, ProgressMonitor.NONE);
        Table alone = loc.run(red.stack(), 1, ProgressMonitor.NONE);
        assertEquals(alone.rowCount(), both.rowCount());
        assertTrue(alone.rowCount() >= FRAMES * 5 - 1, "found " + alone.rowCount());
        assertEquals(Arrays.toString(alone.require("x").toDoubles()), Arrays.toString(both.require("x").toDoubles()));
        assertEquals(Arrays.toString(alone.require("frame").toDoubles()), Arrays.toString(both.require("frame").toDoubles()));
        assertEquals(1L, ((Number) both.metadata().get("channel")).longValue());
    }

    @Test
    void zPlaneOfATimeSeriesIsChosenLikeAChannel() throws Exception {
        Image tz = Interleaved.of("tz.tif", "TZYX", red.stack(), green.stack());
        Localizer loc = new Localizer(LocalizationSettings.DEFAULTS, CCD, 100);
        Table t = loc.run(tz, new FrameSelection(0, 1), 2, ProgressMonitor.NONE);
        Match own = Match.of(t, green.groundTruth(), 100);
        assertTrue(own.recall() > 0.95 && own.precision() > 0.95, own.toString());
        assertEquals(2L, ((Number) t.metadata().get("z")).longValue());
        assertEquals(1L, ((Number) t.metadata().get("channels")).longValue());
    }

    @Test
    void aStackOfOnlyZPlanesTakesThemAsFrames() throws Exception {
        Image z = red.stack().withAxes("ZYX");
        Localizer loc = new Localizer(LocalizationSettings.DEFAULTS, CCD, 100);
        Table t = loc.run(z, 1, ProgressMonitor.NONE);
        Match m = Match.of(t, red.groundTruth(), 100);
        assertTrue(m.recall() > 0.95 && m.precision() > 0.95, m.toString());
        assertEquals(FRAMES, Arrays.stream(t.require("frame").toDoubles()).max().orElseThrow());
        assertEquals("Z", t.metadata().get("frameAxis"));
        assertEquals(Axis.Z, FrameSelection.frameAxis(z));
        assertEquals(FRAMES, FrameSelection.FIRST.frames(z).planeCount());
    }

    @Test
    void channelsAndZOfAnImageWithoutTimeGiveTheChosenChannelsZPlanes() {
        // C slowest, Z next: stack k at Z k (Z has two planes), one channel each of three
        Image czyx = Interleaved.of("cz.tif", "CZYX", red.stack(), green.stack());
        assertEquals(Axis.Z, FrameSelection.frameAxis(czyx));
        Image frames = new FrameSelection(3, 0).frames(czyx);
        assertEquals("ZYX", frames.axesString());
        assertEquals(2, frames.planeCount());
        assertEquals("channel 4", new FrameSelection(3, 0).label(czyx));
    }

    @Test
    void anImageOfChannelsOnlyIsOneFrameInSeveralColours() throws Exception {
        // six single-plane channels (CYX): channel 3 is one frame, the red movie's third
        Image cyx = red.stack().withAxes("CYX");
        assertEquals(null, FrameSelection.frameAxis(cyx));
        assertTrue(FrameSelection.choosesChannel(cyx));
        assertEquals(1, new FrameSelection(2, 0).frames(cyx).planeCount());
        Localizer loc = new Localizer(LocalizationSettings.DEFAULTS, CCD, 100);
        Table fromChannel = loc.run(cyx, new FrameSelection(2, 0), 1, ProgressMonitor.NONE);
        Table fromMovie = loc.run(red.stack(), 2, 3, 1, ProgressMonitor.NONE);
        assertTrue(fromChannel.rowCount() > 0, "the frame has emitters");
        assertEquals(fromMovie.rowCount(), fromChannel.rowCount());
        assertArrayEquals(fromMovie.require("x").toDoubles(), fromChannel.require("x").toDoubles(), 1e-9);
        assertTrue(Arrays.stream(fromChannel.require("frame").toDoubles()).allMatch(f -> f == 1), "one frame");
        assertEquals(3L, fromChannel.metadata().get("channel"));
        assertEquals("", fromChannel.metadata().get("frameAxis"));
    }

    @Test
    void selectionsOutsideTheImageAreRefusedNamingIt() {
        Image two = twoChannels();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FrameSelection(2, 0).frames(two));
        assertEquals("channel 3 is outside 'two.tif', which has 2 (channels 1 to 2)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new FrameSelection(0, 1).frames(two));
        assertEquals("Z plane 2 is outside 'two.tif': it has no Z axis", e.getMessage());
        Image z = red.stack().withAxes("ZYX").withName("z.tif");
        e = assertThrows(IllegalArgumentException.class, () -> new FrameSelection(0, 3).frames(z));
        assertEquals("Z plane 4 is outside 'z.tif': its 6 Z planes are the frames (it has no T axis)", e.getMessage());
        assertEquals("channel 2", new FrameSelection(1, 0).label(two));
        assertEquals("", FrameSelection.FIRST.label(red.stack()));
        assertThrows(IllegalArgumentException.class, () -> new Localizer(LocalizationSettings.DEFAULTS, CCD, 100).run(two,
                new FrameSelection(5, 0), 1, ProgressMonitor.NONE));
    }
}
