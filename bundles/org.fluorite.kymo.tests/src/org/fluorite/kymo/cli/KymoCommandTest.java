package org.fluorite.kymo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fluorite.cli.CommandLine;
import org.fluorite.core.image.Image;
import org.fluorite.core.json.Json;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.tiff.TiffExporter;
import org.fluorite.io.tiff.TiffImporter;
import org.fluorite.kymo.KymoFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./fluorite kymo} end to end on the analytic fixture (kymo_a: 5 pixels x 8 lines). */
class KymoCommandTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        @SuppressWarnings("unchecked")
        Map<String, Object> json() {
            return (Map<String, Object>) Json.parse(out);
        }
    }

    static Run run(String... args) {
        FormatRegistry registry = new FormatRegistry();
        registry.addImporter(new TiffImporter());
        registry.addExporter(new TiffExporter());
        CommandLine cl = CommandLine.standalone(registry);
        cl.addCommand(new KymoCommand());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int exit = cl.execute(args, o, e);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    static String file() {
        return KymoFixtures.kymos().toString();
    }

    @Test
    void listsKymographsAsTextAndJson() {
        Run text = run("kymo", file(), "--list");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("kymo_a, starts at " + KymoFixtures.START + " ns"), text.out());
        Run json = run("kymo", file(), "--list", "--json");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> k = (List<Map<String, Object>>) json.json().get("kymographs");
        assertEquals(3, k.size());
        assertEquals(List.of("kymo_a", "kymo_partial", "kymo_track"), k.stream().map(m -> m.get("name")).sorted().toList());
    }

    @Test
    void jsonGivesPropertiesShapesAndSums() {
        Run r = run("kymo", file(), "kymo_a", "--json");
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> j = r.json();
        assertEquals(5L, j.get("pixels_per_line"));
        assertEquals("X", j.get("fast_axis"));
        assertEquals(0.025, (double) j.get("line_time_seconds"), 1e-15);
        // 19-digit ns timestamps are printed exactly, digit for digit
        assertTrue(r.out().contains("\"start\": " + KymoFixtures.START + ","), r.out());
        assertTrue(r.out().contains("\"stop\": " + (KymoFixtures.START + 200 * KymoFixtures.DT) + ","), r.out());
        assertEquals(List.of(0.5), j.get("size_um"));
        assertEquals(Map.of("x", 10.0, "y", 20.0, "z", 0.0), j.get("center_point_um"));
        Map<?, ?> red = (Map<?, ?>) ((Map<?, ?>) j.get("channels")).get("red");
        assertEquals(List.of(5L, 8L), red.get("shape"));
        assertEquals(1480.0, red.get("sum"));
    }

    @Test
    void operationsInOrderAndExport() throws Exception {
        Path tif = dir.resolve("k.tif");
        // lines 2, 3 (30..100 ms), pixels 1..3 (0.15..0.35 um), 30 kbp, then 2 lines summed
        Run r = run("kymo", file(), "kymo_a", "--time", "30ms:0.1s", "--crop", "0.15:0.35", "--kbp", "30", "--downsample", "2,1",
                "--channel", "green", "--export", tif.toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> j = r.json();
        assertEquals(3L, j.get("pixels_per_line"));
        assertEquals(1L, j.get("lines"));
        assertEquals("kbp", j.get("position_unit"));
        assertEquals(List.of(10.0), j.get("pixelsize"));
        assertEquals(0.05, (double) j.get("line_time_seconds"), 1e-15);
        double green = 0;
        for (int p = 1; p <= 3; p++) {
            green += KymoFixtures.greenA(p, 2) + KymoFixtures.greenA(p, 3);
        }
        Map<?, ?> g = (Map<?, ?>) ((Map<?, ?>) j.get("channels")).get("green");
        assertEquals(green, (double) g.get("sum"), 0);
        assertEquals(List.of(3L, 1L), g.get("shape"));
        assertEquals(false, j.get("pixel_timestamps_available"));
        ImportResult tiff = new TiffImporter().read(tif, ImportOptions.NONE, ProgressMonitor.NONE);
        Image img = tiff.firstImage();
        assertEquals(1, img.width());
        assertEquals(3, img.height());
        assertEquals(KymoFixtures.greenA(2, 2) + KymoFixtures.greenA(2, 3), img.plane().get(0, 1), 0);
    }

    @Test
    void aTimeRangeWithoutLinesReportsTheEmptyShapeAndZeroSums() {
        // kymo_a's last line starts 177 ms after its start: 1 s to 2 s selects none
        Run r = run("kymo", file(), "kymo_a", "--time", "1s:2s", "--json");
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> j = r.json();
        assertEquals(0L, j.get("lines"));
        assertEquals(5L, j.get("pixels_per_line"));
        assertEquals(true, j.get("empty"));
        assertEquals(0.0, j.get("duration_seconds"));
        assertTrue(j.containsKey("line_time_seconds") && j.get("line_time_seconds") == null, r.out());
        assertEquals(List.of(0.5), j.get("size_um"));
        assertTrue(r.out().contains("\"start\": " + (KymoFixtures.START + 177 * KymoFixtures.DT) + ","), r.out());
        assertTrue(r.out().contains("\"stop\": " + (KymoFixtures.START + 177 * KymoFixtures.DT) + ","), r.out());
        Map<?, ?> channels = (Map<?, ?>) j.get("channels");
        for (String c : List.of("red", "green", "blue")) {
            assertEquals(List.of(5L, 0L), ((Map<?, ?>) channels.get(c)).get("shape"));
            assertEquals(0.0, ((Map<?, ?>) channels.get(c)).get("sum"));
        }
        assertEquals(List.of(5L, 0L, 3L), ((Map<?, ?>) channels.get("rgb")).get("shape"));
        Run text = run("kymo", file(), "kymo_a", "--time", "60ms:70ms");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("kymo_a: 5 pixels x 0 lines"), text.out());
        assertTrue(text.out().contains("green: sum 0"), text.out());
        // nothing to write: an error naming the cause, not a stack trace
        Run export = run("kymo", file(), "kymo_a", "--time", "1s:2s", "--export", dir.resolve("e.tif").toString());
        assertEquals(2, export.exit());
        assertTrue(export.err().contains("no line"), export.err());
        assertTrue(Files.notExists(dir.resolve("e.tif")));
    }

    @Test
    void tracksAreWrittenInPylakesFormat() throws Exception {
        Path csv = dir.resolve("tracks.csv");
        Run r = run("kymo", file(), "kymo_track", "--channel", "green", "--tracks", csv.toString(), "--threshold", "5", "--window", "4",
                "--json");
        assertEquals(0, r.exit(), r.err());
        Map<?, ?> t = (Map<?, ?>) r.json().get("tracks");
        assertEquals(2L, t.get("count"));
        assertEquals(40L + 25L, t.get("points"));
        List<?> each = (List<?>) t.get("tracks");
        Map<?, ?> still = (Map<?, ?>) each.stream().filter(o -> ((Map<?, ?>) o).get("first_line").equals(5L)).findFirst().orElseThrow();
        assertEquals(25L, still.get("points"));
        // the still spot is refined to the same position on every line: no displacement, D = 0
        assertEquals(0.0, (double) still.get("diffusion"), 1e-9);
        assertEquals("um^2 / s", still.get("diffusion_unit"));
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(1).contains("counts (summed over 5 pixels)"), lines.get(1));
        assertEquals(2 + 65, lines.size());
    }

    @Test
    void errorsNameTheProblem() {
        Run processed = run("kymo", file(), "kymo_a", "--crop", "0:0.3", "--downsample", "2,1", "--time", "0s:1s");
        // time slicing comes first, so this order is fine; a missing kymograph is not
        assertEquals(0, processed.exit(), processed.err());
        Run missing = run("kymo", file(), "nope");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("kymos.h5") && missing.err().contains("nope"), missing.err());
        Run badChannel = run("kymo", file(), "kymo_a", "--channel", "purple");
        assertEquals(2, badChannel.exit());
        assertTrue(badChannel.err().contains("purple"), badChannel.err());
        Run badCrop = run("kymo", file(), "kymo_a", "--crop", "-1:0.2");
        assertEquals(2, badCrop.exit());
        assertTrue(badCrop.err().contains("Cropping by negative positions not allowed"), badCrop.err());
        Run rgbTracks = run("kymo", file(), "kymo_a", "--tracks", "x.csv");
        assertEquals(2, rgbTracks.exit());
        Run noName = run("kymo", file());
        assertEquals(2, noName.exit());
    }
}
