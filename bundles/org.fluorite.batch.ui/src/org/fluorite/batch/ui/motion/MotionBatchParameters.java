package org.fluorite.batch.ui.motion;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fluorite.batch.BatchItem;
import org.fluorite.batch.BatchItemKinds;
import org.fluorite.batch.kinds.MotionCorrectKind;
import org.fluorite.batch.ui.BatchSession;
import org.fluorite.motion.MotionCorrectionSettings;

/**
 * Turns the motion-correction settings chosen in the dialog into the parameters of a
 * {@code motion-correct} batch item: the options of the {@code motion-correct} command without
 * their dashes ({@code max-shifts=X,Y}, {@code piecewise=true}, ...), every one written out so
 * that the item does not depend on the defaults of the Fluorite that runs it.
 */
public final class MotionBatchParameters {

    private MotionBatchParameters() {
    }

    /** The item parameters for {@code s}. */
    public static Map<String, Object> of(MotionCorrectionSettings s) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("piecewise", s.piecewise());
        p.put("max-shifts", s.maxShiftX() + "," + s.maxShiftY());
        p.put("niter-rig", s.niterRig());
        p.put("gsig-filt", s.gSigFilt());
        p.put("strides", s.strideX() + "," + s.strideY());
        p.put("overlaps", s.overlapX() + "," + s.overlapY());
        p.put("max-deviation-rigid", s.maxDeviationRigid());
        p.put("upsample-factor-grid", s.upsampleFactorGrid());
        p.put("border", s.border().name().toLowerCase(Locale.ROOT));
        return p;
    }

    /**
     * Settings the {@code motion-correct} command has no option for, when they differ from the
     * defaults: the item runs with the defaults instead, and the user is told.
     */
    public static List<String> notCarried(MotionCorrectionSettings s) {
        MotionCorrectionSettings d = MotionCorrectionSettings.DEFAULTS;
        List<String> notes = new ArrayList<>();
        if (s.upsampleFactorFft() != d.upsampleFactorFft()) {
            notes.add("sub-pixel upsampling " + s.upsampleFactorFft() + " (the batch runs with " + d.upsampleFactorFft() + ")");
        }
        if (s.templateFrames() != d.templateFrames()) {
            notes.add("template frames " + s.templateFrames() + " (the batch runs with " + d.templateFrames() + ")");
        }
        return notes;
    }

    /** A queued motion-correct item for the movie {@code file}. */
    public static BatchItem item(Path file, String name, MotionCorrectionSettings s) {
        String n = name == null || name.isBlank() ? defaultName(file) : name.strip();
        return BatchItem.create(MotionCorrectKind.ID, n, of(s), List.of(file.toAbsolutePath().normalize().toString()));
    }

    /**
     * Adds a queued motion-correct item for {@code file} to the session's open batch, checked as
     * {@code batch add} checks it.
     *
     * @throws IllegalArgumentException naming the file and what is wrong with the parameters
     * @throws IllegalStateException when no batch is open
     */
    public static BatchItem addTo(BatchSession session, Path file, String name, MotionCorrectionSettings s) throws IOException {
        BatchItem item = item(file, name, s);
        List<String> problems = BatchItemKinds.standard().require(item.kind()).validate(item.parameters(), item.inputs());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(file + ": " + String.join("; ", problems));
        }
        return session.add(item);
    }

    /** "movie.tif mc": the name offered for an item of {@code file}. */
    public static String defaultName(Path file) {
        return file.getFileName() + " mc";
    }
}
