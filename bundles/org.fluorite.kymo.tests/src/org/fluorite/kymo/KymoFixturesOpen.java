package org.fluorite.kymo;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Opens the fixture kymographs once per test run. */
final class KymoFixturesOpen {

    private static Kymograph track;

    private KymoFixturesOpen() {
    }

    static synchronized Kymograph track() {
        if (track == null) {
            try {
                track = KymographFile.open(KymoFixtures.kymos(), "kymo_track");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return track;
    }
}
