package org.fluorite.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

import org.fluorite.batch.local.LocalExecutor;
import org.fluorite.batch.worker.WorkerLauncher;
import org.fluorite.core.image.ArrayPlaneSource;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.tiff.TiffExporter;

/** Shared helpers: simulated movies with known motion, worker launchers for tests, waiting. */
final class BatchTesting {

    static final int WIDTH = 112;
    static final int HEIGHT = 96;
    static final int FRAMES = 20;
    /** Test contributions every worker process loads. */
    static final String CONTRIBUTIONS = WaitKind.class.getName() + "," + WaitCommand.class.getName();

    private BatchTesting() {
    }

    /** A movie with its true displacement per frame (pixels): the scene moved by (dx[t], dy[t]). */
    record Movie(Path file, double[] dx, double[] dy) {
    }

    /**
     * Writes a uint16 TYX movie of Gaussian cells on a smooth background, frame t showing the scene
     * displaced by whole pixels (dx[t], dy[t]) in [-3, 3] (seeded), with seeded Gaussian noise (sd 4).
     */
    static Movie movie(Path file, long seed) throws IOException {
        Random r = new Random(seed);
        int cells = WIDTH * HEIGHT / 70;
        double[] cx = new double[cells];
        double[] cy = new double[cells];
        double[] amp = new double[cells];
        double[] sig = new double[cells];
        for (int i = 0; i < cells; i++) {
            cx[i] = -6 + r.nextDouble() * (WIDTH + 12);
            cy[i] = -6 + r.nextDouble() * (HEIGHT + 12);
            amp[i] = 150 + 250 * r.nextDouble();
            sig[i] = 1.5 + 2 * r.nextDouble();
        }
        double[] dx = new double[FRAMES];
        double[] dy = new double[FRAMES];
        List<Plane> planes = new ArrayList<>();
        for (int t = 0; t < FRAMES; t++) {
            dx[t] = r.nextInt(7) - 3;
            dy[t] = r.nextInt(7) - 3;
            Plane p = Plane.allocate(PixelType.UINT16, WIDTH, HEIGHT);
            for (int y = 0; y < HEIGHT; y++) {
                for (int x = 0; x < WIDTH; x++) {
                    double sx = x - dx[t];
                    double sy = y - dy[t];
                    double v = 100 + 15 * Math.sin(sx / 13.0) * Math.cos(sy / 17.0);
                    for (int i = 0; i < cells; i++) {
                        double ex = sx - cx[i];
                        double ey = sy - cy[i];
                        v += amp[i] * Math.exp(-(ex * ex + ey * ey) / (2 * sig[i] * sig[i]));
                    }
                    v += 4 * r.nextGaussian();
                    p.set(y * WIDTH + x, Math.max(0, Math.round(v)));
                }
            }
            planes.add(p);
        }
        Image image = Image.create("simulated", new ArrayPlaneSource(planes), "TYX", FRAMES, HEIGHT, WIDTH);
        new TiffExporter().export(image, file, ImportOptions.NONE, ProgressMonitor.NONE);
        return new Movie(file, dx, dy);
    }

    /**
     * Asserts that a shifts CSV written by motion-correct undoes the movie's motion: x[t] + dx[t]
     * (and y) is the same for every frame (the template's own offset) within 0.08 px in every frame (measured: at most 0.045 px).
     */
    static void assertShiftsUndoMotion(Path csv, Movie movie) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        assertEquals("frame,x,y", lines.get(0));
        assertEquals(FRAMES + 1, lines.size(), "one row per frame in " + csv);
        double[] ex = new double[FRAMES];
        double[] ey = new double[FRAMES];
        double mx = 0;
        double my = 0;
        for (int t = 0; t < FRAMES; t++) {
            String[] f = lines.get(t + 1).split(",");
            assertEquals(t, Integer.parseInt(f[0]));
            ex[t] = Double.parseDouble(f[1]) + movie.dx()[t];
            ey[t] = Double.parseDouble(f[2]) + movie.dy()[t];
            mx += ex[t] / FRAMES;
            my += ey[t] / FRAMES;
        }
        for (int t = 0; t < FRAMES; t++) {
            assertEquals(mx, ex[t], 0.08, "x shift of frame " + t + " in " + csv + " against the simulated " + movie.dx()[t] + " px");
            assertEquals(my, ey[t], 0.08, "y shift of frame " + t + " in " + csv + " against the simulated " + movie.dy()[t] + " px");
        }
        assertTrue(Math.abs(mx) < 1.5 && Math.abs(my) < 1.5, "template offset " + mx + "," + my + " px");
    }

    /** Workers as plain JVMs on this test's class path, with the test kinds. */
    static WorkerLauncher launcher() {
        return WorkerLauncher.java(classPath(),
                List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-D" + org.fluorite.batch.worker.WorkerMain.CONTRIBUTIONS_PROPERTY + "=" + CONTRIBUTIONS));
    }

    /**
     * This JVM's class path plus the folders or jars of the classes a worker needs: under Tycho the
     * tests run inside OSGi, where java.class.path holds only the launcher.
     */
    static String classPath() {
        java.util.LinkedHashSet<String> parts = new java.util.LinkedHashSet<>(List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)));
        for (Class<?> c : List.of(org.fluorite.batch.worker.WorkerMain.class, org.fluorite.cli.CommandLine.class,
                org.fluorite.core.json.Json.class, org.fluorite.io.FormatRegistry.class, TiffExporter.class,
                org.fluorite.motion.cli.MotionCorrectCommand.class, WaitKind.class)) {
            try {
                // Equinox names a bundle's location "reference:file:/...": the file URL follows
                String location = c.getProtectionDomain().getCodeSource().getLocation().toString();
                if (location.startsWith("reference:")) {
                    location = location.substring("reference:".length());
                }
                Path p = Path.of(java.net.URI.create(location.replace(" ", "%20")));
                Path classes = p.resolve("target").resolve("classes");
                parts.add((Files.isDirectory(classes) ? classes : p).toString());
                Path testClasses = p.resolve("target").resolve("test-classes");
                if (Files.isDirectory(testClasses)) {
                    parts.add(testClasses.toString());
                }
            } catch (Exception e) {
                // no code source (unusual class loader): the class path alone has to do
            }
        }
        parts.removeIf(String::isBlank);
        return String.join(java.io.File.pathSeparator, parts);
    }

    static LocalExecutor local(int workers) {
        return new LocalExecutor(workers, launcher(), Duration.ofSeconds(2));
    }

    /** Waits until {@code condition} holds for the item (re-reading the batch), at most {@code timeout}. */
    static BatchItem awaitItem(Batch batch, String uuid, Predicate<BatchItem> condition, Duration timeout)
            throws IOException, InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            batch.refresh();
            BatchItem i = batch.item(uuid).orElseThrow();
            if (condition.test(i)) {
                return i;
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("item " + i.name() + " still " + i.state().label() + " after " + timeout + ": " + i);
            }
            Thread.sleep(50);
        }
    }

    static BatchItem motionItem(Movie m, String name) {
        return BatchItem.create("motion-correct", name, java.util.Map.of("threads", 1), List.of(m.file().toString()));
    }

    static BatchItem waitItem(String name, double seconds) {
        return BatchItem.create("wait", name, java.util.Map.of("seconds", seconds), List.of());
    }

    /** The repository's releng/scripts folder, found upwards from the working directory. */
    static Path script(String name) {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path p = d.resolve("releng").resolve("scripts").resolve(name);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("releng/scripts/" + name + " not found above " + Path.of("").toAbsolutePath());
    }
}
