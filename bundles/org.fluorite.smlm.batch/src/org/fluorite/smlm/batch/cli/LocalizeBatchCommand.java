package org.fluorite.smlm.batch.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.fluorite.batch.BatchExecutor;
import org.fluorite.batch.BatchExecutors;
import org.fluorite.batch.BatchItem;
import org.fluorite.batch.BatchRunner;
import org.fluorite.batch.ItemState;
import org.fluorite.batch.local.LocalExecutor;
import org.fluorite.cli.Arguments;
import org.fluorite.cli.CliCommand;
import org.fluorite.cli.CliContext;
import org.fluorite.cli.CommandLine;
import org.fluorite.cli.UsageException;
import org.fluorite.core.DataObject;
import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Calibration;
import org.fluorite.core.image.Image;
import org.fluorite.core.json.Json;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.smlm.FrameSelection;
import org.fluorite.smlm.batch.FrameRange;
import org.fluorite.smlm.batch.LocalizationSplit;
import org.fluorite.smlm.batch.LocalizeBatch;
import org.fluorite.smlm.batch.LocalizeOptions;
import org.fluorite.smlm.detect.BackgroundRange;
import org.osgi.service.component.annotations.Component;

/**
 * {@code ./fluorite localize-batch STACK --out LOCS.csv [--chunk-frames N | --items K]
 * [--executor local|slurm] [--workers N] [--batch DIR] [--no-run] [localize options] [--json]}:
 * the localization of a stack split into frame ranges, run as batch items by local worker
 * processes or SLURM, and the partial tables merged into one.
 */
@Component(service = CliCommand.class)
public class LocalizeBatchCommand implements CliCommand {

    /** Makes the executor for {@code --executor} and {@code --workers} (tests give their own). */
    @FunctionalInterface
    public interface ExecutorFactory {
        BatchExecutor create(String id, int workers);
    }

    static final String OUT = "--out";
    static final String CHUNK = "--chunk-frames";
    static final String ITEMS = "--items";
    static final String EXECUTOR = "--executor";
    static final String WORKERS = "--workers";
    static final String BATCH = "--batch";
    static final String NO_RUN = "--no-run";
    static final String MIN_FRAMES = "--min-frames";
    static final String JSON = "--json";
    /** Frames per item when SLURM runs it and neither --chunk-frames nor --items is given. */
    static final long DEFAULT_SLURM_CHUNK = 1000;

    private final ExecutorFactory executors;

    public LocalizeBatchCommand() {
        this(BatchExecutors::named);
    }

    public LocalizeBatchCommand(ExecutorFactory executors) {
        this.executors = executors;
    }

    @Override
    public String name() {
        return "localize-batch";
    }

    @Override
    public String summary() {
        return "Single-molecule localization split into frame ranges over local workers or SLURM, tables merged";
    }

