package org.fluorite.roi.cli;

import java.util.Optional;
import java.util.Set;

import org.fluorite.cli.Arguments;
import org.fluorite.cli.UsageException;
import org.fluorite.roi.traces.Baseline;

/**
 * The dF/F options of {@code traces}: {@code --dff} with either a sliding percentile
 * ({@code --baseline-percentile P --baseline-window N [--baseline-trailing]}) or a frame range
 * ({@code --baseline-frames A:B}).
 */
final class BaselineArguments {

    static final String DFF = "--dff";
    static final String PERCENTILE = "--baseline-percentile";
    static final String WINDOW = "--baseline-window";
    static final String TRAILING = "--baseline-trailing";
    static final String FRAMES = "--baseline-frames";

    static final Set<String> FLAGS = Set.of(DFF, TRAILING);
    static final Set<String> OPTIONS = Set.of(PERCENTILE, WINDOW, FRAMES);

    /** Default percentile of the sliding baseline. */
    static final double DEFAULT_PERCENTILE = 10;
    /** Default window of the sliding baseline, frames. */
    static final int DEFAULT_WINDOW = 300;

    private BaselineArguments() {
    }

    /** The baseline asked for, empty without {@code --dff}. */
    static Optional<Baseline> from(Arguments a, long frameCount) throws UsageException {
        boolean sliding = a.option(PERCENTILE).isPresent() || a.option(WINDOW).isPresent() || a.flag(TRAILING);
        boolean range = a.option(FRAMES).isPresent();
        if (!a.flag(DFF)) {
            if (sliding || range) {
                throw new UsageException("baseline options need --dff");
            }
            return Optional.empty();
        }
        if (sliding && range) {
            throw new UsageException("give either --baseline-frames or --baseline-percentile/--baseline-window, not both");
        }
        if (range) {
            return Optional.of(frames(a.option(FRAMES).get(), frameCount));
        }
        double p = a.option(PERCENTILE).isPresent() ? number(PERCENTILE, a.option(PERCENTILE).get()) : DEFAULT_PERCENTILE;
        int window = a.option(WINDOW).isPresent() ? whole(WINDOW, a.option(WINDOW).get()) : DEFAULT_WINDOW;
        try {
            return Optional.of(new Baseline.Percentile(p, window,
                    a.flag(TRAILING) ? Baseline.Window.TRAILING : Baseline.Window.CENTRED));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static Baseline frames(String spec, long frameCount) throws UsageException {
        int colon = spec.indexOf(':');
        if (colon < 0) {
            throw new UsageException(FRAMES + " takes A:B (frames A to B, B not included), not '" + spec + "'");
        }
        int from = spec.substring(0, colon).isBlank() ? 0 : whole(FRAMES, spec.substring(0, colon));
        int to = spec.substring(colon + 1).isBlank() ? (int) Math.min(Integer.MAX_VALUE, frameCount)
                : whole(FRAMES, spec.substring(colon + 1));
        if (from < 0 || to > frameCount || from >= to) {
            throw new UsageException(FRAMES + " " + spec + " is outside the movie's " + frameCount + " frames");
        }
        return new Baseline.FrameRange(from, to);
    }

    private static double number(String option, String text) throws UsageException {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(option + " takes a number, not '" + text + "'");
        }
    }

    static int whole(String option, String text) throws UsageException {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(option + " takes a whole number, not '" + text + "'");
        }
    }
}
