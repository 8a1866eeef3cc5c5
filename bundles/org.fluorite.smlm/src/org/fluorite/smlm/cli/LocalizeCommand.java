package org.fluorite.smlm.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
import org.fluorite.core.settings.SettingsRecords;
import org.fluorite.core.table.Table;
import org.fluorite.io.Exporter;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Message;
import org.fluorite.smlm.FrameSelection;
import org.fluorite.smlm.LocalizationSettings;
import org.fluorite.smlm.Localizer;
import org.fluorite.smlm.camera.CameraMaps;
import org.fluorite.smlm.camera.CameraModel;
import org.fluorite.smlm.camera.DarkFrames;
import org.fluorite.smlm.fit.FitMethod;
import org.osgi.service.component.annotations.Component;

/**
 * {@code ./fluorite localize STACK --out LOCS.csv [--channel C] [--z Z] [--adoffset A --e-per-count E
 * --em-gain G --pixel-nm P] [--threshold F] [--method mle|wlsq] [--json]}: single-molecule
 * localization of one channel (and Z plane) of a stack over time, written as a ThunderSTORM CSV (or any format whose exporter takes localization tables).
 */
@Component(service = CliCommand.class)
public class LocalizeCommand implements CliCommand {

    static final String OUT = "--out";
    static final String AD_OFFSET = "--adoffset";
    static final String E_PER_COUNT = "--e-per-count";
    static final String EM_GAIN = "--em-gain";
    static final String READ_NOISE = "--read-noise";
    static final String PIXEL_NM = "--pixel-nm";
    static final String THRESHOLD = "--threshold";
    static final String METHOD = "--method";
    static final String START_FRAME = "--start-frame";
    static final String DEBOUNCE = "--debounce";
    static final String BACKGROUND = "--background";
    static final String SUBTRACT = "--subtract-background";
    static final String ROI_SIZE = "--roi-size";
    static final String PSF_SIGMA = "--psf-sigma";
    static final String SINGLE = "--single-emitter";
    static final String THREADS = "--threads";
    static final String FRAMES = "--frames";
    static final String JSON = "--json";
    static final String DARK_MAP = "--dark-map";
    static final String VARIANCE_MAP = "--variance-map";
    static final String FLAT_MAP = "--flat-map";
    static final String CHANNEL = "--channel";
    static final String Z = "--z";

    @Override
    public String name() {
        return "localize";
    }

    @Override
    public String summary() {
        return "Single-molecule localization of a stack (detection, Gaussian fitting) to a ThunderSTORM CSV";
    }