    @Override
    public String usage() {
        return """
                Usage: ./fluorite localize-batch STACK --out LOCS.csv [--chunk-frames N | --items K]
                                 [--executor local|slurm] [--workers N] [--batch DIR] [--no-run]
                                 [--min-frames N] [localize options...] [--json]

                Splits the frames of STACK into consecutive ranges of about equal size, adds one
                "localize" item per range to a batch, runs the batch with local worker processes or
                SLURM, waits, and merges the items' tables into LOCS.csv (frames in order, ids from 1).
                The result is the table './fluorite localize STACK' writes. When an item fails,
                nothing is written and the error names the item; run the command again to re-run
                only the failed items.

                  --chunk-frames N  about N frames per item
                  --items K         K items (default: one per local worker; 1000 frames per item on SLURM)
                  --min-frames N    fewest frames per item (default 20, at least the --background window)
                  --executor E      local (default) or slurm
                  --workers N       local worker processes (default: processors - 1, at least 1)
                  --batch DIR       the batch folder (default: LOCS.csv.batch beside the output); an
                                    existing one made for the same work is reused
                  --no-run          only create the batch; run it later with
                                    './fluorite batch run DIR --executor slurm' and merge with
                                    './fluorite localize-merge DIR --out LOCS.csv'
                  --json            print items, seconds, localizations and localizations per second
                Localize options, passed to every item (see './fluorite help localize'):
                  --adoffset --e-per-count --em-gain --read-noise --pixel-nm --threshold --method
                  --start-frame --debounce --background --subtract-background --roi-size --psf-sigma
                  --single-emitter --threads (per item; default: processors / workers)
                  --frames A:B      only these frames (counted from 1, both included)

                A background window (--background -30:0) needs frames before a range's start: every
                item reads them from the stack itself and reports only its own frames.

                Example: ./fluorite localize-batch movie.tif --out locs.csv --items 8 --executor slurm --pixel-nm 107
                """;
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Set<String> flags = new HashSet<>(Set.of(JSON, NO_RUN));
        Set<String> options = new HashSet<>(Set.of(OUT, CHUNK, ITEMS, EXECUTOR, WORKERS, BATCH, MIN_FRAMES));
        LocalizeOptions.FLAGS.forEach(f -> flags.add("--" + f));
        LocalizeOptions.NUMBERS.forEach(o -> options.add("--" + o));
        LocalizeOptions.TEXTS.forEach(o -> options.add("--" + o));
        Arguments a = Arguments.parse(args, flags, options);
        String stackArg = a.positional(0, "STACK");
        a.expectAtMostPositionals(1);
        Path out = context.workingDirectory().resolve(a.option(OUT).orElseThrow(
                () -> new UsageException("localize-batch needs --out LOCS.csv"))).toAbsolutePath().normalize();
        Path stack = context.file(stackArg).toAbsolutePath().normalize();
        if (out.equals(stack)) {
            throw new UsageException("--out must not be the input file");
        }
        if (a.option(CHUNK).isPresent() && a.option(ITEMS).isPresent()) {
            throw new UsageException("give --chunk-frames or --items, not both");
        }
        String executorId = a.option(EXECUTOR).orElse(LocalExecutor.ID);
        if (!executorId.equals("local") && !executorId.equals("slurm")) {
            throw new UsageException(EXECUTOR + " is local or slurm, not '" + executorId + "'");
        }
        int workers = (int) whole(a, WORKERS, LocalExecutor.defaultWorkers(), 1, 4096);
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (String f : LocalizeOptions.FLAGS) {
            if (a.flag("--" + f)) {
                parameters.put(f, true);
            }
        }
        for (String o : LocalizeOptions.NUMBERS) {
            a.option("--" + o).ifPresent(v -> parameters.put(o, v.trim()));
        }
        a.option("--method").ifPresent(v -> parameters.put("method", v.trim()));
        a.option("--background").ifPresent(v -> parameters.put("background", v.trim()));
        if (!parameters.containsKey("threads") && executorId.equals(LocalExecutor.ID)) {
            parameters.put("threads", Integer.toString(Math.max(1, Runtime.getRuntime().availableProcessors() / workers)));
        }
        List<String> problems = LocalizeOptions.problems(parameters);
        if (!problems.isEmpty()) {
            throw new UsageException(String.join("; ", problems));
        }
        long planes = planes(stack, context, !parameters.containsKey("pixel-nm"), selection(parameters));
        FrameRange frames = frames(a, planes, parameters);
        BackgroundRange background;
        try {
            background = BackgroundRange.parse(String.valueOf(parameters.getOrDefault("background", "")));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        long minFrames = LocalizationSplit.minFrames(whole(a, MIN_FRAMES, LocalizationSplit.DEFAULT_MIN_FRAMES, 1, Integer.MAX_VALUE),
                background);
        List<FrameRange> ranges;
        if (a.option(CHUNK).isPresent()) {
            ranges = LocalizationSplit.byChunk(frames, whole(a, CHUNK, 1, 1, Integer.MAX_VALUE), minFrames);
        } else if (a.option(ITEMS).isPresent() || executorId.equals(LocalExecutor.ID)) {
            ranges = LocalizationSplit.byItems(frames, whole(a, ITEMS, workers, 1, 100_000), minFrames);
        } else {
            ranges = LocalizationSplit.byChunk(frames, DEFAULT_SLURM_CHUNK, minFrames);
        }
        Path batchDir = a.option(BATCH).map(b -> context.workingDirectory().resolve(b).toAbsolutePath().normalize())
                .orElse(out.resolveSibling(out.getFileName() + ".batch"));
        long start = System.nanoTime();
        LocalizeBatch.Prepared prepared;
        try {
            prepared = LocalizeBatch.prepare(batchDir, stack, frames, parameters, ranges);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("stack", stack.toString());
        report.put("batch", prepared.batch().directory().toString());
        report.put("reused", prepared.reused());
        report.put("frames", frames.option());
        report.put("items", prepared.plan().items().stream().map(e -> Map.of("uuid", e.uuid(), "frames", e.frames().option())).toList());
        if (a.flag(NO_RUN)) {
            report.put("ran", false);
            print(a, context, report, String.format(Locale.ROOT, "Created %s: %d items over frames %s; run it with './fluorite batch run %s"
                    + " [--executor slurm]' and merge with './fluorite localize-merge %s --out %s'", prepared.batch().directory(),
                    ranges.size(), frames, prepared.batch().directory(), prepared.batch().directory(), out));
            return CommandLine.EXIT_OK;
        }
        BatchRunner.Summary summary;
        try (BatchExecutor executor = executors.create(executorId, workers)) {
            summary = new BatchRunner(prepared.batch(), executor, BatchRunner.Options.DEFAULT).run();
        }
        if (!summary.succeeded()) {
            throw new IOException(failures(prepared) + "; nothing was written to " + out + " (run the command again to re-run the failed items)");
        }
        long rows = LocalizeBatch.merge(prepared.batch(), prepared.plan(), out);
        double seconds = (System.nanoTime() - start) / 1e9;
        report.put("ran", true);
        report.put("executor", executorId);
        report.put("file", out.toString());
        report.put("localizations", rows);
        report.put("seconds", Math.round(seconds * 1000) / 1000.0);
        report.put("localizationsPerSecond", Math.round(rows / Math.max(seconds, 1e-9) * 10) / 10.0);
        print(a, context, report, String.format(Locale.ROOT, "Wrote %s: %d localizations from %d items, %.2f s (%.0f localizations/s)",
                out, rows, ranges.size(), seconds, rows / Math.max(seconds, 1e-9)));
        return CommandLine.EXIT_OK;
    }

    private static String failures(LocalizeBatch.Prepared prepared) throws IOException {
        prepared.batch().refresh();
        List<String> bad = new ArrayList<>();
        for (var e : prepared.plan().items()) {
            BatchItem i = prepared.batch().item(e.uuid()).orElse(null);
            if (i == null) {
                bad.add("the item for frames " + e.frames() + " (" + e.uuid() + ") vanished from the batch");
            } else if (i.state() != ItemState.DONE) {
                bad.add("item '" + i.name() + "' (" + i.uuid() + ") " + i.state().label() + (i.error() == null ? "" : ": " + i.error())
                        + " (log: " + prepared.batch().logFile(i.uuid()) + ")");
            }
        }
        return bad.isEmpty() ? "the batch did not finish" : String.join("; ", bad);
    }

    private static void print(Arguments a, CliContext context, Map<String, Object> report, String text) {
        context.out().println(a.flag(JSON) ? Json.writePretty(report) : text);
    }

    /**
     * The plane count of the stack (its planes are not read); with {@code needsPixelSize}, refuses a
     * stack without a pixel size in metres here, before any worker starts, as each worker would.
     */
    private static long planes(Path stack, CliContext context, boolean needsPixelSize, FrameSelection selection)
            throws IOException, UsageException {
        ImportResult result = context.open(stack, ImportOptions.NONE);
        try {
            Image image = result.firstImage();
            long frames;
            try {
                // the frames of the chosen channel and Z plane, as each worker's localize counts them
                frames = selection.frames(image).planeCount();
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            Calibration c = image.calibration(Axis.X);
            if (needsPixelSize && !(c.isCalibrated() && c.unit().equals("m"))) {
                throw new UsageException("'" + image.name() + "' gives no pixel size: add --pixel-nm P");
            }
            return frames;
        } finally {
            for (DataObject d : result.data()) {
                if (d instanceof Image image) {
                    image.close();
                }
            }
        }
    }

    /** The channel and Z plane the items localize (--channel / --z, counted from 1; default the first). */
    private static FrameSelection selection(Map<String, Object> parameters) {
        long channel = (long) Double.parseDouble(String.valueOf(parameters.getOrDefault("channel", "1")).trim());
        long z = (long) Double.parseDouble(String.valueOf(parameters.getOrDefault("z", "1")).trim());
        return new FrameSelection(channel - 1, z - 1);
    }

    /** The frames to localize: --frames A:B (open ends allowed) from --start-frame on. */
    static FrameRange frames(Arguments a, long planes, Map<String, Object> parameters) throws UsageException {
        if (planes < 1) {
            throw new UsageException("the stack has no frames");
        }
        long first = 1;
        long last = planes;
        if (a.option("--frames").isPresent()) {
            String v = a.option("--frames").get().trim();
            int colon = v.indexOf(':');
            try {
                if (colon < 0) {
                    throw new NumberFormatException();
                }
                first = colon == 0 ? 1 : Long.parseLong(v.substring(0, colon).trim());
                last = colon == v.length() - 1 ? planes : Long.parseLong(v.substring(colon + 1).trim());
            } catch (NumberFormatException e) {
                throw new UsageException("--frames takes A:B (frames counted from 1, both included), not '" + v + "'");
            }
            if (first < 1 || last < first || last > planes) {
                throw new UsageException("--frames " + v + " is outside the stack's frames 1 to " + planes);
            }
        }
        Object startFrame = parameters.get("start-frame");
        if (startFrame != null) {
            long s = (long) Double.parseDouble(String.valueOf(startFrame)) + 1;
            if (s > last) {
                throw new UsageException("--start-frame " + startFrame + " leaves no frames to localize (last frame " + last + ")");
            }
            first = Math.max(first, s);
        }
        return new FrameRange(first, last);
    }

    private static long whole(Arguments a, String option, long fallback, long min, long max) throws UsageException {
        if (a.option(option).isEmpty()) {
            return fallback;
        }
        String v = a.option(option).get().trim();
        try {
            long n = Long.parseLong(v);
            if (n < min || n > max) {
                throw new UsageException(option + " must be between " + min + " and " + max + ", got " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " takes a whole number, not '" + v + "'");
        }
    }
}
