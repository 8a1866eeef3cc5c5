package org.fluorite.smlm.post.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.fluorite.cli.Arguments;
import org.fluorite.cli.CliCommand;
import org.fluorite.cli.CliContext;
import org.fluorite.cli.CommandLine;
import org.fluorite.cli.UsageException;
import org.fluorite.core.DataObject;
import org.fluorite.core.image.Image;
import org.fluorite.core.json.Json;
import org.fluorite.core.table.Localizations;
import org.fluorite.core.table.Table;
import org.fluorite.io.Exporter;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.smlm.post.DriftMethod;
import org.fluorite.smlm.post.PostProcessing;
import org.fluorite.smlm.post.PostProcessingSettings;
import org.fluorite.smlm.post.render.RenderMode;
import org.osgi.service.component.annotations.Component;

/**
 * {@code ./fluorite render-localizations LOCS --out IMAGE.tif [...]}: filter, drift correction,
 * merging and rendering of a localization table from any file Fluorite reads (ThunderSTORM CSV,
 * Picasso, PYME, Fluorite HDF5), written through the format registry (TIFF for the image; Fluorite
 * HDF5 or ThunderSTORM CSV for the processed table).
 */
@Component(service = CliCommand.class)
public class RenderLocalizationsCommand implements CliCommand {

    static final String OUT = "--out";
    static final String TABLE = "--table";
    static final String PIXEL_NM = "--pixel-nm";
    static final String METHOD = "--method";
    static final String DRIFT = "--drift";
    static final String DRIFT_WINDOWS = "--drift-windows";
    static final String MIN_PHOTONS = "--min-photons";
    static final String MAX_UNCERTAINTY = "--max-uncertainty";
    static final String MERGE_RADIUS = "--merge-radius";
    static final String MERGE_GAP = "--merge-gap";
    static final String JSON = "--json";

    @Override
    public String name() {
        return "render-localizations";
    }

    @Override
    public String summary() {
        return "Filter, drift-correct, merge and render a localization table as an image";
    }

