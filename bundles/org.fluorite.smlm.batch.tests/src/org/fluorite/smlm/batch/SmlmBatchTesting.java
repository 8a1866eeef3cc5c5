package org.fluorite.smlm.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.fluorite.batch.worker.WorkerLauncher;
import org.fluorite.batch.worker.WorkerMain;
import org.fluorite.cli.CommandLine;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.thunderstorm.ThunderStormExporter;
import org.fluorite.io.thunderstorm.ThunderStormImporter;
import org.fluorite.io.tiff.TiffExporter;
import org.fluorite.io.tiff.TiffImporter;
import org.fluorite.smlm.batch.cli.LocalizeBatchCommand;
import org.fluorite.smlm.batch.cli.LocalizeMergeCommand;
import org.fluorite.smlm.camera.CameraModel;
import org.fluorite.smlm.cli.LocalizeCommand;
import org.fluorite.smlm.simulate.Simulation;
import org.fluorite.smlm.simulate.SimulationSettings;
import org.fluorite.smlm.simulate.Simulator;

/** Shared helpers: a simulated stack as TIFF, an in-process command line, worker launchers. */
final class SmlmBatchTesting {

    static final int FRAMES = 60;
    static final int EMITTERS = 6;
    /** The simulated EMCCD (AD offset 100 ADU, 10 e-/ADU, EM gain 50, read noise 20 e-), as options. */
    static final CameraModel CAMERA = CameraModel.of(100, 10, 50, 20);
    static final List<String> CAMERA_OPTIONS = List.of("--adoffset", "100", "--e-per-count", "10", "--em-gain", "50",
            "--read-noise", "20", "--pixel-nm", "100");
    /** What worker processes load besides the defaults of WorkerMain. */
    static final String CONTRIBUTIONS = String.join(",", LocalizeCommand.class.getName(), LocalizeKind.class.getName(),
            ThunderStormExporter.class.getName(), ThunderStormImporter.class.getName());

    private SmlmBatchTesting() {
    }

    /** A 48x48 uint16 stack of {@value #FRAMES} frames with {@value #EMITTERS} emitters a frame (seeded), written as TIFF. */
    static Simulation stack(Path file) throws IOException {
        SimulationSettings s = SimulationSettings.DEFAULTS.withSize(48, 48, FRAMES).withEmitters(EMITTERS, 2000, 0.5).withBackground(20)
                .withPsf(1.3, 100).withLayout(4, 3).withSeed(2026);
        Simulation sim = Simulator.simulate(s, CAMERA);
        new TiffExporter().export(sim.stack(), file, ImportOptions.NONE, ProgressMonitor.NONE);
        return sim;
    }

    /** The output and exit status of one command. */
    record Run(int exit, String out, String err) {
    }

    /** A standalone command line with TIFF, ThunderSTORM, localize, localize-batch (with these executors) and localize-merge. */
    static CommandLine commandLine(LocalizeBatchCommand.ExecutorFactory executors) {
        FormatRegistry registry = new FormatRegistry();
        registry.addImporter(new TiffImporter());
        registry.addImporter(new ThunderStormImporter());
        registry.addExporter(new ThunderStormExporter());
        CommandLine cl = CommandLine.standalone(registry);
        cl.addCommand(new LocalizeCommand());
        cl.addCommand(new LocalizeBatchCommand(executors));
        cl.addCommand(new LocalizeMergeCommand());
        return cl;
    }

    static Run run(CommandLine cl, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = cl.execute(args, o, e);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static List<String> args(Object... parts) {
        List<String> a = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof List<?> l) {
                l.forEach(x -> a.add(String.valueOf(x)));
            } else {
                a.add(String.valueOf(p));
            }
        }
        return a;
    }

    /** Single-process localize of the stack into {@code out}; asserts it succeeded. */
    static List<String> reference(Path stack, Path out, List<String> extra) throws IOException {
        Run r = run(commandLine((id, n) -> {
            throw new AssertionError("no executor for single-process localize");
        }), args("localize", stack, "--out", out, "--threads", "2", CAMERA_OPTIONS, extra));
        assertEquals(0, r.exit(), r.err());
        return Files.readAllLines(out);
    }

    /**
     * Asserts the merged table is the single-process table: same header, same rows with the same text
     * (so the same values), ids 1..n, frames in order and many of the simulated emitters found.
     */
    static void assertSameTable(List<String> expected, Path merged) throws IOException {
        List<String> got = Files.readAllLines(merged);
        assertEquals(expected.get(0), got.get(0), "header");
        assertTrue(expected.size() > FRAMES * EMITTERS * 8 / 10 && expected.size() < FRAMES * EMITTERS * 13 / 10,
                "the reference found " + (expected.size() - 1) + " localizations of " + FRAMES * EMITTERS + " simulated emitters");
        assertEquals(expected.size(), got.size(), "row count of " + merged);
        long previousFrame = 0;
        for (int i = 1; i < got.size(); i++) {
            assertEquals(expected.get(i), got.get(i), "row " + i + " of " + merged);
            String[] cells = got.get(i).split(",");
            assertEquals(i, Long.parseLong(cells[0]), "id of row " + i);
            long frame = Long.parseLong(cells[1]);
            assertTrue(frame >= previousFrame && frame >= 1 && frame <= FRAMES, "frame " + frame + " after " + previousFrame);
            previousFrame = frame;
        }
    }

    /** Worker JVMs on this test's class path loading the localization contributions. */
    static WorkerLauncher launcher(String... extraJvmArgs) {
        List<String> jvm = new ArrayList<>(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-D" + WorkerMain.CONTRIBUTIONS_PROPERTY + "=" + CONTRIBUTIONS));
        jvm.addAll(List.of(extraJvmArgs));
        return WorkerLauncher.java(classPath(), jvm);
    }

    /**
     * This JVM's class path plus the folders or jars of the classes a worker needs: inside OSGi
     * (Tycho) java.class.path holds only the launcher.
     */
    static String classPath() {
        LinkedHashSet<String> parts = new LinkedHashSet<>(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        for (Class<?> c : List.of(WorkerMain.class, CommandLine.class, org.fluorite.core.json.Json.class, FormatRegistry.class,
                TiffImporter.class, ThunderStormExporter.class, LocalizeCommand.class, LocalizeKind.class)) {
            try {
                String location = c.getProtectionDomain().getCodeSource().getLocation().toString();
                if (location.startsWith("reference:")) {
                    location = location.substring("reference:".length());
                }
                Path p = Path.of(URI.create(location.replace(" ", "%20")));
                Path classes = p.resolve("target").resolve("classes");
                parts.add((Files.isDirectory(classes) ? classes : p).toString());
            } catch (RuntimeException e) {
                // a class loader without code source: the class path alone has to do
            }
        }
        parts.removeIf(String::isBlank);
        return String.join(File.pathSeparator, parts);
    }

}
