package org.fluorite.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The built product and the shared test files, located by system properties the build sets. */
final class Product {

    /** Output of one run of the launcher. */
    record Run(int exitCode, String out, String err) {
    }

    private Product() {
    }

    static Path dir() {
        Path p = Paths.get(System.getProperty("fluorite.product", "product/target/products/org.fluorite.product/linux/gtk/x86_64/fluorite"));
        assertTrue(Files.isExecutable(p.resolve("fluorite")), "no built product launcher in " + p);
        return p;
    }

    static Path testData(String relative) {
        Path p = Paths.get(System.getProperty("fluorite.testdata", "../shared/data")).resolve(relative);
        assertTrue(Files.isRegularFile(p), "missing test file " + p);
        return p.toAbsolutePath();
    }

    static Path artifacts() throws IOException {
        Path p = Paths.get(System.getProperty("fluorite.artifacts", "target/ui-screenshots"));
        Files.createDirectories(p);
        return p;
    }

    /** Runs {@code launcher args...} with a time limit; extra environment entries may be given. */
    static Run run(Path launcher, Map<String, String> env, long timeoutSeconds, String... args)
            throws IOException, InterruptedException {
        return runIn(null, launcher, env, timeoutSeconds, args);
    }

    /** As {@link #run}, in the working directory {@code cwd} (null: this process's). */
    static Run runIn(Path cwd, Path launcher, Map<String, String> env, long timeoutSeconds, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        if (cwd != null) {
            pb.directory(cwd.toFile());
        }
        pb.environment().putAll(env);
        Path out = Files.createTempFile("fluorite-out", ".txt");
        Path err = Files.createTempFile("fluorite-err", ".txt");
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        Process process = pb.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("'" + String.join(" ", command) + "' did not finish within " + timeoutSeconds + " s");
        }
        Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return run;
    }

    static Run cli(String... args) throws IOException, InterruptedException {
        return run(dir().resolve("fluorite"), Map.of(), 120, args);
    }

    /** The command line run in the working directory {@code cwd}. */
    static Run cliIn(Path cwd, String... args) throws IOException, InterruptedException {
        return runIn(cwd, dir().resolve("fluorite"), Map.of(), 180, args);
    }
}
