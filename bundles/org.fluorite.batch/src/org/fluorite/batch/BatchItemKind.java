package org.fluorite.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A kind of batch work, e.g. "motion-correct": how to check an item's parameters and inputs, and
 * which headless command line a worker runs for it. Kinds are OSGi services
 * ({@code @Component(service = BatchItemKind.class)}) collected by {@link BatchItemKinds}; the worker
 * process runs the command through the same {@code ./fluorite} dispatcher a user types into, so an
 * item gives the same result on a laptop and on a cluster.
 */
public interface BatchItemKind {

    /** Stable id typed in {@code batch add DIR KIND ...}: lower-case letters, digits and '-'. */
    String id();

    /** Name shown to the user. */
    String displayName();

    /**
     * What is wrong with these parameters and inputs, in words for the user; empty when they are
     * fine. Called when an item is added, so that a typo fails at once and not hours later.
     */
    List<String> validate(Map<String, Object> parameters, List<String> inputs);

    /**
     * The command line (without the program name) the worker runs, e.g.
     * {@code [motion-correct, /data/movie.tif, --out, OUTDIR/corrected.tif, ...]}.
     *
     * @param item            the item with its parameters and inputs (absolute paths)
     * @param outputDirectory the (temporary) folder every output must be written into
     */
    List<String> commandLine(BatchItem item, Path outputDirectory);

    /**
     * The names of the files the command writes into the output folder; the worker checks they are
     * all there before the item counts as done.
     */
    List<String> outputs(Map<String, Object> parameters);
}
