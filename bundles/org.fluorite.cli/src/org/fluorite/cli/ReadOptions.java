package org.fluorite.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.fluorite.io.ImportOptions;

/** The reading options shared by commands that open a file: {@code --axis-order} and {@code --metadata}. */
final class ReadOptions {

    static final String AXIS_ORDER = "--axis-order";
    static final String METADATA = "--metadata";
    static final Set<String> NAMES = Set.of(AXIS_ORDER, METADATA);

    private ReadOptions() {
    }

    static ImportOptions from(Arguments a, CliContext context) throws UsageException {
        ImportOptions options = ImportOptions.NONE;
        if (a.option(AXIS_ORDER).isPresent()) {
            String order = a.option(AXIS_ORDER).get().trim();
            if (order.isEmpty() || !order.matches("[tzcyxTZCYX]+")) {
                throw new UsageException("--axis-order takes axis letters such as txy or tzxy, not '" + order + "'");
            }
            options = options.with(ImportOptions.AXIS_ORDER, order.toLowerCase(Locale.ROOT));
        }
        if (a.option(METADATA).isPresent()) {
            Path sidecar = context.workingDirectory().resolve(a.option(METADATA).get()).normalize();
            options = options.with(ImportOptions.METADATA_FILE, sidecar.toString());
        }
        return options;
    }
}
