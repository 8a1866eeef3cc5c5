package org.fluorite.batch.worker;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.fluorite.batch.BatchItemKind;
import org.fluorite.batch.BatchItemKinds;
import org.fluorite.batch.cli.BatchCommand;
import org.fluorite.batch.cli.WorkerCommand;
import org.fluorite.cli.CliCommand;
import org.fluorite.cli.CommandLine;
import org.fluorite.io.Exporter;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.Importer;

/**
 * The headless command line without OSGi, for worker processes started with a plain
 * {@code java -cp ...} (tests, development, SLURM jobs without the product): the same
 * {@code ./fluorite} dispatcher with the importers, exporters, commands and batch item kinds
 * constructed directly. Which contributions are loaded: {@link #DEFAULT_CONTRIBUTIONS} that are on
 * the class path, plus the class names in the system property {@value #CONTRIBUTIONS_PROPERTY}
 * (comma-separated; each an Importer, Exporter, CliCommand or BatchItemKind with a public no-argument
 * constructor).
 */
public final class WorkerMain {

    public static final String CONTRIBUTIONS_PROPERTY = "fluorite.worker.contributions";
    /** Contributions loaded when present on the class path. */
    public static final List<String> DEFAULT_CONTRIBUTIONS = List.of(
            "org.fluorite.io.tiff.TiffImporter",
            "org.fluorite.io.tiff.TiffExporter",
            "org.fluorite.io.hdf5.Hdf5Importer",
            "org.fluorite.io.caiman.CaimanImporter",
            "org.fluorite.io.bluelake.BluelakeImporter",
            "org.fluorite.io.flimage.FlimageImporter",
            "org.fluorite.motion.cli.MotionCorrectCommand",
            "org.fluorite.io.thunderstorm.ThunderStormExporter",
            "org.fluorite.io.thunderstorm.ThunderStormImporter",
            "org.fluorite.smlm.cli.LocalizeCommand",
            "org.fluorite.smlm.batch.LocalizeKind");

    private WorkerMain() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        int exit = commandLine(err).execute(args, out, err);
        out.flush();
        err.flush();
        System.exit(exit);
    }

    /** A standalone command line with every contribution found, and the batch and worker commands. */
    public static CommandLine commandLine(PrintStream err) {
        FormatRegistry registry = new FormatRegistry();
        CommandLine cl = CommandLine.standalone(registry);
        BatchItemKinds kinds = BatchItemKinds.standard();
        Set<String> names = new LinkedHashSet<>(DEFAULT_CONTRIBUTIONS);
        List<String> requested = new ArrayList<>();
        String extra = System.getProperty(CONTRIBUTIONS_PROPERTY, "");
        for (String s : extra.split(",")) {
            if (!s.isBlank()) {
                names.add(s.trim());
                requested.add(s.trim());
            }
        }
        for (String name : names) {
            Object o;
            try {
                o = Class.forName(name).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                if (requested.contains(name)) {
                    err.println("fluorite: contribution " + name + " could not be loaded: " + e);
                }
                continue;
            }
            if (o instanceof Importer i) {
                registry.addImporter(i);
            }
            if (o instanceof Exporter x) {
                registry.addExporter(x);
            }
            if (o instanceof CliCommand c) {
                cl.addCommand(c);
            }
            if (o instanceof BatchItemKind k) {
                kinds.addKind(k);
            }
        }
        cl.addCommand(new BatchCommand(kinds));
        cl.addCommand(new WorkerCommand(kinds, cl::execute));
        return cl;
    }
}
