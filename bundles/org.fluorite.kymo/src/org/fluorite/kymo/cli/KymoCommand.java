package org.fluorite.kymo.cli;

import java.nio.file.Files;
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
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.json.Json;
import org.fluorite.io.Exporter;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.bluelake.BluelakeFile;
import org.fluorite.kymo.KymoChannel;
import org.fluorite.kymo.Kymograph;
import org.fluorite.kymo.KymographFile;
import org.fluorite.kymo.tracking.GreedyTracker;
import org.fluorite.kymo.tracking.TrackCsv;
import org.fluorite.kymo.tracking.TrackGroup;
import org.osgi.service.component.annotations.Component;

/**
 * {@code ./fluorite kymo FILE.h5 --list [--json]} and
 * {@code ./fluorite kymo FILE.h5 NAME [--channel C] [--time A:B] [--crop LO:HI] [--kbp L]
 * [--downsample T,P] [--export OUT.tif] [--tracks OUT.csv ...] [--json]}: lists or reconstructs a
 * kymograph of a Bluelake file, applies the operations in that order (time slicing must come
 * first, as pylake requires) and prints its properties.
 */
@Component(service = CliCommand.class)
public class KymoCommand implements CliCommand {

    static final String LIST = "--list";
    static final String JSON = "--json";
    static final String CHANNEL = "--channel";
    static final String CROP = "--crop";
    static final String TIME = "--time";
    static final String KBP = "--kbp";
    static final String DOWNSAMPLE = "--downsample";
    static final String EXPORT = "--export";
    static final String TRACKS = "--tracks";
    static final String THRESHOLD = "--threshold";
    static final String LINE_WIDTH = "--line-width";
    static final String WINDOW = "--window";

    @Override
    public String name() {
        return "kymo";
    }

    @Override
    public String summary() {
        return "List, reconstruct, crop, slice, calibrate, downsample, export and track kymographs of Bluelake files";
    }

    @Override
    public String usage() {
        return """
                Usage: ./fluorite kymo FILE.h5 --list [--json]
                       ./fluorite kymo FILE.h5 NAME [--channel red|green|blue|rgb] [--crop LO:HI] [--time A:B]
                                 [--kbp L] [--downsample T,P] [--export OUT.tif] [--json]
                                 [--tracks OUT.csv [--threshold N] [--line-width W] [--window N]]

                --list prints the kymographs of the file with their start (ns since the epoch).
                With NAME the kymograph is rebuilt from the photon counts and the info wave, then:
                  --time A:B          keeps the lines starting from A to B, pylake time strings relative
                                      to the start ("114.2s:164.6s", "1m:", ":-30s"); applied first
                  --crop LO:HI        keeps positions LO <= x < HI in um (applied before --kbp)
                  --kbp L             calibrates the position axis: the (cropped) kymograph spans L kbp
                  --downsample T,P    sums blocks of T lines and P pixels
                  --channel C         channel to export and track (default rgb; tracking needs one colour)
                  --export OUT.tif    writes the channel as a float32 TIFF (rgb: 3 channels) with its
                                      calibration: µm per pixel as TIFF resolution, and line time (s)
                                      and µm or kbp per pixel in the description's fluorite.metadata
                  --tracks OUT.csv    greedy tracking on the channel, written in pylake's CSV format; --json
                                      adds per track its lines and, from 5 points, the diffusion constant
                                      (OLS on the MSD, optimal lags, unit^2/s)
                    --threshold N     lowest peak (photons; default the 98th percentile)
                    --line-width W    expected spot width in position units (default 0.35 um, at least 3 pixels)
                    --window N        lines a particle may vanish (default 8)
                  --json              prints the properties (start, stop, center_point_um, size_um,
                                      pixelsize_um, pixels_per_line, fast_axis, line_time_seconds, ...)
                                      and per channel the image shape and sum, after the operations

                Example: ./fluorite kymo exp.h5 cas9 --time 114.2s:164.6s --crop 6:24 --kbp 48.502 --json
                """;
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Arguments a = Arguments.parse(args, Set.of(LIST, JSON), Set.of(CHANNEL, CROP, TIME, KBP, DOWNSAMPLE, EXPORT, TRACKS,
                THRESHOLD, LINE_WIDTH, WINDOW));
        Path file = context.file(a.positional(0, "FILE.h5"));
        a.expectAtMostPositionals(2);
        boolean json = a.flag(JSON);
        try (BluelakeFile f = BluelakeFile.open(file)) {
            if (a.flag(LIST)) {
                if (a.positionals().size() > 1) {
                    throw new UsageException("--list takes no kymograph name");
                }
                list(context, f, json);
                return CommandLine.EXIT_OK;
            }
            String name = a.positional(1, "kymograph NAME (or --list)");
            KymoChannel channel = channel(a);
            Kymograph kymo = KymographFile.open(f, name);
            kymo = apply(a, kymo);
            Map<String, Object> out = new LinkedHashMap<>(kymo.describe());
            out.put("file", file.toString());
            out.put("channel", channel.label());
            if (a.option(EXPORT).isPresent()) {
                out.put("exported", export(context, kymo, channel, a.option(EXPORT).get()).toString());
            }
            if (a.option(TRACKS).isPresent()) {
                out.put("tracks", tracks(context, a, kymo, channel));
            }
            out.put("provenance", kymo.provenance().toList());
            if (json) {
                context.out().println(Json.writePretty(out));
            } else {
                printText(context, kymo, out);
            }
        }
        return CommandLine.EXIT_OK;
    }

