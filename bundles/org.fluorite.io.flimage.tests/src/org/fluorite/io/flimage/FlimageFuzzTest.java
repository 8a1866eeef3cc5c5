package org.fluorite.io.flimage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.fluorite.core.DataObject;
import org.fluorite.core.image.Image;
import org.fluorite.testing.Fuzz;
import org.fluorite.testing.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Damaged flimage/qpimage files: each real file and fixture is mutated many times (truncated, bits
 * flipped in the superblock and object headers, random bytes anywhere, 8-byte fields overwritten
 * with absurd sizes and addresses). Every outcome must be a successful read whose planes can all be
 * read, or an {@link IOException} whose message names the file, within two seconds per copy, never
 * another exception, an error or a hang. The seed is fixed, so failures repeat.
 */
class FlimageFuzzTest {

    private static final int MUTATIONS_PER_FILE = 80;

    static Stream<Path> files() {
        return Stream.concat(
                Stream.of("flimage/basic.h5", "flimage/retina_p10.h5", "qpimage/bg_tilt.h5").map(TestData::file),
                Stream.of("series12.h5", "with_background.h5").map(FlimageTestSupport::fixture));
    }

    @ParameterizedTest
    @MethodSource("files")
    void damagedCopiesFailCleanly(Path original) throws Exception {
        Fuzz.Outcome outcome = Fuzz.run(original, original.getFileName().toString(), MUTATIONS_PER_FILE,
                Duration.ofSeconds(2), Fuzz.HEADER_FIELDS, FlimageFuzzTest::readEverything);
        assertEquals(MUTATIONS_PER_FILE, outcome.total());
        assertTrue(outcome.refused() > 0, "the mutations should break at least some copies of " + original.getFileName());
    }

    /** Reads the file and every plane of every image, each of the images' full size. */
    private static void readEverything(Path file) throws IOException {
        List<DataObject> data = FlimageTestSupport.read(file).data();
        try {
            for (DataObject d : data) {
                Image im = (Image) d;
                for (long p = 0; p < im.planeCount(); p++) {
                    assertEquals(im.width() * im.height(), im.planeAt(p).size());
                }
            }
        } finally {
            for (DataObject d : data) {
                ((Image) d).close();
            }
        }
    }
}
