package org.fluorite.io.caiman;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Fixture lookup of the CaImAn tests (files made by scripts/make_cnmf_fixture.py). */
final class CaimanTestSupport {

    private CaimanTestSupport() {
    }

    static Path fixture(String name) {
        for (String base : new String[] {"resources", "bundles/org.fluorite.io.caiman.tests/resources",
                "../org.fluorite.io.caiman.tests/resources"}) {
            Path p = Paths.get(base, name);
            if (Files.isRegularFile(p)) {
                return p.toAbsolutePath();
            }
        }
        throw new IllegalStateException("Missing test fixture " + name + " (run from the repository or the test bundle)");
    }
}