    @Override
    public String usage() {
        return """
                Usage: ./fluorite localize STACK --out LOCS.csv [--channel C] [--z Z]
                                 [--adoffset A --e-per-count E --em-gain G --pixel-nm P]
                                 [--threshold F] [--method mle|wlsq] [--json] [--read-noise R] [--start-frame N]
                                 [--debounce R] [--background A:B [--subtract-background]] [--roi-size N]
                                 [--psf-sigma S] [--single-emitter] [--threads N] [--frames A:B]
                                 [--dark-map D.tif] [--variance-map V.tif] [--flat-map F.tif]

                Finds spots in every frame of one channel of STACK, fits each with a pixel-integrated 2-D Gaussian on a
                sloped background (PYME's LatGaussFitFR) and writes one row per localization: frame
                (counted from 1), x and y in nm from the image's top-left corner (the first pixel's
                centre is at half a pixel), sigma in nm, intensity and offset in photons, uncertainty
                in nm (Mortensen's formula), fit errors, chi2 and result code.

                Frames: the time points (T axis) of one channel and one Z plane; a stack without a T axis
                whose planes run along one axis only (e.g. a Z stack read from a plain TIFF) takes those
                planes as frames.
                  --channel C           channel to localize, counted from 1 as the viewer shows it (default 1)
                  --z Z                 Z plane to localize in a time series of Z stacks, from 1 (default 1)

                Camera (defaults: the file's PYME metadata, else offset from dark frames at the start,
                else 0; one electron per count; no EM gain; no read noise):
                  --adoffset A          dark level in ADU (Camera.ADOffset)
                  --e-per-count E       electrons per ADU (Camera.ElectronsPerCount)
                  --em-gain G           EM gain, 1 = none (Camera.TrueEMGain)
                  --read-noise R        read noise in electrons rms (Camera.ReadNoise)
                  --pixel-nm P          pixel size in nm (default: the file's calibration)
                  --dark-map FILE       sCMOS per-pixel dark level in ADU (replaces the AD offset)
                  --variance-map FILE   sCMOS per-pixel read-noise variance in ADU² (replaces the read noise)
                  --flat-map FILE       sCMOS per-pixel gain correction (multiplies the photoelectrons)
                Analysis (PYME's settings):
                  --threshold F         factor on the SNR-scaled detection threshold (default 1)
                  --method M            mle (default; Poisson/EMCCD/sCMOS likelihood) or wlsq
                  --start-frame N       first frame analysed, counted from 0 as PYME's "Start at" (default 0)
                  --debounce R          closest two candidates may be, in pixels (default 4)
                  --background A:B      frames whose per-pixel median is the background, slice relative to each frame
                                        (e.g. -30:0 = the 30 frames before; default: local estimate)
                  --subtract-background keep that background fixed in the fit too
                  --roi-size N          fit window side in pixels, odd (default 7)
                  --psf-sigma S         expected PSF sigma in pixels (default 1.3)
                  --single-emitter      never fit two overlapping spots together
                  --threads N           worker threads (default: all processors)
                  --frames A:B          only frames A to B, counted from 1, both included (A: and :B
                                        leave one end open); frame numbers in the output stay those
                                        of the whole stack, so tables of several ranges concatenate
                  --json                print counts, seconds and localizations per second as JSON

                Example: ./fluorite localize movie.tif --out locs.csv --adoffset 100 --e-per-count 0.5 --pixel-nm 107
                """;
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Arguments a = Arguments.parse(args, Set.of(JSON, SUBTRACT, SINGLE), Set.of(OUT, AD_OFFSET, E_PER_COUNT, EM_GAIN,
                READ_NOISE, PIXEL_NM, THRESHOLD, METHOD, START_FRAME, DEBOUNCE, BACKGROUND, ROI_SIZE, PSF_SIGMA, THREADS, FRAMES, DARK_MAP,
                VARIANCE_MAP, FLAT_MAP, CHANNEL, Z));
        String inArg = a.positional(0, "STACK");
        a.expectAtMostPositionals(1);
        String outArg = a.option(OUT).orElseThrow(() -> new UsageException("localize needs --out LOCS.csv"));
        LocalizationSettings settings = settings(a);
        FrameSelection selection = new FrameSelection((long) number(a, CHANNEL, 1, 1, Integer.MAX_VALUE, true) - 1,
                (long) number(a, Z, 1, 1, Integer.MAX_VALUE, true) - 1);
        int threads = (int) number(a, THREADS, Runtime.getRuntime().availableProcessors(), 1, 4096, true);
        Path in = context.file(inArg);
        Path out = context.workingDirectory().resolve(outArg).normalize();
        if (out.equals(in.toAbsolutePath().normalize())) {
            throw new UsageException("--out must not be the input file");
        }
        long start = System.nanoTime();
        ImportResult result = context.open(in, ImportOptions.NONE);
        try {
            Image stack = result.firstImage();
            Image frames;
            try {
                frames = selection.frames(stack.withName(String.valueOf(in.getFileName())));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage() + " (" + CHANNEL + " and " + Z + " count from 1)");
            }
            String adSource = "option";
            CameraModel camera = CameraModel.fromMetadata(stack.metadata(), CameraModel.PHOTON_COUNTING);
            if (a.option(AD_OFFSET).isEmpty()) {
                if (CameraModel.hasAdOffset(stack.metadata())) {
                    adSource = "metadata";
                } else {
                    DarkFrames.Estimate e = DarkFrames.estimate(frames);
                    adSource = e == null ? "none (0)" : "dark frames (" + e.darkFrames() + ")";
                    camera = camera.withAdOffset(e == null ? 0 : e.adOffset());
                }
            }
            camera = overrides(a, camera);
            camera = maps(a, context, camera, stack);
            double pixelNm = pixelNm(a, stack);
            long[] range = frames(a.option(FRAMES), frames.planeCount());
            if (range[0] < settings.startFrame()) {
                range[0] = Math.min(settings.startFrame(), range[1]);
            }
            Localizer localizer;
            try {
                localizer = new Localizer(settings, camera, pixelNm);
                if (stack.width() < settings.roiSize() || stack.height() < settings.roiSize()) {
                    throw new IllegalArgumentException("'" + in.getFileName() + "' has frames of " + stack.width() + "x"
                            + stack.height() + " pixels, smaller than the fit window (--roi-size " + settings.roiSize() + ")");
                }
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            Table table = localizer.run(stack, selection, range[0], range[1], threads, context.progress());
            Exporter exporter = context.registry().exporterFor(out, table).orElseThrow(() -> new UsageException(
                    "no installed exporter writes localizations to '" + out.getFileName() + "'; use .csv"));
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            List<Message> messages = exporter.export(table, out, ImportOptions.NONE, context.progress());
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", out.toString());
            m.put("stack", in.toString());
            m.put("frames", range[1] - range[0]);
            m.put("firstFrame", range[0] + 1);
            m.put("lastFrame", range[1]);
            m.putAll(selection.toMetadata(stack));
            m.put("width", stack.width());
            m.put("height", stack.height());
            m.put("localizations", table.rowCount());
            m.put("seconds", round(seconds));
            m.put("localizationsPerSecond", round(table.rowCount() / Math.max(seconds, 1e-9)));
            m.put("pixelNm", pixelNm);
            m.put("method", settings.method().label());
            m.put("threads", threads);
            m.put("adOffsetFrom", adSource);
            m.put("camera", camera.toMetadata());
            m.put("settings", SettingsRecords.toMap(settings));
            m.put("messages", messages.stream().map(Message::toString).toList());
            m.put("provenance", table.provenance().toList());
            if (a.flag(JSON)) {
                context.out().println(Json.writePretty(m));
            } else {
                String label = selection.label(stack);
                context.out().printf(Locale.ROOT, "Wrote %s: %d localizations in %d frames%s, %.2f s (%.0f localizations/s)%n", out,
                        table.rowCount(), range[1] - range[0], label.isEmpty() ? "" : " of " + label, seconds, table.rowCount() / Math.max(seconds, 1e-9));
            }
        } finally {
            close(result);
        }
        return CommandLine.EXIT_OK;
    }

