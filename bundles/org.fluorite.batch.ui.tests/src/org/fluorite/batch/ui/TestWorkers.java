package org.fluorite.batch.ui;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;

import org.fluorite.batch.local.LocalExecutor;
import org.fluorite.batch.worker.WorkerLauncher;
import org.fluorite.batch.worker.WorkerMain;

/**
 * Local executors whose workers are plain JVMs ({@link WorkerMain}) on the test's classes: the
 * product's launcher script does not exist here. Under Tycho the tests run inside OSGi, where
 * java.class.path holds only the launcher, so the class path is gathered from where the needed
 * classes were loaded.
 */
final class TestWorkers {

    static final String CONTRIBUTIONS = NapKind.class.getName() + "," + NapCommand.class.getName();

    private TestWorkers() {
    }

    static LocalExecutor local(int workers) {
        return new LocalExecutor(workers, launcher(), Duration.ofSeconds(2));
    }

    /** Plain-JVM workers on the test's classes with the test kinds. */
    static WorkerLauncher launcher() {
        return WorkerLauncher.java(classPath(),
                List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-D" + WorkerMain.CONTRIBUTIONS_PROPERTY + "=" + CONTRIBUTIONS));
    }

    static String classPath() {
        LinkedHashSet<String> parts = new LinkedHashSet<>(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        for (Class<?> c : List.of(WorkerMain.class, org.fluorite.cli.CommandLine.class, org.fluorite.core.json.Json.class,
                org.fluorite.io.FormatRegistry.class, org.fluorite.io.tiff.TiffExporter.class, org.fluorite.motion.cli.MotionCorrectCommand.class,
                NapKind.class)) {
            try {
                String location = c.getProtectionDomain().getCodeSource().getLocation().toString();
                if (location.startsWith("reference:")) {
                    location = location.substring("reference:".length());
                }
                Path p = Path.of(URI.create(location.replace(" ", "%20")));
                Path classes = p.resolve("target").resolve("classes");
                parts.add((Files.isDirectory(classes) ? classes : p).toString());
                Path testClasses = p.resolve("target").resolve("test-classes");
                if (Files.isDirectory(testClasses)) {
                    parts.add(testClasses.toString());
                }
            } catch (RuntimeException e) {
                // a class without a code source: the class path alone has to do
            }
        }
        parts.removeIf(String::isBlank);
        return String.join(File.pathSeparator, parts);
    }
}
