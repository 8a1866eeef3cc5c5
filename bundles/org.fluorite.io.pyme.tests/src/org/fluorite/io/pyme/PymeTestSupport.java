package org.fluorite.io.pyme;

import java.nio.file.Path;

import org.fluorite.testing.TestData;

/** Fixture lookup for the PYME tests (fixtures made by scripts/make_fixtures.py). */
final class PymeTestSupport {

    private PymeTestSupport() {
    }

    static Path fixture(String name) {
        return TestData.fixture("org.fluorite.io.pyme.tests", name);
    }
}
