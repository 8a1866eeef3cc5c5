package org.fluorite.motion.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fluorite.cli.Arguments;
import org.fluorite.cli.CliCommand;
import org.fluorite.cli.CliContext;
import org.fluorite.cli.CommandLine;
import org.fluorite.cli.UsageException;
import org.fluorite.core.DataObject;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Region;
import org.fluorite.core.json.Json;
import org.fluorite.core.meta.Operation;
import org.fluorite.io.Exporter;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Message;
import org.fluorite.motion.AutoCrop;
import org.fluorite.motion.FrameShifts;
import org.fluorite.motion.MotionCorrection;
import org.fluorite.motion.MotionCorrectionSettings;
import org.fluorite.motion.ShiftsCsv;
import org.osgi.service.component.annotations.Component;

/**
 * {@code ./fluorite motion-correct IN --out OUT.tif [--shifts SHIFTS.csv] [--piecewise] ...}:
 * rigid or piecewise-rigid motion correction of a movie, streamed from IN to OUT a few frames at a
 * time on worker threads.
 */
@Component(service = CliCommand.class)
public class MotionCorrectCommand implements CliCommand {

    static final String OUT = "--out";
    static final String SHIFTS = "--shifts";
    static final String PIECEWISE = "--piecewise";
    static final String MAX_SHIFTS = "--max-shifts";
    static final String NITER_RIG = "--niter-rig";
    static final String GSIG_FILT = "--gsig-filt";
    static final String STRIDES = "--strides";
    static final String OVERLAPS = "--overlaps";
    static final String MAX_DEVIATION = "--max-deviation-rigid";
    static final String UPSAMPLE_GRID = "--upsample-factor-grid";
    static final String OUTPUT_TYPE = "--output-type";
    static final String BORDER = "--border";
    static final String THREADS = "--threads";
    static final String AUTO_CROP = "--auto-crop";
    static final String JSON = "--json";

    @Override
    public String name() {
        return "motion-correct";
    }

    @Override
    public String summary() {
        return "Rigid or piecewise-rigid (NoRMCorre) motion correction of a movie";
    }

