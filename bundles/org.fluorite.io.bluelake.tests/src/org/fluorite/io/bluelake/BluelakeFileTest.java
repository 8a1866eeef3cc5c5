package org.fluorite.io.bluelake;

import static org.fluorite.io.bluelake.BluelakeTestSupport.DT;
import static org.fluorite.io.bluelake.BluelakeTestSupport.START;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fluorite.io.ImportException;
import org.junit.jupiter.api.Test;

/** Typed access to the synthetic Bluelake file of scripts/make_bluelake_fixtures.py. */
class BluelakeFileTest {

    private static BluelakeFile open() throws IOException {
        return BluelakeFile.open(BluelakeTestSupport.fixture("bluelake_kymo.h5"));
    }

    @Test
    void fileAttributes() throws IOException {
        try (BluelakeFile f = open()) {
            assertEquals("2.6.0", f.bluelakeVersion());
            assertEquals(2, f.fileFormatVersion());
            assertEquals("fluorite test", f.experiment());
            assertEquals("synthetic kymograph and force", f.description());
            assertEquals("{6b1e7f2a-0c4d-4e55-9a61-3f2d8c7b9e10}", f.guid());
            assertEquals(1_600_000_100_000_000_000L, f.exportTimeNs());
            assertEquals(List.of(), f.problems());
        }
    }

    @Test
    void channelsWithKindsStartsAndRates() throws IOException {
        try (BluelakeFile f = open()) {
            List<String> paths = f.channels().stream().map(Channel::path).toList();
            assertEquals(List.of("Distance/Distance 1", "Force HF/Force 1x", "Force HF/Force 1y", "Force HF/Force 2x",
                    "Force LF/Force 1x", "Info wave/Info wave", "Photon Time Tags/Red", "Photon count/Blue", "Photon count/Green",
                    "Photon count/Red"), paths.stream().sorted().toList());
            Channel hf = f.channel("Force HF", "Force 1x").orElseThrow();
            assertEquals(ChannelKind.CONTINUOUS, hf.kind());
            assertEquals(200, hf.length());
            assertEquals(START, hf.startNs());
            assertEquals(START + 200 * DT, hf.stopNs());
            assertEquals(78125.0, hf.sampleRateHz(), 0);
            assertEquals(START + 3 * DT, hf.timeNs(3));
            assertEquals("Continuous", hf.attributes().get("Kind"));
            assertEquals(ChannelKind.TIME_SERIES, f.channel("Force LF", "Force 1x").orElseThrow().kind());
            assertEquals(ChannelKind.TIME_SERIES, f.channel("Distance", "Distance 1").orElseThrow().kind());
            assertEquals(ChannelKind.TIME_TAGS, f.channel("Photon Time Tags", "Red").orElseThrow().kind());
            assertEquals(List.of("Distance/Distance 1", "Force HF/Force 1x", "Force HF/Force 1y", "Force HF/Force 2x",
                    "Force LF/Force 1x"), f.forceChannels().stream().map(Channel::path).sorted().toList());
        }
    }

    @Test
    void continuousValuesAreReadInSlices() throws IOException {
        try (BluelakeFile f = open()) {
            Channel hf = f.channel("Force HF", "Force 1x").orElseThrow();
            double[] slice = f.read(hf, 50, 3);
            for (int k = 0; k < 3; k++) {
                assertEquals(Math.sin((50 + k) / 10.0), slice[k], 1e-15);
            }
            double[] all = f.readAll(f.channel("Force HF", "Force 1y").orElseThrow());
            assertEquals(200, all.length);
            assertEquals(0.5 * 199, all[199], 0);
            assertEquals(-1, f.readAll(f.channel("Force HF", "Force 2x").orElseThrow())[7], 0);
            ImportException e = assertThrows(ImportException.class, () -> f.read(hf, 199, 2));
            assertTrue(e.getMessage().contains("outside Force HF/Force 1x"), e.getMessage());
        }
    }

    @Test
    void timeSeriesAndTimeTags() throws IOException {
        try (BluelakeFile f = open()) {
            TimeSeries lf = f.readTimeSeries(f.channel("Force LF", "Force 1x").orElseThrow());
            assertEquals(5, lf.size());
            for (int k = 0; k < 5; k++) {
                assertEquals(START + k * 1_000_000L, lf.timestampsNs()[k]);
                assertEquals(10 + k, lf.values()[k], 0);
            }
            TimeSeries d = f.readTimeSeries(f.channel("Distance", "Distance 1").orElseThrow());
            assertEquals(2.9, d.values()[4], 1e-12);
            long[] tags = f.readTimeTags(f.channel("Photon Time Tags", "Red").orElseThrow());
            assertEquals(10, tags.length);
            assertEquals(START + 9000, tags[9]);
        }
    }

