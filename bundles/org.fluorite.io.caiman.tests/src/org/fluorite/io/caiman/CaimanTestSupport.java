package org.fluorite.io.caiman;

import java.nio.file.Path;

import org.fluorite.testing.TestData;

/** Fixture lookup of the CaImAn tests (files made by scripts/make_cnmf_fixture.py). */
final class CaimanTestSupport {

    private CaimanTestSupport() {
    }

    static Path fixture(String name) {
        return TestData.fixture("org.fluorite.io.caiman.tests", name);
    }
}
