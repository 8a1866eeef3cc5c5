package org.fluorite.motion.cli;

import java.util.Optional;

import org.fluorite.cli.Arguments;
import org.fluorite.cli.UsageException;
import org.fluorite.core.image.PixelType;
import org.fluorite.motion.BorderMode;
import org.fluorite.motion.MotionCorrectionSettings;

/** Turns the options of {@code motion-correct} into {@link MotionCorrectionSettings}. */
final class CommandSettings {

    private CommandSettings() {
    }

    static MotionCorrectionSettings from(Arguments a) throws UsageException {
        MotionCorrectionSettings s = MotionCorrectionSettings.DEFAULTS.withPiecewise(a.flag(MotionCorrectCommand.PIECEWISE));
        if (a.option(MotionCorrectCommand.MAX_SHIFTS).isPresent()) {
            int[] v = pair(a.option(MotionCorrectCommand.MAX_SHIFTS).get(), MotionCorrectCommand.MAX_SHIFTS);
            s = s.withMaxShifts(v[0], v[1]);
        }
        if (a.option(MotionCorrectCommand.NITER_RIG).isPresent()) {
            s = s.withNiterRig(integer(a.option(MotionCorrectCommand.NITER_RIG).get(), MotionCorrectCommand.NITER_RIG));
        }
        if (a.option(MotionCorrectCommand.GSIG_FILT).isPresent()) {
            String g = a.option(MotionCorrectCommand.GSIG_FILT).get().trim();
            try {
                s = s.withGSigFilt(Double.parseDouble(g));
            } catch (NumberFormatException e) {
                throw new UsageException(MotionCorrectCommand.GSIG_FILT + " takes a number of pixels, not '" + g + "'");
            }
        }
        int[] strides = {s.strideX(), s.strideY()};
        int[] overlaps = {s.overlapX(), s.overlapY()};
        if (a.option(MotionCorrectCommand.STRIDES).isPresent()) {
            strides = pair(a.option(MotionCorrectCommand.STRIDES).get(), MotionCorrectCommand.STRIDES);
        }
        if (a.option(MotionCorrectCommand.OVERLAPS).isPresent()) {
            overlaps = pair(a.option(MotionCorrectCommand.OVERLAPS).get(), MotionCorrectCommand.OVERLAPS);
        }
        s = s.withPatches(strides[0], strides[1], overlaps[0], overlaps[1]);
        if (a.option(MotionCorrectCommand.MAX_DEVIATION).isPresent()) {
            s = s.withMaxDeviationRigid(integer(a.option(MotionCorrectCommand.MAX_DEVIATION).get(),
                    MotionCorrectCommand.MAX_DEVIATION));
        }
        if (a.option(MotionCorrectCommand.UPSAMPLE_GRID).isPresent()) {
            s = s.withUpsampleFactorGrid(integer(a.option(MotionCorrectCommand.UPSAMPLE_GRID).get(),
                    MotionCorrectCommand.UPSAMPLE_GRID));
        }
        if (a.option(MotionCorrectCommand.BORDER).isPresent()) {
            try {
                s = s.withBorder(BorderMode.fromLabel(a.option(MotionCorrectCommand.BORDER).get().trim()));
            } catch (IllegalArgumentException e) {
                throw new UsageException(MotionCorrectCommand.BORDER + ": " + e.getMessage());
            }
        }
        if (!s.problems().isEmpty()) {
            throw new UsageException(String.join("; ", s.problems()));
        }
        return s;
    }

    static PixelType outputType(String label) throws UsageException {
        return switch (label.trim().toLowerCase()) {
            case "float32" -> PixelType.FLOAT32;
            case "uint16" -> PixelType.UINT16;
            case "uint8" -> PixelType.UINT8;
            default -> throw new UsageException("--output-type takes float32, uint16 or uint8, not '" + label + "'");
        };
    }

    static int positive(Optional<String> value, String option, int fallback) throws UsageException {
        if (value.isEmpty()) {
            return fallback;
        }
        int v = integer(value.get(), option);
        if (v < 1) {
            throw new UsageException(option + " must be at least 1, got " + v);
        }
        return v;
    }

    static int nonNegative(String value, String option) throws UsageException {
        int v = integer(value, option);
        if (v < 0) {
            throw new UsageException(option + " must not be negative, got " + v);
        }
        return v;
    }

    /** "N" (both axes) or "X,Y". */
    static int[] pair(String value, String option) throws UsageException {
        String[] parts = value.split(",");
        if (parts.length == 1) {
            int v = integer(parts[0], option);
            return new int[] {v, v};
        }
        if (parts.length == 2) {
            return new int[] {integer(parts[0], option), integer(parts[1], option)};
        }
        throw new UsageException(option + " takes N or X,Y in pixels, not '" + value + "'");
    }

    static int integer(String value, String option) throws UsageException {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(option + " takes a whole number, not '" + value + "'");
        }
    }
}