    /**
     * The photon counts and info wave hold a 4-pixel x 5-line kymograph: summing the counts of the
     * samples of each pixel (info wave 1 and 2, a pixel ends at 2) gives back red = p + 10 line,
     * green = 2 (p + 10 line), blue = 0, the way a kymograph engine reconstructs it.
     */
    @Test
    void photonCountsAndInfoWaveEncodeTheKymograph() throws IOException {
        try (BluelakeFile f = open()) {
            Map<String, Channel> pc = f.photonCounts();
            assertEquals(List.of("Red", "Green", "Blue"), new ArrayList<>(pc.keySet()));
            Channel info = f.infoWave().orElseThrow();
            ConfocalItem kymo = f.kymograph("kymo1").orElseThrow();
            assertEquals(info.startNs(), kymo.startNs());
            long from = info.indexAt(kymo.startNs());
            int n = (int) (info.indexAt(kymo.stopNs()) - from);
            assertEquals(0, from);
            assertEquals(80, n);
            assertEquals(80, info.indexAt(Long.MAX_VALUE / 2), "clamped to the channel length");
            assertEquals(4, info.indexAt(START + 3 * DT + 1), "the first sample at or after the time");
            long[] wave = f.readCounts(info, 0, n);
            long[] red = f.readCounts(pc.get("Red"), 0, n);
            long[] green = f.readCounts(pc.get("Green"), 0, n);
            long[] blue = f.readCounts(pc.get("Blue"), 0, n);
            List<long[]> pixels = new ArrayList<>();
            long r = 0;
            long g = 0;
            long b = 0;
            for (int i = 0; i < n; i++) {
                if (wave[i] == BluelakeFile.INFO_DISCARD) {
                    continue;
                }
                r += red[i];
                g += green[i];
                b += blue[i];
                if (wave[i] == BluelakeFile.INFO_PIXEL_BOUNDARY) {
                    pixels.add(new long[] {r, g, b});
                    r = 0;
                    g = 0;
                    b = 0;
                }
            }
            int perLine = (int) kymo.scan().fastAxis().pixels();
            assertEquals(4, perLine);
            assertEquals(20, pixels.size());
            for (int line = 0; line < 5; line++) {
                for (int p = 0; p < perLine; p++) {
                    long[] px = pixels.get(line * perLine + p);
                    assertArrayEquals(new long[] {p + 10 * line, 2 * (p + 10 * line), 0}, px, "pixel " + p + " of line " + line);
                }
            }
        }
    }

    @Test
    void kymographAndScanDescriptions() throws IOException {
        try (BluelakeFile f = open()) {
            assertEquals(1, f.kymographs().size());
            ConfocalItem k = f.kymographs().get(0);
            assertTrue(k.isKymograph());
            assertEquals(START + 80 * DT, k.stopNs());
            ScanMetadata s = k.scan();
            assertEquals(1, s.axes().size());
            assertEquals("x", s.fastAxis().axisName());
            assertEquals(100.0, s.fastAxis().pixelSizeNm(), 0);
            assertEquals(0.1, s.fastAxis().pixelSizeUm(), 1e-15);
            assertEquals(0.9, s.fastAxis().scanWidthUm(), 1e-12);
            assertArrayEquals(new double[] {12.5, 7.25, 0}, s.centerPointUm(), 0);
            assertEquals(0, s.scanCount());
            assertEquals(0.0384, s.pixelTimeMs(), 0);
            assertTrue(s.fluorescence());

            ConfocalItem scan = f.scans().get(0);
            assertEquals("scan1", scan.name());
            assertEquals(START + 100 * DT, scan.startNs());
            assertEquals(START + 200 * DT, scan.stopNs());
            assertEquals(100 * DT * 1e-9, scan.durationSeconds(), 1e-15);
            assertEquals(2, scan.scan().scanCount());
            assertEquals("y", scan.scan().axes().get(0).axisName());
            assertEquals(3, scan.scan().axes().get(0).pixels());
            assertEquals(50.0, scan.scan().axes().get(0).pixelSizeNm(), 0);
            assertEquals("x", scan.scan().axes().get(1).axisName());
            assertEquals(75.0, scan.scan().axes().get(1).pixelSizeNm(), 0);
            assertArrayEquals(new double[] {1, 2, 3}, scan.scan().centerPointUm(), 0);
        }
    }

    @Test
    void markersNotesFdCurvesAndCalibrations() throws IOException {
        try (BluelakeFile f = open()) {
            TimedItem marker = f.markers().get(0);
            assertEquals("marker1", marker.name());
            assertEquals(START + 10 * DT, marker.startNs());
            assertEquals(START + 20 * DT, marker.stopNs());
            assertEquals(Map.of("comment", "bead caught"), marker.json().get("payload"));
            TimedItem note = f.notes().get(0);
            assertEquals("buffer exchanged", note.text());
            assertEquals(0, note.durationSeconds(), 0);
            assertEquals(List.of("fd1"), f.fdCurves().stream().map(TimedItem::name).toList());
            assertEquals(START + 200 * DT, f.fdCurves().get(0).stopNs());
            Map<?, ?> cal = (Map<?, ?>) ((Map<?, ?>) f.calibrations().get("1")).get("Force 1x");
            assertEquals(0.25, cal.get("Stiffness (pN/nm)"));
            assertEquals("Full calibration", cal.get("Kind"));
        }
    }

    @Test
    void version1FilesWithoutKindAttributes() throws IOException {
        try (BluelakeFile f = BluelakeFile.open(BluelakeTestSupport.fixture("bluelake_v1.h5"))) {
            assertEquals(1, f.fileFormatVersion());
            assertEquals("1.5.0", f.bluelakeVersion());
            Channel hf = f.channel("Force HF", "Force 1x").orElseThrow();
            assertEquals(ChannelKind.CONTINUOUS, hf.kind());
            assertEquals(1000.0, hf.sampleRateHz(), 0);
            assertEquals(1_000_000_000L, hf.startNs());
            assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, f.readAll(hf), 0);
            Channel lf = f.channel("Force LF", "Force 1x").orElseThrow();
            assertEquals(ChannelKind.TIME_SERIES, lf.kind());
            assertArrayEquals(new double[] {5, 6, 7}, f.readTimeSeries(lf).values(), 0);
            assertEquals(List.of(), f.kymographs());
        }
    }
}
