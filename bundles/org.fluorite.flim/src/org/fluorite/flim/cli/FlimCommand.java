package org.fluorite.flim.cli;

import java.io.IOException;
import java.nio.file.Path;
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
import org.fluorite.core.meta.Operation;
import org.fluorite.flim.BleachCorrection;
import org.fluorite.flim.SeriesData;
import org.fluorite.flim.TvDenoise;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.flimage.FlimageWriter;
import org.osgi.service.component.annotations.Component;

/**
 * {@code ./fluorite flim bleach-correct|denoise SERIES.h5 --out OUT.h5 ...}: flimage's series
 * operations on a series file, the result written as an flimage FLSeries.
 */
@Component(service = CliCommand.class)
public class FlimCommand implements CliCommand {

    static final String OUT = "--out";
    static final String JSON = "--json";
    static final String BORDER = "--border-px";
    static final String TRACE = "--trace";
    static final String WEIGHT = "--weight";
    static final String EPS = "--eps";
    static final String MAX_ITER = "--max-iter";
    static final String THREADS = "--threads";
    /** The weight flimage's FLSeries.denoise passes to the TV denoiser (intensity units). */
    static final double FLIMAGE_DENOISE_WEIGHT = 2;

    @Override
    public String name() {
        return "flim";
    }

    @Override
    public String summary() {
        return "Fluorescence series: bleach correction and total-variation denoising (flimage)";
    }

    @Override
    public String usage() {
        return """
                Usage: ./fluorite flim bleach-correct SERIES.h5 --out CORRECTED.h5 [--border-px 20]
                                  [--trace sum|positive] [--json]
                       ./fluorite flim denoise SERIES.h5 --out OUT.h5 [--weight 2] [--eps 2e-4]
                                  [--max-iter 200] [--threads N] [--json]

                bleach-correct (as flimage's FLSeries.bleach_correction): takes the background as the
                mean of the images' mean pixel within --border-px of the edge, the trace as the sum
                of each image's pixels minus the background (--trace positive: only those above
                it, as flimage; noise then biases the rate), fits amplitude * exp(-rate * t) + offset
                against the images' 'time' attributes (seconds) and writes each image, background
                subtracted, multiplied by decay[0] / decay[i]. Prints background, amplitude, rate
                (1/s) and offset; --json also times (s), trace and decay.

                denoise (as flimage's FLSeries.denoise): total-variation denoising (Chambolle, as
                scikit-image's denoise_tv_chambolle) of every image; the weight is in intensity
                units, default 2 as flimage's, written as a new series.

                Example: ./fluorite flim bleach-correct series.h5 --out corrected.h5 --json
                """;
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        if (args.isEmpty()) {
            throw new UsageException("flim needs a subcommand: bleach-correct or denoise");
        }
        String sub = args.get(0);
        List<String> rest = args.subList(1, args.size());
        return switch (sub) {
            case "bleach-correct" -> bleachCorrect(rest, context);
            case "denoise" -> denoise(rest, context);
            default -> throw new UsageException("unknown flim subcommand '" + sub + "': use bleach-correct or denoise");
        };
    }

    private static int bleachCorrect(List<String> args, CliContext context) throws Exception {
        Arguments a = Arguments.parse(args, Set.of(JSON), Set.of(OUT, BORDER, TRACE));
        BleachCorrection.Trace traceKind = switch (a.option(TRACE).orElse("sum")) {
            case "sum" -> BleachCorrection.Trace.SUM;
            case "positive" -> BleachCorrection.Trace.POSITIVE_SUM;
            default -> throw new UsageException("--trace is sum or positive, not '" + a.option(TRACE).get() + "'");
        };
        int border = positiveInt(a.option(BORDER).orElse(String.valueOf(BleachCorrection.DEFAULT_BORDER_PX)), BORDER);
        Files files = files(a, context);
        SeriesData series = read(files.in(), context);
        BleachCorrection.Result r;
        try {
            r = BleachCorrection.compute(series.frames(), series.width(), series.height(),
                    series.requireTimes(files.in().getFileName().toString()), border, traceKind);
        } catch (IllegalArgumentException e) {
            throw new IOException(files.in().getFileName() + ": " + e.getMessage(), e);
        }
        List<String> notes = FlimageWriter.writeSeries(files.out(), series.toFlImages(BleachCorrection.apply(series.frames(), r)),
                null);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", files.out().toString());
        m.put("images", series.frames().size());
        m.put("border_px", border);
        m.put("trace_kind", traceKind == BleachCorrection.Trace.SUM ? "sum" : "positive");
        m.put("background", r.background());
        m.put("amplitude", r.fit().amplitude());
        m.put("rate", r.fit().rate());
        m.put("offset", r.fit().offset());
        m.put("rms", r.fit().rms());
        m.put("times", toList(r.times()));
        m.put("trace", toList(r.trace()));
        m.put("decay", toList(r.decay()));
        m.put("notes", notes);
        // the written FLSeries keeps no history: the command reports it
        m.put("provenance", series.provenance().then(Operation.of("flim.bleach-correct",
                Map.of("file", files.in().toAbsolutePath().toString(), "border_px", border, "trace",
                        traceKind.name().toLowerCase(Locale.ROOT), "background", r.background(),
                        "amplitude", r.fit().amplitude(), "rate", r.fit().rate(), "offset", r.fit().offset()))).toList());
        if (a.flag(JSON)) {
            context.out().println(Json.writePretty(m));
        } else {
            context.out().printf(Locale.ROOT, "Wrote %s (%d images): background %.6g, amplitude %.6g, rate %.6g /s, offset %.6g%n",
                    files.out(), series.frames().size(), r.background(), r.fit().amplitude(), r.fit().rate(), r.fit().offset());
        }
        return CommandLine.EXIT_OK;
    }