    static LocalizationSettings settings(Arguments a) throws UsageException {
        LocalizationSettings s = LocalizationSettings.DEFAULTS;
        s = s.withThreshold(number(a, THRESHOLD, s.threshold(), 0.01, 100, false));
        s = s.withStartFrame((int) number(a, START_FRAME, s.startFrame(), 0, Integer.MAX_VALUE, true));
        s = s.withDebounceRadius(number(a, DEBOUNCE, s.debounceRadius(), 0, 100, false));
        s = s.withRoiSize((int) number(a, ROI_SIZE, s.roiSize(), 5, 31, true));
        s = s.withPsfSigma(number(a, PSF_SIGMA, s.psfSigma(), 0.3, 10, false));
        s = s.withBackground(a.option(BACKGROUND).orElse(""), a.flag(SUBTRACT));
        s = s.withMultiEmitter(!a.flag(SINGLE));
        if (a.option(METHOD).isPresent()) {
            try {
                s = s.withMethod(FitMethod.fromLabel(a.option(METHOD).get()));
            } catch (IllegalArgumentException e) {
                throw new UsageException(METHOD + ": " + e.getMessage());
            }
        }
        if (!s.problems().isEmpty()) {
            throw new UsageException(String.join("; ", s.problems()));
        }
        return s;
    }

    private static CameraModel overrides(Arguments a, CameraModel camera) throws UsageException {
        CameraModel c = camera;
        c = c.withAdOffset(number(a, AD_OFFSET, c.adOffset(), -1e9, 1e9, false));
        c = c.withElectronsPerCount(number(a, E_PER_COUNT, c.electronsPerCount(), 1e-6, 1e6, false));
        c = c.withEmGain(number(a, EM_GAIN, c.emGain(), 1, 1e6, false));
        c = c.withReadNoise(number(a, READ_NOISE, c.readNoise(), 0, 1e6, false));
        return c;
    }

