package org.fluorite.smlm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.settings.SettingsRecords;
import org.fluorite.smlm.camera.CameraMaps;
import org.fluorite.smlm.camera.CameraModel;
import org.fluorite.smlm.detect.BackgroundRange;
import org.fluorite.smlm.detect.Candidate;
import org.fluorite.smlm.detect.Detector;
import org.fluorite.smlm.fit.FitMethod;
import org.junit.jupiter.api.Test;

/** The settings record (snapshot of PYME's settings table), background slices, camera metadata and conversion. */
class SettingsAndCameraTest {

    @Test
    void settingsRecordCarriesPymesSettingsTable() {
        List<SettingsRecords.Field> f = SettingsRecords.fields(LocalizationSettings.DEFAULTS);
        assertEquals(List.of("threshold", "startFrame", "background", "subtractBackground", "debounceRadius", "roiSize", "psfSigma",
                "method", "multiEmitter", "maxIterations"), f.stream().map(SettingsRecords.Field::name).toList());
        assertEquals(List.of("Threshold", "Start at", "Background", "Subtract background", "Debounce r", "ROI size", "", "Type",
                "GaussMultiFitSR", ""), f.stream().map(x -> x.setting().alias()).toList());
        assertEquals("px", f.get(4).unit());
        Map<String, Object> m = SettingsRecords.toMap(LocalizationSettings.DEFAULTS);
        assertEquals("MLE", m.get("method"));
        assertEquals(1.0, m.get("threshold"));
        assertEquals(4.0, m.get("debounceRadius"));
        assertEquals(7, m.get("roiSize"));
        assertTrue(LocalizationSettings.DEFAULTS.problems().isEmpty());
        LocalizationSettings back = SettingsRecords.with(LocalizationSettings.DEFAULTS, Map.of("method", "WLSQ", "roiSize", 9));
        assertEquals(FitMethod.WLSQ, back.method());
        assertEquals(9, back.roiSize());
    }

    @Test
    void backgroundSlicesFollowPythonNotationRelativeToTheFrame() {
        BackgroundRange r = BackgroundRange.parse("-30:0");
        assertArrayEquals(new int[] {10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33,
                34, 35, 36, 37, 38, 39}, r.framesFor(40, 100));
        assertArrayEquals(new int[] {0, 1, 2}, r.framesFor(3, 100), "clipped at the start");
        assertArrayEquals(new int[0], r.framesFor(0, 100));
        assertArrayEquals(new int[] {95, 97, 99}, BackgroundRange.parse("-5:5:2").framesFor(100, 100), "clipped at the end");
        assertArrayEquals(new int[] {5, 7, 9, 11, 13}, BackgroundRange.parse("-5:5:2").framesFor(10, 14));
        assertTrue(BackgroundRange.parse("").isNone());
        assertEquals("-30:0", r.toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BackgroundRange.parse("-30"));
        assertTrue(e.getMessage().contains("start:stop"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BackgroundRange.parse("a:b"));
        assertThrows(IllegalArgumentException.class, () -> BackgroundRange.parse("0:5:0"));
        assertThrows(IllegalArgumentException.class, () -> BackgroundRange.parse("-999999:0"));
    }

    @Test
    void cameraFromPymeMetadataFlatOrNestedWithFallbacks() {
        Metadata flat = Metadata.of(Map.of("Camera.ADOffset", 412.5, "Camera.ElectronsPerCount", 4.0, "Camera.TrueEMGain", "150",
                "Camera.ReadNoise", 88));
        CameraModel c = CameraModel.fromMetadata(flat, CameraModel.PHOTON_COUNTING);
        assertEquals(412.5, c.adOffset());
        assertEquals(4, c.electronsPerCount());
        assertEquals(150, c.emGain());
        assertEquals(88, c.readNoise());
        assertEquals(2, c.excessNoiseFactor());
        assertTrue(CameraModel.hasAdOffset(flat));
        Metadata nested = Metadata.of(Map.of("Camera", Map.of("ADOffset", 100, "ElectronsPerCount", 0.5)));
        CameraModel n = CameraModel.fromMetadata(nested, CameraModel.of(0, 1, 1, 1.5));
        assertEquals(100, n.adOffset());
        assertEquals(0.5, n.electronsPerCount());
        assertEquals(1, n.emGain());
        assertEquals(1.5, n.readNoise(), "from the fallback");
        assertEquals(1, n.excessNoiseFactor());
        assertTrue(!CameraModel.hasAdOffset(Metadata.EMPTY));
        assertEquals(412.5, c.toMetadata().get("Camera.ADOffset"));
    }

    @Test
    void countsBecomePhotoelectronsWithOffsetGainAndMaps() {
        short[] raw = {(short) 110, (short) 150, (short) 60000, (short) 100};
        Plane p = new Plane(PixelType.UINT16, 2, 2, raw);
        float[] pe = new float[4];
        CameraModel.of(100, 10, 50, 0).toPhotoelectrons(p, pe);
        assertArrayEquals(new float[] {2f, 10f, (60000 - 100) * 0.2f, 0f}, pe, 1e-3f);
        CameraMaps maps = new CameraMaps(2, 2, new float[] {100, 110, 0, 90}, new float[] {4, 4, 4, 4}, new float[] {1, 2, 1, 1});
        CameraModel.of(0, 0.5, 1, 0).withMaps(maps).toPhotoelectrons(p, pe);
        assertArrayEquals(new float[] {5f, 40f, 30000f, 5f}, pe, 1e-3f);
        assertArrayEquals(new float[] {1f, 4f, 1f, 1f}, CameraModel.of(0, 0.5, 1, 0).withMaps(maps).readVariance(2, 2), 1e-6f);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CameraModel.of(0, 1, 1, 0).withMaps(maps).readVariance(3, 3));
        assertTrue(e.getMessage().contains("2x2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CameraMaps(2, 2, null, new float[] {1, 1, -1, 1}, null));
        assertThrows(IllegalArgumentException.class, () -> new CameraMaps(2, 2, new float[3], null, null));
    }

    @Test
    void debounceKeepsTheStrongerOfCloseCandidates() {
        float[] f = new float[20 * 20];
        f[5 * 20 + 5] = 10;
        f[5 * 20 + 8] = 8;
        f[15 * 20 + 15] = 6;
        List<Candidate> all = Detector.localMaxima(f, 20, 20, 1, 0);
        assertEquals(3, all.size());
        List<Candidate> thinned = Detector.localMaxima(f, 20, 20, 1, 4);
        assertEquals(2, thinned.size());
        assertEquals(5, thinned.get(0).x());
        assertEquals(15, thinned.get(1).x());
        assertEquals(1, Detector.localMaxima(f, 20, 20, 9, 0).size(), "threshold");
        assertThrows(IllegalArgumentException.class, () -> new Detector(1.3, 0, 4, 1));
        assertThrows(IllegalArgumentException.class, () -> new Detector(0.1, 1, 4, 1));
    }
}
