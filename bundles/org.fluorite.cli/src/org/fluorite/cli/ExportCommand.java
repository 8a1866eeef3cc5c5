package org.fluorite.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.Projection;
import org.fluorite.core.image.Region;
import org.fluorite.core.json.Json;
import org.fluorite.core.meta.Operation;
import org.fluorite.io.Exporter;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Message;
import org.osgi.service.component.annotations.Component;

/**
 * {@code ./fluorite export IN --out OUT.tif}: writes the image of a file, or a view of it (a range
 * of frames, a region, a projection), with the exporter that owns OUT's extension. Pixels are
 * streamed plane by plane, so movies larger than memory export too.
 */
@Component(service = CliCommand.class)
public class ExportCommand implements CliCommand {

    static final String OUT = "--out";
    static final String FRAMES = "--frames";
    static final String REGION = "--region";
    static final String PROJECT = "--project";
    static final String BIGTIFF = "--bigtiff";
    static final String JSON = "--json";

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "Write an image, or a range, region or projection of it, to another file (e.g. TIFF)";
    }

    @Override
    public String usage() {
        return """
                Usage: ./fluorite export IN --out OUT [--frames A:B] [--region X,Y,W,H]
                                         [--project max|mean|std|min] [--bigtiff] [--json]
                                         [--axis-order ORDER] [--metadata FILE]

                Reads the image in IN and writes it to OUT with the exporter for OUT's extension
                (.tif/.tiff: ImageJ-compatible TIFF, BigTIFF by itself above 4 GB).

                Options:
                  --frames A:B        frames A (inclusive) to B (exclusive), counted from 0 along T
                                      (or Z when there is no T); A: or :B leave one end open
                  --region X,Y,W,H    only this rectangle of every plane (pixels)
                  --project KIND      write the max, mean, std or min projection along T (or Z)
                  --bigtiff           write BigTIFF even below 4 GB
                  --json              print what was written as JSON (file, axes, shape, pixelType,
                                      messages)
                  --axis-order ORDER  how IN's stored planes are ordered, e.g. txy
                  --metadata FILE     read IN's metadata from FILE

                Example: ./fluorite export movie.tif --frames 0:100 --project max --out max.tif
                """;
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Set<String> options = new java.util.HashSet<>(ReadOptions.NAMES);
        options.addAll(Set.of(OUT, FRAMES, REGION, PROJECT));
        Arguments a = Arguments.parse(args, Set.of(BIGTIFF, JSON), options);
        String inArg = a.positional(0, "IN");
        a.expectAtMostPositionals(1);
        String outArg = a.option(OUT).orElseThrow(() -> new UsageException("export needs --out OUT"));
        ImportOptions readOptions = ReadOptions.from(a, context);
        Path in = context.file(inArg);
        Path out = context.workingDirectory().resolve(outArg).normalize();
        if (out.equals(in.toAbsolutePath().normalize())) {
            throw new UsageException("--out must not be the input file");
        }
        ImportResult result = context.open(in, readOptions);
        try {
            Image image = result.firstImage();
            Map<String, Object> steps = new LinkedHashMap<>();
            image = applyFrames(image, a, steps);
            image = applyRegion(image, a, steps);
            if (a.option(PROJECT).isPresent()) {
                Projection kind = Projection.fromLabel(a.option(PROJECT).get());
                Axis axis = frameAxis(image);
                if (axis == null) {
                    throw new UsageException("--project needs an image with a T or Z axis; " + in + " has axes " + image.axesString());
                }
                image = kind.apply(image, axis, context.progress());
                steps.put("project", kind.label());
            }
            if (!steps.isEmpty()) {
                image = image.withProvenance(image.provenance().then(Operation.of("export.view", steps)));
            }
            Image toWrite = image;
            Exporter exporter = context.registry().exporterFor(out, toWrite).orElseThrow(() -> new UsageException(
                    "no installed exporter writes '" + out.getFileName() + "'; use one of: " + String.join(", ",
                            context.registry().exporters().stream().flatMap(e -> e.extensions().stream()).map(e -> "." + e).toList())));
            ImportOptions writeOptions = a.flag(BIGTIFF) ? ImportOptions.NONE.with("bigtiff", "true") : ImportOptions.NONE;
            Files.createDirectories(out.toAbsolutePath().getParent());
            List<Message> messages = exporter.export(toWrite, out, writeOptions, context.progress());
            print(context, a.flag(JSON), out, toWrite, messages);
        } finally {
            InfoCommand.close(result);
        }
        return CommandLine.EXIT_OK;
    }

    private static void print(CliContext context, boolean json, Path out, Image image, List<Message> messages) {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", out.toString());
            m.put("axes", image.axesString());
            List<Long> shape = new ArrayList<>();
            for (long s : image.shape()) {
                shape.add(s);
            }
            m.put("shape", shape);
            m.put("pixelType", image.pixelType().label());
            m.put("messages", messages.stream().map(Message::toString).toList());
            context.out().println(Json.writePretty(m));
        } else {
            context.out().println("Wrote " + out + " (" + image.axesString() + " " + java.util.Arrays.toString(image.shape()) + ", "
                    + image.pixelType().label() + ")");
            for (Message m : messages) {
                context.out().println("  " + m);
            }
        }
    }

    static Axis frameAxis(Image image) {
        if (image.has(Axis.T)) {
            return Axis.T;
        }
        return image.has(Axis.Z) ? Axis.Z : null;
    }

    private static Image applyFrames(Image image, Arguments a, Map<String, Object> steps) throws UsageException {
        if (a.option(FRAMES).isEmpty()) {
            return image;
        }
        String spec = a.option(FRAMES).get().trim();
        Axis axis = frameAxis(image);
        if (axis == null) {
            throw new UsageException("--frames needs an image with a T or Z axis, this one has " + image.axesString());
        }
        long n = image.length(axis);
        int colon = spec.indexOf(':');
        if (colon < 0) {
            throw new UsageException("--frames takes A:B (e.g. 0:100), not '" + spec + "'");
        }
        long from;
        long to;
        try {
            from = spec.substring(0, colon).isBlank() ? 0 : Long.parseLong(spec.substring(0, colon).trim());
            to = spec.substring(colon + 1).isBlank() ? n : Long.parseLong(spec.substring(colon + 1).trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--frames takes whole numbers A:B, not '" + spec + "'");
        }
        if (from < 0 || to > n || from >= to) {
            throw new UsageException("--frames " + spec + " is outside the " + n + " frames of axis " + axis);
        }
        steps.put("frames", from + ":" + to);
        return image.slice(axis, from, to);
    }

    private static Image applyRegion(Image image, Arguments a, Map<String, Object> steps) throws UsageException {
        if (a.option(REGION).isEmpty()) {
            return image;
        }
        String spec = a.option(REGION).get().trim();
        String[] parts = spec.split(",");
        if (parts.length != 4) {
            throw new UsageException("--region takes X,Y,W,H in pixels, not '" + spec + "'");
        }
        try {
            Region r = new Region(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()),
                    Integer.parseInt(parts[2].trim()), Integer.parseInt(parts[3].trim()));
            Image cropped = image.region(r);
            steps.put("region", spec);
            return cropped;
        } catch (IllegalArgumentException e) {
            throw new UsageException("--region " + spec + ": " + e.getMessage());
        }
    }
}