    private static int denoise(List<String> args, CliContext context) throws Exception {
        Arguments a = Arguments.parse(args, Set.of(JSON), Set.of(OUT, WEIGHT, EPS, MAX_ITER, THREADS));
        double weight = positiveDouble(a.option(WEIGHT).orElse(String.valueOf(FLIMAGE_DENOISE_WEIGHT)), WEIGHT);
        double eps = positiveDouble(a.option(EPS).orElse(String.valueOf(TvDenoise.DEFAULT_EPS)), EPS);
        int maxIter = positiveInt(a.option(MAX_ITER).orElse(String.valueOf(TvDenoise.DEFAULT_MAX_ITER)), MAX_ITER);
        int threads = positiveInt(a.option(THREADS).orElse(String.valueOf(Runtime.getRuntime().availableProcessors())), THREADS);
        Files files = files(a, context);
        SeriesData series = read(files.in(), context);
        long start = System.nanoTime();
        List<float[]> denoised = TvDenoise.chambolleStack(series.frames(), series.width(), series.height(), weight, eps,
                maxIter, threads);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<String> notes = FlimageWriter.writeSeries(files.out(), series.toFlImages(denoised), null);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", files.out().toString());
        m.put("images", denoised.size());
        m.put("weight", weight);
        m.put("eps", eps);
        m.put("max_num_iter", maxIter);
        m.put("seconds", seconds);
        m.put("notes", notes);
        m.put("provenance", series.provenance().then(Operation.of("flim.denoise", Map.of("file",
                files.in().toAbsolutePath().toString(), "method", "tv_chambolle", "weight", weight, "eps", eps, "max_num_iter",
                maxIter))).toList());
        if (a.flag(JSON)) {
            context.out().println(Json.writePretty(m));
        } else {
            context.out().printf(Locale.ROOT, "Wrote %s (%d images denoised, weight %s) in %.2f s%n", files.out(), denoised.size(),
                    weight, seconds);
        }
        return CommandLine.EXIT_OK;
    }

    private record Files(Path in, Path out) {
    }

    private static Files files(Arguments a, CliContext context) throws UsageException {
        String inArg = a.positional(0, "SERIES");
        a.expectAtMostPositionals(1);
        String outArg = a.option(OUT).orElseThrow(() -> new UsageException("flim needs --out OUT.h5"));
        Path in = context.file(inArg);
        Path out = context.workingDirectory().resolve(outArg).normalize();
        if (out.equals(in.toAbsolutePath().normalize())) {
            throw new UsageException("--out must not be the input file");
        }
        return new Files(in, out);
    }

    private static SeriesData read(Path in, CliContext context) throws IOException {
        ImportResult result = context.open(in, ImportOptions.NONE);
        try {
            Image image = result.firstImage();
            return SeriesData.of(image);
        } finally {
            for (DataObject d : result.data()) {
                if (d instanceof Image image) {
                    image.close();
                }
            }
        }
    }

    private static List<Double> toList(double[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    private static int positiveInt(String text, String option) throws UsageException {
        try {
            int v = Integer.parseInt(text);
            if (v >= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " needs a positive whole number, not '" + text + "'");
    }

    private static double positiveDouble(String text, String option) throws UsageException {
        try {
            double v = Double.parseDouble(text);
            if (v > 0 && Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " needs a positive number, not '" + text + "'");
    }
}
