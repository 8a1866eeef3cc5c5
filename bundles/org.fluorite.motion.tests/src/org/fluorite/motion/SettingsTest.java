package org.fluorite.motion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

import org.fluorite.core.settings.Setting;
import org.fluorite.core.settings.SettingsRecords;

import org.junit.jupiter.api.Test;

/** Defaults, validation messages and the parameter map of {@link MotionCorrectionSettings}. */
class SettingsTest {

    @Test
    void defaultsAreCaimans() {
        MotionCorrectionSettings d = MotionCorrectionSettings.DEFAULTS;
        assertEquals(6, d.maxShiftX());
        assertEquals(6, d.maxShiftY());
        assertEquals(1, d.niterRig());
        assertEquals(0, d.gSigFilt());
        assertEquals(false, d.piecewise());
        assertEquals(96, d.strideX());
        assertEquals(96, d.strideY());
        assertEquals(32, d.overlapX());
        assertEquals(32, d.overlapY());
        assertEquals(3, d.maxDeviationRigid());
        assertEquals(4, d.upsampleFactorGrid());
        assertEquals(10, d.upsampleFactorFft());
        assertEquals(BorderMode.NAN, d.border());
        assertTrue(d.problems().isEmpty());
    }

    @Test
    void everyComponentIsAnnotated() {
        for (RecordComponent c : MotionCorrectionSettings.class.getRecordComponents()) {
            Setting s = c.getAnnotation(Setting.class);
            assertNotNull(s, c.getName() + " has no @Setting");
            assertTrue(!s.label().isBlank(), c.getName());
        }
        assertEquals("max_deviation_rigid", annotation("maxDeviationRigid").alias());
        assertEquals("gSig_filt", annotation("gSigFilt").alias());
        assertEquals("px", annotation("maxShiftX").unit());
    }

    private static Setting annotation(String component) {
        for (RecordComponent c : MotionCorrectionSettings.class.getRecordComponents()) {
            if (c.getName().equals(component)) {
                return c.getAnnotation(Setting.class);
            }
        }
        throw new AssertionError(component);
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        MotionCorrectionSettings bad = new MotionCorrectionSettings(-1, 6, 0, Double.NaN, false, 96, 4, 32, 32, 3, 0, 10, 200,
                BorderMode.COPY);
        List<String> problems = bad.problems();
        assertEquals(List.of(
                "Largest shift in x (maxShiftX) must be between 0 and 1000 px, got -1",
                "Rigid iterations (niterRig) must be between 1 and 20, got 0",
                "High-pass filter size (gSigFilt) must be between 0 and 200 px, got NaN",
                "Patch stride in y (strideY) must be between 8 and 100000 px, got 4",
                "Shift grid upsampling (upsampleFactorGrid) must be between 1 and 64, got 0"), problems);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bad::validate);
        assertTrue(e.getMessage().startsWith("Invalid motion correction settings: Largest shift in x"), e.getMessage());
    }

    @Test
    void shiftsMustFitTheFrame() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MotionCorrectionSettings.DEFAULTS.withMaxShifts(10, 3).validateFor(20, 100));
        assertEquals("max_shifts 10x3 px is too large for frames of 20x100 px (at most half a frame)", e.getMessage());
        MotionCorrectionSettings.DEFAULTS.withMaxShifts(9, 3).validateFor(20, 100);
    }

    @Test
    void parameterMapKeepsDeclarationOrderAndJsonValues() {
        Map<String, Object> m = MotionCorrectionSettings.DEFAULTS.withPiecewise(true).toMap();
        assertEquals(List.of("maxShiftX", "maxShiftY", "niterRig", "gSigFilt", "piecewise", "strideX", "strideY", "overlapX",
                "overlapY", "maxDeviationRigid", "upsampleFactorGrid", "upsampleFactorFft", "templateFrames", "border"),
                List.copyOf(m.keySet()));
        assertEquals(true, m.get("piecewise"));
        assertEquals("nan", m.get("border"));
        assertEquals(0.0, m.get("gSigFilt"));
    }

    @Test
    void genericSettingsRecordsReadAndBuildThisRecord() {
        MotionCorrectionSettings s = SettingsRecords.with(MotionCorrectionSettings.DEFAULTS,
                Map.of("maxShiftX", "4", "piecewise", "true", "border", "copy"));
        assertEquals(4, s.maxShiftX());
        assertEquals(true, s.piecewise());
        assertEquals(BorderMode.COPY, s.border());
        assertEquals("Largest shift in x", SettingsRecords.fields(s).get(0).label());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SettingsRecords.with(MotionCorrectionSettings.DEFAULTS, Map.of("niterRig", "0")));
        assertEquals("Rigid iterations must be between 1 and 20, not 0", e.getMessage());
    }

    @Test
    void borderModesByName() {
        assertEquals(BorderMode.COPY, BorderMode.fromLabel("Copy"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BorderMode.fromLabel("wrap"));
        assertEquals("Unknown border mode 'wrap'; use nan, copy or zero", e.getMessage());
    }
}
