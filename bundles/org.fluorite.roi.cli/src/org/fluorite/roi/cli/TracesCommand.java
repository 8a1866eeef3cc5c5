package org.fluorite.roi.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.fluorite.cli.Arguments;
import org.fluorite.cli.CliCommand;
import org.fluorite.cli.CliContext;
import org.fluorite.cli.CommandLine;
import org.fluorite.cli.UsageException;
import org.fluorite.core.DataObject;
import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.json.Json;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Message;
import org.fluorite.roi.RoiSet;
import org.fluorite.roi.traces.Baseline;
import org.fluorite.roi.traces.TraceCsv;
import org.fluorite.roi.traces.TraceExtractor;
import org.fluorite.roi.traces.TraceTable;
import org.osgi.service.component.annotations.Component;

/**
 * {@code ./fluorite traces MOVIE --rois ROIS --out traces.csv}: mean intensity of every ROI in
 * every frame of a movie, optionally as dF/F, written as a traces CSV ({@link TraceCsv}). ROIS is
 * any file or folder an installed importer opens to a ROI set (ImageJ .roi or RoiSet zip, suite2p
 * folder, CaImAn file, ...).
 */
@Component(service = CliCommand.class)
public class TracesCommand implements CliCommand {

    static final String ROIS = "--rois";
    static final String OUT = "--out";
    static final String FPS = "--fps";
    static final String THREADS = "--threads";
    static final String JSON = "--json";

    @Override
    public String name() {
        return "traces";
    }

    @Override
    public String summary() {
        return "Extract ROI intensity traces (mean per frame, or dF/F) from a movie to CSV";
    }

