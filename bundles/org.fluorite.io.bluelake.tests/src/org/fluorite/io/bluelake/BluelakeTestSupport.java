package org.fluorite.io.bluelake;

import java.nio.file.Path;

import org.fluorite.testing.TestData;

/** Fixture lookup of the Bluelake tests (files made by scripts/make_bluelake_fixtures.py). */
final class BluelakeTestSupport {

    /** START of the generator script, ns since the epoch. */
    static final long START = 1_600_000_000_000_000_000L;
    /** Sample interval of the generator script (78125 Hz), ns. */
    static final long DT = 12_800;

    private BluelakeTestSupport() {
    }

    static Path fixture(String name) {
        return TestData.fixture("org.fluorite.io.bluelake.tests", name);
    }
}