    @Override
    public String usage() {
        return """
                Usage: ./fluorite render-localizations LOCS --out IMAGE.tif [--table OUT.h5|OUT.csv]
                                 [--pixel-nm P] [--method gaussian|histogram]
                                 [--min-photons N] [--max-uncertainty U]
                                 [--drift none|cross-correlation|fiducials] [--drift-windows N]
                                 [--merge-radius R] [--merge-gap G] [--json]

                Reads the localization table in LOCS (ThunderSTORM CSV, Picasso HDF5, PYME, Fluorite
                HDF5), keeps the localizations that pass the filter, corrects drift, merges repeated
                localizations of one blink, and renders it: a histogram (localizations per pixel) or
                each localization as a Gaussian as wide as its uncertainty. Positions are in nm from
                the top-left corner: pixel (i, j) spans i*P to (i+1)*P.

                Options:
                  --out FILE            the rendered image (float32 TIFF with the pixel size)
                  --table FILE          also write the processed table (.h5: Fluorite's HDF5 layout,
                                        .csv: ThunderSTORM CSV)
                  --pixel-nm P          rendered pixel size in nm (default 10)
                  --method M            gaussian (default) or histogram
                  --min-photons N       drop localizations with fewer photons (default: keep all)
                  --max-uncertainty U   drop localizations less precise than U nm (default: keep all)
                  --drift D             none (default), cross-correlation (of time windows) or
                                        fiducials (tracks seen in 80 % of the frames)
                  --drift-windows N     time windows of the cross-correlation (default 10)
                  --merge-radius R      merge localizations within R nm in consecutive frames
                                        (default 0: do not merge)
                  --merge-gap G         dark frames allowed inside one blink (default 1)
                  --json                print a summary as JSON: rows before and after, image size,
                                        files written and the provenance of the image

                Example: ./fluorite render-localizations locs.csv --out render.tif --pixel-nm 10 --drift cross-correlation
                """;
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Arguments a = Arguments.parse(args, Set.of(JSON), Set.of(OUT, TABLE, PIXEL_NM, METHOD, DRIFT, DRIFT_WINDOWS, MIN_PHOTONS,
                MAX_UNCERTAINTY, MERGE_RADIUS, MERGE_GAP));
        String inArg = a.positional(0, "LOCS");
        a.expectAtMostPositionals(1);
        String outArg = a.option(OUT).orElseThrow(() -> new UsageException("render-localizations needs --out IMAGE.tif"));
        Path in = context.file(inArg);
        Path out = context.workingDirectory().resolve(outArg).normalize();
        Path tableOut = a.option(TABLE).map(s -> context.workingDirectory().resolve(s).normalize()).orElse(null);
        PostProcessingSettings settings = settings(a);
        long start = System.nanoTime();
        ImportResult result = context.open(in, ImportOptions.NONE);
        Table table = result.data().stream().filter(d -> d instanceof Table t && Localizations.isLocalizationTable(t))
                .map(d -> (Table) d).findFirst().orElseThrow(() -> new UsageException(
                        in.getFileName() + " holds no localization table (frame, x, y)"));
        PostProcessing.Result r;
        try {
            r = PostProcessing.run(table, settings, context.progress());
        } catch (IllegalArgumentException e) {
            throw new UsageException(in.getFileName() + ": " + e.getMessage());
        }
        List<String> written = new ArrayList<>();
        write(context, r.image(), out);
        written.add(out.toString());
        if (tableOut != null) {
            write(context, r.table(), tableOut);
            written.add(tableOut.toString());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", in.toString());
        m.put("rowsBefore", table.rowCount());
        m.put("rowsAfter", r.table().rowCount());
        m.put("width", r.image().width());
        m.put("height", r.image().height());
        m.put("pixelNm", settings.pixelNm());
        m.put("method", settings.mode().name().toLowerCase(Locale.ROOT));
        m.put("written", written);
        m.put("seconds", Math.round((System.nanoTime() - start) / 1e6) / 1000.0);
        m.put("provenance", r.image().provenance().toList());
        if (a.flag(JSON)) {
            context.out().println(Json.writePretty(m));
        } else {
            context.out().printf(Locale.ROOT, "Rendered %d of %d localizations of %s as %d x %d pixels of %s nm: %s%n",
                    r.table().rowCount(), table.rowCount(), in.getFileName(), r.image().width(), r.image().height(),
                    settings.pixelNm(), String.join(", ", written));
        }
        return CommandLine.EXIT_OK;
    }

    private static void write(CliContext context, DataObject data, Path target) throws Exception {
        Exporter exporter = context.registry().exporterFor(target, data).orElseThrow(() -> new UsageException(
                "no installed exporter writes " + data.kind() + " data to '" + target.getFileName() + "'"));
        Files.createDirectories(target.toAbsolutePath().getParent());
        exporter.export(data, target, ImportOptions.NONE, context.progress());
    }

    static PostProcessingSettings settings(Arguments a) throws UsageException {
        double pixel = number(a, PIXEL_NM, 10, 0.1, 1e5);
        RenderMode mode = switch (a.option(METHOD).orElse("gaussian").toLowerCase(Locale.ROOT)) {
            case "gaussian" -> RenderMode.GAUSSIAN;
            case "histogram" -> RenderMode.HISTOGRAM;
            default -> throw new UsageException(METHOD + " must be gaussian or histogram");
        };
        DriftMethod drift = switch (a.option(DRIFT).orElse("none").toLowerCase(Locale.ROOT)) {
            case "none" -> DriftMethod.NONE;
            case "cross-correlation" -> DriftMethod.CROSS_CORRELATION;
            case "fiducials" -> DriftMethod.FIDUCIALS;
            default -> throw new UsageException(DRIFT + " must be none, cross-correlation or fiducials");
        };
        double windowsValue = number(a, DRIFT_WINDOWS, 10, 2, 200);
        int windows = (int) windowsValue;
        if (windows != windowsValue) {
            throw new UsageException(DRIFT_WINDOWS + " must be a whole number, got " + a.option(DRIFT_WINDOWS).orElse(""));
        }
        return new PostProcessingSettings(number(a, MIN_PHOTONS, 0, 0, 1e12), number(a, MAX_UNCERTAINTY, 0, 0, 1e9), drift,
                windows, number(a, MERGE_RADIUS, 0, 0, 1e5), (int) number(a, MERGE_GAP, 1, 0, 1000), pixel, mode);
    }

    private static double number(Arguments a, String option, double otherwise, double min, double max) throws UsageException {
        if (a.option(option).isEmpty()) {
            return otherwise;
        }
        String text = a.option(option).get();
        double v;
        try {
            v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a number, got '" + text + "'");
        }
        if (!(v >= min && v <= max)) {
            throw new UsageException(option + " must be between " + min + " and " + max + ", got " + text);
        }
        return v;
    }
}
