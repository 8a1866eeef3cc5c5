package org.fluorite.motion;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.settings.Setting;

/**
 * Parameters of rigid and piecewise-rigid (NoRMCorre) motion correction, described with the core
 * {@link Setting} annotation (labels, units, ranges, CaImAn's names as aliases) so that the
 * generated settings dialog and batch parameters come from this record. Defaults are CaImAn's
 * ({@code max_shifts=(6,6)}, {@code niter_rig=1}, {@code strides=(96,96)}, {@code overlaps=(32,32)},
 * {@code max_deviation_rigid=3}, {@code upsample_factor_grid=4}, {@code border_nan=True}, no
 * high-pass filter). All lengths are in pixels. Immutable; {@link #validate()} names every
 * problem at once.
 */
public record MotionCorrectionSettings(
        @Setting(label = "Largest shift in x", unit = "px", min = 0, max = 1000, alias = "max_shifts[1]",
                description = "Frames are never moved further than this horizontally") int maxShiftX,
        @Setting(label = "Largest shift in y", unit = "px", min = 0, max = 1000, alias = "max_shifts[0]",
                description = "Frames are never moved further than this vertically") int maxShiftY,
        @Setting(label = "Rigid iterations", min = 1, max = 20, alias = "niter_rig",
                description = "Passes of template refinement; the last one corrects every frame") int niterRig,
        @Setting(label = "High-pass filter size", unit = "px", min = 0, max = 200, alias = "gSig_filt",
                description = "Gaussian sigma of the band-pass used only to estimate shifts (one-photon data); 0 = off")
        double gSigFilt,
        @Setting(label = "Piecewise rigid", alias = "pw_rigid",
                description = "Estimate shifts per patch and warp each frame smoothly") boolean piecewise,
        @Setting(label = "Patch stride in x", unit = "px", min = 8, max = 100000, alias = "strides[1]") int strideX,
        @Setting(label = "Patch stride in y", unit = "px", min = 8, max = 100000, alias = "strides[0]") int strideY,
        @Setting(label = "Patch overlap in x", unit = "px", min = 0, max = 100000, alias = "overlaps[1]") int overlapX,
        @Setting(label = "Patch overlap in y", unit = "px", min = 0, max = 100000, alias = "overlaps[0]") int overlapY,
        @Setting(label = "Largest patch deviation", unit = "px", min = 0, max = 1000, alias = "max_deviation_rigid",
                description = "How far a patch shift may differ from the frame's rigid shift") int maxDeviationRigid,
        @Setting(label = "Shift grid upsampling", min = 1, max = 64, alias = "upsample_factor_grid",
                description = "Density of the smooth shift field between patch centres") int upsampleFactorGrid,
        @Setting(label = "Sub-pixel upsampling", min = 1, max = 1000, alias = "upsample_factor_fft",
                description = "Shifts are resolved to 1/this of a pixel") int upsampleFactorFft,
        @Setting(label = "Template frames", min = 1, max = 100000,
                description = "Frames, evenly spread over the movie, that build the template") int templateFrames,
        @Setting(label = "Border", alias = "border_nan",
                description = "Value where a shift brings in pixels from outside the frame") BorderMode border) {

    /** CaImAn's defaults: rigid, 6 px, one iteration, no filter. */
    public static final MotionCorrectionSettings DEFAULTS = new MotionCorrectionSettings(6, 6, 1, 0, false, 96, 96, 32, 32, 3,
            4, 10, 200, BorderMode.NAN);

    public MotionCorrectionSettings {
        if (border == null) {
            border = BorderMode.NAN;
        }
    }

    /** Every problem with these settings, in the user's words; empty when they are usable. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (RecordComponent c : MotionCorrectionSettings.class.getRecordComponents()) {
            Setting s = c.getAnnotation(Setting.class);
            Object value = value(c);
            if (s == null || !(value instanceof Number n)) {
                continue;
            }
            double v = n.doubleValue();
            String name = c.getName();
            if (Double.isNaN(v) || v < s.min() || v > s.max()) {
                problems.add(s.label() + " (" + name + ") must be between " + format(s.min()) + " and " + format(s.max())
                        + (s.unit().isEmpty() ? "" : " " + s.unit()) + ", got " + format(v));
            }
        }
        if (piecewise && problems.isEmpty()) {
            if (strideX + overlapX < 16 || strideY + overlapY < 16) {
                problems.add("Patches (stride + overlap) must be at least 16 px on each side");
            }
        }
        return problems;
    }

    /** Throws an {@link IllegalArgumentException} listing every problem, if any. */
    public MotionCorrectionSettings validate() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid motion correction settings: " + String.join("; ", problems));
        }
        return this;
    }

    /**
     * Checks the settings against a movie's frame size.
     *
     * @throws IllegalArgumentException naming what does not fit
     */
    public void validateFor(int width, int height) {
        validate();
        if (2 * maxShiftX >= width || 2 * maxShiftY >= height) {
            throw new IllegalArgumentException("max_shifts " + maxShiftX + "x" + maxShiftY + " px is too large for frames of "
                    + width + "x" + height + " px (at most half a frame)");
        }
    }

    /** All parameters by component name, JSON-compatible, in declaration order (for provenance). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (RecordComponent c : MotionCorrectionSettings.class.getRecordComponents()) {
            Object v = value(c);
            m.put(c.getName(), v instanceof Enum<?> e ? e.name().toLowerCase() : v);
        }
        return m;
    }

    public MotionCorrectionSettings withPiecewise(boolean pw) {
        return new MotionCorrectionSettings(maxShiftX, maxShiftY, niterRig, gSigFilt, pw, strideX, strideY, overlapX,
                overlapY, maxDeviationRigid, upsampleFactorGrid, upsampleFactorFft, templateFrames, border);
    }

    public MotionCorrectionSettings withMaxShifts(int x, int y) {
        return new MotionCorrectionSettings(x, y, niterRig, gSigFilt, piecewise, strideX, strideY, overlapX, overlapY,
                maxDeviationRigid, upsampleFactorGrid, upsampleFactorFft, templateFrames, border);
    }

    public MotionCorrectionSettings withNiterRig(int n) {
        return new MotionCorrectionSettings(maxShiftX, maxShiftY, n, gSigFilt, piecewise, strideX, strideY, overlapX,
                overlapY, maxDeviationRigid, upsampleFactorGrid, upsampleFactorFft, templateFrames, border);
    }

    public MotionCorrectionSettings withGSigFilt(double g) {
        return new MotionCorrectionSettings(maxShiftX, maxShiftY, niterRig, g, piecewise, strideX, strideY, overlapX,
                overlapY, maxDeviationRigid, upsampleFactorGrid, upsampleFactorFft, templateFrames, border);
    }

    public MotionCorrectionSettings withPatches(int sx, int sy, int ox, int oy) {
        return new MotionCorrectionSettings(maxShiftX, maxShiftY, niterRig, gSigFilt, piecewise, sx, sy, ox, oy,
                maxDeviationRigid, upsampleFactorGrid, upsampleFactorFft, templateFrames, border);
    }

    public MotionCorrectionSettings withMaxDeviationRigid(int d) {
        return new MotionCorrectionSettings(maxShiftX, maxShiftY, niterRig, gSigFilt, piecewise, strideX, strideY, overlapX,
                overlapY, d, upsampleFactorGrid, upsampleFactorFft, templateFrames, border);
    }

    public MotionCorrectionSettings withUpsampleFactorGrid(int u) {
        return new MotionCorrectionSettings(maxShiftX, maxShiftY, niterRig, gSigFilt, piecewise, strideX, strideY, overlapX,
                overlapY, maxDeviationRigid, u, upsampleFactorFft, templateFrames, border);
    }

    public MotionCorrectionSettings withTemplateFrames(int n) {
        return new MotionCorrectionSettings(maxShiftX, maxShiftY, niterRig, gSigFilt, piecewise, strideX, strideY, overlapX,
                overlapY, maxDeviationRigid, upsampleFactorGrid, upsampleFactorFft, n, border);
    }

    public MotionCorrectionSettings withBorder(BorderMode b) {
        return new MotionCorrectionSettings(maxShiftX, maxShiftY, niterRig, gSigFilt, piecewise, strideX, strideY, overlapX,
                overlapY, maxDeviationRigid, upsampleFactorGrid, upsampleFactorFft, templateFrames, b);
    }

    private Object value(RecordComponent c) {
        try {
            return c.getAccessor().invoke(this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read setting " + c.getName(), e);
        }
    }

    private static String format(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "infinity" : "-infinity";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
