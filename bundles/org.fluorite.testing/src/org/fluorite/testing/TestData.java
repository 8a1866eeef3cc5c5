package org.fluorite.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Assumptions;

/**
 * Locates the shared real test files ({@code shared/data} beside the repository, or the folder
 * named by the system property or environment variable {@code FLUORITE_TESTDATA}).
 */
public final class TestData {

    private TestData() {
    }

    /** The shared data folder. Fails the test with a clear message when it cannot be found. */
    public static Path root() {
        String configured = System.getProperty("fluorite.testdata", System.getenv("FLUORITE_TESTDATA"));
        if (configured != null && !configured.isBlank()) {
            Path p = Paths.get(configured);
            if (Files.isDirectory(p)) {
                return p.toAbsolutePath().normalize();
            }
            throw new IllegalStateException("fluorite.testdata points to " + p + ", which is not a folder");
        }
        Path dir = Paths.get("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path candidate = d.resolve("shared").resolve("data");
            if (Files.isRegularFile(candidate.resolve("SOURCES.md"))) {
                return candidate;
            }
            Path sibling = d.resolveSibling("shared").resolve("data");
            if (Files.isRegularFile(sibling.resolve("SOURCES.md"))) {
                return sibling;
            }
        }
        throw new IllegalStateException("Shared test data not found above " + dir
                + ": set -Dfluorite.testdata=/path/to/shared/data");
    }

    /** A file under the shared data folder, e.g. {@code file("fissa/b/images/AVG_A01.tif")}. */
    public static Path file(String relative) {
        Path p = root().resolve(relative);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("Missing test file " + p);
        }
        return p;
    }

    /**
     * A fixture committed in a test fragment's {@code resources} folder (a file or a folder), found
     * whether the tests run in the fragment's folder (Tycho), at the repository root (the quick
     * test script) or in a sibling bundle's folder.
     *
     * @param testBundle the fragment's symbolic name, e.g. {@code "org.fluorite.io.tiff.tests"}
     * @param name       path below its {@code resources} folder
     * @throws IllegalStateException when it is in none of those places
     */
    public static Path fixture(String testBundle, String name) {
        for (String base : new String[] {"resources", "bundles/" + testBundle + "/resources", "../" + testBundle + "/resources"}) {
            Path p = Paths.get(base, name);
            if (Files.exists(p)) {
                return p.toAbsolutePath();
            }
        }
        throw new IllegalStateException("Missing test fixture " + name + " of " + testBundle
                + " (run from the repository or the test bundle)");
    }

    /** A fresh temporary folder for a test's output. */
    public static Path tempDir(String prefix) throws IOException {
        return Files.createTempDirectory("fluorite-" + prefix);
    }

    /** Skips (does not fail) a test that needs something the machine may lack, e.g. a display. */
    public static void assumeDisplay() {
        String display = System.getenv("DISPLAY");
        Assumptions.assumeTrue(display != null && !display.isBlank(), "no DISPLAY");
    }
}
