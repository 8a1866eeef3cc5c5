package org.fluorite.motion;

import org.fluorite.motion.fft.RealFft2D;

/**
 * Estimates and applies the shift of one frame at a time. Owns scratch memory, so each thread
 * uses its own aligner; the plans and the template are shared.
 */
final class Aligner {

    private final MotionCorrectionSettings settings;
    private final int width;
    private final int height;
    private final ShiftEstimator whole;
    private final ShiftEstimator patch;
    private final PatchGrid columns;
    private final PatchGrid rows;
    private final float[] patchBuffer;
    private final float[] tmp;
    private final double[] d = new double[2];

    Aligner(MotionCorrectionSettings settings, int width, int height, RealFft2D wholePlan, RealFft2D patchPlan,
            PatchGrid columns, PatchGrid rows) {
        this.settings = settings;
        this.width = width;
        this.height = height;
        this.whole = new ShiftEstimator(wholePlan, settings.upsampleFactorFft());
        this.patch = patchPlan == null ? null : new ShiftEstimator(patchPlan, settings.upsampleFactorFft());
        this.columns = columns;
        this.rows = rows;
        this.patchBuffer = patchPlan == null ? null : new float[patchPlan.width() * patchPlan.height()];
        this.tmp = new float[width * height];
    }

    ShiftEstimator wholeEstimator() {
        return whole;
    }

    ShiftEstimator patchEstimator() {
        return patch;
    }

    PatchGrid columns() {
        return columns;
    }

    PatchGrid rows() {
        return rows;
    }

    /** Copies the patch starting at (x0, y0) of {@code image} into {@code out}. */
    void extract(float[] image, int x0, int y0, float[] out) {
        int pw = columns.size();
        for (int r = 0; r < rows.size(); r++) {
            System.arraycopy(image, (y0 + r) * width + x0, out, r * pw, pw);
        }
    }

    /**
     * Rigid shift applied to align {@code frame} with {@code template}: {x, y} in pixels, each
     * within max_shifts.
     */
    double[] rigidShift(float[] frame, Template template) {
        whole.estimate(frame, template.whole, -settings.maxShiftY(), settings.maxShiftY(), -settings.maxShiftX(),
                settings.maxShiftX(), d);
        return new double[] {-d[1], -d[0]};
    }

    /**
     * Aligns {@code frame} to {@code template}, writes the corrected frame into {@code out} and
     * records the shifts of frame {@code index} in {@code shifts} (when not null).
     */
    void correct(float[] frame, Template template, int index, FrameShifts shifts, float[] out) {
        double[] rigid = rigidShift(frame, template);
        if (!settings.piecewise()) {
            Warp.translate(frame, width, height, rigid[0], rigid[1], settings.border(), out, tmp);
            if (shifts != null) {
                shifts.set(index, rigid[0], rigid[1], null, null);
            }
            return;
        }
        int n = columns.count() * rows.count();
        double[] px = new double[n];
        double[] py = new double[n];
        double dev = settings.maxDeviationRigid();
        // displacement window around the rigid one, kept inside max_shifts
        double ry = -rigid[1];
        double rx = -rigid[0];
        double loY = Math.max(-settings.maxShiftY(), ry - dev);
        double hiY = Math.min(settings.maxShiftY(), ry + dev);
        double loX = Math.max(-settings.maxShiftX(), rx - dev);
        double hiX = Math.min(settings.maxShiftX(), rx + dev);
        for (int r = 0; r < rows.count(); r++) {
            for (int c = 0; c < columns.count(); c++) {
                int p = r * columns.count() + c;
                extract(frame, columns.starts()[c], rows.starts()[r], patchBuffer);
                patch.estimate(patchBuffer, template.patches[p], loY, hiY, loX, hiX, d);
                px[p] = -d[1];
                py[p] = -d[0];
            }
        }
        ShiftField field = new ShiftField(columns, rows, px, py, settings.upsampleFactorGrid(), width, height);
        Warp.warp(frame, width, height, field, settings.border(), out);
        if (shifts != null) {
            shifts.set(index, rigid[0], rigid[1], px, py);
        }
    }
}
