package org.fluorite.smlm.post.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fluorite.cli.CommandLine;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.Plane;
import org.fluorite.core.json.Json;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.picasso.PicassoLocsImporter;
import org.fluorite.io.thunderstorm.ThunderStormExporter;
import org.fluorite.io.thunderstorm.ThunderStormImporter;
import org.fluorite.io.tiff.TiffExporter;
import org.fluorite.io.tiff.TiffImporter;
import org.fluorite.smlm.post.store.LocalizationHdf5Exporter;
import org.fluorite.smlm.post.store.LocalizationHdf5Importer;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./fluorite render-localizations} on real tables, through the format registry. */
class RenderLocalizationsCommandTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        @SuppressWarnings("unchecked")
        Map<String, Object> json() {
            return (Map<String, Object>) Json.parse(out);
        }
    }

    static FormatRegistry registry() {
        FormatRegistry r = new FormatRegistry();
        r.addImporter(new TiffImporter());
        r.addImporter(new ThunderStormImporter());
        r.addImporter(new PicassoLocsImporter());
        r.addImporter(new LocalizationHdf5Importer());
        r.addExporter(new TiffExporter());
        r.addExporter(new LocalizationHdf5Exporter());
        r.addExporter(new ThunderStormExporter());
        return r;
    }

    static Run run(String... args) {
        CommandLine cl = CommandLine.standalone(registry());
        cl.addCommand(new RenderLocalizationsCommand());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int exit = cl.execute(args, o, e);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    static double sum(Plane p) {
        double s = 0;
        for (int i = 0; i < p.size(); i++) {
            s += p.get(i);
        }
        return s;
    }

    @Test
    void picassoTableFilteredRenderedAndSaved() throws Exception {
        Path tif = dir.resolve("render.tif");
        Path h5 = dir.resolve("kept.h5");
        Run r = run("render-localizations", TestData.file("picasso/testdata_locs.hdf5").toString(), "--out", tif.toString(),
                "--table", h5.toString(), "--min-photons", "20000", "--method", "histogram", "--pixel-nm", "130", "--json");
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> j = r.json();
        assertEquals(564L, j.get("rowsBefore"));
        assertEquals(127L, j.get("rowsAfter"), "photons >= 20000, as numpy counts");
        assertEquals("histogram", j.get("method"));
        List<?> prov = (List<?>) j.get("provenance");
        assertEquals(List.of("import.picasso", "smlm.filter", "smlm.render"),
                prov.stream().map(o -> ((Map<?, ?>) o).get("operation")).toList());
        Image im = registry().open(tif, ImportOptions.NONE, ProgressMonitor.NONE).firstImage();
        assertEquals(127, sum(im.plane()), 0);
        assertEquals(130e-9, im.calibration(org.fluorite.core.image.Axis.X).size(), 1e-12);
        Table kept = (Table) registry().open(h5, ImportOptions.NONE, ProgressMonitor.NONE).data().get(0);
        assertEquals(127, kept.rowCount());
        assertEquals("import.localizations-hdf5",
                kept.provenance().operations().get(kept.provenance().operations().size() - 1).name());
    }

    @Test
    void thunderstormGroundTruthMergedAndWrittenAsCsv() throws Exception {
        Path tif = dir.resolve("gt.tif");
        Path csv = dir.resolve("gt-merged.csv");
        // the 49 molecules are all in frame 20: merging in time changes nothing
        Run r = run("render-localizations", TestData.file("thunderstorm/tubulins1_00020.csv").toString(), "--out", tif.toString(),
                "--table", csv.toString(), "--merge-radius", "50", "--json");
        assertEquals(0, r.exit(), r.err());
        assertEquals(49L, r.json().get("rowsAfter"));
        Image im = registry().open(tif, ImportOptions.NONE, ProgressMonitor.NONE).firstImage();
        // Gaussians of the default 5 nm width; the default bounds leave 20 nm past the last molecule
        assertEquals(49, sum(im.plane()), 0.01);
        Table back = (Table) registry().open(csv, ImportOptions.NONE, ProgressMonitor.NONE).data().get(0);
        assertEquals(49, back.rowCount());
    }

    @Test
    void wrongArgumentsAreUsageErrors() {
        String locs = TestData.file("picasso/testdata_locs.hdf5").toString();
        Path tif = dir.resolve("x.tif");
        assertEquals(CommandLine.EXIT_USAGE, run("render-localizations", locs).exit());
        Run method = run("render-localizations", locs, "--out", tif.toString(), "--method", "splat");
        assertEquals(CommandLine.EXIT_USAGE, method.exit());
        assertTrue(method.err().contains("--method"), method.err());
        assertEquals(CommandLine.EXIT_USAGE, run("render-localizations", locs, "--out", tif.toString(), "--pixel-nm", "0").exit());
        Run drift = run("render-localizations", locs, "--out", tif.toString(), "--drift", "sideways");
        assertEquals(CommandLine.EXIT_USAGE, drift.exit());
    }
}
