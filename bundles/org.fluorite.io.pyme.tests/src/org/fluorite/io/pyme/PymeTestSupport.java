package org.fluorite.io.pyme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Fixture lookup for the PYME tests (fixtures made by scripts/make_fixtures.py). */
final class PymeTestSupport {

    private PymeTestSupport() {
    }

    static Path fixture(String name) {
        for (String base : new String[] {"resources", "bundles/org.fluorite.io.pyme.tests/resources",
                "../org.fluorite.io.pyme.tests/resources"}) {
            Path p = Paths.get(base, name);
            if (Files.isRegularFile(p)) {
                return p.toAbsolutePath();
            }
        }
        throw new IllegalStateException("Missing test fixture " + name + " (run from the repository or the test bundle)");
    }
}
