package org.fluorite.flim;

import java.util.List;

/** Simulated series for tests in other packages of this fragment. */
public final class SimulatedSeriesAccess {

    /** A series' images and times (seconds). */
    public record Series(List<float[]> frames, double[] times) {
    }

    private SimulatedSeriesAccess() {
    }

    /** Background 100 counts, cell peak 200 bleaching at {@code rate} per second, 0.5 s apart, noise sigma 5. */
    public static Series realistic(int width, int height, int count, double rate, long seed) {
        SimulatedSeries s = new SimulatedSeries(width, height, count, 0.5, 100, 150, rate, 50, 5, seed);
        return new Series(s.frames, s.times);
    }
}