    @Override
    public String usage() {
        return """
                Usage: ./fluorite traces MOVIE --rois ROIS --out OUT.csv [--dff
                                         [--baseline-percentile P] [--baseline-window N] [--baseline-trailing]
                                         | --baseline-frames A:B] [--fps F] [--threads N] [--json]

                Measures, in every frame of MOVIE, the mean pixel value inside each ROI of ROIS
                (weighted by the mask weights of footprints) and writes one column per ROI to OUT.
                ROIS is anything Fluorite opens as ROIs: an ImageJ .roi or RoiSet .zip, a suite2p
                folder, a CaImAn file. Each frame is read once, on several threads.

                Options:
                  --rois ROIS               the ROIs (required)
                  --out OUT.csv             the CSV to write (required): columns frame, time [s]
                                            (when the frame rate is known) and one per ROI
                  --dff                     write dF/F0 = (F - F0) / F0 instead of F
                  --baseline-percentile P   F0 = the P-th percentile (default 10) of a sliding
                  --baseline-window N         window of N frames (default 300) centred on each frame
                  --baseline-trailing         ... or ending at each frame
                  --baseline-frames A:B     F0 = the mean of frames A to B (B not included)
                  --fps F                   frames per second, when MOVIE does not say
                  --threads N               worker threads (default: up to 8)
                  --json                    print what was written as JSON

                Example: ./fluorite traces movie.tif --rois RoiSet.zip --dff --baseline-frames 0:100 --out dff.csv
                """;
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Set<String> flags = new HashSet<>(BaselineArguments.FLAGS);
        flags.add(JSON);
        Set<String> options = new HashSet<>(BaselineArguments.OPTIONS);
        options.addAll(Set.of(ROIS, OUT, FPS, THREADS));
        Arguments a = Arguments.parse(args, flags, options);
        String movieArg = a.positional(0, "MOVIE");
        a.expectAtMostPositionals(1);
        String roisArg = a.option(ROIS).orElseThrow(() -> new UsageException("traces needs --rois ROIS"));
        String outArg = a.option(OUT).orElseThrow(() -> new UsageException("traces needs --out OUT.csv"));
        int threads = a.option(THREADS).isPresent() ? BaselineArguments.whole(THREADS, a.option(THREADS).get())
                : Math.min(TraceExtractor.DEFAULT_MAX_THREADS, Runtime.getRuntime().availableProcessors());
        if (threads < 1) {
            throw new UsageException(THREADS + " must be at least 1");
        }
        OptionalDouble fps = fps(a);
        Path moviePath = context.file(movieArg);
        Path roisPath = context.workingDirectory().resolve(roisArg).normalize();
        Path out = context.workingDirectory().resolve(outArg).normalize();
        if (out.equals(moviePath) || out.equals(roisPath)) {
            throw new UsageException("--out must not be an input file");
        }
        ImportResult roiResult = context.open(roisPath, ImportOptions.NONE);
        RoiSet rois = roiResult.data().stream().filter(RoiSet.class::isInstance).map(RoiSet.class::cast).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(roisPath + ": holds no ROIs (it holds "
                        + String.join(", ", roiResult.data().stream().map(DataObject::kind).toList()) + ")"));
        close(roiResult, context);
        ImportResult movieResult = context.open(moviePath, ImportOptions.NONE);
        try {
            Image movie = frames(movieResult.firstImage(), context);
            if (fps.isPresent()) {
                movie = movie.withMetadata(movie.metadata().with(Metadata.FPS, fps.getAsDouble()));
            }
            Optional<Baseline> baseline = BaselineArguments.from(a, movie.length(Axis.T));
            warnAboutSize(rois, movie, context);
            Table table = TraceTable.of(movie, rois.rois(),
                    TraceExtractor.meanTraces(movie, rois.rois(), threads, context.progress()));
            if (baseline.isPresent()) {
                table = TraceTable.deltaF(table, baseline.get());
            }
            Files.createDirectories(out.toAbsolutePath().getParent());
            TraceCsv.write(table, out);
            print(context, a.flag(JSON), out, table, movieResult.messages());
        } finally {
            close(movieResult, context);
        }
        return CommandLine.EXIT_OK;
    }

    private static OptionalDouble fps(Arguments a) throws UsageException {
        if (a.option(FPS).isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double f = Double.parseDouble(a.option(FPS).get().trim());
            if (!(f > 0) || Double.isInfinite(f)) {
                throw new NumberFormatException();
            }
            return OptionalDouble.of(f);
        } catch (NumberFormatException e) {
            throw new UsageException(FPS + " takes a positive number of frames per second, not '" + a.option(FPS).get() + "'");
        }
    }

    /**
     * A movie whose frames are its T axis; a stack with only Z (how some TIFFs store time) has Z
     * read as T. Other axes are measured at their first index, which is said on stderr.
     */
    private static Image frames(Image image, CliContext context) {
        for (Axis other : List.of(Axis.C, Axis.Z)) {
            if (image.has(other) && image.length(other) > 1 && (other == Axis.C || image.has(Axis.T))) {
                context.err().println("traces: " + image.name() + " has " + image.length(other) + " " + other.code()
                        + " planes per frame; the first is measured");
            }
        }
        if (!image.has(Axis.T) && image.has(Axis.Z)) {
            context.err().println("traces: " + image.name() + " has no time axis; its " + image.length(Axis.Z)
                    + " Z planes are taken as frames");
            return image.withAxes(image.axesString().replace('Z', 'T'));
        }
        return image;
    }

    private static void warnAboutSize(RoiSet rois, Image movie, CliContext context) {
        if (rois.imageWidth().isPresent() && rois.imageHeight().isPresent()
                && (rois.imageWidth().getAsInt() != movie.width() || rois.imageHeight().getAsInt() != movie.height())) {
            context.err().println("traces: the ROIs were drawn on a " + rois.imageWidth().getAsInt() + " x "
                    + rois.imageHeight().getAsInt() + " image, the movie is " + movie.width() + " x " + movie.height());
        }
    }

    private static void print(CliContext context, boolean json, Path out, Table table, List<Message> messages) {
        List<Column> roiColumns = TraceTable.roiColumns(table);
        Object quantity = table.metadata().get(TraceTable.QUANTITY);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", out.toString());
            m.put("frames", table.rowCount());
            m.put("rois", roiColumns.stream().map(Column::name).toList());
            m.put("quantity", quantity);
            m.put("columns", table.columns().stream().map(c -> c.unit().isEmpty() ? c.name() : c.name() + " [" + c.unit() + "]")
                    .toList());
            table.metadata().fps().ifPresent(f -> m.put("fps", f));
            Map<String, Object> baseline = new LinkedHashMap<>();
            for (String key : List.of("baseline", "percentile", "windowFrames", "window", "fromFrame", "toFrame")) {
                if (table.metadata().get(key) != null) {
                    baseline.put(key, table.metadata().get(key));
                }
            }
            if (!baseline.isEmpty()) {
                m.put("baseline", baseline);
            }
            m.put("messages", messages.stream().map(Message::toString).toList());
            context.out().println(Json.writePretty(m));
        } else {
            context.out().println("Wrote " + out + " (" + roiColumns.size() + " ROIs x " + table.rowCount() + " frames, "
                    + quantity + ")");
        }
    }

    /** Releases the files behind lazily read images; a failure to do so is only worth a warning. */
    private static void close(ImportResult result, CliContext context) {
        for (DataObject d : result.data()) {
            if (d instanceof Image image) {
                try {
                    image.close();
                } catch (Exception e) {
                    context.err().println("traces: could not close " + image.name() + ": " + e.getMessage());
                }
            }
        }
    }
}
