package org.fluorite.smlm;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.fluorite.core.settings.Setting;
import org.fluorite.smlm.detect.BackgroundRange;
import org.fluorite.smlm.fit.FitMethod;

/**
 * Settings of single-molecule localization, described with the core {@link Setting} annotation so
 * that the generated settings table matches PYME's analysis settings (the aliases are PYME's
 * names). Lengths are in pixels of the camera. Immutable; {@link #problems()} names every problem
 * at once.
 *
 * @param threshold          PYME's "Threshold": factor on the SNR-scaled detection threshold (about 1 with right camera metadata)
 * @param startFrame         PYME's "Start at": first frame analysed, counted from 0
 * @param background         PYME's "Background": frames whose per-pixel median is the background, Python slice notation relative to the frame
 *                           ("-30:0" = the 30 frames before); "" = local background estimate only
 * @param subtractBackground PYME's "Subtract background": the median background is a fixed part of the fit model
 *                           (rather than only used for detection)
 * @param debounceRadius     PYME's "Debounce r": closest two candidates may be, in pixels
 * @param roiSize            side of the square fit window in pixels (odd; 7 = ThunderSTORM's fitting radius 3)
 * @param psfSigma           expected PSF standard deviation in pixels: detection filter width and the fit's start value
 * @param method             maximum likelihood or weighted least squares
 * @param multiEmitter       fit two emitters together when the single fit's residual shows a second spot
 * @param maxIterations      iteration limit of each fit
 */
public record LocalizationSettings(
        @Setting(label = "Threshold", min = 0.01, max = 100, alias = "Threshold",
                description = "Scaling factor on the SNR-based detection threshold; about 1 when the camera metadata are right")
        double threshold,
        @Setting(label = "Start at", unit = "frame", min = 0, max = Integer.MAX_VALUE, alias = "Start at",
                description = "First frame to analyse, counted from 0") int startFrame,
        @Setting(label = "Background", alias = "Background",
                description = "Frames whose per-pixel median is the background, slice notation relative to each frame (e.g. -30:0); empty = local estimate")
        String background,
        @Setting(label = "Subtract background", alias = "Subtract background",
                description = "Use the median background in the fit too, not only for detection") boolean subtractBackground,
        @Setting(label = "Debounce r", unit = "px", min = 0, max = 100, alias = "Debounce r",
                description = "Radius within which two events cannot be told apart") double debounceRadius,
        @Setting(label = "Fit window", unit = "px", min = 5, max = 31, alias = "ROI size",
                description = "Side of the square window fitted around each candidate (odd)") int roiSize,
        @Setting(label = "PSF sigma", unit = "px", min = 0.3, max = 10,
                description = "Expected Gaussian width of a spot: detection filter and start of the fit") double psfSigma,
        @Setting(label = "Fit method", alias = "Type",
                description = "Maximum likelihood with the camera noise model, or weighted least squares") FitMethod method,
        @Setting(label = "Multi-emitter fitting", alias = "GaussMultiFitSR",
                description = "Fit two overlapping spots together when one Gaussian leaves a second peak in the residual")
        boolean multiEmitter,
        @Setting(label = "Fit iterations", min = 1, max = 1000,
                description = "Largest number of Levenberg-Marquardt iterations per fit") int maxIterations) {

    /** PYME-like defaults: threshold 1, start at 0, local background, debounce 4 px, 7 px window, sigma 1.3 px, MLE. */
    public static final LocalizationSettings DEFAULTS = new LocalizationSettings(1, 0, "", false, 4, 7, 1.3, FitMethod.MLE, true,
            50);

    public LocalizationSettings {
        background = background == null ? "" : background.trim();
        method = method == null ? FitMethod.MLE : method;
    }

    /** Every problem with these settings in the user's words; empty when usable. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (RecordComponent c : LocalizationSettings.class.getRecordComponents()) {
            Setting s = c.getAnnotation(Setting.class);
            Object value;
            try {
                value = c.getAccessor().invoke(this);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (s != null && value instanceof Number n) {
                double v = n.doubleValue();
                if (Double.isNaN(v) || v < s.min() || v > s.max()) {
                    problems.add(s.label() + " (" + c.getName() + ") must be between " + format(s.min()) + " and "
                            + format(s.max()) + (s.unit().isEmpty() ? "" : " " + s.unit()) + ", got " + format(v));
                }
            }
        }
        if (roiSize % 2 == 0) {
            problems.add("Fit window (roiSize) must be odd, got " + roiSize);
        }
        try {
            BackgroundRange.parse(background);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        if (subtractBackground && BackgroundRange.parse(background).isNone()) {
            problems.add("Subtract background needs background frames (e.g. -30:0)");
        }
        return problems;
    }

    /** Throws IllegalArgumentException listing every problem. */
    public LocalizationSettings validate() {
        List<String> p = problems();
        if (!p.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", p));
        }
        return this;
    }

    /** The parsed background range. */
    public BackgroundRange backgroundRange() {
        return BackgroundRange.parse(background);
    }

    public LocalizationSettings withThreshold(double v) {
        return new LocalizationSettings(v, startFrame, background, subtractBackground, debounceRadius, roiSize, psfSigma, method,
                multiEmitter, maxIterations);
    }

    public LocalizationSettings withStartFrame(int v) {
        return new LocalizationSettings(threshold, v, background, subtractBackground, debounceRadius, roiSize, psfSigma, method,
                multiEmitter, maxIterations);
    }

    public LocalizationSettings withBackground(String range, boolean subtract) {
        return new LocalizationSettings(threshold, startFrame, range, subtract, debounceRadius, roiSize, psfSigma, method,
                multiEmitter, maxIterations);
    }

    public LocalizationSettings withDebounceRadius(double v) {
        return new LocalizationSettings(threshold, startFrame, background, subtractBackground, v, roiSize, psfSigma, method,
                multiEmitter, maxIterations);
    }

    public LocalizationSettings withRoiSize(int v) {
        return new LocalizationSettings(threshold, startFrame, background, subtractBackground, debounceRadius, v, psfSigma, method,
                multiEmitter, maxIterations);
    }

    public LocalizationSettings withPsfSigma(double v) {
        return new LocalizationSettings(threshold, startFrame, background, subtractBackground, debounceRadius, roiSize, v, method,
                multiEmitter, maxIterations);
    }

    public LocalizationSettings withMethod(FitMethod v) {
        return new LocalizationSettings(threshold, startFrame, background, subtractBackground, debounceRadius, roiSize, psfSigma, v,
                multiEmitter, maxIterations);
    }

    public LocalizationSettings withMultiEmitter(boolean v) {
        return new LocalizationSettings(threshold, startFrame, background, subtractBackground, debounceRadius, roiSize, psfSigma,
                method, v, maxIterations);
    }

    private static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e12) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%g", v);
    }
}
