package org.fluorite.stimulus.ui;

import java.util.OptionalDouble;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Calibration;
import org.fluorite.core.image.Image;

/**
 * What a stimulus map needs to know of a movie to draw it on the movie's time line: the number of
 * frames along T and the frame rate.
 *
 * @param frameCount frames along T (1 for an image without T), or -1 when there is no movie
 * @param fps        frames per second, or NaN when the movie does not say
 */
public record MovieTiming(long frameCount, double fps) {

    /** No movie: nothing is drawn and nothing is checked against a movie's length. */
    public static final MovieTiming NONE = new MovieTiming(-1, Double.NaN);

    /**
     * The timing of {@code movie}: frames along T; fps = 1 / the T calibration's step when that is
     * in seconds, else the metadata's {@code fps}, else unknown (NaN). Null gives {@link #NONE}.
     */
    public static MovieTiming of(Image movie) {
        if (movie == null) {
            return NONE;
        }
        long frames = movie.has(Axis.T) ? movie.length(Axis.T) : 1;
        return new MovieTiming(frames, fps(movie));
    }

    private static double fps(Image movie) {
        if (movie.has(Axis.T)) {
            Calibration t = movie.calibration(Axis.T);
            if (t.unit().equals("s")) {
                return 1 / t.size();
            }
        }
        OptionalDouble fps = movie.metadata().fps();
        if (fps.isPresent() && fps.getAsDouble() > 0 && Double.isFinite(fps.getAsDouble())) {
            return fps.getAsDouble();
        }
        return Double.NaN;
    }

    /** True when there is a movie to draw on. */
    public boolean hasMovie() {
        return frameCount >= 0;
    }

    /** True when the frame rate is a positive finite number. */
    public boolean knowsFps() {
        return fps > 0 && Double.isFinite(fps);
    }

    /** For the panel's heading, e.g. "29 frames, 30 fps" or "29 frames, frame rate unknown". */
    public String describe() {
        if (!hasMovie()) {
            return "No movie";
        }
        return frameCount + (frameCount == 1 ? " frame, " : " frames, ")
                + (knowsFps() ? StimulusEditor.formatNumber(fps) + " fps" : "frame rate unknown");
    }
}
