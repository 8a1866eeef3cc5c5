package org.fluorite.motion;

/**
 * The reference frame every frame is aligned to, with the spectra the estimators need: one for
 * the whole frame and, for piecewise-rigid correction, one per patch. Immutable.
 */
final class Template {

    final float[] image;
    final ShiftEstimator.Reference whole;
    final ShiftEstimator.Reference[] patches;

    Template(float[] image, ShiftEstimator.Reference whole, ShiftEstimator.Reference[] patches) {
        this.image = image;
        this.whole = whole;
        this.patches = patches;
    }

    /** Prepares {@code image} (row-major, frame size) for estimation with {@code aligner}'s plans. */
    static Template of(float[] image, Aligner aligner, MotionCorrectionSettings s) {
        ShiftEstimator.Reference whole = aligner.wholeEstimator().reference(image, s.gSigFilt());
        ShiftEstimator.Reference[] patches = null;
        if (s.piecewise()) {
            PatchGrid cols = aligner.columns();
            PatchGrid rows = aligner.rows();
            patches = new ShiftEstimator.Reference[cols.count() * rows.count()];
            float[] patch = new float[cols.size() * rows.size()];
            for (int r = 0; r < rows.count(); r++) {
                for (int c = 0; c < cols.count(); c++) {
                    aligner.extract(image, cols.starts()[c], rows.starts()[r], patch);
                    patches[r * cols.count() + c] = aligner.patchEstimator().reference(patch, s.gSigFilt());
                }
            }
        }
        return new Template(image, whole, patches);
    }
}