    private static void list(CliContext context, BluelakeFile f, boolean json) {
        List<KymographFile.Entry> entries = KymographFile.list(f);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", f.path().toString());
            m.put("kymographs", entries.stream().map(e -> {
                Map<String, Object> k = new LinkedHashMap<>();
                k.put("name", e.name());
                k.put("start", e.startNs());
                k.put("stop", e.stopNs());
                return k;
            }).toList());
            context.out().println(Json.writePretty(m));
        } else {
            entries.forEach(e -> context.out().println(e.name() + ", starts at " + e.startNs() + " ns"));
        }
    }

    private static KymoChannel channel(Arguments a) throws UsageException {
        try {
            return KymoChannel.parse(a.option(CHANNEL).orElse("rgb"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static Kymograph apply(Arguments a, Kymograph kymo) throws UsageException {
        try {
            if (a.option(TIME).isPresent()) {
                String[] range = pair(a.option(TIME).get(), ":", TIME);
                kymo = kymo.slice(range[0], range[1]);
            }
            if (a.option(CROP).isPresent()) {
                String[] range = pair(a.option(CROP).get(), ":", CROP);
                kymo = kymo.cropByDistance(number(range[0], CROP), number(range[1], CROP));
            }
            if (a.option(KBP).isPresent()) {
                kymo = kymo.calibrateToKbp(number(a.option(KBP).get(), KBP));
            }
            if (a.option(DOWNSAMPLE).isPresent()) {
                String[] f = pair(a.option(DOWNSAMPLE).get(), ",", DOWNSAMPLE);
                kymo = kymo.downsampledBy(integer(f[0], DOWNSAMPLE), integer(f[1], DOWNSAMPLE));
            }
            return kymo;
        } catch (IllegalArgumentException | UnsupportedOperationException | IllegalStateException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static String[] pair(String value, String separator, String option) throws UsageException {
        int at = value.indexOf(separator);
        if (at < 0 || value.indexOf(separator, at + 1) >= 0) {
            throw new UsageException(option + " needs two values separated by '" + separator + "', got '" + value + "'");
        }
        return new String[] {value.substring(0, at).trim(), value.substring(at + 1).trim()};
    }

    private static double number(String v, String option) throws UsageException {
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs numbers, got '" + v + "'");
        }
    }

    private static int integer(String v, String option) throws UsageException {
        try {
            return Integer.parseInt(v.isEmpty() ? "1" : v);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs whole numbers, got '" + v + "'");
        }
    }

    private static Path export(CliContext context, Kymograph kymo, KymoChannel channel, String target) throws Exception {
        if (kymo.isEmpty()) {
            throw new UsageException("--export: the kymograph holds no line after --time (" + Kymograph.NO_PIXELS + ")");
        }
        Path out = context.workingDirectory().resolve(target).normalize();
        Image image = kymo.image(channel, PixelType.FLOAT32);
        Exporter exporter = context.registry().exporterFor(out, image)
                .orElseThrow(() -> new UsageException("no installed exporter writes '" + out.getFileName() + "'; use .tif"));
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        exporter.export(image, out, ImportOptions.NONE, context.progress());
        return out;
    }

    private static Map<String, Object> tracks(CliContext context, Arguments a, Kymograph kymo, KymoChannel channel) throws Exception {
        if (channel == KymoChannel.RGB) {
            throw new UsageException("--tracks needs --channel red, green or blue");
        }
        if (kymo.isEmpty()) {
            throw new UsageException("--tracks: the kymograph holds no line after --time");
        }
        GreedyTracker.Settings s = GreedyTracker.Settings.defaults();
        if (a.option(THRESHOLD).isPresent()) {
            s = s.withThreshold(number(a.option(THRESHOLD).get(), THRESHOLD));
        }
        if (a.option(LINE_WIDTH).isPresent()) {
            s = s.withTrackWidth(number(a.option(LINE_WIDTH).get(), LINE_WIDTH));
        }
        if (a.option(WINDOW).isPresent()) {
            s = s.withWindow(integer(a.option(WINDOW).get(), WINDOW));
        }
        TrackGroup tracks;
        try {
            tracks = GreedyTracker.track(kymo, channel, s);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Path out = context.workingDirectory().resolve(a.option(TRACKS).get()).normalize();
        double width = Double.isNaN(s.trackWidth()) ? Math.max(GreedyTracker.defaultTrackWidth(kymo.positionUnit()),
                3 * kymo.pixelSize()) : s.trackWidth();
        TrackCsv.write(tracks, out, kymo, channel, GreedyTracker.halfWidthPixels(width, kymo.pixelSize()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", out.toString());
        m.put("count", tracks.size());
        m.put("points", tracks.tracks().stream().mapToInt(t -> t.size()).sum());
        List<Map<String, Object>> each = new java.util.ArrayList<>();
        for (org.fluorite.kymo.tracking.Track t : tracks.tracks()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("points", t.size());
            one.put("first_line", t.firstTime());
            one.put("last_line", t.lastTime());
            if (t.size() >= 5) {
                // pylake's default: ordinary least squares on the MSD with the optimal number of lags
                org.fluorite.kymo.tracking.Diffusion.Estimate d = org.fluorite.kymo.tracking.Diffusion.ols(t, tracks.calibration(), 0);
                one.put("diffusion", d.value());
                one.put("diffusion_std_err", d.stdErr());
                one.put("diffusion_unit", d.unit());
                one.put("lags", d.lags());
            }
            each.add(one);
        }
        m.put("tracks", each);
        return m;
    }

    private static void printText(CliContext context, Kymograph kymo, Map<String, Object> out) {
        if (kymo.isEmpty()) {
            context.out().printf(Locale.ROOT, "%s: %d pixels x 0 lines (the time range selects no line), %.6g %s per pixel, "
                    + "fast axis %s%n", kymo.name(), kymo.pixelsPerLine(), kymo.pixelSize(), kymo.positionUnit().display(),
                    kymo.fastAxis());
        } else {
            context.out().printf(Locale.ROOT, "%s: %d pixels x %d lines, %.6g %s per pixel, line time %.6g s, fast axis %s%n",
                    kymo.name(), kymo.pixelsPerLine(), kymo.lines(), kymo.pixelSize(), kymo.positionUnit().display(),
                    kymo.lineTimeSeconds(), kymo.fastAxis());
        }
        for (KymoChannel c : List.of(KymoChannel.RED, KymoChannel.GREEN, KymoChannel.BLUE)) {
            context.out().printf(Locale.ROOT, "  %s: sum %.0f%n", c.label(), kymo.sum(c));
        }
        kymo.warnings().forEach(w -> context.out().println("  warning: " + w));
        if (out.containsKey("exported")) {
            context.out().println("Wrote " + out.get("exported"));
        }
        if (out.get("tracks") instanceof Map<?, ?> t) {
            context.out().println("Wrote " + t.get("count") + " tracks to " + t.get("file"));
        }
    }
}
