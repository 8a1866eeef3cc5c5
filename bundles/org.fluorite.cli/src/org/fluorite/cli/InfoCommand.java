package org.fluorite.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.fluorite.core.DataObject;
import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.json.Json;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.osgi.service.component.annotations.Component;

/**
 * {@code ./fluorite info FILE}: opens a file with the installed importers and prints what Fluorite
 * knows about it (format, axes, shape, pixel type, calibration, metadata, provenance, reader
 * messages), as text or as JSON (see {@link DataDescription} for the keys). Reads only headers:
 * lazy importers read no pixels.
 */
@Component(service = CliCommand.class)
public class InfoCommand implements CliCommand {

    static final String JSON = "--json";
    static final String AXIS_ORDER = ReadOptions.AXIS_ORDER;
    static final String METADATA = ReadOptions.METADATA;

    @Override
    public String name() {
        return "info";
    }

    @Override
    public String summary() {
        return "Show what Fluorite reads from a file: format, axes, shape, calibration, metadata";
    }

    @Override
    public String usage() {
        return """
                Usage: ./fluorite info FILE [--json] [--axis-order ORDER] [--metadata FILE]

                Opens FILE with the installed importers and prints its format, axes, shape, pixel
                type, calibration, metadata, provenance and the reader's messages. Only headers are
                read, so this is quick even for very large movies.

                Options:
                  --json               print one JSON object instead of text; keys: format, file,
                                       fileBytes, name, kind, axes, shape, pixelType, calibration
                                       ({"T": {"size", "unit", "origin"}, ...} in SI units: m, s),
                                       sizeBytes (pixel data), planeCount, metadata, provenance,
                                       messages, itemCount, and items when the file holds several
                                       data objects
                  --axis-order ORDER   how the stored planes are ordered, e.g. txy or tzxy
                  --metadata FILE      read metadata from FILE instead of the sidecar found beside
                                       the data

                Example: ./fluorite info movie.tif --json
                """;
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Arguments a = Arguments.parse(args, Set.of(JSON), ReadOptions.NAMES);
        String fileArg = a.positional(0, "FILE");
        a.expectAtMostPositionals(1);
        ImportOptions options = ReadOptions.from(a, context);
        Path file = context.file(fileArg);
        ImportResult result = context.open(file, options);
        try {
            Map<String, Object> description = DataDescription.of(file, result);
            if (a.flag(JSON)) {
                context.out().println(Json.writePretty(description));
            } else {
                context.out().print(InfoText.of(description));
            }
        } finally {
            close(result);
        }
        return CommandLine.EXIT_OK;
    }

    /** Releases the file handles of lazily read data. */
    static void close(ImportResult result) {
        for (DataObject d : result.data()) {
            try {
                if (d instanceof Image image) {
                    image.close();
                } else if (d instanceof AutoCloseable c) {
                    c.close();
                }
            } catch (Exception e) {
                // closing a reader of a file we only looked at: nothing to report
            }
        }
    }

    /** A word for an axis in the text summary. */
    static String axisName(Axis a) {
        return switch (a) {
            case T -> "time";
            case Z -> "depth";
            case C -> "channel";
            case Y -> "rows";
            case X -> "columns";
        };
    }
}