    /** sCMOS maps from image files (first plane of each), when any of the map options is given. */
    private static CameraModel maps(Arguments a, CliContext context, CameraModel camera, Image stack) throws Exception {
        if (a.option(DARK_MAP).isEmpty() && a.option(VARIANCE_MAP).isEmpty() && a.option(FLAT_MAP).isEmpty()) {
            return camera;
        }
        List<ImportResult> opened = new java.util.ArrayList<>();
        try {
            Image dark = mapImage(a, DARK_MAP, context, opened);
            Image variance = mapImage(a, VARIANCE_MAP, context, opened);
            Image flat = mapImage(a, FLAT_MAP, context, opened);
            CameraMaps maps = CameraMaps.fromImages(dark, variance, flat);
            if (maps.width() != stack.width() || maps.height() != stack.height()) {
                throw new UsageException("the sCMOS maps are " + maps.width() + "x" + maps.height() + " pixels, the frames of '"
                        + stack.name() + "' " + stack.width() + "x" + stack.height());
            }
            return camera.withMaps(maps);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        } finally {
            for (ImportResult r : opened) {
                close(r);
            }
        }
    }

    private static Image mapImage(Arguments a, String option, CliContext context, List<ImportResult> opened) throws Exception {
        if (a.option(option).isEmpty()) {
            return null;
        }
        ImportResult r = context.open(context.file(a.option(option).get()), ImportOptions.NONE);
        opened.add(r);
        return r.firstImage();
    }

    private static double pixelNm(Arguments a, Image stack) throws UsageException {
        if (a.option(PIXEL_NM).isPresent()) {
            return number(a, PIXEL_NM, 0, 1e-3, 1e6, false);
        }
        Calibration c = stack.calibration(Axis.X);
        if (c.isCalibrated() && c.unit().equals("m")) {
            return c.size() * 1e9;
        }
        throw new UsageException("'" + stack.name() + "' gives no pixel size: add --pixel-nm P");
    }

    /** The 0-based half-open plane range of "--frames A:B" (A and B counted from 1, inclusive). */
    static long[] frames(Optional<String> option, long planes) throws UsageException {
        if (option.isEmpty()) {
            return new long[] {0, planes};
        }
        String v = option.get().trim();
        int colon = v.indexOf(':');
        if (colon < 0) {
            throw new UsageException(FRAMES + " takes A:B (frames counted from 1, both included), not '" + v + "'");
        }
        try {
            long first = colon == 0 ? 1 : Long.parseLong(v.substring(0, colon).trim());
            long last = colon == v.length() - 1 ? planes : Long.parseLong(v.substring(colon + 1).trim());
            if (first < 1 || last < first || last > planes) {
                throw new UsageException(FRAMES + " " + v + " is outside the stack's frames 1 to " + planes);
            }
            return new long[] {first - 1, last};
        } catch (NumberFormatException e) {
            throw new UsageException(FRAMES + " takes whole frame numbers A:B, not '" + v + "'");
        }
    }

    private static double number(Arguments a, String option, double fallback, double min, double max, boolean whole)
            throws UsageException {
        Optional<String> v = a.option(option);
        if (v.isEmpty()) {
            return fallback;
        }
        double d;
        try {
            d = Double.parseDouble(v.get().trim());
        } catch (NumberFormatException e) {
            throw new UsageException(option + " takes a number, not '" + v.get() + "'");
        }
        if (!(d >= min && d <= max) || (whole && d != Math.rint(d))) {
            throw new UsageException(option + " must be " + (whole ? "a whole number " : "") + "between " + fmt(min) + " and "
                    + fmt(max) + ", got '" + v.get() + "'");
        }
        return d;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static void close(ImportResult result) {
        for (DataObject d : result.data()) {
            if (d instanceof Image image) {
                try {
                    image.close();
                } catch (java.io.IOException e) {
                    // the stack was only read; failing to release it changes no result
                }
            }
        }
    }
}