    @Override
    public String usage() {
        return """
                Usage: ./fluorite motion-correct IN --out OUT.tif [--shifts SHIFTS.csv] [--piecewise]
                                 [--max-shifts N|X,Y] [--niter-rig N] [--gsig-filt SIGMA]
                                 [--strides N|X,Y] [--overlaps N|X,Y] [--max-deviation-rigid N]
                                 [--upsample-factor-grid N] [--output-type float32|uint16|uint8]
                                 [--border nan|copy|zero] [--auto-crop PADDING] [--threads N] [--json]

                Aligns every frame of the movie in IN to a template (the median of averages of
                frames spread over the movie, refined --niter-rig times) and writes the corrected
                movie to OUT, streaming it a few frames at a time. Defaults are CaImAn's.

                Options:
                  --shifts FILE             write the applied shifts as CSV: frame,x,y in pixels (a
                                            corrected pixel at (x,y) holds the input at (x-sx, y-sy));
                                            --piecewise adds patch_R_C_x,patch_R_C_y per patch
                  --piecewise               piecewise rigid: shifts per patch, smoothly interpolated
                  --max-shifts N|X,Y        largest shift in pixels (default 6)
                  --niter-rig N             template refinement passes (default 1)
                  --gsig-filt SIGMA         band-pass the frames for estimation only, sigma in pixels
                                            (one-photon data; default off)
                  --strides N|X,Y           patch stride in pixels (default 96)
                  --overlaps N|X,Y          patch overlap in pixels (default 32)
                  --max-deviation-rigid N   largest patch shift away from the rigid one (default 3)
                  --upsample-factor-grid N  density of the shift field between patches (default 4)
                  --output-type TYPE        float32 (default), uint16 or uint8 (rounded, clamped)
                  --border MODE             value brought in from outside the frame: nan (default;
                                            0 in integer outputs), copy (edge pixel) or zero
                  --auto-crop PADDING       first crop to the bounding box of the thresholded
                                            max+std projection, grown by PADDING pixels
                  --threads N               worker threads (default: all processors)
                  --json                    print a summary as JSON: frames, meanShift, maxShift (px),
                                            bord_px, seconds, what was written and its provenance

                Example: ./fluorite motion-correct movie.tif --out mc.tif --shifts shifts.csv --piecewise
                """;
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Arguments a = Arguments.parse(args, Set.of(PIECEWISE, JSON), Set.of(OUT, SHIFTS, MAX_SHIFTS, NITER_RIG, GSIG_FILT,
                STRIDES, OVERLAPS, MAX_DEVIATION, UPSAMPLE_GRID, OUTPUT_TYPE, BORDER, THREADS, AUTO_CROP));
        String inArg = a.positional(0, "IN");
        a.expectAtMostPositionals(1);
        String outArg = a.option(OUT).orElseThrow(() -> new UsageException("motion-correct needs --out OUT"));
        MotionCorrectionSettings settings = CommandSettings.from(a);
        PixelType outputType = CommandSettings.outputType(a.option(OUTPUT_TYPE).orElse("float32"));
        int threads = CommandSettings.positive(a.option(THREADS), THREADS, Runtime.getRuntime().availableProcessors());
        Path in = context.file(inArg);
        Path out = context.workingDirectory().resolve(outArg).normalize();
        Path shiftsFile = a.option(SHIFTS).map(s -> context.workingDirectory().resolve(s).normalize()).orElse(null);
        if (out.equals(in.toAbsolutePath().normalize()) || in.toAbsolutePath().normalize().equals(shiftsFile)) {
            throw new UsageException("--out and --shifts must not be the input file");
        }
        long start = System.nanoTime();
        ImportResult result = context.open(in, ImportOptions.NONE);
        try {
            Image movie = result.firstImage();
            Region crop = null;
            if (a.option(AUTO_CROP).isPresent()) {
                int padding = CommandSettings.nonNegative(a.option(AUTO_CROP).get(), AUTO_CROP);
                crop = AutoCrop.find(movie, AutoCrop.DEFAULT_DENOISE, padding, context.progress());
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("x", crop.x());
                p.put("y", crop.y());
                p.put("width", crop.width());
                p.put("height", crop.height());
                p.put("padding", padding);
                p.put("denoise", AutoCrop.DEFAULT_DENOISE);
                p.put("projection", "max+std");
                movie = movie.region(crop);
                movie = movie.withProvenance(movie.provenance().then(Operation.of("motion.autocrop", p)));
            }
            try {
                settings.validateFor(movie.width(), movie.height());
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            try (MotionCorrection mc = MotionCorrection.prepare(movie, settings, threads, context.progress())) {
                Image corrected = mc.corrected(outputType);
                Exporter exporter = context.registry().exporterFor(out, corrected).orElseThrow(() -> new UsageException(
                        "no installed exporter writes '" + out.getFileName() + "'; use .tif"));
                Files.createDirectories(out.toAbsolutePath().getParent());
                List<Message> messages = exporter.export(corrected, out, ImportOptions.NONE, context.progress());
                mc.estimateAll(context.progress());
                FrameShifts shifts = mc.shifts();
                if (shiftsFile != null) {
                    ShiftsCsv.write(shifts, shiftsFile);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                print(context, a.flag(JSON), out, shiftsFile, corrected, shifts, crop, seconds, messages);
            }
        } finally {
            close(result);
        }
        return CommandLine.EXIT_OK;
    }

    private static void print(CliContext context, boolean json, Path out, Path shiftsFile, Image corrected, FrameShifts shifts,
            Region crop, double seconds, List<Message> messages) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", out.toString());
        m.put("shifts", shiftsFile == null ? null : shiftsFile.toString());
        m.put("mode", shifts.patchCount() > 0 ? "piecewise" : "rigid");
        m.put("frames", shifts.frames());
        m.put("width", corrected.width());
        m.put("height", corrected.height());
        m.put("pixelType", corrected.pixelType().label());
        m.put("patches", shifts.patchCount());
        m.put("meanShift", round(shifts.meanShift()));
        m.put("maxShift", round(shifts.maxShift()));
        m.put("bord_px", shifts.borderPixels());
        m.put("seconds", round(seconds));
        if (crop != null) {
            m.put("crop", List.of(crop.x(), crop.y(), crop.width(), crop.height()));
        }
        m.put("messages", messages.stream().map(Message::toString).toList());
        // the history of the written movie, with every parameter (a TIFF keeps no provenance)
        m.put("provenance", corrected.provenance().toList());
        if (json) {
            context.out().println(Json.writePretty(m));
        } else {
            context.out().printf(java.util.Locale.ROOT, "Wrote %s (%d frames, %s, %s): mean shift %.3f px, max %.3f px, bord_px %d, %.1f s%n",
                    out, shifts.frames(), m.get("mode"), corrected.pixelType().label(), shifts.meanShift(), shifts.maxShift(),
                    shifts.borderPixels(), seconds);
            if (shiftsFile != null) {
                context.out().println("Shifts: " + shiftsFile);
            }
        }
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private static void close(ImportResult result) {
        for (DataObject d : result.data()) {
            if (d instanceof Image image) {
                try {
                    image.close();
                } catch (java.io.IOException e) {
                    // the movie was only read; a failure to release it changes no result
                }
            }
        }
    }
}
